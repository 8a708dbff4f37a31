package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a journal note uses where speech uses everyday ones, for the few everyday words that
 * sound off in a record: a benefit is "modtaget", not "fået"; someone dismissed is "afskediget",
 * not "fyret", and "opsagt", not "sagt op"; the past weeks are "de seneste", since "de sidste" also
 * means the final ones. Only the verb or adjective changes, never what was said of whom.
 */
final class Register {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String BENEFIT =
      "(?:kontanthjælp|uddannelseshjælp|sygedagpenge|dagpenge|ledighedsydelse|integrationsydelse"
          + "|selvforsørgelsesydelse|overgangsydelse|revalideringsydelse|ressourceforløbsydelse"
          + "|førtidspension|boligstøtte|ydelse|su)(?:n|en|ne)?";

  /** "får", with what may stand between it and the benefit ("får du stadig din"). */
  private static final Pattern GETS_BENEFIT =
      Pattern.compile(
          "(?<![\\p{L}])(får|fik|fået|få)((?:\\s+(?:du|jeg|han|hun|vi|i|de|borger|stadig|også|nu|jo"
              + "|fortsat|ikke|sin|sine|sit|din|dine|dit|min|mine|mit|hans|hendes|jeres|deres))*)\\s+("
              + BENEFIT
              + ")(?![\\p{L}])",
          FLAGS);

  private static final Map<String, String> RECEIVE =
      Map.of("får", "modtager", "fik", "modtog", "fået", "modtaget", "få", "modtage");

  private static final Pattern DISMISSED = Pattern.compile("(?<![\\p{L}])fyret(?![\\p{L}])", FLAGS);

  /**
   * "de har sagt mig op", "han sagde hende op": a note says who was dismissed, "opsagt"; who did it
   * is the employer either way.
   */
  private static final Pattern SAID_UP =
      Pattern.compile(
          "(?<![\\p{L}])(?:de|han|hun|chefen|firmaet|virksomheden|arbejdsgiveren)\\s+(har\\s+sagt|sagde)"
              + "\\s+(mig|dig|ham|hende)\\s+op(?![\\p{L}])",
          FLAGS);

  /** "jeg blev sagt op", "er blevet sagt op": the passive said with the particle. */
  private static final Pattern SAID_UP_PASSIVE =
      Pattern.compile("(?<![\\p{L}])(blev|blevet)\\s+sagt\\s+op(?![\\p{L}])", FLAGS);

  private static final Map<String, String> OBJECT_AS_SUBJECT =
      Map.of("mig", "jeg", "dig", "du", "ham", "han", "hende", "hun");

  /** "de sidste 2 år", "den sidste måned", "det sidste halve år": the span up to now. */
  private static final Pattern LAST_SPAN =
      Pattern.compile(
          "(?<![\\p{L}])(den|de|det)\\s+sidste(\\s+(?:\\d+(?:,\\d+)?\\s+|\\p{L}+\\s+)?(?:halve\\s+)?"
              + "(?:måned|måneder|uger|år|halvår))(?![\\p{L}])",
          FLAGS);

  /**
   * "vurderer ikke, at der er behov": the negation raised to the verb of thinking; a note says what
   * was judged ("vurderer, at der ikke er behov"). Only where the clause opens with a pronoun and
   * its verb, so that "ikke" has one place to go.
   */
  private static final Pattern RAISED_NEGATION =
      Pattern.compile(
          "(?<![\\p{L}])((?:vurderer|vurderede|mener|mente|tror|troede|synes|syntes)"
              + "(?:\\s+(?:altså|selv|jo|bare))*)\\s+(heller\\s+)?ikke"
              + "((?:\\s+(?:altså|selv|rigtig))*),?\\s+(?:at\\s+)?"
              + "(der|det|jeg|du|han|hun|vi|de|den|i)\\s+(\\p{L}+)(?![\\p{L}])",
          FLAGS);

  private Register() {}

  /** "Jeg vurderer heller ikke, at der er behov" is "Jeg vurderer også, at der ikke er behov". */
  static String lowerNegation(String text) {
    Matcher m = RAISED_NEGATION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!Clauses.isFiniteVerb(m.group(5).toLowerCase(Locale.ROOT))) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String also = m.group(2) == null ? "" : " også";
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              m.group(1) + also + m.group(3) + ", at " + m.group(4) + " ikke " + m.group(5)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** "de har sagt mig op" is "jeg er blevet opsagt"; "han sagde hende op" is "hun blev opsagt". */
  static String dismissedAs(String text) {
    Matcher m = SAID_UP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String subject = OBJECT_AS_SUBJECT.get(m.group(2).toLowerCase(Locale.ROOT));
      String verb = m.group(1).toLowerCase(Locale.ROOT).startsWith("har") ? "er blevet" : "blev";
      String said = subject + " " + verb + " opsagt";
      if (Character.isUpperCase(m.group().charAt(0))) {
        said = Clauses.upperFirst(said);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(said));
    }
    m.appendTail(out);
    return SAID_UP_PASSIVE.matcher(out.toString()).replaceAll("$1 opsagt");
  }

  static String apply(String text) {
    Matcher m = GETS_BENEFIT.matcher(lowerNegation(text));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String verb = RECEIVE.get(m.group(1).toLowerCase(Locale.ROOT));
      if (Character.isUpperCase(m.group(1).charAt(0))) {
        verb = Clauses.upperFirst(verb);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(verb + m.group(2) + " " + m.group(3)));
    }
    m.appendTail(out);
    String s = DISMISSED.matcher(out.toString()).replaceAll("afskediget");
    s = dismissedAs(s);
    Matcher span = LAST_SPAN.matcher(s);
    out = new StringBuilder();
    while (span.find()) {
      String middle = span.group(2).strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      // "de sidste gode år", "de sidste par uger" are fine as they are; numbers and units change.
      boolean plain =
          middle.matches("\\d+(?:,\\d+)?|halve|måned|måneder|uger|år|halvår|par|mange|få");
      span.appendReplacement(
          out,
          Matcher.quoteReplacement(
              plain ? span.group(1) + " seneste" + span.group(2) : span.group()));
    }
    span.appendTail(out);
    return out.toString();
  }
}
