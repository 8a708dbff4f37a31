package dk.samtalenotat.draft.offline;

import java.util.Locale;
import java.util.Set;

/**
 * The definite form of a noun, for the Jutlandic article "æ" ("æ skulder" is "skulderen", "æ
 * arbejde" "arbejdet"). Common gender unless the noun is one of the neuter nouns caseworkers and
 * citizens use most; a noun after "æ" that is an adjective ("æ kolde køkken") keeps a plain
 * article.
 */
final class Definite {

  /** Neuter nouns of everyday and case talk: they take "-et". */
  private static final Set<String> NEUTER =
      Set.of(
          "arbejde",
          "kursus",
          "job",
          "cv",
          "certifikat",
          "knæ",
          "hus",
          "sted",
          "barn",
          "brev",
          "år",
          "forløb",
          "møde",
          "køkken",
          "kontor",
          "hold",
          "skema",
          "papir",
          "værksted",
          "tidspunkt",
          "lager",
          "firma",
          "jobcenter",
          "center",
          "ben",
          "hoved",
          "øje",
          "øre",
          "bein",
          "ansigt",
          "liv",
          "hjem",
          "tog",
          "fly",
          "land",
          "navn",
          "nummer",
          "tal",
          "beløb",
          "problem",
          "projekt",
          "praktiksted",
          "opslag",
          "interview",
          "netværk",
          "kørekort",
          "vejr",
          "andet",
          "mødested");

  private Definite() {}

  /** The article before an adjective and its noun: "æ kolde køkken" is "det kolde køkken". */
  static String article(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    return NEUTER.contains(lower) || lower.endsWith("center") ? "det" : "den";
  }

  static String of(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    String form;
    if (lower.equals("kursus")) {
      form = "kurset";
    } else if (NEUTER.contains(lower) || lower.endsWith("center")) {
      form = lower.endsWith("e") ? lower + "t" : lower + "et";
    } else if (lower.endsWith("e")) {
      form = lower + "n";
    } else {
      form = lower + "en";
    }
    String cased =
        Character.isUpperCase(noun.charAt(0)) ? SpokenCleaner.matchCase(noun, form) : form;
    return noun.length() > 1 && noun.equals(noun.toUpperCase(Locale.ROOT)) ? noun + "'et" : cased;
  }
}
