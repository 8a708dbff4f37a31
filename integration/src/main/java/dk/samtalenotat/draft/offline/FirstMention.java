package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftSentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at the citizen's side (spouse, companion, mentor, a parent) is named where the note
 * first speaks of them: "ægtefællen Maria Holm" once, "ægtefællen" after that, as a caseworker
 * writes it. The note's sentences otherwise say only the role, and the reader would have to match
 * it with the participants line. Only a registered full name is used, only once, and not when the
 * note names the person already (a line of who took part).
 */
final class FirstMention {

  private FirstMention() {}

  static List<DraftSentence> apply(
      List<DraftSentence> sentences, List<Talk.Turn> turns, Names names) {
    Set<Party> people = new LinkedHashSet<>();
    for (Talk.Turn t : turns) {
      Party p = t.party();
      if (p.group() != null && p.group().endsWith(" og borger")) {
        people.add(p);
      }
    }
    List<DraftSentence> out = new ArrayList<>(sentences);
    for (Party p : people) {
      String name = names.nameOf(p);
      if (name == null || !name.contains(" ")) {
        continue;
      }
      String lowerName = name.toLowerCase(Locale.ROOT);
      if (out.stream().anyMatch(s -> s.text().toLowerCase(Locale.ROOT).contains(lowerName))) {
        continue;
      }
      Pattern noun =
          Pattern.compile(
              // Not the role said of anyone ("en mentor", "ingen bisidder"): that is not the
              // person.
              "(?<![\\p{L}-])(?<!(?:^|\\s)(?:en|et|ingen|anden|ny)\\s)"
                  + Pattern.quote(p.noun())
                  + "(?![\\p{L}'-])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      for (int k = 0; k < out.size(); k++) {
        DraftSentence s = out.get(k);
        Matcher m = noun.matcher(s.text());
        if (m.find()) {
          String text = s.text().substring(0, m.end()) + " " + name + s.text().substring(m.end());
          out.set(k, new DraftSentence(s.section(), text, s.citations()));
          break;
        }
      }
    }
    return out;
  }
}
