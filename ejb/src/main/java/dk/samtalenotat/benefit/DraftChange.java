package dk.samtalenotat.benefit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a generated draft the caseworker changed: the word-level edit distance (insert,
 * delete, replace a word) between the generated and the approved text, divided by the length of the
 * longer one. 0 means approved as generated, 1 means nothing of it was kept in place.
 */
public final class DraftChange {

  /**
   * Above this many cells the exact distance would hold an approval too long; such notes (some
   * thousands of changed words on either side) get a lower bound from the words they share, which
   * is exact when the edits only add or remove words.
   */
  static final long EXACT_LIMIT = 16_000_000L;

  private DraftChange() {}

  /** The share of {@code generated} changed into {@code approved}, 0..1. */
  public static double share(String generated, String approved) {
    int[][] words = tokens(generated, approved);
    int longer = Math.max(words[0].length, words[1].length);
    return longer == 0 ? 0 : (double) distance(words[0], words[1]) / longer;
  }

  /** The word-level edit distance between two texts. */
  public static int distance(String a, String b) {
    int[][] words = tokens(a, b);
    return distance(words[0], words[1]);
  }

  static int distance(int[] a, int[] b) {
    int start = 0;
    while (start < a.length && start < b.length && a[start] == b[start]) {
      start++;
    }
    int endA = a.length;
    int endB = b.length;
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
      endA--;
      endB--;
    }
    int n = endA - start;
    int m = endB - start;
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    if ((long) n * m > EXACT_LIMIT) {
      return Math.max(n, m) - shared(a, start, endA, b, start, endB);
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int wa = a[start + i - 1];
      for (int j = 1; j <= m; j++) {
        int replace = previous[j - 1] + (wa == b[start + j - 1] ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }

  /** How many words the two ranges have in common, counted with multiplicity. */
  private static int shared(int[] a, int fromA, int toA, int[] b, int fromB, int toB) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = fromA; i < toA; i++) {
      counts.merge(a[i], 1, Integer::sum);
    }
    int shared = 0;
    for (int j = fromB; j < toB; j++) {
      Integer left = counts.get(b[j]);
      if (left != null && left > 0) {
        counts.put(b[j], left - 1);
        shared++;
      }
    }
    return shared;
  }

  /** Both texts as word numbers (the same word, the same number); whitespace separates words. */
  private static int[][] tokens(String a, String b) {
    Map<String, Integer> ids = new HashMap<>();
    return new int[][] {ids(a, ids), ids(b, ids)};
  }

  private static int[] ids(String text, Map<String, Integer> ids) {
    if (text == null || text.isBlank()) {
      return new int[0];
    }
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i), w -> ids.size());
    }
    return out;
  }
}
