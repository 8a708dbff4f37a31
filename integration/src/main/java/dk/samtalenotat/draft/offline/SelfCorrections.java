package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a speaker's correction of themselves before the language module's {@link
 * dk.samtalenotat.language.SelfCorrections} sees the rest; this step keeps what the module's
 * resolution drops: the unit said before the correction ("tyve timer – nej, det er seksten" is "16
 * timer", not "16"), the phrase around a corrected month ("i starten af november"), and the clauses
 * before a taken-back one. It resolves a speaker's correction of themselves, so that only the
 * corrected value reaches the note: "fem – nej, fire job" is "fire job", "den første oktober – nej,
 * november" is "den første november", "seks – nej, det er fem uger" is "fem uger". A correction
 * with no new value ("– nej, vent, det passer ikke", "– undskyld, jeg sagde forkert") takes back
 * the clause before it. Runs on text whose numbers and dates are digits already.
 */
final class SelfCorrections {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "– nej,", "– nej undskyld,", "– nå nej,", "– no wait,", "– undskyld,". */
  private static final Pattern DASH_CUE =
      Pattern.compile(
          "\\s*[–—-]\\s+(?:(?:nå|åh|øh)\\s+)?(?:nej|næ|no|undskyld|sorry)(?![\\p{L}])[,.!]?\\s*"
              + "(?:(?:vent|undskyld|wait|sorry|altså|jeg mener|det vil sige|rettelse)"
              + "(?![\\p{L}])[,.!]?\\s*)*",
          FLAGS);

  /**
   * A yes taken back before the sentence ends: "Ja, det tror jeg – åh nej. Om onsdagen har jeg
   * smerteklinikken." answers no, and the note must not say that the citizen confirmed.
   */
  private static final Pattern YES_TAKEN_BACK =
      Pattern.compile(
          "(^|[.!?]\\s+)(?:ja|jo|jep|yes)(?![\\p{L}])[^.!?–—]{0,40}[–—]\\s+(?:(?:åh|øh|nå|hov)\\s+)?"
              + "nej(?![\\p{L}])[,.!]?",
          FLAGS);

  /** "fem, nej fire job": a comma correction, only between two values of the same kind. */
  private static final Pattern COMMA_CUE =
      Pattern.compile(
          ",\\s*(?:nej|undskyld)(?![\\p{L}]),?\\s+(?:(?:vent|undskyld)(?![\\p{L}]),?\\s*)*", FLAGS);

  /** What opens a correction but is no value: "det er", "det var", "den er". */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?:(?:og|så|altså)\\s+)?(?:det|den|der)\\s+(?:er|var|bliver|blev)\\s+(?:jo\\s+)?",
          FLAGS);

  /** Words that take the clause back instead of correcting a value. */
  private static final Pattern RETRACTION =
      Pattern.compile(
          "passer\\s+(?:jo\\s+)?ikke|går\\s+(?:jo\\s+)?ikke|sagde\\s+forkert|forkert|glem\\s+det"
              + "|er\\s+(?:jo\\s+)?efter|er\\s+(?:jo\\s+)?før|ikke\\s+rigtigt|tager\\s+fejl",
          FLAGS);

  /** The kinds of value a correction replaces, most specific first. */
  enum Kind {
    DATE,
    MONTH,
    WEEKDAY,
    TIME,
    NUMBER
  }

  private record Value(Kind kind, int start, int end) {}

  private static final String WD = "(" + DanishDates.WEEKDAY_NAMES + ")";
  private static final String MO =
      "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              "(?<![\\p{L}\\d])(?:"
                  + WD
                  + "\\s+)?(?:den\\s+)?\\d{1,2}\\.\\s+"
                  + MO
                  + "(?:\\s+\\d{4})?(?![\\p{L}\\d])"
                  + "|(?<![\\p{L}\\d])(?:"
                  + WD
                  + "\\s+)?den\\s+\\d{1,2}\\.(?!\\s*\\d)"
                  + "|(?<![\\p{L}])"
                  + WD
                  + "\\s+den\\s+\\p{L}+(?![\\p{L}])",
              FLAGS),
          Pattern.compile(
              "(?<![\\p{L}])(?:(?:i|fra|til|siden|omkring)\\s+)?(?:(?:starten|slutningen|midten|udgangen)"
                  + "\\s+af\\s+)?"
                  + MO
                  + "(?:\\s+\\d{4})?(?![\\p{L}])",
              FLAGS),
          Pattern.compile(
              "(?<![\\p{L}])" + WD + "(?:\\s*(?:,|og)\\s*" + WD + ")*(?![\\p{L}])", FLAGS),
          Pattern.compile(
              "(?<![\\p{L}])kl\\.\\s*\\d{1,2}(?:\\.\\d{2})?(?:–\\d{1,2}(?:\\.\\d{2})?)?", FLAGS),
          Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*½?(?![\\d])"));

  private SelfCorrections() {}

  /** The text with every self-correction resolved. */
  static String resolve(String text) {
    String s = YES_TAKEN_BACK.matcher(text).replaceAll("$1Nej.");
    for (int guard = 0; guard < 10; guard++) {
      Matcher dash = DASH_CUE.matcher(s);
      if (dash.find()) {
        s = apply(s, dash.start(), dash.end(), false);
        continue;
      }
      Matcher comma = COMMA_CUE.matcher(s);
      boolean changed = false;
      while (comma.find()) {
        String applied = apply(s, comma.start(), comma.end(), true);
        if (applied != null) {
          s = applied;
          changed = true;
          break;
        }
      }
      if (!changed) {
        break;
      }
    }
    return s;
  }

  /**
   * Applies the correction whose cue spans [cueStart, cueEnd). For a comma cue, returns null when
   * it is no correction (values of the same kind must stand on both sides).
   */
  private static String apply(String s, int cueStart, int cueEnd, boolean strict) {
    String left = s.substring(0, cueStart);
    String right = s.substring(cueEnd);
    int rightEnd = sentenceEnd(right);
    String correction = right.substring(0, rightEnd);
    String rest = right.substring(rightEnd);
    Matcher lead = LEAD_IN.matcher(correction);
    String said = lead.lookingAt() ? correction.substring(lead.end()) : correction;
    said = said.replaceAll("^[,\\s]+", "");
    Value newValue = firstValue(said);
    if (strict) {
      Value old = lastValue(left, newValue == null ? null : newValue.kind());
      if (newValue == null || newValue.start() > 0 || old == null || old.end() != left.length()) {
        return null;
      }
    }
    if (newValue == null || RETRACTION.matcher(said).find()) {
      List<String> leftSentences = Sentences.split(left);
      String echoed = leftSentences.isEmpty() ? "" : leftSentences.get(leftSentences.size() - 1);
      String takenUp =
          takenUpInTheNextSentence(left, echoed, s.substring(cueStart, cueEnd), correction, rest);
      if (takenUp != null) {
        return takenUp;
      }
      Matcher retraction = RETRACTION.matcher(said);
      String reason = retraction.find() ? said.substring(retraction.end()) : "";
      if (!strict && !echoed.isBlank() && !Content.hasVerb(echoed) && Content.hasVerb(reason)) {
        // "Onsdag klokken ti – nej, det går ikke, der er jeg til kontrol": a day or a value said
        // back without a verb and turned down for a reason is an answer, not the speaker's own
        // mistake ("Tirsdag og fredag – nej, det går jo ikke. Mandag og fredag."); the no and its
        // reason stand.
        String before = left.substring(0, left.length() - echoed.length());
        return (before + "Nej, " + said.strip() + rest).strip();
      }
      return (retract(left) + nextSentence(rest)).strip();
    }
    Value old = lastValue(left, newValue.kind());
    if (old == null) {
      // Nothing of the kind to replace: the new words replace the last word before the cue.
      int lastSpace = left.stripTrailing().lastIndexOf(' ');
      String keep = lastSpace < 0 ? "" : left.substring(0, lastSpace + 1);
      return keep + said.strip() + rest;
    }
    if (newValue.kind() == Kind.MONTH && old.kind() == Kind.DATE) {
      // "den første oktober – nej, november": the day stands, the month is corrected.
      Matcher newMonth = Pattern.compile(MO, FLAGS).matcher(said);
      String oldDate = left.substring(old.start(), old.end());
      if (newMonth.find()) {
        String corrected =
            Pattern.compile(MO, FLAGS).matcher(oldDate).replaceFirst(newMonth.group());
        return left.substring(0, old.start()) + corrected + said.substring(newValue.end()) + rest;
      }
    }
    String monthKept = withMonthKept(left, old, said, newValue, rest);
    if (monthKept != null) {
      return monthKept;
    }
    if (newValue.kind() == Kind.WEEKDAY && old.kind() == Kind.WEEKDAY) {
      // "mandag, onsdag og torsdag – nej, fredag": the language module knows which of the days
      // said the correction replaces (fewer days said instead replace the last ones).
      String spoken = s.substring(0, cueEnd) + correction;
      String resolved = dk.samtalenotat.language.SelfCorrections.resolve(spoken);
      if (!resolved.equals(spoken.strip())) {
        return resolved + rest;
      }
    }
    String head = said.substring(0, newValue.start());
    String replacement;
    int oldStart = old.start();
    if (head.isBlank() || isPrepositionPhrase(head)) {
      replacement = said.strip();
      if (isPrepositionPhrase(head)) {
        oldStart = extendOverPreposition(left, oldStart);
      }
    } else {
      replacement = said.substring(newValue.start()).strip();
    }
    String afterNew = said.substring(newValue.end()).strip();
    String afterOld = left.substring(old.end());
    if (afterNew.replaceAll("[.,!?]", "").isBlank() && !afterOld.isBlank()) {
      // "tyve timer – nej, det er seksten": the unit said before the correction still applies.
      replacement = said.substring(newValue.start(), newValue.end()) + afterOld;
      String end = afterNew.replaceAll("[^.!?]", "");
      replacement = replacement.stripTrailing() + end;
    }
    String before = left.substring(0, oldStart);
    if (before.isBlank() || before.stripTrailing().matches("(?s).*[.!?]$")) {
      // "Det passer ikke. Den 1. november – nej, den 1. december.": the corrected value opens
      // its sentence, so the sentence still starts with a capital.
      replacement = Clauses.upperFirst(replacement);
    }
    return before + replacement + (rest.isEmpty() ? "" : rest);
  }

  /**
   * "mandag den tredje februar – nej, det var tirsdag den fjerde": a day corrected without its
   * month is a day of the month said before; the month (and year) stand, the day is corrected, as
   * "den første oktober – nej, november" keeps the day. Null when the new day names its own month
   * or no day with a month was said before the cue.
   */
  private static String withMonthKept(
      String left, Value old, String said, Value newValue, String rest) {
    if (newValue.kind() != Kind.DATE) {
      return null;
    }
    String newDate = said.substring(newValue.start(), newValue.end());
    Pattern month = Pattern.compile(MO + "(?:\\s+\\d{4})?", FLAGS);
    if (month.matcher(newDate).find()) {
      return null;
    }
    int dateStart;
    String monthAndYear;
    if (old.kind() == Kind.MONTH) {
      String before = left.substring(0, old.start());
      Matcher day = PATTERNS.get(Kind.DATE.ordinal()).matcher(before);
      int start = -1;
      while (day.find()) {
        if (day.end() == before.stripTrailing().length()) {
          start = day.start();
        }
      }
      Matcher m = month.matcher(left.substring(old.start(), old.end()));
      if (start < 0 || !m.find()) {
        return null;
      }
      dateStart = start;
      monthAndYear = m.group();
    } else if (old.kind() == Kind.DATE) {
      Matcher m = month.matcher(left.substring(old.start(), old.end()));
      if (!m.find()) {
        return null;
      }
      dateStart = old.start();
      monthAndYear = m.group();
    } else {
      return null;
    }
    String before = left.substring(0, dateStart);
    String replacement = newDate + " " + monthAndYear;
    if (before.isBlank() || before.stripTrailing().matches("(?s).*[.!?]$")) {
      replacement = Clauses.upperFirst(replacement);
    }
    String tail = said.substring(newValue.end());
    if (newDate.endsWith(".") && tail.isBlank()) {
      tail = "."; // "den 19." ended the sentence with the day's own full stop
    }
    return before + replacement + tail + rest;
  }

  /**
   * "Næste samtale på video, onsdag den 14. – nej, det er for tidligt. Lad os sige onsdag den 28.
   * oktober kl. 10.00.": the value said again, a few words into the sentence after the reason,
   * takes the place of the one taken back, and the sentence keeps what it said around it (the
   * language module's reading, {@link dk.samtalenotat.language.SelfCorrections#resolve}); else
   * null.
   */
  private static String takenUpInTheNextSentence(
      String left, String echoed, String cue, String correction, String rest) {
    if (echoed.isBlank()) {
      return null;
    }
    String next = rest.replaceFirst("^\\s+", "");
    int nextEnd = sentenceEnd(next);
    String spoken = echoed + cue + correction + " " + next.substring(0, nextEnd);
    if (!dk.samtalenotat.language.SelfCorrections.takesUpTheValueInTheNextSentence(spoken)) {
      return null;
    }
    String before = left.substring(0, left.length() - echoed.length());
    return before
        + dk.samtalenotat.language.SelfCorrections.resolve(spoken)
        + next.substring(nextEnd);
  }

  /** Drops the clause the speaker took back: back to the sentence start or a ", og"/", men". */
  private static String retract(String left) {
    List<String> sentences = Sentences.split(left);
    if (sentences.isEmpty()) {
      return "";
    }
    String last = sentences.get(sentences.size() - 1);
    String before = String.join(" ", sentences.subList(0, sentences.size() - 1));
    int clause = Math.max(last.lastIndexOf(", og "), last.lastIndexOf(", men "));
    if (clause > 0) {
      return (before.isEmpty() ? "" : before + " ") + last.substring(0, clause) + ".";
    }
    return before;
  }

  private static String nextSentence(String rest) {
    String r = rest.replaceFirst("^[.!?]\\s*", "").strip();
    return r.isEmpty() ? "" : " " + r;
  }

  private static int sentenceEnd(String text) {
    List<String> parts = Sentences.split(text);
    if (parts.isEmpty()) {
      return text.length();
    }
    int at = text.indexOf(parts.get(0));
    return at < 0 ? text.length() : at + parts.get(0).length();
  }

  private static boolean isPrepositionPhrase(String head) {
    return head.strip()
        .toLowerCase(java.util.Locale.ROOT)
        .matches(
            "(?:i|på|fra|til|siden|om|omkring|den|inden|senest)(?:\\s+(?:starten|slutningen|midten|udgangen)\\s+af)?");
  }

  private static int extendOverPreposition(String left, int start) {
    Matcher m =
        Pattern.compile("(?:i|på|fra|til|siden|om|omkring|inden|senest)\\s+$", FLAGS)
            .matcher(left.substring(0, start));
    return m.find() ? m.start() : start;
  }

  /**
   * "Du har været ledig siden den 1. november, ikke?" answered "Nej, det passer ikke. Den 1.
   * december.": the confirmation asked for, with the value it asked about replaced by the one the
   * answer gives instead. Null when the answer gives no value of the same kind, or the question
   * none to replace.
   */
  static String withAnswersValue(String asked, String answer) {
    Value given = firstValue(answer);
    if (given == null) {
      return null;
    }
    Value old = lastValue(asked, given.kind());
    if (old == null || old.kind() != given.kind() && given.kind() != Kind.DATE) {
      return null;
    }
    Value wider = lastValue(asked, null);
    if (wider != null
        && wider.start() <= old.start()
        && wider.end() >= old.end()
        && !wider.equals(old)) {
      return null; // the number is part of a date or a time: no value of its own
    }
    String value = answer.substring(given.start(), given.end());
    String before = asked.substring(0, old.start());
    if (before.matches("(?is).*(?<![\\p{L}])den\\s+$") && value.matches("(?is)^den\\s.*")) {
      value = value.substring(4);
    }
    value = Clauses.lowerFirst(value);
    return before + value + asked.substring(old.end());
  }

  private static Value firstValue(String text) {
    Value best = null;
    for (Kind k : Kind.values()) {
      Matcher m = PATTERNS.get(k.ordinal()).matcher(text);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Value(k, m.start(), m.end());
      }
    }
    return best;
  }

  /** The last value before the cue of a kind compatible with {@code kind}. */
  private static Value lastValue(String text, Kind kind) {
    List<Kind> kinds = new ArrayList<>();
    if (kind == null) {
      kinds.addAll(List.of(Kind.values()));
    } else {
      kinds.add(kind);
      switch (kind) {
        case DATE -> kinds.addAll(List.of(Kind.WEEKDAY, Kind.MONTH));
        case WEEKDAY, MONTH -> kinds.add(Kind.DATE);
        default -> {}
      }
    }
    Value best = null;
    for (Kind k : kinds) {
      Matcher m = PATTERNS.get(k.ordinal()).matcher(text);
      while (m.find()) {
        if (best == null
            || m.end() > best.end()
            || m.end() == best.end() && m.start() < best.start()) {
          best = new Value(k, m.start(), m.end());
        }
      }
    }
    return best;
  }
}
