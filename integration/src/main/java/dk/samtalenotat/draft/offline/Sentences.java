package dk.samtalenotat.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits spoken text into sentences at . ! ? followed by a capital letter or a digit, but not after
 * an abbreviation ("kl. 10", "ca. 40.000", "Brdr. Hansen") or inside a date ("den 14. april"). A
 * company name ending in "ApS." or "A/S." ends its sentence and stays whole. A dash after the full
 * stop ("Fedt. – skal jeg ...", where a filler stood) opens the next sentence too.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "kl", "ca", "nr", "pr", "bl.a", "fx", "f.eks", "evt", "inkl", "ekskl", "mht", "jf", "ang",
          "vedr", "tlf", "st", "brdr", "hr", "fr", "dr", "ds", "mv", "osv", "dvs", "iflg", "pga",
          "d", "e.l", "o.l", "m.m", "cand", "stud", "md", "mdr", "gl", "sml");

  private Sentences() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
        j++;
      }
      if (j < n && !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < n && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= n) {
        break;
      }
      char next = text.charAt(k);
      if ((next == '–' || next == '-')
          && k + 1 < n
          && Character.isWhitespace(text.charAt(k + 1))
          && !(c == '.' && abbreviation(text, i))) {
        // "Fedt. – skal jeg have ...?" (where a filler stood after the dash): a new sentence.
        int letter = k + 1;
        while (letter < n && Character.isWhitespace(text.charAt(letter))) {
          letter++;
        }
        if (letter < n && Character.isLetter(text.charAt(letter))) {
          out.add(text.substring(start, j).strip());
          start = letter;
          i = letter - 1;
          continue;
        }
      }
      boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"';
      if (!opens || c == '.' && abbreviation(text, i)) {
        continue;
      }
      out.add(text.substring(start, j).strip());
      start = k;
      i = k - 1;
    }
    String last = text.substring(start).strip();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }

  /**
   * The word before the full stop at {@code dot} is an abbreviation that does not end a sentence.
   */
  static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(Locale.ROOT).replaceAll("^[(\"']+", "");
    return ABBREVIATIONS.contains(word);
  }
}
