package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caseworker's "vi" for what the meeting does together, written without a subject: "vi laver
 * ikke praktik nu" is "der laves ikke praktik nu", "det tager vi op næste gang" is "det tages op
 * næste gang", "som vi beslutter på næste møde" is "som besluttes på næste møde". The note then
 * does not name who did it, as the caseworker did not.
 */
final class Passive {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String VERB = "(\\p{L}{3,}er)";

  /** Verbs whose "vi" is the municipality acting: those keep a subject ("kommunen"). */
  private static final Set<String> KEEP_SUBJECT =
      Set.of(
          "henter",
          "udbetaler",
          "betaler",
          "dækker",
          "bevilger",
          "godkender",
          "registrerer",
          "beregner",
          "tilbyder",
          "modtager",
          "indkalder",
          "opretter",
          "sender",
          "ringer");

  private static final Pattern TOPIC_FIRST =
      Pattern.compile("(?<![\\p{L}])(det|den|dem|der)\\s+" + VERB + "\\s+vi(?![\\p{L}])", FLAGS);
  private static final Pattern VERB_FIRST =
      Pattern.compile(
          "^((?:(?:og|men)\\s+)?(?:så|nu|og så)\\s+)?" + VERB + "\\s+vi(?![\\p{L}])", FLAGS);

  /** "så forlænger vi praktikken" gives "praktikken forlænges". */
  private static final Pattern DEFINITE_OBJECT =
      Pattern.compile(
          "^((?:(?:og|men)\\s+)?(?:så|nu|og så)\\s+)?"
              + VERB
              + "\\s+vi\\s+(\\p{L}+(?:en|et|ne))(?![\\p{L}])",
          FLAGS);

  private static final Pattern SUBJECT_THEN_OBJECT =
      Pattern.compile("(?<![\\p{L}])vi\\s+" + VERB + "\\s+(det|den)(?![\\p{L}])", FLAGS);
  private static final Pattern AFTER_RELATIVE =
      Pattern.compile("(?<![\\p{L}])(som)\\s+vi\\s+" + VERB + "(?![\\p{L}])", FLAGS);
  private static final Pattern AFTER_CONJUNCTION =
      Pattern.compile(
          "(?<![\\p{L}])(hvor|når|hvis|at|fordi|mens|så|til|indtil|før|inden)\\s+vi\\s+"
              + VERB
              + "(?![\\p{L}])",
          FLAGS);
  private static final Pattern AFTER_COMMA =
      Pattern.compile("(,)\\s+vi\\s+" + VERB + "(?![\\p{L}])", FLAGS);
  private static final Pattern AT_START =
      Pattern.compile("^((?:og|men|så)\\s+)?vi\\s+" + VERB + "(?![\\p{L}])", FLAGS);

  private Passive() {}

  static String apply(String sentence) {
    String s = sentence;
    s = replace(TOPIC_FIRST, s, m -> m.group(1) + " " + passive(m.group(2)), 2);
    s = replace(DEFINITE_OBJECT, s, m -> m.group(3) + " " + passive(m.group(2)), 2);
    s =
        replace(
            VERB_FIRST, s, m -> (m.group(1) == null ? "" : "") + "der " + passive(m.group(2)), 2);
    s = replace(SUBJECT_THEN_OBJECT, s, m -> m.group(2) + " " + passive(m.group(1)), 1);
    s = replace(AFTER_RELATIVE, s, m -> m.group(1) + " " + passive(m.group(2)), 2);
    s = replace(AFTER_CONJUNCTION, s, m -> m.group(1) + " der " + passive(m.group(2)), 2);
    s = replace(AFTER_COMMA, s, m -> ", der " + passive(m.group(2)), 2);
    s = replace(AT_START, s, m -> "der " + passive(m.group(2)), 2);
    return Clauses.upperFirst(s);
  }

  private interface Writer {
    String write(Matcher m);
  }

  private static String replace(Pattern p, String s, Writer w, int verbGroup) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String verb = m.group(verbGroup).toLowerCase(Locale.ROOT);
      if (KEEP_SUBJECT.contains(verb)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(w.write(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** "laver" gives "laves". */
  static String passive(String presentEr) {
    String v = presentEr.toLowerCase(Locale.ROOT);
    return v.substring(0, v.length() - 1) + "s";
  }
}
