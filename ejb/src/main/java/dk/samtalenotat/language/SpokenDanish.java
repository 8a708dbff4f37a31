package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spoken Danish made readable for a note: dialect forms to standard Danish where the form is
 * unambiguous in its position ({@code dialect.txt}: Jutlandic "a har" is "jeg har", "itj" is
 * "ikke", Bornholm "ja går" is "jeg går"), and fillers left out ({@code fillers.txt}: "øh" always,
 * "altså" or "jo" only where they stand apart). What is not listed, or not safe where it stands, is
 * left as said.
 */
public final class SpokenDanish {

  /** One dialect form, its standard form, and where the replacement is safe. */
  private record Rule(String standard, String where) {}

  /** The positions {@code dialect.txt} may give, as {@link #standardFor} reads them. */
  private static final Set<String> POSITIONS =
      Set.of(
          "always",
          "beforeverb",
          "subjectbeforeverb",
          "beforepronoun",
          "beforeinfinitive",
          "afterverb",
          "afterclauseverb",
          "aftersubject",
          "beforenoun");

  private static final Map<String, List<Rule>> DIALECT = dialect();
  private static final Set<String> FINITE_VERBS = Set.copyOf(WordList.lines("finite-verbs.txt"));

  private SpokenDanish() {}

  /** The text with its dialect forms in standard Danish, case kept at the start of a word. */
  public static String standardise(String text) {
    List<DanishWords.Word> words = DanishWords.words(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      DanishWords.Word w = words.get(i);
      String standard = standardFor(text, words, i);
      if ("-".equals(standard) && i + 1 < words.size()) {
        // "æ bil" is "bilen": the noun takes the definite ending the dictionary knows, and the
        // article goes; with no ending known, the article goes alone.
        String definite = definite(words.get(i + 1).lower());
        DanishWords.Word noun = words.get(i + 1);
        out.append(text, at, w.start());
        if (definite != null) {
          out.append(casedLike(w.text(), definite));
        } else {
          out.append(casedLike(w.text(), noun.text()));
        }
        at = noun.end();
        i++;
        continue;
      }
      if (standard != null) {
        if (Character.isUpperCase(w.text().charAt(0))) {
          standard = Character.toUpperCase(standard.charAt(0)) + standard.substring(1);
        }
        out.append(text, at, w.start()).append(standard);
        at = w.end();
      }
    }
    return out.append(text.substring(at)).toString();
  }

  /** The standard form of a dialect word where it stands, or null to keep it. */
  private static String standardFor(String text, List<DanishWords.Word> words, int i) {
    List<Rule> rules = DIALECT.get(words.get(i).lower());
    if (rules == null) {
      // A name's genitive ("Jonas'") is no clipped verb.
      return Character.isLowerCase(words.get(i).text().charAt(0))
          ? clippedVerb(words.get(i).lower())
          : null;
    }
    // The neighbours as standard Danish where their form is unambiguous: "ta'r a" is "tager a".
    String next =
        i + 1 < words.size() && joined(text, words, i, i + 1) ? plain(words.get(i + 1)) : "";
    String previous = i > 0 && joined(text, words, i - 1, i) ? plain(words.get(i - 1)) : "";
    for (Rule r : rules) {
      boolean applies =
          switch (r.where()) {
            case "always" -> true;
            case "beforeverb" ->
                (isFiniteVerb(next) || isTensedVerb(next))
                    && !SUBJECTS.contains(wordAfter(text, words, i + 1));
            case "subjectbeforeverb" ->
                (isFiniteVerb(next) || isTensedVerb(next))
                    && !PERSONS.contains(wordAfter(text, words, i + 1));
            case "beforepronoun" -> SUBJECTS.contains(next) || DIALECT_SUBJECTS.contains(next);
            case "beforeinfinitive" ->
                next.endsWith("e") && !isFiniteVerb(next) && isVerb(next)
                    || i + 1 < words.size()
                        && clippedVerb(words.get(i + 1).lower()) != null
                        && Character.isLowerCase(words.get(i + 1).text().charAt(0));
            case "afterverb" ->
                (isFiniteVerb(previous) || isTensedVerb(previous))
                    && !(words.get(i).lower().equals("ja") && saysYesOrNo(previous));
            case "afterclauseverb" ->
                isFiniteVerb(previous)
                    || CLAUSE_ADVERBS.contains(previous)
                    || SUBJECTS.contains(previous)
                    || DIALECT_SUBJECTS.contains(previous)
                    || previous.endsWith("er")
                        && isVerb(previous.substring(0, previous.length() - 1))
                    || previous.endsWith("r") && isVerb(previous);
            // "a ve helst blive": the verb after its subject, so "ve" is "vil", not "vi".
            case "aftersubject" -> PERSONAL_SUBJECTS.contains(previous);
            case "beforenoun" ->
                !next.isEmpty() && !isFiniteVerb(next) && !DanishWords.isStopWord(next);
            default -> throw new IllegalStateException("position " + r.where());
          };
      if (applies) {
        return r.standard();
      }
    }
    return null;
  }

  /** A word's standard form where it has one in every position ("ska'", "ta'r"), else itself. */
  private static String plain(DanishWords.Word word) {
    String lower = word.lower();
    List<Rule> rules = DIALECT.get(lower);
    if (rules != null) {
      for (Rule r : rules) {
        if (r.where().equals("always") && !r.standard().equals("-")) {
          return r.standard();
        }
      }
    }
    String verb = Character.isLowerCase(word.text().charAt(0)) ? clippedVerb(lower) : null;
    return verb == null ? lower : verb;
  }

  private static boolean isVerb(String lower) {
    return DanishWords.wordClasses(lower).contains(DanishWords.WordClass.VERB);
  }

  /**
   * A verb clipped of its final -e, as West and South Jutland say it ("a ska' hent' ham", "det ka'
   * a it betal'"): the full infinitive where the dictionary knows it as a verb, else null.
   */
  private static String clippedVerb(String lower) {
    if (lower.length() < 4
        || !(lower.endsWith("'") || lower.endsWith("’"))
        || "aeiouyæøå".indexOf(lower.charAt(lower.length() - 2)) >= 0) {
      return null;
    }
    String full = lower.substring(0, lower.length() - 1) + "e";
    // A word clipped of its final -e is that word ("skol'" is "skole"); a name's genitive is kept
    // by the caller (capital), a lower-case word's genitive does not end in s, x or z here.
    return "sxz".indexOf(lower.charAt(lower.length() - 2)) < 0
            && (isVerb(full) || DanishWords.isDictionaryWord(full))
        ? full
        : null;
  }

  /** Subject pronouns: after a verb they make a question or an inversion ("ja har du"). */
  private static final Set<String> SUBJECTS =
      Set.of("jeg", "du", "han", "hun", "vi", "i", "de", "man", "det", "der", "den");

  /** Personal subject pronouns, standard and dialect, that a verb may follow. */
  private static final Set<String> PERSONAL_SUBJECTS =
      Set.of("jeg", "du", "han", "hun", "vi", "de", "man", "a", "ja", "do");

  /** Dialect subjects that may follow Bornholm "å" (og). */
  private static final Set<String> DIALECT_SUBJECTS = Set.of("ja", "a", "do", "ve", "dæ");

  /**
   * The definite form of a noun the dictionary knows ("bil" gives "bilen", "arbejde" "arbejdet"),
   * or null without a dictionary or when it knows none.
   */
  private static String definite(String noun) {
    if (!DanishWords.dictionaryInstalled() || noun.length() < 2 || DanishWords.isStopWord(noun)) {
      return null;
    }
    List<String> endings = new ArrayList<>();
    if (noun.endsWith("e")) {
      endings.addAll(List.of("t", "n"));
    } else {
      endings.addAll(List.of("en", "et"));
      char last = noun.charAt(noun.length() - 1);
      if ("bdfgklmnprst".indexOf(last) >= 0
          && "aeiouyæøå".indexOf(noun.charAt(noun.length() - 2)) >= 0) {
        // A short vowel doubles the consonant: "bus" is "bussen", "hold" stays "holdet".
        endings.addAll(List.of(last + "en", last + "et"));
      }
    }
    for (String ending : endings) {
      String form = noun + ending;
      if (DanishWords.isDictionaryWord(form) && DanishWords.lemmas(form).contains(noun)) {
        return form;
      }
    }
    return null;
  }

  private static String casedLike(String model, String word) {
    return Character.isUpperCase(model.charAt(0))
        ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
        : word;
  }

  private static String wordAfter(String text, List<DanishWords.Word> words, int i) {
    return i + 1 < words.size() && joined(text, words, i, i + 1) ? words.get(i + 1).lower() : "";
  }

  /** Verbs after which "ja" is the answer word: "hvis de siger ja", "hun takkede ja". */
  private static final Set<String> SAYING =
      Set.of("siger", "sagde", "svarer", "svarede", "takker", "takkede", "nikker", "nikkede");

  /** Whether a finite verb is one of saying or answering, after which "ja" is the answer word. */
  public static boolean saysYesOrNo(String lower) {
    return SAYING.contains(lower);
  }

  /** A common finite verb form ("har", "tager", "gik"), from the list the dialect forms use. */
  public static boolean isCommonFiniteVerb(String lower) {
    return FINITE_VERBS.contains(lower);
  }

  private static boolean isFiniteVerb(String lower) {
    return FINITE_VERBS.contains(lower);
  }

  /**
   * A verb the dictionary knows in the present or past tense ("tæller", "tjekkede", "flyttede",
   * "brugte" of "bruge"): finite too, where the list of finite verbs has only the common ones.
   */
  public static boolean isTensedVerb(String lower) {
    return lower.length() > 4
        && (lower.endsWith("er")
            || lower.endsWith("ede")
            || lower.endsWith("te")
                && DanishWords.lemmas(lower).contains(lower.substring(0, lower.length() - 2) + "e"))
        && isVerb(lower)
        && !DanishWords.isStopWord(lower);
  }

  /**
   * Adverbs that stand between a clause's verb and its "ikke" ("a hå no it været", with Sønderjysk
   * "no" for "nu"; "helst it"): after them, Jutlandic "it" is "ikke" too.
   */
  private static final Set<String> CLAUSE_ADVERBS =
      Set.of(
          "nu", "no", "jo", "da", "også", "altså", "bare", "lige", "godt", "helst", "vist", "nok",
          "heller", "endnu", "stadig", "slet");

  /**
   * Personal pronouns as subjects: after a verb they make a question ("ja har du"). "Det", "den"
   * and "der" after a verb are as often its object ("a har det store certifikat"), and "i" its
   * preposition ("a ventede i går"); a form that is never a standard word (Jutlandic "a", never
   * "yes") is "jeg" before them ({@code subjectBeforeVerb} in {@code dialect.txt}).
   */
  private static final Set<String> PERSONS = Set.of("jeg", "du", "han", "hun", "vi", "de", "man");

  /** Only spaces between two words (a comma or a full stop separates). */
  private static boolean joined(String text, List<DanishWords.Word> words, int a, int b) {
    return text.substring(words.get(a).end(), words.get(b).start()).isBlank();
  }

  /**
   * The text without fillers: "øh", "øhm" wherever they stand; "altså", "jo", "ligesom", "nå",
   * "okay" where they open a clause before a comma or stand between commas; a tag "ikke?" at the
   * end of a statement. Punctuation left dangling by a removal goes with it.
   */
  public static String withoutFillers(String text) {
    List<DanishWords.Word> words = DanishWords.words(text);
    List<int[]> cuts = new ArrayList<>();
    for (DanishWords.Word w : words) {
      String lower = w.lower();
      if (DanishWords.isFiller(lower)) {
        cuts.add(widen(text, w.start(), w.end()));
      } else if (DanishWords.isFillerAside(lower)) {
        char before = previousNonSpace(text, w.start());
        char after = nextNonSpace(text, w.end());
        boolean opensClause = (before == 0 || ".!?,:;–".indexOf(before) >= 0) && after == ',';
        boolean tag =
            before == ','
                && (after == '?' || after == '.' || after == 0)
                && (lower.startsWith("ik") || lower.equals("vel"));
        if (opensClause || tag) {
          cuts.add(tag ? tagCut(text, w.start(), w.end()) : widen(text, w.start(), w.end()));
        }
      }
    }
    StringBuilder out = new StringBuilder(text);
    for (int c = cuts.size() - 1; c >= 0; c--) {
      int from = cuts.get(c)[0];
      char before = previousNonSpace(text, from);
      out.delete(from, cuts.get(c)[1]);
      boolean sentenceStart = before == 0 || before == '.' || before == '!' || before == '?';
      if (sentenceStart && from < out.length() && Character.isLowerCase(out.charAt(from))) {
        out.setCharAt(from, Character.toUpperCase(out.charAt(from)));
      }
    }
    return out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.!?])", "$1").strip();
  }

  /** A filler and the comma after it (or before it, at the end of a clause). */
  private static int[] widen(String text, int start, int end) {
    int e = end;
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    if (e < text.length() && text.charAt(e) == ',') {
      e++;
      while (e < text.length() && text.charAt(e) == ' ') {
        e++;
      }
      return new int[] {start, e};
    }
    return new int[] {start, end};
  }

  /** ", ikke?" at the end of a statement: the comma and the tag go, the sentence ends with ".". */
  private static int[] tagCut(String text, int start, int end) {
    int s = start;
    while (s > 0 && text.charAt(s - 1) == ' ') {
      s--;
    }
    if (s > 0 && text.charAt(s - 1) == ',') {
      s--;
    }
    return new int[] {s, end};
  }

  private static char previousNonSpace(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return 0;
  }

  private static char nextNonSpace(String text, int at) {
    for (int k = at; k < text.length(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return 0;
  }

  private static Map<String, List<Rule>> dialect() {
    Map<String, List<Rule>> rules = new HashMap<>();
    for (String line : WordList.lines("dialect.txt")) {
      int eq = line.indexOf('=', 1);
      int bar = line.indexOf('|', eq);
      if (eq < 0 || bar < 0) {
        throw new IllegalStateException("dialect.txt: 'form=standard|where' expected: " + line);
      }
      String where = line.substring(bar + 1).strip().toLowerCase(Locale.ROOT);
      if (!POSITIONS.contains(where)) {
        throw new IllegalStateException("dialect.txt: unknown position: " + line);
      }
      rules
          .computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
          .add(new Rule(line.substring(eq + 1, bar).strip(), where));
    }
    return Map.copyOf(rules);
  }
}
