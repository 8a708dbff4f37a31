package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
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

  private static final String MONTH =
      "(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";

  /**
   * Not in a clause of time: "så jeg har den, inden vi snakkes ved" says when something is due, not
   * that a meeting is set.
   */
  private static final String SUBORDINATE_NOT =
      "(?<!(?:inden|før|når|indtil)\\s)(?<!(?:inden|før|når|indtil)\\svi\\s)";

  /**
   * "Så ringer jeg til dig igen", "jeg vil gerne se dig igen": the caseworker's own word for the
   * next talk, said to the citizen ("dig", "jer"), not to a third party ("ringer til lægen igen").
   */
  private static final String CALL_OR_SEE_AGAIN =
      "|ringer\\s+(?:jeg\\s+|vi\\s+)?til\\s+(?:dig|jer)\\s+igen"
          + "|(?:vil\\s+(?:gerne\\s+)?|skal\\s+)se\\s+(?:dig|jer)\\s+igen";

  private static final Pattern CUE =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:næste|nyt|ny|kommende)\\s+"
              + NOUN
              + "|mødet\\s+(?:er|bliver|holdes)"
              + "|ringer\\s+(?:jeg\\s+|vi\\s+)?(?:dig|jer|hende|ham|dem)\\s+(?:op\\s+)?igen"
              + CALL_OR_SEE_AGAIN
              + "|"
              + SUBORDINATE_NOT
              + "(?:(?:vi\\s+)?(?:snakkes|tales|høres)\\s+(?:vi\\s+)?ved"
              + "|vi\\s+ses|ses\\s+vi|vi\\s+mødes|mødes\\s+vi)"
              + "|holder\\s+vi\\s+(?:et\\s+|næste\\s+)?"
              + NOUN
              + "|(?:et|en)\\s+"
              + NOUN
              + "(?=\\s+(?:(?:ude|inde|herude)\\s+)?(?:her|på|den|tirsdag|mandag|onsdag|torsdag"
              + "|fredag)(?![\\p{L}])))(?![\\p{L}])",
          FLAGS);

  private static final Pattern WHEN =
      Pattern.compile(
          "(?:(?:"
              + DanishDates.WEEKDAY_NAMES
              + ")(?:\\s*,)?\\s+)?den\\s+\\d{1,2}\\.(?:\\s+"
              + MONTH
              + "(?:\\s+\\d{4})?)?"
              + "|(?:mandag|tirsdag|onsdag|torsdag|fredag)(?:\\s+\\d{1,2}\\.\\s+"
              + MONTH
              + "(?:\\s+\\d{4})?)?"
              + "|om\\s+\\d+\\s+(?:uger|uge|måneder|måned|dage)",
          FLAGS);
  private static final Pattern TIME =
      Pattern.compile("kl\\.\\s*\\d{1,2}(?:\\.\\d{2})?(?:–\\d{1,2}(?:\\.\\d{2})?)?");

  /** ", hvor vi kigger på, om ...": what the meeting is for. */
  private static final Pattern RELATIVE =
      Pattern.compile(",\\s+(?:hvor|så)\\s+.+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PLACE =
      Pattern.compile(
          "(?<![\\p{L}])(?:her\\s+)?(?:(?:på|i|hos|med|uden|via|over|efter)\\s+[^,.]+|telefonisk|i\\s+telefonen|herinde"
              + "|som\\s+(?:video|videomøde|videosamtale|telefonsamtale|telefonmøde)(?![\\p{L}])"
              + "|lokale\\s+\\d+)",
          FLAGS);

  private Meetings() {}

  /** Whether the sentence sets a meeting: a meeting word and a day or a time. */
  static boolean isMeeting(String sentence) {
    return (CUE.matcher(sentence).find()
                && (WHEN.matcher(sentence).find() || TIME.matcher(sentence).find())
            || SAY_WE.matcher(sentence).find() && TIME.matcher(sentence).find())
        && !RECURRING.matcher(sentence).find()
        && !Schedules.namesDaysAndHours(sentence);
  }

  /**
   * "Så siger vi tirsdag klokken ti": a day settled, which is a meeting when it has a time of day;
   * "Så siger vi mandag den 2. februar" answering when the citizen can start is the start day.
   */
  private static final Pattern SAY_WE =
      Pattern.compile(
          "(?<![\\p{L}])siger\\s+vi\\s+(?:så\\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag)", FLAGS);

  /** "Vi mødes hver tirsdag": a meeting that recurs, no next meeting set. */
  private static final Pattern RECURRING =
      Pattern.compile(
          "(?<![\\p{L}])(?:hver|alle)\\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|dag|uge)"
              + "|(?<![\\p{L}])(?:mandag|tirsdag|onsdag|torsdag|fredag)e(?:n|ne)(?![\\p{L}])",
          FLAGS);

  /** Whether the sentence names the next meeting without its day ("Og så næste samtale."). */
  static boolean announces(String sentence) {
    return CUE.matcher(sentence).find() && !isMeeting(sentence);
  }

  /** Whether the sentence gives a day and a time (after a sentence that announced a meeting). */
  static boolean hasDayAndTime(String sentence) {
    return WHEN.matcher(sentence).find() && TIME.matcher(sentence).find();
  }

  /**
   * The meeting sentence, or null when the day cannot be read.
   *
   * @param kind what a meeting of this conversation type is called ("jobsamtale"), used where the
   *     speaker said only "samtale" or "møde"
   */
  static String write(String sentence, String kind) {
    Matcher when = WHEN.matcher(sentence);
    if (!when.find()) {
      return null;
    }
    if (when.group().toLowerCase(Locale.ROOT).startsWith("om ")) {
      // "om seks uger, torsdag den 21. maj": the date says it exactly.
      int relativeStart = when.start();
      int relativeEnd = when.end();
      if (when.find() && !when.group().toLowerCase(Locale.ROOT).startsWith("om ")) {
        sentence =
            sentence.substring(0, relativeStart)
                + sentence.substring(relativeEnd).replaceFirst("^,\\s*", "");
        when = WHEN.matcher(sentence);
        when.find();
      } else {
        when = WHEN.matcher(sentence);
        when.find();
      }
    }
    String day = when.group().strip();
    Matcher time = TIME.matcher(sentence);
    String clock = time.find() ? time.group() : null;
    Matcher cue = CUE.matcher(sentence);
    String noun = "samtale";
    boolean cued = cue.find();
    // Without a meeting word, the day was settled: "Så siger vi onsdag ... kl. 13.00".
    Matcher settled = SAY_WE.matcher(sentence);
    String cueText = cued ? cue.group() : settled.find() ? settled.group() : "";
    if (cued) {
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
    if ((noun.equals("samtale") || noun.equals("møde")) && kind != null && kind.endsWith(noun)) {
      // The type's name only where it says the same thing: "samtale" in a job talk is the next
      // "jobsamtale", but "et nyt møde" at a round table is a "møde", not a "rundbordssamtale".
      noun = kind;
    }
    StringBuilder b = new StringBuilder("Næste ").append(noun).append(" afholdes ");
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
                  .replaceFirst("(?i).*?" + Pattern.quote(cueText), ""));
    }
    if (place == null && cueText.toLowerCase(Locale.ROOT).startsWith("ringer")) {
      place = "telefonisk"; // "så ringer jeg dig op igen om fjorten dage"
    }
    if (place != null) {
      b.append(' ').append(place);
    }
    return b.toString().replaceAll("\\s+", " ").replaceAll("[,\\s]+$", "");
  }

  /** Where and with whom, as said after the time: "på kontoret", "på video", "med tolk". */
  private static String place(String rest) {
    StringBuilder b = new StringBuilder();
    int found = 0;
    for (String chunk : rest.split(",")) {
      String r = chunk.strip().replaceAll("[.?!]+$", "");
      r =
          r.replaceFirst(
              "(?i)^(?:og\\s+)?(?:også\\s+)?(?:(?:holder|er|bliver|tager)\\s+(?:vi|det)\\s+)?"
                  + "(?:(?:er|bliver|holdes)\\s+)?(?:igen\\s+)?(?:også\\s+)?(?:ude\\s+|inde\\s+|herude\\s+)?"
                  + "(?:sammen\\s+(?=med\\s))?",
              "");
      Matcher m = PLACE.matcher(r);
      if (!m.lookingAt() || found >= 3) {
        continue;
      }
      String p = m.group().strip().replaceFirst("(?i)^her\\s+", "");
      if (p.equalsIgnoreCase("herinde")) {
        p = "på kontoret";
      }
      if (p.toLowerCase(Locale.ROOT).matches("i telefonen|telefonisk|som telefon.*")) {
        p = "telefonisk";
      }
      if (p.toLowerCase(Locale.ROOT).startsWith("som video")) {
        p = "på video"; // "bliver som video"
      }
      if (Content.procedure(p)
          || p.toLowerCase(Locale.ROOT)
              .matches(".*\\b(er det|okay|alle|i stedet|i dag|i morgen|i næste uge)\\b.*")) {
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
