package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bits of Danish word order a reported sentence needs: a main clause said aloud ("jeg har ikke
 * bil") becomes an "at"-clause ("at han ikke har bil", sentence adverbs before the finite verb), an
 * inverted clause ("så ringer jeg") gets its subject first, and a present-tense verb its infinitive
 * ("har" gives "have"), for "Borger oplyste at have ...".
 */
final class Clauses {

  /** Sentence adverbs that stand before the finite verb in a subordinate clause. */
  static final Set<String> SENTENCE_ADVERBS =
      Set.of(
          "ikke",
          "aldrig",
          "også",
          "altid",
          "stadig",
          "kun",
          "bare",
          "nok",
          "faktisk",
          "heller",
          "egentlig",
          "altså",
          "lige",
          "allerede",
          "desværre",
          "måske",
          "gerne",
          "helst",
          "hellere",
          "næsten",
          "snart",
          "endnu",
          "ellers",
          "vist",
          "ofte",
          "sjældent",
          "tit",
          "godt",
          "selvfølgelig",
          "jo",
          "da",
          "nu",
          "først",
          "normalt",
          "typisk",
          "formentlig",
          "sikkert",
          "virkelig",
          "slet",
          "overhovedet",
          "mere",
          "fortsat");

  /** Pronoun objects that shift before a sentence adverb in a main clause. */
  private static final Set<String> LIGHT_OBJECTS =
      Set.of("borger", "sig", "ham", "hende", "det", "den", "dem", "mig", "dig", "os", "jer");

  /** Adverbs after which "godt" and "nu" are not adverbs but part of what is said. */
  private static final Set<String> NOT_AFTER_OBJECT = Set.of("godt", "nu", "da", "først", "mere");

  static final Set<String> SUBJECT_PRONOUNS =
      Set.of("jeg", "du", "han", "hun", "vi", "i", "de", "det", "der", "den", "man", "dette");

  /** "så længe", "så snart": "så" belongs to the conjunction. */
  private static final Set<String> KEEPS_SÅ =
      Set.of("længe", "snart", "meget", "mange", "lidt", "godt", "vidt", "tit");

  /** Words that open a turn and say nothing themselves ("Nå, men ...", "Ja, og ..."). */
  static final Set<String> DISCOURSE_MARKERS =
      Set.of("så", "og", "men", "altså", "nå", "jamen", "ja", "nej", "jo", "okay", "ok");

  private static final Map<String, String> INFINITIVE =
      Map.ofEntries(
          Map.entry("har", "have"),
          Map.entry("er", "være"),
          Map.entry("kan", "kunne"),
          Map.entry("vil", "ville"),
          Map.entry("skal", "skulle"),
          Map.entry("må", "måtte"),
          Map.entry("ved", "vide"),
          Map.entry("gør", "gøre"),
          Map.entry("tør", "turde"),
          Map.entry("bør", "burde"),
          Map.entry("synes", "synes"),
          Map.entry("går", "gå"),
          Map.entry("får", "få"),
          Map.entry("modtager", "modtage"),
          Map.entry("står", "stå"),
          Map.entry("ser", "se"),
          Map.entry("tror", "tro"),
          Map.entry("bor", "bo"),
          Map.entry("behøver", "behøve"),
          Map.entry("dør", "dø"),
          Map.entry("ler", "le"),
          Map.entry("trives", "trives"));

  private static final Pattern PRESENT_ER = Pattern.compile("\\p{L}{2,}er");

  private Clauses() {}

  /** The words of a clause, split at spaces, punctuation kept on the word it follows. */
  static List<String> words(String clause) {
    return new ArrayList<>(Arrays.asList(clause.strip().split("\\s+")));
  }

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\d'-]");

  static String bare(String word) {
    return NOT_WORD.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** Drops "så", "og", "men", "altså" at the start: they join what was said, not what it says. */
  static String withoutLeadingMarkers(String clause) {
    List<String> w = words(clause);
    while (w.size() > 2
        && DISCOURSE_MARKERS.contains(bare(w.get(0)))
        && !w.get(0).endsWith(",")
        && !(bare(w.get(0)).equals("så") && KEEPS_SÅ.contains(bare(w.get(1))))) {
      w.remove(0);
    }
    while (w.size() > 2 && DISCOURSE_MARKERS.contains(bare(w.get(0))) && w.get(0).endsWith(",")) {
      w.remove(0);
    }
    return String.join(" ", w);
  }

  /**
   * "så ringer jeg til dig" gives "jeg ringer til dig": a clause that opens with its finite verb
   * and then a subject pronoun, after a dropped marker, gets its subject first. Questions are left.
   */
  static String subjectFirst(String clause) {
    List<String> w = words(clause);
    if (w.size() < 2 || clause.strip().endsWith("?")) {
      return clause;
    }
    String first = bare(w.get(0));
    String second = bare(w.get(1));
    // "(Og så) lukkede de lageret": a verb the dictionary knows before a personal pronoun is a
    // verb that stood second after the adverb the note leaves out.
    boolean inverted =
        isFiniteVerb(first)
            || (PERSONAL_SUBJECTS.contains(second) || POINTING_SUBJECTS.contains(second))
                && first.matches("\\p{Ll}+(?:ede|te|er)")
                && (DanishWords.wordClasses(first).contains(DanishWords.WordClass.VERB)
                    // "fortsætter du": the present tense of a word in -e ("fortsætte") that the
                    // dictionary does not mark as a verb.
                    || first.endsWith("er")
                        && DanishWords.lemmas(first)
                            .contains(first.substring(0, first.length() - 1)));
    if (inverted && SUBJECT_PRONOUNS.contains(second) && !w.get(0).endsWith(",")) {
      String verb = w.get(0);
      String subject = w.get(1);
      w.set(0, lowerUnlessName(subject));
      w.set(1, verb.toLowerCase(Locale.ROOT));
      return String.join(" ", w);
    }
    int nounSubject =
        inverted && !w.get(0).endsWith(",") && presentOrPast(first) ? nounSubjectWords(w) : 0;
    if (nounSubject > 0 && !clause.matches("(?s).*,\\s+så\\s.*")) {
      // "(Så) bliver lønnen aftalt", "(og så) har min kone hørt": the subject a noun said after
      // the verb; a reported clause has it first ("at lønnen bliver aftalt"). Not "Kommer
      // bussen ikke, så ...", a condition.
      List<String> out = new ArrayList<>(w.subList(1, 1 + nounSubject));
      out.add(w.get(0).toLowerCase(Locale.ROOT));
      out.addAll(w.subList(1 + nounSubject, w.size()));
      return String.join(" ", out);
    }
    String dislocated = dislocatedLast(clause);
    if (dislocated != null) {
      return dislocated;
    }
    return frontedLast(w, clause);
  }

  /** Short finite forms that do not end as the regular ones do. */
  private static final Set<String> SHORT_FINITE =
      Set.of(
          "er", "har", "går", "får", "gør", "ser", "står", "kan", "skal", "vil", "må", "bør", "var",
          "blev", "fik", "gik", "kom", "tog", "gav", "lå", "stod", "sad", "fandt", "holdt");

  /**
   * A present or past form, not an imperative ("Send kontrakten", "Kør bilen ind" open with the
   * verb too, and have no subject).
   */
  private static boolean presentOrPast(String verb) {
    return SHORT_FINITE.contains(verb) || verb.matches("\\p{Ll}+(?:er|ede|te|de)");
  }

  /** "Den" and "det" as the subject after a verb: "så slutter den fredag". */
  private static final Set<String> POINTING_SUBJECTS = Set.of("den", "det");

  private static final Set<String> POSSESSIVES =
      Set.of("min", "din", "hans", "hendes", "sin", "vores", "jeres", "deres", "mit", "dit");

  /**
   * The words of a noun subject right after the opening verb: a definite noun ("lønnen",
   * "spørgsmålet"), or a possessive and its noun ("min kone"); 0 when there is none.
   */
  private static int nounSubjectWords(List<String> w) {
    if (w.size() < 3) {
      return 0;
    }
    String second = w.get(1);
    if (POSSESSIVES.contains(bare(second)) && !second.endsWith(",")) {
      String third = w.get(2);
      return !third.matches(".*[,.;:!?]$")
              && third.equals(third.toLowerCase(Locale.ROOT))
              && DanishWords.wordClasses(bare(third)).contains(DanishWords.WordClass.NOUN)
              && w.size() > 3
          ? 2
          : 0;
    }
    String noun = bare(second);
    return !second.matches(".*[,.;:!?]$")
            && second.equals(noun)
            && noun.matches("\\p{Ll}{3,}(?:en|et|ne)")
            && DanishWords.wordClasses(noun).contains(DanishWords.WordClass.NOUN)
            // "(Jeg) har arbejdet der": a participle in -et after an unsaid subject.
            && !(noun.endsWith("et")
                && DanishWords.wordClasses(noun).contains(DanishWords.WordClass.VERB))
        ? 1
        : 0;
  }

  /** Personal pronouns that can only be a subject: what follows a fronted verb is the subject. */
  static final Set<String> PERSONAL_SUBJECTS = Set.of("jeg", "du", "han", "hun", "vi", "de", "man");

  /**
   * Prepositions that open a fronted adverbial of time, place or duration ("Til Egebæk og Lundsted,
   * det er fint"; "Inden jul skal du ...").
   */
  static final Set<String> FRONTED_PREPOSITIONS =
      Set.of(
          "i", "på", "om", "efter", "før", "inden", "fra", "til", "hos", "siden", "under", "med",
          "for", "ved", "gennem", "udover");

  /** Adverbs of time and place that may be fronted and stand last in a clause just as well. */
  private static final Set<String> FRONTED_ADVERBS =
      Set.of(
          "nu",
          "her",
          "dengang",
          "tidligere",
          "senere",
          "bagefter",
          "sidste",
          "forrige",
          "hele",
          "hver");

  /** Units of time that make a bare fronted phrase a duration or a frequency ("fem år"). */
  private static final Set<String> TIME_UNITS =
      Set.of(
          "år", "måned", "måneder", "uge", "uger", "dag", "dage", "gang", "gange", "timer", "time");

  /**
   * "Fem år boede jeg der", "I mandags ringede jeg til dem": spoken Danish fronts an adverbial of
   * time, place or duration, and the subject then follows the finite verb (verb second). A reported
   * sentence needs the subject first ("at han boede der i fem år"), so the fronted adverbial goes
   * to the end of its clause: "jeg boede der 5 år", "jeg ringede til dem i mandags". Only when what
   * follows the verb is a personal pronoun, so the subject is certain, and what is fronted is an
   * adverbial of one to four words (a preposition phrase, a time or place adverb, a number of time
   * units); a fronted object ("Den sendte jeg") or "der"/"så"/"da", which point back, stay as said.
   */
  private static String frontedLast(List<String> w, String clause) {
    int v = 1;
    while (v < w.size() && v <= 4 && !isFiniteVerb(bare(w.get(v)))) {
      v++;
    }
    if (v > 4 || v + 2 > w.size() || !PERSONAL_SUBJECTS.contains(bare(w.get(v + 1)))) {
      return clause;
    }
    List<String> fronted = w.subList(0, v);
    for (String word : fronted) {
      if (word.matches(".*[,.;:!?]$") || isFiniteVerb(bare(word))) {
        return clause;
      }
    }
    if (w.get(v).matches(".*[,.;:!?]$")) {
      return clause;
    }
    String head = bare(fronted.get(0));
    String tail = bare(fronted.get(fronted.size() - 1));
    boolean adverbial =
        FRONTED_PREPOSITIONS.contains(head) && fronted.size() > 1
            || FRONTED_ADVERBS.contains(head)
            || head.matches("\\d+(?:[.,]\\d+)?") && TIME_UNITS.contains(tail)
            || fronted.size() == 2 && TIME_UNITS.contains(tail) && isNumberWord(head);
    if (!adverbial) {
      return clause;
    }
    List<String> rest = new ArrayList<>(w.subList(v, w.size()));
    String subject = rest.get(1);
    rest.set(0, subject.toLowerCase(Locale.ROOT));
    rest.set(1, w.get(v).toLowerCase(Locale.ROOT));
    return withAdverbialLast(rest, lowerFirst(String.join(" ", fronted)));
  }

  /**
   * "Til Egebæk og Lundsted, det er fint": a place or time put first and taken up by "det" after a
   * comma. Read as a clause of its own ("det er fint til Egebæk og Lundsted"), the statement says
   * what it is said of; otherwise its "til ..." would open a reported clause ("at til ...").
   */
  private static final Pattern DISLOCATED =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?((\\p{L}+)\\s+[^,.?!]{1,60}),\\s+((?:det|den|der)\\s+(\\p{L}+)\\s.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static String dislocatedLast(String clause) {
    Matcher m = DISLOCATED.matcher(clause.strip());
    if (!m.matches()
        || !FRONTED_PREPOSITIONS.contains(m.group(2).toLowerCase(Locale.ROOT))
        || !isFiniteVerb(m.group(4).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return withAdverbialLast(new ArrayList<>(words(m.group(3))), lowerFirst(m.group(1)));
  }

  /** The words of a clause with an adverbial moved to close the clause's first part. */
  private static String withAdverbialLast(List<String> rest, String moved) {
    // The adverbial closes the clause it opened: before the first comma, or at the end.
    int end = rest.size();
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).endsWith(",")) {
        end = i + 1;
        break;
      }
    }
    List<String> out = new ArrayList<>(rest.subList(0, end));
    String last = out.get(out.size() - 1);
    String punctuation = last.replaceAll("^.*?([,.;:!]*)$", "$1");
    out.set(out.size() - 1, last.substring(0, last.length() - punctuation.length()));
    out.add(moved + punctuation);
    out.addAll(rest.subList(end, rest.size()));
    return String.join(" ", out);
  }

  private static boolean isNumberWord(String word) {
    return dk.samtalenotat.language.DanishNumbers.cardinal(word).isPresent();
  }

  private static String lowerUnlessName(String word) {
    return word.equals("I") ? word : word.toLowerCase(Locale.ROOT);
  }

  /**
   * A main clause as an "at"-clause: when it opens with a subject and a finite verb, the sentence
   * adverbs after the verb move before it ("han har ikke bil" gives "han ikke har bil").
   *
   * @param subjectWords how many words the subject has ("sagsbehandler og borger" has three)
   */
  static String subordinate(String clause, int subjectWords) {
    List<String> w = words(clause);
    int v = subjectWords;
    if (w.size() <= v + 1) {
      return clause;
    }
    boolean pronounSubject =
        v == 1
            && (SUBJECT_PRONOUNS.contains(bare(w.get(0)))
                // A party as the subject, as the note names it ("kommunen øger ikke timerne"),
                // whether or not the dictionary knows the verb.
                || Party.isNoun(bare(w.get(0)).toLowerCase(Locale.ROOT)));
    String verb = bare(w.get(v));
    if (!isFiniteVerb(verb)
        && !(pronounSubject
            && verb.matches("\\p{L}+(?:er|ede|te|r|es)")
            && !SENTENCE_ADVERBS.contains(verb))) {
      return clause;
    }
    if (w.get(v).matches(".*[,.;:]$")) {
      return clause;
    }
    int a = v + 1;
    // A light object stands before the adverb in a main clause ("begrænser dig ikke") and after it
    // in a subordinate one ("ikke begrænser dig").
    String light = null;
    if (a < w.size() - 1
        && LIGHT_OBJECTS.contains(bare(w.get(a)))
        && SENTENCE_ADVERBS.contains(bare(w.get(a + 1)))
        && !w.get(a).matches(".*[,.;:]$")) {
      light = w.get(a);
      a++;
    }
    List<String> adverbs = new ArrayList<>();
    while (a < w.size()
        && (SENTENCE_ADVERBS.contains(bare(w.get(a)))
            || bare(w.get(a)).equals("så")
                && a + 1 < w.size()
                && SENTENCE_ADVERBS.contains(bare(w.get(a + 1))))) {
      if (a == v + 1 && NOT_AFTER_OBJECT.contains(bare(w.get(a))) && a + 1 >= w.size()) {
        break;
      }
      adverbs.add(w.get(a));
      a++;
      if (w.get(a - 1).matches(".*[,.;:]$")) {
        break;
      }
    }
    if (adverbs.isEmpty()) {
      return clause;
    }
    // "han synes stadig, det er svært": the comma after the adverb goes after the verb.
    String lastAdverb = adverbs.get(adverbs.size() - 1);
    String punctuation = lastAdverb.replaceAll("^.*?([,.;:]*)$", "$1");
    adverbs.set(
        adverbs.size() - 1, lastAdverb.substring(0, lastAdverb.length() - punctuation.length()));
    List<String> out = new ArrayList<>(w.subList(0, v));
    out.addAll(adverbs);
    out.add(w.get(v) + (light == null ? punctuation : ""));
    if (light != null) {
      out.add(light + punctuation);
    }
    out.addAll(w.subList(a, w.size()));
    return String.join(" ", out);
  }

  /**
   * Every clause of a reported sentence in subordinate order: "han har bil, og han kan ikke løfte
   * tungt" gives "han har bil, og han ikke kan løfte tungt".
   */
  static String subordinateAll(String sentence, int firstSubjectWords) {
    String[] parts = sentence.split("(?<=,) (?=(?:og|men) )");
    StringBuilder out = new StringBuilder(subordinate(parts[0], firstSubjectWords));
    for (int k = 1; k < parts.length; k++) {
      String part = parts[k];
      int space = part.indexOf(' ');
      String conjunction = part.substring(0, space);
      String rest = part.substring(space + 1);
      List<String> w = words(rest);
      int subject =
          w.size() >= 3 && bare(w.get(1)).equals("og") ? 3 : 1; // "sagsbehandler og borger"
      boolean clause =
          !w.isEmpty()
              && (SUBJECT_PRONOUNS.contains(bare(w.get(0)))
                  || bare(w.get(0)).equals("borger")
                  || bare(w.get(0)).equals("sagsbehandler"));
      out.append(' ')
          .append(conjunction)
          .append(' ')
          .append(clause ? subordinate(rest, subject) : rest);
    }
    return out.toString();
  }

  /** The infinitive of a present-tense verb ("har" gives "have", "søger" "søge"), or null. */
  static String infinitive(String finite) {
    String f = finite.toLowerCase(Locale.ROOT);
    String irregular = INFINITIVE.get(f);
    if (irregular != null) {
      return irregular;
    }
    if (PRESENT_ER.matcher(f).matches() && SpokenCleaner.FINITE_VERBS.contains(f)) {
      return f.substring(0, f.length() - 1);
    }
    return null;
  }

  /** A finite verb form this engine knows (present or past of common verbs). */
  static boolean isFiniteVerb(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SpokenCleaner.FINITE_VERBS.contains(w)
        || INFINITIVE.containsKey(w)
        || DanishWords.isPrefixedStrongVerb(w);
  }

  /** First letter upper case. */
  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** First letter lower case unless the first word is a name, an abbreviation or "I". */
  static String lowerFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    String[] parts = s.split("[\\s,]+", 3);
    String first = parts[0];
    if (first.equals("I")
        && parts.length > 1
        && !isFiniteVerb(parts[1].toLowerCase(Locale.ROOT))
        && !adverbThenVerb(parts)) {
      return "i" + s.substring(1); // "I Eritrea passede hun ..." : the preposition
    }
    if (first.equals("I") || first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
      return s;
    }
    String lower = first.toLowerCase(Locale.ROOT);
    if (COMMON_FIRST_WORDS.contains(lower)
        || SUBJECT_PRONOUNS.contains(lower)
        || isFiniteVerb(lower)
        // "værkfører Ole" in the middle of a sentence: a title is no part of the name.
        || Titles.TITLED_NAME.matcher(s).lookingAt()
        || parts.length > 1
            && !parts[1].isEmpty()
            && !Character.isUpperCase(parts[1].charAt(0))
            && DanishWords.isDictionaryWord(lower)) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }

  /**
   * "I gerne vil have flere timer", "I også øver": a sentence adverb, then the finite verb, after
   * the opening word, the word order of a subordinate clause whose subject is plural "I".
   */
  private static boolean adverbThenVerb(String[] parts) {
    if (parts.length < 3 || !SENTENCE_ADVERBS.contains(parts[1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    String next = parts[2].split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
    return isFiniteVerb(next)
        || next.matches("\\p{Ll}+er")
            && DanishWords.wordClasses(next).contains(DanishWords.WordClass.VERB);
  }

  /** Words that open sentences and are lower case inside one; anything else may be a name. */
  private static final Set<String> COMMON_FIRST_WORDS =
      Set.of(
          "borger",
          "borgers",
          "sagsbehandler",
          "sagsbehandlers",
          "kommunen",
          "kommunens",
          "dem",
          "ham",
          "hende",
          "sig",
          "sin",
          "sit",
          "sine",
          "hans",
          "hendes",
          "deres",
          "min",
          "mit",
          "mine",
          "din",
          "dit",
          "dine",
          "vores",
          "jeres",
          "en",
          "et",
          "to",
          "alle",
          "ingen",
          "hver",
          "mindst",
          "højst",
          "cirka",
          "ca.",
          "kun",
          "også",
          "ikke",
          "måske",
          "stadig",
          "desværre",
          "lægen",
          "kurset",
          "praktikken",
          "arbejdsgiveren",
          "a-kassen",
          "mentor",
          "tolken",
          "partneren",
          "bisidderen",
          "fra",
          "til",
          "på",
          "i",
          "med",
          "efter",
          "når",
          "hvis",
          "fordi",
          "men",
          "og",
          "så",
          "som",
          "da",
          "mens",
          "selvom",
          "hele",
          "næste",
          "første",
          "sidste",
          "de",
          "den",
          "det",
          "der",
          "dette",
          "disse",
          "mest",
          "lidt",
          "meget",
          "mange",
          "flere",
          "andre",
          "begge",
          "nogle",
          "noget",
          "nogen",
          "hvor",
          "hvad",
          "hvordan",
          "hvornår",
          "hvilke",
          "hvem",
          "om",
          "at",
          "for",
          "inden",
          "senest",
          "gerne",
          "bare",
          "lige",
          "nu",
          "her",
          "allerede",
          "først",
          "altid",
          "aldrig",
          "ellers",
          "fredag",
          "mandag",
          "tirsdag",
          "onsdag",
          "torsdag",
          "lørdag",
          "søndag",
          "praktikstedet",
          "arbejdspladsen",
          "virksomheden",
          "lederen",
          "ledigheden",
          "jobbet",
          "ansøgningen",
          "planen",
          "mødet",
          "samtalen",
          "lønnen");
}
