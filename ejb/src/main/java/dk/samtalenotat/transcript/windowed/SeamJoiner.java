package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.SegmentData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Joins the segments of consecutive overlapping windows into one transcript without duplicated or
 * lost words.
 *
 * <p>Engines only time segments, so each word gets a time by its position in its segment's text. In
 * the overlap of two windows the words of both are aligned (longest common subsequence of the
 * normalised words, a pair only counting when its times are close, so a repeated "nej nej nej"
 * pairs up in order and not with a "nej" further away; among alignments with as many pairs, the one
 * whose pairs lie closest in time). Of the matched pairs, the one nearest the middle of the overlap
 * is the cut: before it the earlier window's words are kept, after it the later window's, and for
 * the word itself the copy further from its window's edge. So a word cut in half by either window's
 * edge, which lies at the far side of the middle, is always taken from the window that heard it
 * whole. When nothing in the overlap matches (silence at the seam, or an engine that heard
 * something else twice) the cut is the middle of the overlap by time.
 */
public final class SeamJoiner {

  private final long toleranceMillis;

  /**
   * @param toleranceMillis how far apart in time the two windows' copies of a word may lie and
   *     still count as the same word; word times are estimated within a segment, so this is a
   *     second or two rather than milliseconds
   */
  public SeamJoiner(long toleranceMillis) {
    if (toleranceMillis < 0) {
      throw new IllegalArgumentException("negative tolerance");
    }
    this.toleranceMillis = toleranceMillis;
  }

  public SeamJoiner() {
    this(2_000);
  }

  /** One word of a segment with its estimated time. */
  private record Word(
      String text, String norm, long start, long end, Source source, WindowPlan.Window window) {

    long mid() {
      return (start + end) / 2;
    }

    /** How far the word lies from the nearer edge of the window it was heard in. */
    long edgeDistance() {
      return Math.min(mid() - window.startMillis(), window.endMillis() - mid());
    }
  }

  /** The segment a word came from, compared by identity so equal segments stay apart. */
  private static final class Source {
    final SegmentData segment;
    final int words;

    Source(SegmentData segment, int words) {
      this.segment = segment;
      this.words = words;
    }
  }

  /**
   * The joined transcript.
   *
   * @param windows the windows in order, each with its segments shifted to recording time
   */
  public List<SegmentData> join(List<WindowSegments> windows) {
    List<Word> acc = new ArrayList<>();
    WindowPlan.Window previous = null;
    for (WindowSegments ws : windows) {
      List<Word> next = words(ws);
      if (previous == null || ws.window().startMillis() >= previous.endMillis()) {
        acc.addAll(next);
      } else {
        acc = seam(acc, next, previous, ws.window());
      }
      previous = ws.window();
    }
    return segments(acc);
  }

  private List<Word> seam(
      List<Word> acc, List<Word> next, WindowPlan.Window a, WindowPlan.Window b) {
    long seamStart = b.startMillis();
    long seamEnd = a.endMillis();
    long middle = (seamStart + seamEnd) / 2;

    int tailFrom = acc.size();
    while (tailFrom > 0 && acc.get(tailFrom - 1).mid() >= seamStart - toleranceMillis) {
      tailFrom--;
    }
    int headTo = 0;
    while (headTo < next.size() && next.get(headTo).mid() <= seamEnd + toleranceMillis) {
      headTo++;
    }
    List<Word> tail = acc.subList(tailFrom, acc.size());
    List<Word> head = next.subList(0, headTo);

    int[] anchor = anchor(tail, head, middle);
    List<Word> out = new ArrayList<>(acc.size() + next.size());
    if (anchor == null) {
      for (Word w : acc) {
        if (w.mid() < middle) {
          out.add(w);
        }
      }
      for (Word w : next) {
        if (w.mid() >= middle) {
          out.add(w);
        }
      }
      return out;
    }
    int i = tailFrom + anchor[0];
    int j = anchor[1];
    out.addAll(acc.subList(0, i));
    Word fromA = acc.get(i);
    Word fromB = next.get(j);
    out.add(fromA.edgeDistance() >= fromB.edgeDistance() ? fromA : fromB);
    out.addAll(next.subList(j + 1, next.size()));
    return out;
  }

  /**
   * The matched pair (index in tail, index in head) nearest the middle of the overlap, or null when
   * no word matches.
   */
  private int[] anchor(List<Word> tail, List<Word> head, long middle) {
    int n = tail.size();
    int m = head.size();
    // Most matched words first, then the alignment whose pairs lie closest in time: a fragment of
    // a word cut by the edge can read as a short word ("Vi" cut to "i" before an "i"), and only
    // the times tell which copy is the word itself.
    long match = 10 * (toleranceMillis + 1);
    long[][] score = new long[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        long best = Math.max(score[i + 1][j], score[i][j + 1]);
        if (same(tail.get(i), head.get(j))) {
          best = Math.max(best, pairScore(tail.get(i), head.get(j), match) + score[i + 1][j + 1]);
        }
        score[i][j] = best;
      }
    }
    int[] best = null;
    long bestDistance = Long.MAX_VALUE;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (same(tail.get(i), head.get(j))
          && score[i][j] == pairScore(tail.get(i), head.get(j), match) + score[i + 1][j + 1]) {
        long distance = Math.abs((tail.get(i).mid() + head.get(j).mid()) / 2 - middle);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = new int[] {i, j};
        }
        i++;
        j++;
      } else if (score[i][j] == score[i + 1][j]) {
        i++;
      } else {
        j++;
      }
    }
    return best;
  }

  private static long pairScore(Word a, Word b, long match) {
    return match - Math.abs(a.mid() - b.mid());
  }

  private boolean same(Word a, Word b) {
    return !a.norm().isEmpty()
        && a.norm().equals(b.norm())
        && Math.abs(a.mid() - b.mid()) <= toleranceMillis;
  }

  private static List<Word> words(WindowSegments ws) {
    List<Word> out = new ArrayList<>();
    for (SegmentData s : ws.segments()) {
      String text = s.text();
      String[] tokens = text.split("\\s+");
      Source source = new Source(s, tokens.length);
      long span = s.endMillis() - s.startMillis();
      int from = 0;
      for (String token : tokens) {
        int at = text.indexOf(token, from);
        from = at + token.length();
        long start = s.startMillis() + span * at / text.length();
        long end = s.startMillis() + span * from / text.length();
        out.add(new Word(token, normalise(token), start, end, source, ws.window()));
      }
    }
    return out;
  }

  /** Lower case, letters and digits only: "Nej," and "nej" are the same word. */
  static String normalise(String token) {
    StringBuilder b = new StringBuilder(token.length());
    token
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Words back into segments: a segment kept whole is returned as the engine gave it, one cut at a
   * seam keeps its speaker and language and the times of the words left.
   */
  private static List<SegmentData> segments(List<Word> words) {
    List<SegmentData> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Source source = words.get(i).source();
      int j = i;
      while (j < words.size() && words.get(j).source() == source) {
        j++;
      }
      List<Word> group = words.subList(i, j);
      SegmentData s = source.segment;
      if (group.size() == source.words) {
        out.add(s);
      } else {
        String text = String.join(" ", group.stream().map(Word::text).toList());
        out.add(
            new SegmentData(
                group.get(0).start(),
                Math.max(group.get(0).start(), group.get(group.size() - 1).end()),
                s.speaker(),
                s.language(),
                text));
      }
      i = j;
    }
    return out;
  }
}
