package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's partner named as the conversation names them. A speaker labelled "Partner" is
 * "ægtefællen" in a note by default, but a boyfriend is not a husband: when the talk calls the
 * partner "min kæreste" or "din samlever" more often than "min mand", "min kone" or "ægtefælle",
 * the note says "kæresten" or "samleveren". Whether a couple is married matters in the employment
 * services (the mutual duty to support each other follows marriage), so a note must not state a
 * marriage nobody mentioned.
 */
final class PartnerWord {

  private static final String DEFAULT = "ægtefællen";

  /**
   * A relation word after a possessive: "min kæreste", "din samlever", "Emils kæreste". The
   * genitive of a name is read by its capital only, so "hvis mand og kone er gift" is no one's
   * husband.
   */
  private static final Pattern RELATION =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?iu:min|din|hans|hendes|jeres)|\\p{Lu}\\p{L}*s)\\s+"
              + "(?iu:(kæreste|samlever|mand|kone|hustru|ægtefælle))(?![\\p{L}])");

  private static final Pattern SPOUSE =
      Pattern.compile("(?<![\\p{L}])([Ææ])gtefællen(s?)(?![\\p{L}])", Pattern.UNICODE_CASE);

  private PartnerWord() {}

  static List<DraftSentence> apply(List<DraftSentence> sentences, List<Talk.Turn> turns) {
    if (turns.stream().noneMatch(t -> t.party().noun().equals(DEFAULT))) {
      return sentences;
    }
    String word = word(turns);
    if (word.equals(DEFAULT)) {
      return sentences;
    }
    List<DraftSentence> out = new ArrayList<>(sentences.size());
    for (DraftSentence d : sentences) {
      Matcher m = SPOUSE.matcher(d.text());
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String w = m.group(1).equals("Æ") ? Clauses.upperFirst(word) : word;
        m.appendReplacement(b, Matcher.quoteReplacement(w + m.group(2)));
      }
      m.appendTail(b);
      String text = b.toString();
      out.add(text.equals(d.text()) ? d : new DraftSentence(d.section(), text, d.citations()));
    }
    return out;
  }

  /** "kæresten", "samleveren", or the default when the talk says nothing or speaks of marriage. */
  static String word(List<Talk.Turn> turns) {
    int boyOrGirlfriend = 0;
    int cohabitant = 0;
    int married = 0;
    for (Talk.Turn t : turns) {
      for (String s : t.sentences()) {
        Matcher m = RELATION.matcher(s);
        while (m.find()) {
          switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "kæreste" -> boyOrGirlfriend++;
            case "samlever" -> cohabitant++;
            default -> married++;
          }
        }
      }
    }
    if (married >= boyOrGirlfriend + cohabitant) {
      return DEFAULT;
    }
    return cohabitant > boyOrGirlfriend ? "samleveren" : "kæresten";
  }
}
