package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An imperative said to someone is what they are to do: "Husk at give os besked" is "du skal huske
 * at give os besked", "så ring til mig" is "så skal du ringe til mig". The "du" is then the person
 * spoken to, as in every other sentence.
 */
final class Imperatives {

  private static final Map<String, String> INFINITIVE =
      Map.ofEntries(
          Map.entry("husk", "huske"),
          Map.entry("ring", "ringe"),
          Map.entry("send", "sende"),
          Map.entry("skriv", "skrive"),
          Map.entry("kontakt", "kontakte"),
          Map.entry("giv", "give"),
          Map.entry("tag", "tage"),
          Map.entry("kom", "komme"),
          Map.entry("hold", "holde"),
          Map.entry("meld", "melde"),
          Map.entry("spørg", "spørge"),
          Map.entry("søg", "søge"),
          Map.entry("tjek", "tjekke"),
          Map.entry("læs", "læse"),
          Map.entry("husk at", "huske at"));

  private static final Pattern AT_START =
      Pattern.compile(
          "^((?:og|men|så)\\s+)?(husk|ring|send|skriv|kontakt|giv|tag|kom|hold|meld|spørg|søg|tjek|læs)"
              + "(?=,?\\s+(?!du\\b|jeg\\b|vi\\b|i\\b|de\\b|han\\b|hun\\b)\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AFTER_SO =
      Pattern.compile(
          "(,\\s+så\\s+)(husk|ring|send|skriv|kontakt|giv|tag|kom|hold|meld|spørg|søg|tjek|læs)"
              + "(?=\\s+(?!du\\b|jeg\\b|vi\\b|i\\b|de\\b|han\\b|hun\\b)\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Imperatives() {}

  static String asObligation(String sentence) {
    if (sentence.strip().endsWith("?")) {
      return sentence;
    }
    Matcher start = AT_START.matcher(sentence.strip());
    String s = sentence.strip();
    // "så kom min bror" is a past tense after "så", not a request.
    if (start.lookingAt()
        && !(start.group(1) != null
            && start.group(1).strip().equalsIgnoreCase("så")
            && start.group(2).equalsIgnoreCase("kom"))) {
      String verb = INFINITIVE.get(start.group(2).toLowerCase(Locale.ROOT));
      String rest = s.substring(start.end());
      String also = "";
      if (rest.startsWith(" også ")) {
        also = "også ";
        rest = rest.substring(" også".length());
      }
      String lead = start.group(1) == null ? "" : start.group(1);
      // After a fronted "så" the verb comes before the subject: "så skal du søge".
      boolean fronted = lead.strip().equalsIgnoreCase("så");
      s = lead + (fronted ? "skal du " : "du skal ") + also + verb + rest;
    }
    Matcher after = AFTER_SO.matcher(s);
    StringBuilder out = new StringBuilder();
    while (after.find()) {
      String verb = INFINITIVE.get(after.group(2).toLowerCase(Locale.ROOT));
      after.appendReplacement(out, Matcher.quoteReplacement(after.group(1) + "skal du " + verb));
    }
    after.appendTail(out);
    return out.toString();
  }
}
