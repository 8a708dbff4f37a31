package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and organisations whole: a name said in full once ("Nordlys Software") and later by its
 * first word alone ("hos Nordlys") is written in full, as a note names a firm. Only after "hos",
 * "ved" or "for", where a firm is meant rather than a town, only where the short form leads to one
 * full name, and never for the participants' own names (a first name is how a person is addressed,
 * not a cut firm name) or the municipality's.
 */
final class WholeNames {

  /** Two or more capitalised words, "og" or "&" allowed between them: "Skovby Fragt og Lager". */
  private static final Pattern FULL =
      Pattern.compile(
          "\\p{Lu}[\\p{L}-]+(?:\\s+(?:(?:og|&)\\s+)?\\p{Lu}[\\p{L}/.-]*[\\p{L}])+",
          Pattern.UNICODE_CASE);

  private WholeNames() {}

  static List<DraftSentence> apply(
      List<DraftSentence> sentences,
      List<Talk.Turn> turns,
      List<DraftParticipant> people,
      String municipality) {
    Set<String> personal = new HashSet<>();
    if (municipality != null) {
      // "Skovby" is the town too: "hos Skovby" is not cut from "Skovby Kommune".
      personal.addAll(List.of(municipality.strip().split("\\s+")));
    }
    for (DraftParticipant p : people) {
      if (p.name() != null) {
        for (String w : p.name().strip().split("\\s+")) {
          personal.add(w);
        }
      }
    }
    Map<String, Set<String>> byFirst = new HashMap<>();
    for (Talk.Turn t : turns) {
      for (String s : t.sentences()) {
        Matcher m = FULL.matcher(s);
        while (m.find()) {
          String full = m.group().replaceAll("\\s+", " ");
          if (m.start() == 0 || s.substring(0, m.start()).matches("(?s).*[.!?:]\\s*$")) {
            // A sentence's first word is capitalised whatever it is: "Hos Nordlys Software".
            String rest = full.substring(full.indexOf(' ') + 1);
            if (!FULL.matcher(rest).matches() || rest.startsWith("og ") || rest.startsWith("& ")) {
              continue;
            }
            full = rest;
          }
          String first = full.split(" ")[0];
          if (first.length() >= 3 && !personal.contains(first)) {
            byFirst.computeIfAbsent(first, k -> new HashSet<>()).add(full);
          }
        }
      }
    }
    Map<String, String> whole = new java.util.TreeMap<>();
    for (Map.Entry<String, Set<String>> e : byFirst.entrySet()) {
      if (e.getValue().size() == 1) {
        whole.put(e.getKey(), e.getValue().iterator().next());
      }
    }
    if (whole.isEmpty()) {
      return sentences;
    }
    Map<Pattern, String> shortForms = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> e : whole.entrySet()) {
      String rest = e.getValue().substring(e.getKey().length());
      shortForms.put(
          Pattern.compile(
              "(?<=(?<![\\p{L}])(?:hos|ved|for)\\s)"
                  + Pattern.quote(e.getKey())
                  + "(?![\\p{L}'])(?!"
                  + Pattern.quote(rest)
                  + ")",
              Pattern.UNICODE_CASE),
          e.getValue());
    }
    List<DraftSentence> out = new ArrayList<>();
    for (DraftSentence d : sentences) {
      String text = d.text();
      for (Map.Entry<Pattern, String> e : shortForms.entrySet()) {
        text = e.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(e.getValue()));
      }
      out.add(text.equals(d.text()) ? d : new DraftSentence(d.section(), text, d.citations()));
    }
    return out;
  }
}
