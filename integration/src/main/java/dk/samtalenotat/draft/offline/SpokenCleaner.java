package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.SpokenDanish;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a transcript says into what a note can quote: markers the transcription writes
 * ("[taler tigrinya]") go, a clause with "[uhørligt]" goes (what nobody heard is never asserted),
 * fillers and false starts go, and dialect forms become standard Danish: Jutlandic and Sønderjysk
 * "a" (jeg), "æ" (the article, or "det"), "itj" (ikke), "ve" (vi), "do" (du); Bornholm "ja" before
 * a verb (jeg), "dæ" (det), "mæ" (mig or med), "å" (og), "no" (nu); clipped forms such as "ka'",
 * "va'", "ble'".
 */
final class SpokenCleaner {

  /** What a clause is dropped for: the transcript could not hear it. */
  static final String INAUDIBLE = "\u2047";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern INAUDIBLE_MARK =
      Pattern.compile("\\[(?:uhørligt|uhørlig|utydeligt|inaudible|\\?+)\\]", FLAGS);
  private static final Pattern OTHER_MARK = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");

  /**
   * "Jeg vil gerne, men min ryg… Jeg har ondt": a trail-off before a new sentence (a capital
   * letter) ends the sentence; a last clause joined by "og", "men" or "eller" that it broke off
   * before its verb (group 1, its words group 2) says nothing and goes with it.
   */
  private static final Pattern BROKEN_OFF =
      Pattern.compile(
          "(,?\\s*(?<![\\p{L}])(?:og|men|eller)\\s+([^,.?!…]{1,40}?))?\\s*(?:…|\\.\\.\\.)\\s+(?=\\p{Lu})",
          FLAGS);

  /** Finite verb forms: where "a", "ja", "do", "ve" stand next to one, they are pronouns. */
  static final Set<String> FINITE_VERBS =
      Set.copyOf(
          List.of(
              "har",
              "havde",
              "er",
              "var",
              "kan",
              "kunne",
              "vil",
              "ville",
              "skal",
              "skulle",
              "må",
              "måtte",
              "ved",
              "vidste",
              "tror",
              "troede",
              "synes",
              "syntes",
              "gør",
              "gjorde",
              "får",
              "fik",
              "modtager",
              "modtog",
              "går",
              "gik",
              "kommer",
              "kom",
              "ser",
              "siger",
              "sagde",
              "tager",
              "tog",
              "giver",
              "gav",
              "bliver",
              "blev",
              "står",
              "stod",
              "ligger",
              "lå",
              "sidder",
              "sad",
              "bor",
              "boede",
              "arbejder",
              "arbejdede",
              "søger",
              "søgte",
              "ringer",
              "ringede",
              "skriver",
              "skrev",
              "tænker",
              "tænkte",
              "håber",
              "håbede",
              "glæder",
              "glædede",
              "mener",
              "mente",
              "sover",
              "sov",
              "hedder",
              "kender",
              "kendte",
              "snakker",
              "snakkede",
              "taler",
              "talte",
              "læser",
              "læste",
              "bruger",
              "brugte",
              "prøver",
              "prøvede",
              "starter",
              "startede",
              "stopper",
              "stoppede",
              "finder",
              "fandt",
              "holder",
              "holdt",
              "hjælper",
              "hjalp",
              "kører",
              "kørte",
              "betaler",
              "betalte",
              "sender",
              "sendte",
              "laver",
              "lavede",
              "passer",
              "passede",
              "henter",
              "hentede",
              "afleverer",
              "mangler",
              "manglede",
              "forstår",
              "forstod",
              "husker",
              "huskede",
              "venter",
              "ventede",
              "føler",
              "følte",
              "regner",
              "regnede",
              "gider",
              "tør",
              "bør",
              "plejer",
              "plejede",
              "begynder",
              "begyndte",
              "ønsker",
              "ønskede",
              "møder",
              "mødte",
              "lover",
              "lovede",
              "flytter",
              "flyttede",
              "spørger",
              "spurgte",
              "svarer",
              "svarede",
              "håbede",
              "tænkte",
              "elsker",
              "savner",
              "mister",
              "mistede",
              "lever",
              "levede",
              "trives",
              "keder",
              "vil",
              "orker",
              "magter",
              "foretrækker",
              "fortæller",
              "fortalte",
              "læste",
              "leder",
              "ledte",
              "kigger",
              "kiggede",
              "fået",
              "har"));

  private static final Set<String> SUBJECT_WORDS =
      Set.of("det", "du", "han", "hun", "vi", "i", "de", "der", "den", "man", "jeg");

  private static final Pattern CLIPPED =
      Pattern.compile(
          "(?<![\\p{L}])(ka|va|ble|ku|sku|ska|ha|hva|gi|ta|sa|go|la|li|bli|ik|ikk|vel)'(?![\\p{L}])",
          FLAGS);

  /** "ta'r", "gi'r": a clipped present tense. */
  private static final Pattern CLIPPED_PRESENT =
      Pattern.compile("(?<![\\p{L}])(ta|gi|si|ha|la|bli)'r(?![\\p{L}])", FLAGS);

  private static final Pattern APOSTROPHE_DEFINITE =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{L}*[^aeiouyæøå\\W][aeiouyæøå])([b-df-hj-np-tv-z])'(en|et|erne|er)(?![\\p{L}])");

  private static final Pattern FILLERS =
      Pattern.compile(
          "(?:,\\s*)?(?<![\\p{L}])(?:øh+m?|æh+m?|ehm|hmm+|mhm|mm+|øhm|tja|uha|sgu|ha|haha|hehe)"
              + "(?![\\p{L}])(?:\\s*,)?",
          FLAGS);

  /** "..., kan du ikke huske det?": the speaker calls on the listener's memory of what is said. */
  private static final String MEMORY =
      "kan (?:du|I) (?:ikke )?huske det|husker (?:du|I)(?: (?:ikke )?det)?";

  private static final Pattern TAG_AT_END =
      Pattern.compile(
          ",\\s*(?:ikke|ikk|ik|vel|ikke også|ikke sandt|ikke rigtigt|er det (?:ikke )?(?:rigtigt|korrekt)"
              + "|passer det(?: ikke)?|har jeg ret|eller hvad"
              + "|"
              + MEMORY
              + ")\\s*(?=[?.!]?\\s*$)",
          FLAGS);

  private static final Pattern MEMORY_AT_END =
      Pattern.compile(",\\s*(?:" + MEMORY + ")\\s*\\?\\s*$", FLAGS);

  private static final Pattern SEARCHING = Pattern.compile(",\\s*hvad\\s*,\\s*", FLAGS);

  /**
   * "Det gik hurtigt, mand.": a slang address closing the sentence, said to nobody in particular.
   * Not "min mand", whose "min" stands before it.
   */
  private static final Pattern SLANG_ADDRESS_AT_END =
      Pattern.compile(",\\s*(?:mand|makker)\\s*(?=[.!]?\\s*$)", FLAGS);

  /** A preface that announces what follows its colon. */
  private static final Pattern PREFACE =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?(?:bare\\s+så\\s+(?:du|i|vi|alle|borger)\\s[^:]{0,40}"
              + "|for\\s+(?:en\\s+)?god\\s+ordens\\s+skyld|lige\\s+til\\s+orientering|for the record)"
              + "\\s*:\\s*",
          FLAGS);

  /**
   * "Jeg sagde bare, at jeg godt kan den ellevte": the speaker saying again what was lost (a frozen
   * video, an interruption); what follows "at" is what is said. Not "jeg sagde til min chef, at
   * ...", a conversation reported.
   */
  private static final Pattern SAID_AGAIN =
      Pattern.compile(
          "^(?:(?:ja|nej|og|men)[,.]?\\s+)?jeg\\s+sagde\\s+(?:bare|lige|blot|bare\\s+lige)\\s*,?\\s+at\\s+(?=\\p{L})",
          FLAGS);

  /**
   * "For" opening a sentence as "because": followed by a subject and its finite verb (group 1 the
   * verb), or by a weekday and "er" (group 2). Never "for eksempel", "for to uger siden".
   */
  private static final Pattern BECAUSE =
      Pattern.compile(
          "^(?:og\\s+)?for\\s+(?=(?:det|der|den|jeg|du|han|hun|vi|de|man)\\s+(\\p{L}+)"
              + "|(?:"
              + DanishDates.WEEKDAY_NAMES
              + ")(?:en)?\\s+(er)\\s)",
          FLAGS);

  /** ", kan jeg se", ", står der": the file as the source of what the speaker says. */
  private static final Pattern READ_IN_THE_FILE =
      Pattern.compile(
          ",\\s*(?:kan jeg se|ser jeg|kan jeg læse|står der|har jeg fået oplyst|har jeg noteret)"
              + "(?:\\s+(?:her|i sagen|i papirerne|i journalen))?\\s*[.!]?\\s*$",
          FLAGS);

  private static final Pattern LEADING_PARTICLES =
      Pattern.compile(
          "^(?:(?:altså|jamen|nå|nåh|nå ja|ja ja|jo jo|okay|ok|så|men så|men altså|og altså|jeg mener"
              + "|you know|godt|fint|super)\\s*[,.!–]\\s*)+",
          FLAGS);
  private static final Pattern INNER_PARTICLES =
      Pattern.compile(
          ",\\s*(?:altså|du ved|you know|ikke også|sådan set)\\s*(?=[,.?!]|$)"
              + "|(?<![\\p{L}])altså\\s*,\\s*|,\\s*du ved\\s*,\\s*",
          FLAGS);
  private static final Pattern MODAL_JO = Pattern.compile("(?<=\\p{L}) jo(?= [\\p{L}\\d])", FLAGS);
  private static final Pattern VAGUE_TAIL =
      Pattern.compile(
          "\\s+(?:eller noget|eller sådan noget|eller sådan|og sådan noget|og sådan)(?=\\s*[,.?!]|$)",
          FLAGS);
  // "om, om" is no stutter: the preposition and then "whether" ("talt om, om han skulle ...").
  private static final Pattern REPEATED_WORD =
      Pattern.compile("(?<![\\p{L}])(?!om[,\\s])(\\p{L}+)(?:,?\\s+\\1)+(?![\\p{L}])", FLAGS);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SpokenCleaner() {}

  /** Two dashes with only space between them, a pause around a filler ("i – – elleve år"). */
  private static final Pattern EMPTY_DASHES = Pattern.compile("\\s[–-]\\s+[–-]\\s");

  /** The segment's text as a note can use it; empty when nothing is left. */
  static String clean(String raw) {
    String s = raw == null ? "" : raw.strip();
    s = INAUDIBLE_MARK.matcher(s).replaceAll(" " + INAUDIBLE + " ");
    s = OTHER_MARK.matcher(s).replaceAll(" ");
    s = brokenOff(s);
    s = ELLIPSIS.matcher(s).replaceAll(" ");
    s = dialect(s);
    s = FILLERS.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    // "i – øh – elleve år": the dashes around a filler gone are a pause, nothing to write.
    s = EMPTY_DASHES.matcher(s).replaceAll(" ");
    s = s.replaceAll("\\s+([,.?!])", "$1").replaceAll("([,.?!])\\1+", "$1");
    s = s.replaceAll("^[,.!]\\s*", "").replaceAll(",\\s*([.?!])", "$1");
    s = dropInaudibleClauses(s).strip();
    // A sentence whose filler opening went starts with a capital letter again ("Øh, jeg ringer"
    // is "Jeg ringer"); "den 5. april" and "kl. 10" are no sentence ends.
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < b.length(); i++) {
      boolean start =
          i == 0
              || i >= 4
                  && b.charAt(i - 1) == ' '
                  && ".!?".indexOf(b.charAt(i - 2)) >= 0
                  && Character.isLowerCase(b.charAt(i - 3))
                  && Character.isLetter(b.charAt(i - 4))
                  && !Sentences.abbreviation(b.toString(), i - 2);
      if (start && Character.isLowerCase(b.charAt(i)) && !(i > 0 && startsMonth(b, i))) {
        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
      }
    }
    return b.toString();
  }

  /** Trail-offs before a capital letter as sentence ends, without the clause broken off. */
  private static String brokenOff(String s) {
    Matcher m = BROKEN_OFF.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean verbless =
          m.group(2) != null
              && java.util.Arrays.stream(m.group(2).split("\\s+"))
                  .noneMatch(w -> Clauses.isFiniteVerb(Clauses.bare(w)));
      String kept = m.group(1) == null || verbless ? "" : m.group(1);
      m.appendReplacement(b, Matcher.quoteReplacement(kept + ". "));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static boolean startsMonth(CharSequence text, int at) {
    String rest = text.subSequence(at, Math.min(text.length(), at + 9)).toString();
    return rest.matches(
        "(?s)^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december).*");
  }

  /** Fillers, particles and repeated words inside one sentence. */
  static String tidySentence(String sentence) {
    String s = sentence.strip();
    s = LEADING_PARTICLES.matcher(s).replaceFirst("");
    s = INNER_PARTICLES.matcher(s).replaceAll("");
    s = VAGUE_TAIL.matcher(s).replaceAll("");
    s = MODAL_JO.matcher(s).replaceAll("");
    s = REPEATED_WORD.matcher(s).replaceAll("$1");
    // "Men altså – jeg har ikke ...": the pause left after the particles is no part of the clause.
    s = s.replaceFirst("^[–-]\\s*(?=\\p{L})", "");
    // "i, hvad, 15 år": a speaker searching for the number.
    s = SEARCHING.matcher(s).replaceAll(" ");
    // "Bare så du ved det: ...", "For en god ordens skyld: ...": what follows is what is said.
    Matcher preface = PREFACE.matcher(s);
    if (preface.lookingAt() && preface.end() < s.length()) {
      s = Clauses.upperFirst(s.substring(preface.end()));
    }
    Matcher again = SAID_AGAIN.matcher(s);
    if (again.lookingAt()) {
      s = Clauses.upperFirst(s.substring(again.end()));
    }
    // "For det står ikke på dit CV": the reason, said as a sentence of its own.
    Matcher because = BECAUSE.matcher(s);
    if (because.lookingAt()
        && (because.group(2) != null
            || Clauses.isFiniteVerb(because.group(1).toLowerCase(Locale.ROOT)))) {
      s = Clauses.upperFirst(s.substring(because.end()));
    }
    if (!s.endsWith("?")) {
      s = TAG_AT_END.matcher(s).replaceAll("");
      s = SLANG_ADDRESS_AT_END.matcher(s).replaceAll("");
      // "Du er 58, kan jeg se.": where the speaker read it is not what the note states.
      s = READ_IN_THE_FILE.matcher(s).replaceAll(".");
    }
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = s.replaceAll("\\s+([,.?!])", "$1").replaceAll("^[,.]\\s*", "");
    return s;
  }

  /** True when the sentence ends with a tag question ("..., ikke?"): it asks for confirmation. */
  static boolean hasTag(String sentence) {
    return TAG_AT_END.matcher(sentence).find();
  }

  /**
   * "Vi havde lukket den første uge, kan du ikke huske det?": what the speaker states and asks the
   * listener to remember, without the asking; null when the sentence does not end so.
   */
  static String recalled(String sentence) {
    Matcher m = MEMORY_AT_END.matcher(sentence.strip());
    return m.find() ? sentence.strip().substring(0, m.start()) : null;
  }

  /** The sentence without its tag question. */
  static String withoutTag(String sentence) {
    return TAG_AT_END.matcher(sentence).replaceAll("").strip();
  }

  /**
   * Drops every clause that holds an inaudible stretch: between sentence ends and commas. A
   * sentence whose first clause is inaudible goes whole.
   */
  private static String dropInaudibleClauses(String s) {
    if (!s.contains(INAUDIBLE)) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    for (String sentence : Sentences.split(s)) {
      if (!sentence.contains(INAUDIBLE)) {
        out.append(sentence).append(' ');
        continue;
      }
      String[] clauses = sentence.split(",\\s+");
      if (clauses[0].contains(INAUDIBLE)) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      boolean dependent = false;
      for (String c : clauses) {
        if (c.contains(INAUDIBLE)) {
          // A clause that completes the one before ("Det er Lones søster, der ⁇") leaves it
          // saying something else: the sentence goes whole.
          dependent =
              c.strip().toLowerCase(Locale.ROOT).matches("^(?:der|som|at|hvor|hvis|som\\s+)\\b.*");
          break; // what follows an inaudible stretch may depend on it
        }
        kept.add(c);
      }
      if (dependent) {
        continue;
      }
      String joined = String.join(", ", kept).replaceAll("[,;:]?\\s*(?:og|men|at)?$", "").strip();
      if (!joined.isEmpty()) {
        String end = sentence.endsWith("?") ? "?" : ".";
        out.append(joined.replaceAll("[.?!]$", "")).append(end).append(' ');
      }
    }
    return out.toString().strip();
  }

  // Dialect ---------------------------------------------------------------------------------

  private static final Pattern AE = Pattern.compile("(?<![\\p{L}'])[æÆ](?![\\p{L}'])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /**
   * The speakers who say "æ" for "jeg", as in North and East Jutland ("æ har", "nu sover æ"): "æ"
   * stands next to a finite verb at least twice in their speech and they hardly say "jeg", or "a"
   * for it as West Jutland does (where "æ" is the article). Elsewhere "æ" stays the article.
   */
  static Set<String> firstPersonAe(List<dk.samtalenotat.draft.DraftSegment> segments) {
    java.util.Map<String, int[]> counts = new java.util.HashMap<>();
    for (dk.samtalenotat.draft.DraftSegment s : segments) {
      if (s.speaker() == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(s.speaker(), k -> new int[2]);
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(s.text().replace('’', '\''));
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        boolean byVerb =
            i + 1 < words.size() && FINITE_VERBS.contains(words.get(i + 1))
                || i > 0 && FINITE_VERBS.contains(words.get(i - 1));
        if (w.equals("æ") && byVerb) {
          c[0]++;
        } else if (w.equals("jeg") || w.equals("a") && byVerb) {
          c[1]++;
        }
      }
    }
    Set<String> speakers = new java.util.HashSet<>();
    counts.forEach(
        (speaker, c) -> {
          if (c[0] >= 2 && c[1] * 3 <= c[0]) {
            speakers.add(speaker);
          }
        });
    return speakers;
  }

  /** A first-person "æ" speaker's "æ" as "jeg" ("Æ har" is "Jeg har"). */
  static String aeAsJeg(String text) {
    return AE.matcher(text).replaceAll(r -> r.group().equals("Æ") ? "Jeg" : "jeg");
  }

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}'’]+(?:[-/][\\p{L}\\d'’]+)*|[^\\p{L}'’]+");

  /** Standard Danish for dialect and clipped forms, word by word with their neighbours. */
  static String dialect(String text) {
    String s = text.replace('’', '\'');
    s = clipped(s);
    s = APOSTROPHE_DEFINITE.matcher(s).replaceAll("$1$2$2$3");
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      tokens.add(m.group());
    }
    List<Integer> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (Character.isLetter(tokens.get(i).charAt(0))) {
        words.add(i);
      }
    }
    for (int k = 0; k < words.size(); k++) {
      int i = words.get(k);
      String w = tokens.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      String prev = k > 0 ? lower(tokens.get(words.get(k - 1))) : "";
      String next = k + 1 < words.size() ? lower(tokens.get(words.get(k + 1))) : "";
      String afterNext = k + 2 < words.size() ? lower(tokens.get(words.get(k + 2))) : "";
      boolean commaAfter = i + 1 < tokens.size() && tokens.get(i + 1).strip().startsWith(",");
      boolean gapBefore = i > 0 && !tokens.get(i - 1).isBlank() && k > 0;
      boolean nextIsVerb = FINITE_VERBS.contains(next) && !commaAfter;
      boolean prevIsVerb = FINITE_VERBS.contains(prev) && !gapBefore;
      // The language module (SpokenDanish) standardises the unambiguous forms afterwards; here
      // only what it leaves: "a" after a conjunction or before an adverb, Bornholm "mæ" that is
      // "med" before a noun, "å" and "no" wherever they stand, "æ" before an adjective or a verb
      // or a plural noun.
      String replacement =
          switch (lower) {
            case "næj" -> "nej";
            case "å" -> infinitive(next) ? "at" : "og"; // "li' å arbejd'": at
            case "no" -> next.equals("wait") ? null : "nu";
            case "a" ->
                (nextIsVerb || prevIsVerb || pronounSlot(prev, next, gapBefore)) && !w.equals("A")
                        || startPronoun(w, next, k)
                    ? "jeg"
                    : null;
            case "mæ" -> isObjectPosition(next, tokens, i) ? "mig" : "med";
            default -> null;
          };
      if (lower.equals("æ")) {
        if (next.isEmpty() || FINITE_VERBS.contains(next)) {
          replacement = "det"; // "æ udløb sidste forår": the pronoun
        } else if (next.endsWith("e")
            && !afterNext.isEmpty()
            && !FINITE_VERBS.contains(afterNext)
            && !DanishWords.isStopWord(afterNext)
            && k + 2 < words.size()
            && tokens.get(words.get(k + 1) + 1).isBlank()) {
          replacement = article(afterNext); // "æ kolde køkken": an adjective, then the noun
        } else if (plural(next) != null) {
          tokens.set(i, "");
          dropSpaceAfter(tokens, i);
          String definite = plural(next);
          tokens.set(
              words.get(k + 1),
              Character.isUpperCase(w.charAt(0)) ? Clauses.upperFirst(definite) : definite);
          continue;
        }
      }
      if (replacement != null) {
        tokens.set(i, matchCase(w, replacement));
      }
    }
    return SpokenDanish.standardise(String.join("", tokens));
  }

  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "at", "så", "når", "hvis", "fordi", "og", "men", "da", "som", "der", "hvor", "om", "end",
          "før", "mens", "selvom", "indtil", "til");
  private static final Set<String> ADVERBS =
      Set.of(
          "måske",
          "ikke",
          "også",
          "godt",
          "aldrig",
          "altid",
          "stadig",
          "bare",
          "kun",
          "nok",
          "lige",
          "selv",
          "heller",
          "gerne",
          "helst",
          "hellere",
          "allerede",
          "faktisk",
          "nu",
          "jo");

  /** Lower-case "a" after a conjunction or before an adverb is the pronoun ("at a måske ..."). */
  private static boolean pronounSlot(String prev, String next, boolean gapBefore) {
    return !gapBefore && CLAUSE_OPENERS.contains(prev) || ADVERBS.contains(next);
  }

  /** An infinitive after Sønderjysk "å": a verb in -e, or clipped of it ("arbejd'"). */
  private static boolean infinitive(String next) {
    if (next.endsWith("'")) {
      String full = next.substring(0, next.length() - 1) + "e";
      return DanishWords.wordClasses(full).contains(DanishWords.WordClass.VERB);
    }
    return next.endsWith("e")
        && !FINITE_VERBS.contains(next)
        && DanishWords.wordClasses(next).contains(DanishWords.WordClass.VERB)
        && !DanishWords.wordClasses(next).contains(DanishWords.WordClass.NOUN);
  }

  /** "det" before a neuter noun ("det kolde køkken"), else "den", as the dictionary tells. */
  private static String article(String noun) {
    return DanishWords.isDictionaryWord(noun + "et") && !DanishWords.isDictionaryWord(noun + "en")
        ? "det"
        : "den";
  }

  /** "gryder" gives "gryderne": a plural noun after "æ", as the dictionary tells; else null. */
  private static String plural(String noun) {
    if (noun.length() < 4 || !noun.endsWith("er") || !DanishWords.dictionaryInstalled()) {
      return null;
    }
    String definite = noun + "ne";
    return DanishWords.isDictionaryWord(definite)
            && !DanishWords.isDictionaryWord(noun + "en")
            && !DanishWords.isDictionaryWord(noun + "et")
        ? definite
        : null;
  }

  /** Sentence-initial "A har ...": capital A before a verb is the pronoun, "A-kasse" is not. */
  private static boolean startPronoun(String word, String next, int k) {
    // "A løfter it noget": a present tense the dictionary knows as a verb serves as well as a
    // common one.
    // "A ve helst ...": Sønderjysk "ve" after its subject is "vil" (SpokenDanish).
    return word.equals("A")
        && (FINITE_VERBS.contains(next)
            || next.equals("ve")
            || next.endsWith("er")
                && DanishWords.wordClasses(next).contains(DanishWords.WordClass.VERB));
  }

  /**
   * Bornholm "ja" is "jeg" right before or after a finite verb ("ja har", "sover ja"); "Ja, ..."
   * with a comma, "Ja er det ...?" and "siger ja" are the answer word.
   */
  private static boolean bornholmJeg(
      int k, String next, String afterNext, boolean commaAfter, String prev, boolean gapBefore) {
    if (!commaAfter && FINITE_VERBS.contains(next) && !SUBJECT_WORDS.contains(afterNext)) {
      return true;
    }
    return k > 0
        && FINITE_VERBS.contains(prev)
        && !gapBefore
        && !prev.equals("er")
        && !SpokenDanish.saysYesOrNo(prev);
  }

  /** "mæ" is "mig" at the end of a clause or before an adverb or "at", else "med". */
  private static boolean isObjectPosition(String next, List<String> tokens, int i) {
    if (i + 1 >= tokens.size() || next.isEmpty()) {
      return true;
    }
    String between = tokens.get(i + 1).strip();
    if (!between.isEmpty()) {
      return true; // punctuation follows
    }
    return Set.of("at", "der", "nu", "selv", "i", "igen", "lidt", "også", "godt", "til", "om")
        .contains(next);
  }

  private static void dropSpaceAfter(List<String> tokens, int i) {
    if (i + 1 < tokens.size() && tokens.get(i + 1).isBlank()) {
      tokens.set(i + 1, "");
    }
  }

  private static String clipped(String text) {
    String s =
        replaceEach(
            CLIPPED_PRESENT,
            text,
            w ->
                switch (w) {
                  case "ta" -> "tager";
                  case "gi" -> "giver";
                  case "si" -> "siger";
                  case "ha" -> "har";
                  case "la" -> "lader";
                  default -> "bliver";
                });
    return replaceEach(
        CLIPPED,
        s,
        w ->
            switch (w) {
              case "ka" -> "kan";
              case "va" -> "var";
              case "ble" -> "blev";
              case "ku" -> "kunne";
              case "ska" -> "skal";
              case "li" -> "lide";
              case "bli" -> "blive";
              case "sku" -> "skulle";
              case "ha" -> "have";
              case "hva" -> "hvad";
              case "gi" -> "give";
              case "ta" -> "tage";
              case "sa" -> "sagde";
              case "go" -> "god";
              case "la" -> "lade";
              case "vel" -> "vel";
              default -> "ikke";
            });
  }

  /** Each match's group 1 replaced by the full form the function gives its lower case. */
  private static String replaceEach(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> full) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String w = m.group(1);
      m.appendReplacement(
          out, Matcher.quoteReplacement(matchCase(w, full.apply(w.toLowerCase(Locale.ROOT)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String matchCase(String original, String replacement) {
    if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
      return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
    return replacement;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
