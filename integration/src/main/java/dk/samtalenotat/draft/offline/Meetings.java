package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next meeting as a note writes it: "Næste samtale afholdes tirsdag den 10. marts 2026 kl.
 * 10.00 på kontoret." The kind of meeting is the word the speaker used; what was said about where
 * and with whom ("på video", "med tolk", "her på kontoret") follows the time.
 */
final class Meetings {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String NOUN =
      "(samtale|møde|jobsamtale|opfølgning|opfølgningssamtale|opfølgningsmøde|statusmøde"
          + "|rundbordssamtale|rundbordsmøde|evalueringsmøde|samtaler|opfølgningsopkald)";

  private static final Pattern CUE =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:næste|nyt|ny|kommende)\\s+"
              + NOUN
              + "|mødet\\s+(?:er|bliver|holdes)"
              + "|vi\\s+ses|ses\\s+vi|holder\\s+vi\\s+(?:et\\s+|næste\\s+)?"
              + NOUN
              + "|(?:et|en)\\s+"
              + NOUN
              + "\\s+(?:her|på|den|tirsdag|mandag|onsdag|torsdag|fredag))(?![\\p{L}])",
          FLAGS);

  private static final Pattern WHEN =
      Pattern.compile(
          "(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:\\s*,)?\\s+)?den\\s+\\d{1,2}\\.(?:\\s+"
              + CalendarText.MONTH
              + "(?:\\s+\\d{4})?)?"
              + "|(?:mandag|tirsdag|onsdag|torsdag|fredag)(?:\\s+\\d{1,2}\\.\\s+"
              + CalendarText.MONTH
              + "(?:\\s+\\d{4})?)?"
              + "|om\\s+\\d+\\s+(?:uger|uge|måneder|måned|dage)",
          FLAGS);
  private static final Pattern TIME =
      Pattern.compile("kl\\.\\s*\\d{1,2}(?:\\.\\d{2})?(?:–\\d{1,2}(?:\\.\\d{2})?)?");
  private static final Pattern PLACE =
      Pattern.compile(
          "(?<![\\p{L}])(?:her\\s+)?(?:(?:på|i|hos|med|uden|via|over|efter)\\s+[^,.]+|telefonisk|i\\s+telefonen|herinde)",
          FLAGS);

  private Meetings() {}

  /** Whether the sentence sets a meeting: a meeting word and a day or a time. */
  static boolean isMeeting(String sentence) {
    return CUE.matcher(sentence).find()
        && (WHEN.matcher(sentence).find() || TIME.matcher(sentence).find());
  }

  /** The meeting sentence, or null when the day cannot be read. */
  static String write(String sentence) {
    Matcher when = WHEN.matcher(sentence);
    if (!when.find()) {
      return null;
    }
    String day = when.group().strip();
    Matcher time = TIME.matcher(sentence);
    String clock = time.find() ? time.group() : null;
    Matcher cue = CUE.matcher(sentence);
    String noun = "samtale";
    if (cue.find()) {
      for (int g = 1; g <= cue.groupCount(); g++) {
        if (cue.group(g) != null) {
          noun = cue.group(g).toLowerCase(Locale.ROOT);
          break;
        }
      }
      if (cue.group().toLowerCase(Locale.ROOT).startsWith("mødet")) {
        noun = "møde";
      }
    }
    if (noun.equals("samtaler")) {
      noun = "samtale";
    }
    String gender = noun.endsWith("møde") ? "Næste " : "Næste ";
    StringBuilder b = new StringBuilder(gender).append(noun).append(" afholdes ");
    b.append(day.startsWith("om ") ? day : day.replaceFirst("^(?i)den ", "den "));
    if (clock != null) {
      b.append(' ').append(clock);
    }
    String rest = sentence.substring(Math.max(when.end(), clock == null ? 0 : time.end()));
    String place = place(rest);
    if (place == null) {
      place =
          place(
              sentence
                  .substring(0, when.start())
                  .replaceFirst("(?i).*?" + Pattern.quote(cue.group()), ""));
    }
    if (place != null) {
      b.append(' ').append(place);
    }
    return b.toString().replaceAll("\\s+", " ").replaceAll("[,\\s]+$", "");
  }

  /** Where and with whom, as said after the time: "på kontoret", "på video", "med tolk". */
  private static String place(String rest) {
    String r = rest.replaceAll("^[,\\s]+", "").replaceAll("[.?!]+$", "");
    r = r.replaceFirst("(?i)^(?:og\\s+)?(?:også\\s+)?", "");
    Matcher m = PLACE.matcher(r);
    StringBuilder b = new StringBuilder();
    int found = 0;
    while (m.find() && found < 3) {
      String p = m.group().strip().replaceFirst("(?i)^her\\s+", "");
      if (p.equalsIgnoreCase("herinde")) {
        p = "på kontoret";
      }
      if (p.toLowerCase(Locale.ROOT).matches("i telefonen|telefonisk")) {
        p = "telefonisk";
      }
      if (Content.procedure(p)
          || p.toLowerCase(Locale.ROOT).matches(".*\\b(er det|okay|alle)\\b.*")) {
        continue;
      }
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(p);
      found++;
    }
    return b.length() == 0 ? null : b.toString();
  }
}
