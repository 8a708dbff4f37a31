package dk.samtalenotat.quality;

import dk.samtalenotat.quality.StatementItems.Stem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Reads a Danish sentence into {@link StatementItems}, the same way for a fact of the development
 * set and for a sentence of a note, so that "fire job" and "4 job", "den 16. januar 2026" and
 * "16.01.2026", "klokken 9.30" and "kl. 9:30", "11.200 kroner" and "11200 kr." give the same items.
 * Content words are stemmed with Lucene's Danish Snowball stemmer and filtered with its Danish stop
 * words; negation words (ikke, ingen, aldrig, ...) are not content but mark their clause as
 * negated.
 *
 * <p>Written Danish is the target (notes and the facts of the set); spoken forms are read only
 * where a transcript retold as a note needs them to be scored fairly: number words, "den første
 * november", "klokken ti".
 */
final class DanishItems {

  static final Locale DA = Locale.forLanguageTag("da-DK");
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  static final List<String> MONTHS =
      List.of(
          "januar",
          "februar",
          "marts",
          "april",
          "maj",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "december");
  private static final List<String> WEEKDAYS =
      List.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag");
  private static final List<String> WEEKDAY_KEYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** Cardinal number words as written and said; "en"/"et" stay words (far more often articles). */
  static final Map<String, Integer> CARDINALS = cardinals();

  /** Ordinal words 1-31 as said in dates ("den tiende marts"). */
  static final Map<String, Integer> ORDINALS = ordinals();

  private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
  private static final String WEEKDAY = "(?:" + String.join("|", WEEKDAYS) + ")(?:en|e|ene)?";
  private static final String YEAR = "(?:\\s+(\\d{4}))?";
  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  private static final Pattern DATE =
      Pattern.compile(
          B + "(?:" + WEEKDAY + ",?\\s+)?(?:den\\s+)?(\\d{1,2})\\.\\s*" + MONTH + YEAR + E, CI);
  private static final Pattern SPOKEN_DATE =
      Pattern.compile(
          B
              + "(?:"
              + WEEKDAY
              + ",?\\s+)?den\\s+("
              + String.join("|", longestFirst(ORDINALS.keySet()))
              + ")\\s+"
              + MONTH
              + YEAR
              + E,
          CI);
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          B
              + "(?:"
              + WEEKDAY
              + ",?\\s+)?(?:den\\s+)?(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})"
              + E,
          CI);
  private static final Pattern MONTH_YEAR = Pattern.compile(B + MONTH + "\\s+(\\d{4})" + E, CI);
  private static final String CLOCK = "(\\d{1,2})(?:[.:](\\d{2}))?";
  private static final Pattern TIME =
      Pattern.compile(
          B
              + "(?:kl\\.?|klokken)\\s*"
              + CLOCK
              + "(?:\\s*(?:-|–|til)\\s*(?:kl\\.?\\s*)?"
              + CLOCK
              + ")?"
              + E,
          CI);
  private static final Pattern SPOKEN_TIME =
      Pattern.compile(
          B
              + "(?:kl\\.?|klokken)\\s+(halv\\s+)?("
              + String.join("|", longestFirst(CARDINALS.keySet()))
              + ")"
              + E,
          CI);
  private static final Pattern WEEKDAY_WORD =
      Pattern.compile(B + "(" + String.join("|", WEEKDAYS) + ")(?:en|e|ene)?" + E, CI);
  private static final Pattern THOUSANDS =
      Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d+))?(?![\\d]|\\.\\d)");
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.,])(\\d+),(\\d+)(?!\\d)");
  private static final Pattern HALF = Pattern.compile("(\\d*)½");
  private static final Pattern INTEGER = Pattern.compile("(?<![\\d])(\\d+)(?![\\d])");
  private static final Pattern WORD_AND_HALF =
      Pattern.compile(
          B
              + "("
              + String.join("|", longestFirst(CARDINALS.keySet()))
              + "|\\d+)\\s+(?:og\\s+)?en\\s+halv"
              + E,
          CI);
  private static final Pattern HUNDREDS =
      Pattern.compile(
          B
              + "("
              + String.join("|", longestFirst(CARDINALS.keySet()))
              + ")\\s+(hundrede|tusind)"
              + E,
          CI);
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          B + "(" + String.join("|", longestFirst(CARDINALS.keySet())) + "|én|ét)" + E, CI);
  private static final Pattern HALF_WORD = Pattern.compile(B + "(halvanden|halvandet)" + E, CI);

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’/&-]*|[,;:()–—.!?]");

  /** Where a sentence ends: . ! or ? before a capital letter (not "12. marts", "kl. 10"). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"„«])");

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+\\))\\s+");

  private static final CharArraySet STOP = DanishAnalyzer.getDefaultStopSet();

  /**
   * Forms of Danish strong and irregular verbs that a suffix stemmer cannot join to their
   * infinitive ("fik", "fået" and "får" are all "få").
   */
  private static final Map<String, String> IRREGULAR = irregular();

  /** Verb prefixes that keep a strong verb strong ("foregik", "overgår", "indgået"). */
  private static final List<String> VERB_PREFIXES =
      List.of(
          "fore", "over", "under", "gennem", "frem", "ind", "op", "af", "ud", "til", "fra", "om",
          "be", "mod", "ned", "sam", "ved", "på");

  /**
   * Auxiliary forms, prepositions and adverbs Lucene's Danish stop list lacks: they frame a
   * statement ("siden", "senest", "inden" before a date the value already holds) rather than say
   * it.
   */
  private static final Set<String> EXTRA_STOP =
      Set.of(
          "blevet",
          "haft",
          "kan",
          "må",
          "får",
          "siden",
          "inden",
          "indtil",
          "før",
          "senest",
          "via",
          "hvoraf",
          "heraf",
          "hvilket",
          "derfor",
          "endnu",
          "allerede",
          "igen",
          "både");

  /**
   * Words that negate their whole clause. "itj" is Jutlandic for "ikke"; "manglende" ("manglende
   * opfyldelse af pålægget") says the same as "ikke opfylder".
   */
  private static final Set<String> NEGATIONS =
      Set.of(
          "ikke",
          "ingen",
          "intet",
          "ingenting",
          "aldrig",
          "hverken",
          "ej",
          "itj",
          "ik",
          "manglende");

  /** Pronouns a relative clause without "som" hangs on ("ikke noget, jeg er sygemeldt for"). */
  private static final Set<String> ANTECEDENTS = Set.of("noget", "nogen", "nogle");

  /** "uden" negates what follows it in the clause ("uden pres"), not what comes before. */
  private static final String WITHOUT = "uden";

  /** Words that end a clause for negation: a negation does not reach past them. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("men", "og", "samt", "da", "fordi", "hvis", "mens", "når", "så", "hvorefter");

  /** Company-form suffixes: a note may leave them out ("Vestkyst Stål" for "Vestkyst Stål ApS"). */
  private static final Set<String> COMPANY_FORMS =
      Set.of("aps", "a/s", "i/s", "k/s", "p/s", "ivs", "amba", "a.m.b.a");

  /** Capitalised in notes by habit or as roles and header labels, but not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "i",
          "jeg",
          "du",
          "de",
          "dem",
          "han",
          "hun",
          "vi",
          "det",
          "der",
          "den",
          "og",
          "borger",
          "borgeren",
          "borgers",
          "borgerens",
          "sagsbehandler",
          "sagsbehandleren",
          "sagsbehandlers",
          "tolk",
          "tolken",
          "mentor",
          "mentoren",
          "arbejdsgiver",
          "arbejdsgiveren",
          "læge",
          "lægen",
          "bisidder",
          "bisidderen",
          "partner",
          "ægtefælle",
          "ægtefællen",
          "kommunen",
          "samtaletype",
          "samtaleform",
          "deltagere",
          "tidspunkt",
          "titel",
          "formål",
          "aftaler",
          "cv");

  /** Words so common, or so much the writer's frame, that no content word they are. */
  private static final List<String> SUBJECTS_AND_REPORTING =
      List.of(
          "borger",
          "borgeren",
          "borgers",
          "borgerens",
          "sagsbehandler",
          "sagsbehandleren",
          "sagsbehandlers",
          "oplyse",
          "oplyste",
          "oplyst",
          "oplyser",
          "fortælle",
          "fortalte",
          "fortæller",
          "sige",
          "sagde",
          "siger",
          "nævne",
          "nævnte",
          "nævner",
          "orientere",
          "orienterede",
          "orienteret",
          "samtale",
          "samtalen",
          "grund",
          "ca",
          "cirka",
          "omkring",
          "desuden",
          "ifølge",
          "kr",
          "kroner");

  /**
   * Agreement words: generic in a fact ("det blev aftalt, at ..." frames it), but the claim itself
   * in a wrong statement ("der er aftalt virksomhedspraktik").
   */
  private static final List<String> AGREEMENT_WORDS =
      List.of("aftale", "aftalt", "aftalte", "aftaler", "aftalen");

  /** The months' stems, January first, as a fact's "i januar" is read. */
  static final List<String> MONTH_STEMS = MONTHS.stream().map(DanishItems::stem).toList();

  static final Set<String> GENERIC_IN_FACTS =
      stems(concat(SUBJECTS_AND_REPORTING, AGREEMENT_WORDS));
  static final Set<String> GENERIC_IN_WRONG = stems(SUBJECTS_AND_REPORTING);

  private DanishItems() {}

  /** The items of {@code text}. */
  static StatementItems of(String text) {
    Set<String> values = new LinkedHashSet<>();
    Set<String> implied = new LinkedHashSet<>();
    String rest = BULLET.matcher(text.replace('\u00A0', ' ').replace("**", "")).replaceFirst("");
    rest = withoutQuestions(rest);
    rest = consume(rest, DATE, m -> date(m.group(1), m.group(2), m.group(3), values, implied));
    rest =
        consume(
            rest,
            SPOKEN_DATE,
            m ->
                date(
                    String.valueOf(ORDINALS.get(m.group(1).toLowerCase(DA))),
                    m.group(2),
                    m.group(3),
                    values,
                    implied));
    rest =
        consume(
            rest,
            NUMERIC_DATE,
            m -> {
              int month = Integer.parseInt(m.group(2));
              if (month < 1 || month > 12) {
                return false;
              }
              date(m.group(1), MONTHS.get(month - 1), fullYear(m.group(3)), values, implied);
              return true;
            });
    rest =
        consume(
            rest,
            MONTH_YEAR,
            m -> {
              values.add(monthYear(m.group(2), m.group(1)));
              return true;
            });
    rest =
        consume(
            rest,
            TIME,
            m -> {
              values.add(time(m.group(1), m.group(2)));
              if (m.group(3) != null) {
                values.add(time(m.group(3), m.group(4)));
              }
              return true;
            });
    rest =
        consume(
            rest,
            SPOKEN_TIME,
            m -> {
              int hour = CARDINALS.get(m.group(2).toLowerCase(DA));
              values.add(
                  m.group(1) == null
                      ? time(String.valueOf(hour), null)
                      : time(String.valueOf(hour - 1), "30"));
              return true;
            });
    rest =
        consume(
            rest,
            WEEKDAY_WORD,
            m -> {
              values.add("wd:" + WEEKDAY_KEYS.get(WEEKDAYS.indexOf(m.group(1).toLowerCase(DA))));
              return true;
            });
    rest =
        consume(
            rest,
            THOUSANDS,
            m -> {
              String whole = m.group(1).replace(".", "");
              values.add(number(m.group(2) == null ? whole : whole + "." + m.group(2)));
              return true;
            });
    rest = consume(rest, DECIMAL, m -> values.add(number(m.group(1) + "." + m.group(2))) || true);
    rest =
        consume(
            rest,
            HALF,
            m -> values.add(number((m.group(1).isEmpty() ? "0" : m.group(1)) + ".5")) || true);
    rest = consume(rest, WORD_AND_HALF, m -> values.add(number(whole(m.group(1)) + ".5")) || true);
    rest =
        consume(
            rest,
            HUNDREDS,
            m ->
                values.add(
                        number(
                            String.valueOf(
                                whole(m.group(1))
                                    * (m.group(2).equalsIgnoreCase("tusind") ? 1000 : 100))))
                    || true);
    rest = consume(rest, HALF_WORD, m -> values.add("n:1.5") || true);
    rest = consume(rest, INTEGER, m -> values.add(number(m.group(1))) || true);
    rest = consume(rest, NUMBER_WORD, m -> values.add("n:" + whole(m.group(1))) || true);
    return words(rest, values, implied);
  }

  /**
   * The text without its questions: "Skal jeg selv betale for kurset?" states nothing. A question a
   * note reports ("Borger spurgte, om ...") is a statement and stays.
   */
  static String withoutQuestions(String text) {
    if (text.indexOf('?') < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    for (String sentence : SENTENCE_END.split(text)) {
      if (!sentence.strip().endsWith("?")) {
        b.append(sentence).append(' ');
      }
    }
    return b.toString();
  }

  /** The stem of one word, as content words are compared. */
  static String stem(String word) {
    String lower = word.toLowerCase(DA);
    DanishStemmer stemmer = new DanishStemmer();
    stemmer.setCurrent(lemma(lower));
    stemmer.stem();
    String s = stemmer.getCurrent();
    // Snowball leaves participles and -ning nouns apart from their verb ("sygemeldt",
    // "sygemelding", "sygemeldes"): cut them to the same base on both sides of a comparison.
    if (s.length() > 7 && s.endsWith("ning")) {
      s = s.substring(0, s.length() - 4);
    } else if (s.length() > 7 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 5 && s.endsWith("t")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static StatementItems words(String text, Set<String> values, Set<String> implied) {
    record Word(String text, boolean initial, boolean boundary) {}
    List<Word> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean initial = true;
    while (m.find()) {
      String t = m.group();
      if (t.length() == 1 && ",;:()–—.!?".contains(t)) {
        tokens.add(new Word(t, false, true));
        initial = ".!?:".contains(t);
        continue;
      }
      tokens.add(new Word(t, initial, CLAUSE_WORDS.contains(t.toLowerCase(DA))));
      initial = false;
    }
    List<String> names = new ArrayList<>();
    List<Stem> stems = new ArrayList<>();
    boolean anyNegation = false;
    boolean previousNegated = false;
    boolean previousEndsInAntecedent = false;
    int start = 0;
    int clauseId = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && !tokens.get(i).boundary()) {
        continue;
      }
      List<Word> clause = tokens.subList(start, i);
      boolean negated = clause.stream().anyMatch(w -> NEGATIONS.contains(w.text().toLowerCase(DA)));
      // "kunne ikke love, at kommunen betaler", "der er ikke nogen praktik, som er aftalt", "det
      // er ikke noget, jeg er sygemeldt for": a that-clause or a relative clause under a negated
      // clause is not asserted either.
      String opening = clause.isEmpty() ? "" : clause.get(0).text().toLowerCase(DA);
      boolean complement =
          previousNegated
              && (opening.equals("at") || opening.equals("som") || previousEndsInAntecedent);
      previousNegated = negated || complement;
      previousEndsInAntecedent =
          !clause.isEmpty()
              && i < tokens.size()
              && tokens.get(i).text().equals(",")
              && ANTECEDENTS.contains(clause.get(clause.size() - 1).text().toLowerCase(DA));
      negated |= complement;
      anyNegation |= negated;
      boolean without = false;
      for (int j = 0; j < clause.size(); j++) {
        Word w = clause.get(j);
        String lower = w.text().toLowerCase(DA);
        if (lower.equals(WITHOUT)) {
          without = true;
          anyNegation = true;
          continue;
        }
        if (NEGATIONS.contains(lower) || COMPANY_FORMS.contains(lower)) {
          continue;
        }
        boolean nextCapitalised = j + 1 < clause.size() && isCapitalised(clause.get(j + 1).text());
        if (isName(w.text(), w.initial(), nextCapitalised)) {
          names.add(lower);
          continue;
        }
        String head = lower.contains("-") ? lower.substring(lower.lastIndexOf('-') + 1) : lower;
        if (head.length() < 2
            || STOP.contains(head)
            || EXTRA_STOP.contains(head)
            || head.chars().allMatch(Character::isDigit)) {
          continue;
        }
        // What follows "uden" is its own negated part of the clause.
        stems.add(new Stem(stem(head), negated || without, 2 * clauseId + (without ? 1 : 0)));
      }
      clauseId++;
      start = i + 1;
    }
    return new StatementItems(values, implied, new LinkedHashSet<>(names), stems, anyNegation);
  }

  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }

  /**
   * A capitalised word inside a sentence is a name ("Vestkyst Stål", "Jobnet", "AMU"); the first
   * word of a sentence only when the next word is capitalised too ("Claus Bendtsen sender ..."). A
   * hyphenated word is a name only when every part is ("El-Service", not "UX-designer").
   */
  private static boolean isName(String word, boolean initial, boolean nextCapitalised) {
    if (!isCapitalised(word) || NOT_NAMES.contains(word.toLowerCase(DA))) {
      return false;
    }
    for (String part : word.split("-")) {
      if (!part.isEmpty() && !Character.isUpperCase(part.codePointAt(0))) {
        return false;
      }
    }
    return !initial || nextCapitalised;
  }

  /** Replaces every match that {@code value} accepts by a space, so its words are not content. */
  private static String consume(String text, Pattern p, Function<Matcher, Boolean> value) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Boolean.TRUE.equals(value.apply(m)) ? " " : "$0");
    }
    m.appendTail(b);
    return b.toString();
  }

  private static boolean date(
      String day, String month, String year, Set<String> values, Set<String> implied) {
    int d = Integer.parseInt(day);
    int mo = MONTHS.indexOf(month.toLowerCase(DA)) + 1;
    values.add(String.format(Locale.ROOT, "d:%02d-%02d", mo, d));
    if (year != null) {
      implied.add(String.format(Locale.ROOT, "m:%s-%02d", year, mo));
    }
    return true;
  }

  private static String fullYear(String y) {
    return y.length() == 2 ? "20" + y : y;
  }

  private static String monthYear(String year, String month) {
    return String.format(Locale.ROOT, "m:%s-%02d", year, MONTHS.indexOf(month.toLowerCase(DA)) + 1);
  }

  private static String time(String hour, String minutes) {
    return String.format(
        Locale.ROOT, "t:%02d:%s", Integer.parseInt(hour), minutes == null ? "00" : minutes);
  }

  private static int whole(String wordOrDigits) {
    String w = wordOrDigits.toLowerCase(DA);
    if (w.equals("én") || w.equals("ét")) {
      return 1;
    }
    Integer n = CARDINALS.get(w);
    return n != null ? n : Integer.parseInt(w);
  }

  private static String number(String digits) {
    String s = digits.contains(".") ? digits.replaceAll("0+$", "").replaceAll("\\.$", "") : digits;
    s = s.replaceFirst("^0+(?=\\d)", "");
    return "n:" + s;
  }

  /** The infinitive of a strong or irregular verb form, with or without a prefix; else the word. */
  static String lemma(String lower) {
    String direct = IRREGULAR.get(lower);
    if (direct != null) {
      return direct;
    }
    for (String prefix : VERB_PREFIXES) {
      if (lower.length() > prefix.length() + 1 && lower.startsWith(prefix)) {
        String base = IRREGULAR.get(lower.substring(prefix.length()));
        if (base != null) {
          return prefix + base;
        }
      }
    }
    return lower;
  }

  private static Map<String, String> irregular() {
    String[][] verbs = {
      {"få", "fik", "fået", "får"},
      {"gå", "gik", "gået", "går"},
      {"give", "gav", "givet", "giver"},
      {"tage", "tog", "taget", "tager"},
      {"komme", "kom", "kommet", "kommer"},
      {"sige", "sagde", "sagt", "siger"},
      {"gøre", "gjorde", "gjort", "gør"},
      {"stå", "stod", "stået", "står"},
      {"ligge", "lå", "ligget", "ligger"},
      {"bede", "bad", "bedt", "beder"},
      {"finde", "fandt", "fundet", "finder"},
      {"skrive", "skrev", "skrevet", "skriver"},
      {"sætte", "satte", "sat", "sætter"},
      {"lægge", "lagde", "lagt", "lægger"},
      {"sælge", "solgte", "solgt", "sælger"},
      {"vælge", "valgte", "valgt", "vælger"},
      {"spørge", "spurgte", "spurgt", "spørger"},
      {"følge", "fulgte", "fulgt", "følger"},
      {"vide", "vidste", "vidst"},
      {"holde", "holdt", "holder"},
      {"bringe", "bragte", "bragt", "bringer"},
      {"trække", "trak", "trukket", "trækker"},
      {"foreslå", "foreslog", "foreslået", "foreslår"},
      {"forstå", "forstod", "forstået", "forstår"},
      {"opstå", "opstod", "opstået", "opstår"},
      {"indgå", "indgik", "indgået", "indgår"},
      {"modtage", "modtog", "modtaget", "modtager"},
      {"deltage", "deltog", "deltaget", "deltager"},
      {"optage", "optog", "optaget", "optager"},
      {"udeblive", "udeblev", "udeblevet", "udebliver"},
      {"fortælle", "fortalte", "fortalt", "fortæller"},
      {"sove", "sov", "sovet", "sover"},
      {"hjælpe", "hjalp", "hjulpet", "hjælper"},
      {"nå", "nåede", "nået"},
      {"se", "set", "ser"}
    };
    Map<String, String> m = new HashMap<>();
    for (String[] forms : verbs) {
      for (int i = 1; i < forms.length; i++) {
        m.put(forms[i], forms[0]);
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Integer> cardinals() {
    Map<String, Integer> m = new HashMap<>();
    String[] ones = {
      "", "", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv",
      "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"
    };
    for (int i = 2; i < ones.length; i++) {
      m.put(ones[i], i);
    }
    String[] tens = {
      "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"
    };
    String[] unit = {"en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"};
    for (int t = 0; t < tens.length; t++) {
      int value = (t + 2) * 10;
      m.put(tens[t], value);
      for (int u = 0; u < unit.length; u++) {
        m.put(unit[u] + "og" + tens[t], value + u + 1);
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> m = new HashMap<>();
    String[] first = {
      "",
      "første",
      "anden",
      "tredje",
      "fjerde",
      "femte",
      "sjette",
      "syvende",
      "ottende",
      "niende",
      "tiende",
      "ellevte",
      "tolvte",
      "trettende",
      "fjortende",
      "femtende",
      "sekstende",
      "syttende",
      "attende",
      "nittende",
      "tyvende"
    };
    for (int i = 1; i < first.length; i++) {
      m.put(first[i], i);
    }
    String[] unit = {"en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"};
    for (int u = 0; u < unit.length; u++) {
      m.put(unit[u] + "ogtyvende", 21 + u);
    }
    m.put("tredivte", 30);
    m.put("enogtredivte", 31);
    return Map.copyOf(m);
  }

  private static List<String> longestFirst(Set<String> words) {
    return words.stream().sorted((a, b) -> b.length() - a.length()).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> stems(List<String> words) {
    Set<String> s = new LinkedHashSet<>();
    words.forEach(w -> s.add(stem(w)));
    return Set.copyOf(s);
  }
}
