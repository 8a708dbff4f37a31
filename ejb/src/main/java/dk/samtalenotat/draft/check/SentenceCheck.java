package dk.samtalenotat.draft.check;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.check.Evidence.DateSaid;
import dk.samtalenotat.draft.check.Evidence.NumberSaid;
import dk.samtalenotat.draft.check.Evidence.Speaker;
import dk.samtalenotat.draft.check.Evidence.Statement;
import dk.samtalenotat.draft.check.Evidence.TimeSaid;
import dk.samtalenotat.language.Ages;
import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishDates.DateKind;
import dk.samtalenotat.language.DanishDates.DateMention;
import dk.samtalenotat.language.DanishDates.DaySpan;
import dk.samtalenotat.language.DanishDates.TimeMention;
import dk.samtalenotat.language.DanishDates.WeekMention;
import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishNumbers.SpokenNumber;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.Frequencies;
import dk.samtalenotat.language.SpokenDanish;
import dk.samtalenotat.language.WordList;
import dk.samtalenotat.language.YesOrNo;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The check of one sentence of a draft against the evidence; see {@link UnsupportedFactCheck}. */
final class SentenceCheck {

  private static final ResourceBundle REASONS =
      ResourceBundle.getBundle(
          "dk.samtalenotat.draft.check.reasons", Locale.ROOT, SentenceCheck.class.getClassLoader());
  private static final Locale DA = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** Before a verb of offering or asking, these make the subject the one it was done to. */
  private static final Set<String> RECEIVED = Set.of("fik", "får", "blev", "bliver", "blevet");

  private static final Set<String> ATTRIBUTION_VERBS =
      Set.copyOf(WordList.lines(SentenceCheck.class, "attribution-verbs.txt"));
  private static final Set<String> NOTE_WORDS =
      Set.copyOf(WordList.lines(SentenceCheck.class, "note-words.txt"));
  private static final Set<String> FRAMING_WORDS =
      Set.copyOf(WordList.lines(SentenceCheck.class, "framing-words.txt"));
  private static final Set<String> NOT_NAMES =
      Set.copyOf(WordList.lines(SentenceCheck.class, "not-names.txt"));
  private static final Set<String> AGREEMENT_CUES =
      Set.copyOf(WordList.lines(SentenceCheck.class, "agreement-cues.txt"));
  private static final List<String> COMMITMENTS =
      WordList.lines(SentenceCheck.class, "commitments.txt");

  /** Company forms that end an organisation's name; speech often leaves them out. */
  private static final Set<String> LEGAL_FORMS =
      Set.of("aps", "a/s", "i/s", "k/s", "p/s", "ivs", "amba", "a.m.b.a", "smba");

  /** A company form as written after a name: "ApS", "A/S", "I/S", "a.m.b.a.". */
  private static final Pattern COMPANY_FORM =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:A/S|ApS|I/S|K/S|P/S|IVS|SMBA|AMBA|a\\.m\\.b\\.a\\.?)(?![\\p{L}\\d/])",
          Pattern.CASE_INSENSITIVE);

  /**
   * A word written with a capital, or a company form ("A/S"). A capital inside a word ("eIndkomst",
   * "eBoks") belongs to the word; it starts no name of its own.
   */
  private static final Pattern CAPITALISED_WORD =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\d])"
              + "(?:\\p{Lu}/\\p{Lu}|\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’.]\\p{L}[\\p{L}\\p{M}]*)*|\\d+\\p{Lu}+)");

  /**
   * What a sentence credits ends where a reason or a contrast begins ("..., fordi"), and where the
   * one credited is given their own circumstance as the reason ("ud fra sin erfaring", "på grund af
   * sin ryg"): a caseworker often names that first, and it is not what was proposed or said.
   */
  private static final Pattern CONTENT_END =
      Pattern.compile(
          "(?iu),\\s+(?=(?:men|da|fordi|så|selvom|hvorfor|hvilket|hvis|når)\\b)|\\s+men\\b|;"
              + "|\\s+(?:ud fra|på baggrund af|på grund af|pga\\.)\\s+(?:sin|sit|sine)(?![\\p{L}])");

  /**
   * "I stedet" (instead) says that something else came before, not what was proposed: "borger
   * foreslog i stedet kranførelse" credits the crane course, whoever said "stedet" of a place.
   */
  private static final Pattern INSTEAD =
      Pattern.compile("(?iu)(?<![\\p{L}])i\\s+stedet(?![\\p{L}])");

  /** The citizen saying they found something themself ("jeg har selv fundet et opslag"). */
  private static final Pattern FOUND_BY_ME =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])jeg\\s+(?:har\\s+|havde\\s+)?(?:\\p{L}+\\s+){0,2}?"
              + "(?:fundet|fandt)(?![\\p{L}])");

  /**
   * Someone else saying that the citizen found something ("Han har faktisk fundet et sted", "du har
   * selv fundet opslaget"): the finding is the citizen's, whoever tells it.
   */
  private static final Pattern FOUND_BY_THE_CITIZEN =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:han|hun|du)\\s+(?:har\\s+|havde\\s+)?(?:\\p{L}+\\s+){0,2}?"
              + "(?:fundet|fandt)(?![\\p{L}])");

  /** Where what a sentence credits opens: a comma, "at", or a question word. */
  private static final Pattern CONTENT_OPENING =
      Pattern.compile(
          "(?iu),|(?<![\\p{L}])(?:at|om|hvornår|hvad|hvordan|hvorfor|hvor|hvem)(?![\\p{L}])");

  /** The key of the verbs of wishing ("ønskede", "ønsker"). */
  private static final String WISH_KEY = "ønsk";

  /**
   * A speaker saying they want something: "jeg vil gerne", "det vil a helst", "vi vil hellere",
   * "jeg vil ikke have", "jeg ønsker", "jeg kunne godt tænke mig", "jeg har lyst til", "jeg
   * foretrækker" (Jutlandic "a" and "æ" for "jeg"), or asking for it: "kan jeg tage min søster
   * med?", "må jeg få ...".
   */
  private static final Pattern WANTS =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:jeg|a|æ|vi)\\s+(?:vil|ville)\\s+(?:\\p{L}+\\s+)?"
              + "(?:gerne|helst|hellere)"
              + "|(?:vil|ville)\\s+(?:jeg|a|æ|vi)\\s+(?:\\p{L}+\\s+)?(?:gerne|helst|hellere)"
              + "|(?:jeg|a|æ|vi)\\s+(?:vil|ville)\\s+(?:ikke|ik'|itj)(?:\\s+have)?"
              + "|(?:jeg|a|æ|vi)\\s+(?:ønsker|foretrækker|har\\s+lyst)"
              + "|(?:kunne|kan)\\s+(?:\\p{L}+\\s+)?godt\\s+tænke\\s+(?:mig|os)"
              + "|(?:kan|må|kunne|får)\\s+(?:jeg|a|æ|vi)\\s+(?:godt\\s+|ikke\\s+)?"
              + "(?:få|tage|komme|have|starte|begynde|prøve|beholde|blive))(?![\\p{L}])");

  /**
   * Whether a reply takes what was proposed by wanting it: "Ja, det vil jeg gerne", "Ja tak, det
   * kunne jeg godt tænke mig"; not "Nej, det vil jeg ikke".
   */
  private static boolean takesWanting(String reply) {
    String[] sentences = Evidence.SENTENCES.split(reply.strip());
    String first = sentences[0];
    if (!(YesOrNo.opensWithYes(first)
            || YesOrNo.opensTakingIt(first)
            || YesOrNo.takesAProposal(first))
        || YesOrNo.turnsDownAnOffer(reply)) {
      return false;
    }
    for (String sentence : sentences) {
      if (WANTS.matcher(sentence).find() || REPORTED_WANTING.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  /** An interpreter's "hun siger, at hun gerne vil have det": the citizen wanting it. */
  private static final Pattern REPORTED_WANTING =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:hun|han)\\s+(?:siger|sagde),?\\s+at\\s+(?:hun|han)\\s+"
              + "(?:gerne|helst|hellere)\\s+(?:vil|ville)(?![\\p{L}])");

  /** The key of the verbs of asking for something ("bad om", "beder om"). */
  private static final String REQUEST_KEY = "bed";

  /**
   * A question asking the one spoken to to do something: "kan du slukke for optagelsen?", "vil I
   * sende papirerne?", "gider du ringe til dem?", after a hesitation or a "ja".
   */
  private static final Pattern ASKS_YOU_TO =
      Pattern.compile(
          "(?iu)^(?:\\p{L}+[,.]?\\s+){0,2}(?:kan|kunne|vil|ville|gider|må)\\s+(?:du|i)\\s+"
              + "(?:(?:ikke|lige|godt|måske)\\s+)*\\p{L}+");

  /**
   * A wish said back to the one who has it: "du ønsker ...", "du vil gerne ...", "du har ønsket
   * ...", "dit ønske er ...".
   */
  private static final Pattern WISH_SAID_BACK =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:du|i) (?:ønsker|ønskede|foretrækker|foretrak|vil gerne|ville gerne"
              + "|har ønsket|havde ønsket)|(?:dit|jeres) ønske)(?![\\p{L}])");

  /** Verbs of a task of asking someone (present tense: what is to be done). */
  private static final Set<String> ASKING_SOMEONE = Set.of("spørger", "beder");

  private static final Set<String> POSSESSIVES =
      Set.of("sin", "sit", "sine", "hans", "hendes", "deres", "borgers");

  /** What a sentence credits, opening with a condition. */
  private static final Pattern OPENS_WITH_CONDITION =
      Pattern.compile("(?iu)[\\s,]*(?:at\\s+)?(?:hvis|når|såfremt)\\b");

  /** Verbs of taking an initiative: the first to say it did it. */
  private static final Set<String> PROPOSING_VERBS =
      Set.of(
          "foreslog",
          "foreslår",
          "foreslået",
          "ønskede",
          "ønsker",
          "ønsket",
          "bad",
          "beder",
          "bedt",
          "fandt",
          "fundet",
          "anbefalede",
          "anbefaler",
          "anbefalet",
          "tilbød",
          "tilbyder",
          "tilbudt",
          "spurgte",
          "spørger");

  /**
   * The keys of the proposing verbs whose question is the asker's proposal ("Hvad med et kursus?"
   * proposes; "Ønsker du et kursus?" asks the other's wish).
   */
  private static final Set<String> ASKERS_KEYS =
      Set.of("foreslå", "bed", "anbefal", "tilbyd", "spørg");

  private static final Set<String> PROPOSING_KEYS =
      Set.of("foreslå", "ønsk", "bed", "find", "anbefal", "tilbyd", "spørg");

  /** The share of what a sentence says that one statement must hold to tell who said it first. */
  private static final double COVERS_MOST = 0.6;

  /** How close to the best fit a statement must come to count as saying the same. */
  private static final double FIRST_SHARE = 0.8;

  /** How many segments from what a sentence is most about a statement is still about it. */
  private static final int NEAR_THE_TOPIC = 6;

  /** Verbs a note reports with but a speaker does not say of themselves. */
  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "opmærksom", // "gjorde opmærksom på"
          "oplyste",
          "oplyser",
          "oplyst",
          "fortalte",
          "fortæller",
          "fortalt",
          "forklarede",
          "forklarer",
          "nævnte",
          "nævner",
          "nævnt",
          "sagde",
          "siger",
          "bekræftede",
          "bekræfter",
          "understregede",
          "gjorde",
          "gav",
          "havde",
          "pointerede",
          "ville",
          "vil",
          "kunne");

  private static final Pattern CLAUSE =
      Pattern.compile(
          ",\\s+(?=(?:og |men |eller )?(?:at|da|fordi|så|når|hvis|selvom|mens|hvor|som|hvilket|hvoraf)\\b)"
              + "|\\s+(?=men\\b)|;|\\s+(?=og at\\b)|,\\s+(?=og\\b)");

  /**
   * How much better (in rarity-weighted shared words) another value's context must fit the sentence
   * than the stated value's before the stated one is flagged as contradicted.
   */
  private static final double MARGIN = 1.5;

  /** The least fit with a statement for it to count as what the sentence is about. */
  private static final double MIN_FIT = 2.0;

  /**
   * Endings that make a noun of a verb or an adjective, for content said in another form ("pakning"
   * of "pakke", "sygdom" of "syg").
   */
  private static final List<String> DERIVATIONS =
      List.of("ning", "ing", "else", "hed", "dom", "er");

  /**
   * The shortest stem a noun ending may leave: three letters ("pak", "syg") for a whole syllable,
   * four for "er", which as often ends a plural or a word of its own.
   */
  private static int shortestStem(String suffix) {
    return suffix.length() >= 3 ? 3 : 4;
  }

  /** A value said in a cited segment fits that much better. */
  private static final double CITED = 3.0;

  /** A second unsupported content word makes a sentence invented (one may be a paraphrase). */
  private static final int INVENTED_WORDS = 2;

  private final int index;
  private final DraftSentence sentence;
  private final NoteLine line;
  private final String text;
  private final Set<Integer> scope;
  private final Evidence e;
  private final boolean[] taken;
  private final List<FactFlag> flags = new ArrayList<>();
  private final List<Evidence.Term> terms;

  /** The sentence's words in lower case, one space around each (" fik ikke stillingen "). */
  private final String wordsOfText;

  /** The roles the sentence names by a role word ("sagsbehandler", "borger"). */
  private final Set<String> rolesOfText = new HashSet<>();

  /** The registered participants a Deltagere line names (filled by {@link #run()}). */
  private final Set<DraftParticipant> named = new HashSet<>();

  SentenceCheck(int index, DraftSentence sentence, NoteLine line, Set<Integer> scope, Evidence e) {
    this.index = index;
    this.sentence = sentence;
    this.line = line;
    this.text = line.text();
    this.scope = scope;
    this.e = e;
    this.taken = new boolean[text.length() + 1];
    this.terms = Evidence.terms(text, SentenceCheck::countsAsContent);
    this.wordsOfText =
        " "
            + DanishWords.words(text).stream()
                .map(DanishWords.Word::lower)
                .collect(Collectors.joining(" "))
            + " ";
    for (DanishWords.Word w : DanishWords.words(text)) {
      String role = Roles.ofWord(w.lower());
      if (role != null) {
        rolesOfText.add(role);
      }
    }
  }

  private static final Set<String> NOTE_KEYS = keysOfAll(NOTE_WORDS, Set.of());
  private static final Set<String> FRAMING_KEYS = keysOfAll(FRAMING_WORDS, ATTRIBUTION_VERBS);

  private static Set<String> keysOfAll(Set<String> a, Set<String> b) {
    Set<String> keys = new HashSet<>();
    for (Set<String> words : List.of(a, b)) {
      for (String w : words) {
        keys.add(DanishWords.stem(w));
      }
    }
    return Set.copyOf(keys);
  }

  /** Whether a word is one of a list's words, inflected or not ("notatet", "besluttet"). */
  private static boolean inList(String lowerCaseWord, Set<String> words, Set<String> keys) {
    if (words.contains(lowerCaseWord)) {
      return true;
    }
    for (String k : DanishWords.keys(lowerCaseWord)) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** A word of the note that says something about the case, not about the note or a person. */
  static boolean countsAsContent(String lowerCaseWord) {
    return !inList(lowerCaseWord, NOTE_WORDS, NOTE_KEYS) && !Roles.isPersonWord(lowerCaseWord);
  }

  List<FactFlag> run() {
    switch (line.kind()) {
      case HEADING, TYPE -> {
        return flags;
      }
      case PARTICIPANTS -> {
        participants();
        organisationsOfParticipants();
        return flags;
      }
      case WHEN -> {
        dates(true);
        return flags;
      }
      case TITLE, INTERPRETER -> {
        dates(false);
        names();
        return flags;
      }
      default -> {
        if (quotesUntranslatedSpeech()) {
          return flags;
        }
        weekdayLists();
        dates(false);
        definiteWeekdaysTakenBack();
        times();
        frequencies();
        weeks();
        numbers();
        names();
        akasse();
        boolean valueFlagged = !flags.isEmpty();
        invented();
        negation();
        promiseRefused();
        decisionNotMade();
        attribution();
        othersOpinion();
        doer();
        agreement();
        if (valueFlagged || flags.stream().anyMatch(f -> f.kind() == FactKind.AGREEMENT)) {
          // A sentence already flagged for a value, or for an agreement nobody made, needs no
          // second reason of a softer kind.
          flags.removeIf(f -> f.kind() == FactKind.INVENTED && flags.size() > 1);
        }
        return flags;
      }
    }
  }

  // Untranslated speech ---------------------------------------------------------------------

  /** The note's record of speech nobody translated: who, the language, the words as said. */
  private static final Pattern UNTRANSLATED =
      Pattern.compile(
          "^\\s*[\\p{L} -]+ sagde på (\\p{L}+): [\"„“](.+)[\"“”] \\(ikke oversat\\)\\.?\\s*$");

  /**
   * "Tolken sagde på arabisk: "..." (ikke oversat).": the words are checked by being said, as
   * written, in a segment in that language; what they say the check cannot read.
   */
  private boolean quotesUntranslatedSpeech() {
    Matcher m = UNTRANSLATED.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String language = m.group(1).toLowerCase(Locale.ROOT);
    String left = m.group(2).strip();
    // A turn's segments may be quoted together: each said as written, nothing else.
    for (Evidence.Seg s : e.segs) {
      String code = s.segment().language();
      String said = s.text().strip();
      if (code != null
          && !said.isEmpty()
          && language.equals(
              dk.samtalenotat.transcript.SpokenLanguage.danishName(code)
                  .toLowerCase(Locale.ROOT))) {
        if (said.contains(left)) {
          return true;
        }
        left = left.replace(said, " ");
      }
    }
    return left.isBlank();
  }

  // Dates -----------------------------------------------------------------------------------

  private void dates(boolean conversationDay) {
    for (DateMention d : DanishDates.findDates(text, e.date)) {
      if (!Evidence.free(taken, d.start(), d.end())) {
        continue; // a weekday of a list flagged as a whole
      }
      Evidence.mark(taken, d.start(), d.end());
      String fact = text.substring(d.start(), d.end());
      if (d.candidates().isEmpty()) {
        flag(FactKind.DATE, d.start(), d.end(), null, "date.invalid", fact);
        continue;
      }
      if (d.weekdayMismatch()) {
        LocalDate day = d.candidates().get(0).from();
        DateSaid said = bestDate(d, true);
        String suggestion =
            said != null && said.mention().day().isPresent()
                ? formatLike(fact, said.mention().day().get(), d.yearStated())
                : fact.replaceFirst(
                    "(?i)" + weekdayName(d.statedWeekday()), weekdayName(day.getDayOfWeek()));
        flag(
            FactKind.WEEKDAY,
            d.start(),
            d.end(),
            suggestion,
            "weekday.mismatch",
            fact,
            DAY.format(day),
            weekdayName(day.getDayOfWeek()));
        continue;
      }
      if (conversationDay) {
        if (d.candidates().stream().noneMatch(c -> c.contains(DaySpan.day(e.date)))
            && !dateSaid(d)) {
          flag(
              FactKind.DATE,
              d.start(),
              d.end(),
              null,
              "date.unsupported",
              fact,
              describe(d.candidates()),
              where());
        }
        continue;
      }
      if (dateSaid(d)) {
        if (d.kind() == DateKind.WEEKDAY) {
          weekdayInOtherContext(d, fact);
        }
        continue;
      }
      DateSaid retracted = retractedDate(d);
      if (retracted != null && correctionTold(d.start(), d.end())) {
        continue; // "rettede datoen fra onsdag den 25. marts til torsdag den 26. marts"
      }
      if (retracted != null) {
        flag(
            FactKind.UNCORRECTED,
            d.start(),
            d.end(),
            correctionAsDate(retracted, fact, d.yearStated()),
            "uncorrected",
            fact);
        continue;
      }
      boolean weekdayOnly = d.kind() == DateKind.WEEKDAY;
      DateSaid best = weekdayOnly ? null : bestDate(d, false);
      String suggestion =
          best != null && best.mention().day().isPresent()
              ? formatLike(fact, best.mention().day().get(), d.yearStated())
              : null;
      flag(
          weekdayOnly ? FactKind.WEEKDAY : FactKind.DATE,
          d.start(),
          d.end(),
          suggestion,
          weekdayOnly ? "weekday.unsupported" : "date.unsupported",
          fact,
          describe(d.candidates()),
          where());
    }
  }

  /**
   * A list of weekdays that is the list a speaker corrected ("mandag, onsdag og torsdag" where the
   * citizen said "mandag, onsdag og torsdag – nej, fredag"), when no list of those days was said
   * otherwise.
   */
  private void weekdayLists() {
    for (WeekdayLists.Run run : WeekdayLists.runs(text)) {
      Set<DayOfWeek> days = WeekdayLists.set(run.days());
      if (run.days().size() < 2 || e.weekdayListsSaid.contains(days)) {
        continue;
      }
      for (WeekdayLists.Correction c : e.weekdayCorrections) {
        if (c.uncorrected().equals(days) && near(c.pos())) {
          String fact = text.substring(run.start(), run.end());
          List<String> names = c.corrected().stream().map(SentenceCheck::weekdayName).toList();
          String meant =
              names.size() == 1
                  ? names.get(0)
                  : String.join(", ", names.subList(0, names.size() - 1))
                      + " og "
                      + names.get(names.size() - 1);
          Evidence.mark(taken, run.start(), run.end());
          flag(FactKind.UNCORRECTED, run.start(), run.end(), meant, "uncorrected", fact);
          return;
        }
      }
    }
  }

  /** Whether the transcript says a day the mention may mean (the conversation's day counts). */
  private boolean dateSaid(DateMention d) {
    if (d.kind() == DateKind.WEEKDAY) {
      DayOfWeek wd = d.candidates().get(0).from().getDayOfWeek();
      for (DateSaid s : e.dates) {
        if (!s.retracted()
            && s.mention().candidates().stream()
                .anyMatch(c -> c.isDay() && c.from().getDayOfWeek() == wd)) {
          return true;
        }
      }
      return e.date.getDayOfWeek() == wd && false;
    }
    // "om 7 uger" counts from the conversation's day: that it lands on a date said of something
    // else ("test den 20. april") does not support it; a count said, or a date said of the same
    // thing, does.
    boolean counted = d.kind() == DateKind.RELATIVE && !DanishNumbers.find(fact(d)).isEmpty();
    List<Evidence.Term> around =
        counted ? terms.stream().filter(t -> !t.word().startsWith("#")).toList() : List.of();
    // "onsdag den attende – nej, den femogtyvende" and later "onsdag og torsdag": the date taken
    // back is not said again by a weekday that happens to fall on it.
    boolean takenBack = retractedDate(d) != null;
    for (DaySpan c : d.candidates()) {
      if (c.contains(DaySpan.day(e.date)) && !counted) {
        return true;
      }
      for (DateSaid s : e.dates) {
        if (!s.retracted()
            && !(takenBack && s.mention().kind() == DateKind.WEEKDAY)
            && s.mention().candidates().stream().anyMatch(c::contains)
            && (!counted
                || s.mention().kind() == DateKind.RELATIVE
                || fit(around, s.pos()) >= MIN_FIT)) {
          return true;
        }
      }
    }
    return false;
  }

  private String fact(DateMention d) {
    return text.substring(d.start(), d.end());
  }

  /**
   * "hver tirsdag" where the segments about the same thing say "torsdag": a weekday said in the
   * conversation, but of something else.
   */
  private void weekdayInOtherContext(DateMention d, String fact) {
    DayOfWeek day = d.candidates().get(0).from().getDayOfWeek();
    // What the weekday's own clause says: "..., om han kunne komme onsdag også, og at allerede på
    // mandag, hvis det kan lade sig gøre" has a clause for each day.
    List<Evidence.Term> around =
        around(d.start(), Set.of()).stream().filter(t -> !t.word().startsWith("#w")).toList();
    // "Borger kan ikke mandag eftermiddag ...; fredag passer ham": a day the sentence writes of
    // its own is no other day for this one.
    Set<DayOfWeek> writtenHere = new HashSet<>();
    for (DateMention m : DanishDates.findDates(text, e.date)) {
      if (m.start() != d.start() && !m.candidates().isEmpty() && m.candidates().get(0).isDay()) {
        writtenHere.add(m.candidates().get(0).from().getDayOfWeek());
      }
    }
    double same = 0;
    double other = 0;
    DayOfWeek otherDay = null;
    for (DateSaid s : e.dates) {
      if (s.retracted()
          || s.mention().candidates().isEmpty()
          || !s.mention().candidates().get(0).isDay()) {
        continue;
      }
      DayOfWeek said = s.mention().candidates().get(0).from().getDayOfWeek();
      double fit = fit(around, s.pos());
      if (said == day) {
        same = Math.max(same, fit);
      } else if (s.mention().kind() == DateKind.WEEKDAY
          && fit > other
          && !writtenHere.contains(said)) {
        other = fit;
        otherDay = said;
      }
    }
    if (otherDay != null && other >= MIN_FIT && other > same + MARGIN) {
      String suggestion = fact.replaceFirst("(?iu)" + weekdayName(day), weekdayName(otherDay));
      flag(FactKind.WEEKDAY, d.start(), d.end(), suggestion, "weekday.other", fact);
    }
  }

  private DateSaid retractedDate(DateMention d) {
    for (DateSaid s : e.dates) {
      if (s.retracted()
          && d.candidates().stream()
              .anyMatch(c -> s.mention().candidates().stream().anyMatch(c::contains))) {
        return s;
      }
    }
    return null;
  }

  /** The date said where the transcript is most about what the sentence is about. */
  private DateSaid bestDate(DateMention d, boolean sameWeekday) {
    DateSaid best = null;
    double bestScore = MIN_FIT;
    for (DateSaid s : e.dates) {
      if (s.retracted() || s.mention().kind() != DateKind.DATE || s.mention().day().isEmpty()) {
        continue;
      }
      if (sameWeekday && s.mention().day().get().getDayOfWeek() != d.statedWeekday()) {
        continue;
      }
      double score = fit(s.pos());
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  private String correctionAsDate(DateSaid retracted, String fact, boolean withYear) {
    if (retracted.correction() == null) {
      return null;
    }
    List<DateMention> m = DanishDates.findDates(retracted.correction(), e.date);
    if (!m.isEmpty() && m.get(0).day().isPresent()) {
      return formatLike(fact, m.get(0).day().get(), withYear);
    }
    return null;
  }

  /** A date written the way the note wrote the one it replaces: weekday and year as there. */
  private static String formatLike(String fact, LocalDate day, boolean withYear) {
    String full = DanishDates.format(day);
    String lower = fact.toLowerCase(Locale.ROOT);
    boolean weekday = DanishDates.weekday(lower.split("[\\s,]+")[0]).isPresent();
    String s = weekday ? full : full.substring(full.indexOf("den ") + 4);
    if (!weekday && !lower.startsWith("den ") && !lower.startsWith("d.")) {
      s =
          day.getDayOfMonth()
              + ". "
              + day.getMonth().getDisplayName(TextStyle.FULL, DA)
              + " "
              + day.getYear();
    } else if (!weekday) {
      s = "den " + s;
    }
    if (!withYear) {
      s = s.substring(0, s.lastIndexOf(' '));
    }
    return Character.isUpperCase(fact.charAt(0))
        ? Character.toUpperCase(s.charAt(0)) + s.substring(1)
        : s;
  }

  /**
   * A weekday in its definite form ("om torsdagen") that the speaker took back, where what the
   * sentence is about was said of that day only as the day taken back: "Borger henter sin søn om
   * torsdagen" where the interpreter said "... om torsdagen. Øh, jeg mener – tirsdagen, ikke
   * torsdagen."
   */
  private void definiteWeekdaysTakenBack() {
    Matcher m = Evidence.DEFINITE_WEEKDAY.matcher(text);
    while (m.find()) {
      DayOfWeek day = null;
      for (DateMention d : DanishDates.findDates(m.group(1), e.date)) {
        if (d.kind() == DateKind.WEEKDAY && !d.candidates().isEmpty()) {
          day = d.candidates().get(0).from().getDayOfWeek();
        }
      }
      if (day == null) {
        continue;
      }
      double same = Double.NEGATIVE_INFINITY;
      double back = Double.NEGATIVE_INFINITY;
      DateSaid taken = null;
      for (DateSaid s : e.dates) {
        if (s.mention().kind() != DateKind.WEEKDAY
            || s.mention().candidates().isEmpty()
            || s.mention().candidates().get(0).from().getDayOfWeek() != day) {
          continue;
        }
        double score = fit(s.pos());
        if (!s.retracted()) {
          same = Math.max(same, score);
        } else if (score > back) {
          back = score;
          taken = s;
        }
      }
      if (taken == null || back <= same + MARGIN || correctionTold(m.start(), m.end())) {
        continue;
      }
      String instead = taken.correction();
      String suggestion =
          instead != null && instead.matches("(?iu)\\p{L}+dag")
              ? instead.toLowerCase(Locale.ROOT) + m.group(2)
              : null;
      flag(FactKind.UNCORRECTED, m.start(), m.end(), suggestion, "uncorrected", m.group());
    }
  }

  /** A verb of correcting: "rettede", "ændrede", "korrigerede". */
  private static final Pattern CORRECTING =
      Pattern.compile(
          "(?<![\\p{L}])(?:rett\\p{L}*|ændre\\p{L}*|korriger\\p{L}*)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether the sentence tells the correction of the value at {@code start}..{@code end}: "borger
   * rettede datoen fra onsdag den 25. marts til torsdag den 26. marts", "... i stedet for 8". The
   * value corrected is then named as what it was, not stated as a fact.
   */
  private boolean correctionTold(int start, int end) {
    String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, Math.min(text.length(), end + 8)).toLowerCase(Locale.ROOT);
    boolean fromTo =
        before.matches("(?s).*(?<![\\p{L}])fra\\s+$") && after.matches("(?s)^,?\\s+til\\s.*");
    return fromTo && CORRECTING.matcher(text).find()
        || before.matches("(?s).*(?<![\\p{L}])i\\s+stedet\\s+for\\s+$");
  }

  // Times -----------------------------------------------------------------------------------

  private void times() {
    for (TimeMention t : DanishDates.findTimes(text)) {
      if (!Evidence.free(taken, t.start(), t.end())) {
        continue;
      }
      Evidence.mark(taken, t.start(), t.end());
      String fact = text.substring(t.start(), t.end());
      boolean said = false;
      TimeSaid retracted = null;
      for (TimeSaid s : e.times) {
        if (s.time().clockMinutes() == t.clockMinutes()) {
          if (s.retracted()) {
            retracted = s;
          } else {
            said = true;
          }
        }
      }
      if (said) {
        retracted = retractedOnTheDay(t);
        if (retracted == null) {
          continue;
        }
      }
      if (retracted != null) {
        if (!correctionTold(t.start(), t.end())) {
          flag(
              FactKind.UNCORRECTED,
              t.start(),
              t.end(),
              correctedTime(retracted, fact),
              "uncorrected",
              fact);
        }
        continue;
      }
      TimeSaid best = null;
      double bestScore = MIN_FIT;
      for (TimeSaid s : e.times) {
        double score = fit(s.pos());
        if (!s.retracted() && score > bestScore) {
          best = s;
          bestScore = score;
        }
      }
      String suggestion = null;
      if (best != null) {
        String formatted =
            DanishDates.formatTime(LocalTime.of(best.time().hour() % 24, best.time().minute()));
        suggestion =
            fact.toLowerCase(Locale.ROOT).startsWith("kl") ? formatted : formatted.substring(4);
      }
      flag(FactKind.TIME, t.start(), t.end(), suggestion, "time.unsupported", fact, where());
    }
  }

  /**
   * "fredag den 12. juni kl. 9.00" where the talk said "fredag den tolvte juni klokken ni – nej,
   * halv ti" and, of something else, "hver tirsdag klokken ni": a time taken back where the note's
   * day is said, and not said again of that day, is the value before the correction, whatever else
   * happens at that time. Returns that time as said, or null.
   */
  private TimeSaid retractedOnTheDay(TimeMention t) {
    List<DateMention> days =
        DanishDates.findDates(text, e.date).stream()
            .filter(d -> d.candidates().size() == 1 && d.candidates().get(0).isDay())
            .toList();
    if (days.isEmpty()) {
      return null;
    }
    TimeSaid takenBack = null;
    for (TimeSaid s : e.times) {
      if (s.time().clockMinutes() != t.clockMinutes() || !saidOfTheDay(s, days)) {
        continue;
      }
      if (!s.retracted()) {
        return null;
      }
      takenBack = s;
    }
    return takenBack;
  }

  /**
   * The time a speaker put in place of one taken back ("ni – nej, halv ti"), as the note writes.
   */
  private static String correctedTime(TimeSaid retracted, String fact) {
    if (retracted.correction() == null) {
      return null;
    }
    List<TimeMention> times = DanishDates.findTimes("klokken " + retracted.correction());
    if (times.isEmpty()) {
      return null;
    }
    String formatted =
        DanishDates.formatTime(LocalTime.of(times.get(0).hour() % 24, times.get(0).minute()));
    return fact.toLowerCase(Locale.ROOT).startsWith("kl") ? formatted : formatted.substring(4);
  }

  /** How far after a date its time is said ("fredag den tolvte juni klokken ni"). */
  private static final int TIME_AFTER_DATE = 30;

  /**
   * Whether a time is said right after one of the days (not taken back) in its segment: the time of
   * that day, not the "klokken ni" of another meeting later in the turn.
   */
  private boolean saidOfTheDay(TimeSaid time, List<DateMention> days) {
    for (DateSaid d : e.dates) {
      int gap = time.time().start() - d.mention().end();
      if (d.pos() != time.pos() || d.retracted() || gap < 0 || gap > TIME_AFTER_DATE) {
        continue;
      }
      for (DateMention day : days) {
        if (d.mention().candidates().contains(day.candidates().get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Borger og mentor ses hver anden uge" where the caseworker said "hver anden uge – nej, hver
   * uge": a frequency said only before its correction is the value before it. One said as the note
   * says it, anywhere, supports it; one never said is left to the other checks.
   */
  private void frequencies() {
    for (Frequencies.Frequency f : Frequencies.find(text)) {
      if (!Evidence.free(taken, f.start(), f.end())) {
        continue;
      }
      boolean said = false;
      Evidence.FrequencySaid takenBack = null;
      for (Evidence.FrequencySaid heard : e.frequencies) {
        if (!heard.frequency().same(f)) {
          continue;
        }
        if (heard.retracted()) {
          takenBack = heard;
        } else {
          said = true;
        }
      }
      if (!said && takenBack != null && !correctionTold(f.start(), f.end())) {
        Evidence.mark(taken, f.start(), f.end());
        String fact = text.substring(f.start(), f.end());
        flag(FactKind.UNCORRECTED, f.start(), f.end(), takenBack.correction(), "uncorrected", fact);
      }
    }
  }

  // Numbers ---------------------------------------------------------------------------------

  /** "uge 6 af sygemeldingen" counts weeks; the number must be said, not a calendar week. */
  private void weeks() {
    for (WeekMention w : DanishDates.findWeeks(text)) {
      if (w.calendar() || !Evidence.free(taken, w.start(), w.end())) {
        continue;
      }
      Evidence.mark(taken, w.start(), w.end());
      BigDecimal v = BigDecimal.valueOf(w.week());
      boolean said =
          e.numbers.stream().anyMatch(n -> !n.retracted() && n.value().compareTo(v) == 0);
      if (!said) {
        String fact = text.substring(w.start(), w.end());
        flag(FactKind.NUMBER, w.start(), w.end(), null, "number.unsupported", fact, where());
      }
    }
  }

  private void numbers() {
    List<SpokenNumber> all = new ArrayList<>();
    for (SpokenNumber n : DanishNumbers.find(text)) {
      // Numbers of dates and times are not amounts to add up.
      if (Evidence.free(taken, n.start(), n.end())) {
        all.add(n);
      }
    }
    for (SpokenNumber n : all) {
      if (!n.stated()
          || n.form() == DanishNumbers.Form.ORDINAL
          || !Evidence.free(taken, n.start(), n.end())
          || partOfCode(n)) {
        continue;
      }
      Evidence.mark(taken, n.start(), n.end());
      if (isNearYear(n) || isSum(n, all)) {
        continue;
      }
      Quantity q = Quantity.of(text, n.start(), n.end());
      int[] span = factSpan(n, q);
      String fact = text.substring(span[0], span[1]).strip();
      FactKind kind =
          "AMOUNT".equals(q.unit())
              ? FactKind.AMOUNT
              : "HOURS".equals(q.unit()) ? FactKind.HOURS : FactKind.NUMBER;
      String numberText = text.substring(n.start(), n.end());
      // What the sentence says around the number, without the number and its unit: how well a
      // value said elsewhere fits is judged by that.
      Set<String> own = new HashSet<>();
      own.add("#n" + n.value().toPlainString());
      DanishWords.words(text.substring(span[0], Math.min(text.length(), span[1] + 1)))
          .forEach(w -> own.add(w.lower()));
      List<Evidence.Term> around = aroundNumber(n, own);
      NumberSaid bestSame = null;
      NumberSaid bestRetracted = null;
      NumberSaid bestOther = null;
      double same = Double.NEGATIVE_INFINITY;
      double retracted = Double.NEGATIVE_INFINITY;
      double other = Double.NEGATIVE_INFINITY;
      double otherContext = 0;
      boolean ageNow =
          q.age() && !Ages.turnsBefore(text.substring(Math.max(0, n.start() - 40), n.start()));
      for (NumberSaid s : e.numbers) {
        if (ageNow && turnsLater(s)) {
          // "Borger er 66 år" is not said by "jeg fylder seksogtres til oktober".
          continue;
        }
        boolean equal = s.value().compareTo(n.value()) == 0;
        if (equal && !q.compatible(s.quantity())) {
          continue;
        }
        // Said of the same thing ("16 timer", "seksten timer om ugen") fits better than a bare
        // number.
        double score = fit(around, s.pos()) + (q.known() && q.sameAs(s.quantity()) ? 1 : 0);
        if (equal && !s.retracted()) {
          if (score > same) {
            same = score;
            bestSame = s;
          }
        } else if (equal) {
          if (score > retracted) {
            retracted = score;
            bestRetracted = s;
          }
        } else if (!s.retracted() && !s.ordinal() && q.known() && q.sameAs(s.quantity())) {
          if (score > other) {
            other = score;
            bestOther = s;
            otherContext = fit(around, s.pos());
          }
        }
      }
      int factEnd = span[0] + fact.length();
      if (bestRetracted != null
          && (bestSame == null || retracted > same + MARGIN)
          && correctionTold(span[0], factEnd)) {
        continue; // "rettede antallet fra 8 til 7": the value corrected, said as corrected
      }
      if (bestRetracted != null && (bestSame == null || retracted > same + MARGIN)) {
        String suggestion = null;
        if (bestRetracted.correction() != null) {
          List<SpokenNumber> c = DanishNumbers.find(bestRetracted.correction());
          if (!c.isEmpty() && c.get(0).stated()) {
            suggestion = fact.replace(numberText, DanishNumbers.format(c.get(0).value()));
          }
        }
        flag(FactKind.UNCORRECTED, span[0], factEnd, suggestion, "uncorrected", fact);
        continue;
      }
      String suggestion =
          bestOther == null
              ? null
              : fact.replace(numberText, DanishNumbers.format(bestOther.value()));
      if (bestSame == null && oneSaidAsAPronoun(n, numberText, around)) {
        continue;
      }
      if (bestSame == null) {
        String key =
            switch (kind) {
              case AMOUNT -> "amount.unsupported";
              case HOURS -> "hours.unsupported";
              default -> "number.unsupported";
            };
        flag(kind, span[0], factEnd, other >= MIN_FIT ? suggestion : null, key, fact, where());
      } else if (bestOther != null
          && otherContext >= MIN_FIT
          && other > same + MARGIN
          && !(scope.contains(bestSame.pos()) && !bestSame.quantity().known())
          // An age said as an age ("æ er enogtres nu") is the age, whatever else counts years.
          && !(q.age() && bestSame.quantity().age())
          && !perAnotherPeriod(q, bestSame, bestOther)
          && !namesTheOtherToo(n, bestOther, all)) {
        // A value said bare in a segment the sentence cites ("Du er otteoghalvtreds") is what the
        // sentence says with its unit ("58 år"), however well another value with that unit fits.
        String key =
            switch (kind) {
              case AMOUNT -> "amount.other";
              case HOURS -> "hours.other";
              default -> "number.other";
            };
        flag(kind, span[0], factEnd, suggestion, key, fact);
      }
    }
  }

  /**
   * Whether the value said of the same thing counts it as the sentence does, and the other value
   * counts it per another period: "Borger har søgt syv stillinger" where the citizen said "jeg har
   * søgt syv stillinger" and the caseworker "du søger én stilling om ugen". A total so far and a
   * number a week are two things.
   */
  private static boolean perAnotherPeriod(Quantity q, NumberSaid same, NumberSaid other) {
    return Objects.equals(q.rate(), same.quantity().rate())
        && !Objects.equals(q.rate(), other.quantity().rate());
  }

  /**
   * Whether the sentence names the other value too, as the value replaced: "ni timer om ugen i
   * stedet for de foreslåede ti", "nedsat fra tolv til ti timer". It does not contradict what it
   * names itself.
   */
  private static boolean namesTheOtherToo(
      SpokenNumber n, NumberSaid other, List<SpokenNumber> all) {
    return all.stream()
        .anyMatch(
            o ->
                o != n
                    && o.stated()
                    && o.form() != DanishNumbers.Form.ORDINAL
                    && o.value().compareTo(other.value()) == 0);
  }

  /** Whether a number said is the age a person turns later ("jeg fylder 66 til oktober"). */
  private boolean turnsLater(NumberSaid s) {
    String seg = e.segs.get(s.pos()).text();
    return Ages.turnsLater(
        seg.substring(Math.max(0, s.start() - 40), s.start()), seg.substring(s.end()));
  }

  /**
   * "heraf ét, der ..." where the speaker said "jeg sendte også en i går": one written as a word is
   * said by an "en" or "et" that speech does not tell from the article, in a segment that fits the
   * sentence's words around the number.
   */
  private boolean oneSaidAsAPronoun(SpokenNumber n, String numberText, List<Evidence.Term> around) {
    if (n.value().compareTo(BigDecimal.ONE) != 0 || !numberText.matches("(?iu)én|ét|en|et")) {
      return false;
    }
    for (Evidence.Seg seg : e.segs) {
      if (Math.max(fit(around, seg.pos()), fit(seg.pos())) >= MIN_FIT
          && seg.text()
              .toLowerCase(Locale.ROOT)
              .matches("(?s).*(?<![\\p{L}])(?:en|et|én|ét)(?![\\p{L}]).*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of the clause a number stands in, without the number and its unit ("i 8 år, heraf de
   * seneste 2 år hos Brightloop": Brightloop belongs to the 2); the sentence's when the clause has
   * none.
   */
  private List<Evidence.Term> aroundNumber(SpokenNumber n, Set<String> own) {
    return around(n.start(), own);
  }

  /** The words of the clause at a place of the sentence (see {@link #aroundNumber}). */
  private List<Evidence.Term> around(int place, Set<String> own) {
    List<int[]> clauses = Evidence.clauses(text);
    // A number standing after a comma ("i, hvad, 8 år nu") is in the gap before its clause's first
    // word: it belongs to the first clause that ends after it.
    int at = -1;
    for (int i = 0; i < clauses.size() && at < 0; i++) {
      if (place < clauses.get(i)[1]) {
        at = i;
      }
    }
    if (at < 0) {
      return terms.stream().filter(t -> !own.contains(t.word())).toList();
    }
    // The clause, and the clauses beside it that count nothing else ("mandag, onsdag og fredag").
    int from = at;
    int to = at;
    // Not past a clause that states something of its own ("at det endelige tilskud afhænger af
    // borgers løn" beside "i alt 27.900 kr.").
    while (from > 0 && !countsSomething(clauses.get(from - 1)) && !statesOwn(clauses.get(from))) {
      from--;
    }
    while (to + 1 < clauses.size()
        && !countsSomething(clauses.get(to + 1))
        && !statesOwn(clauses.get(to + 1))) {
      to++;
    }
    List<Evidence.Term> local =
        Evidence.terms(
                text.substring(clauses.get(from)[0], clauses.get(to)[1]),
                SentenceCheck::countsAsContent)
            .stream()
            .filter(t -> !own.contains(t.word()))
            .toList();
    return local.isEmpty() ? terms.stream().filter(t -> !own.contains(t.word())).toList() : local;
  }

  /** A clause that opens a statement of its own: "at ...", "og at ...", "fordi ...", "så ...". */
  private static final Pattern OWN_STATEMENT =
      Pattern.compile(
          "(?iu)[\\s,;–-]*(?:(?:og|men|eller)\\s+)?(?:at|fordi|da|så|hvis|når|selvom|mens)\\s");

  private boolean statesOwn(int[] clause) {
    return OWN_STATEMENT.matcher(text.substring(clause[0], clause[1])).lookingAt();
  }

  /** Whether a clause states a quantity of its own ("heraf de seneste 2 år"). */
  private boolean countsSomething(int[] clause) {
    String c = text.substring(clause[0], clause[1]);
    for (SpokenNumber o : DanishNumbers.find(c)) {
      if (o.stated() && Quantity.of(c, o.start(), o.end()).known()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A year near the conversation's ("i foråret 2025" in January 2026): people say "sidste år" or "i
   * foråret", and the note writes the year; a year further off must be said.
   */
  private boolean isNearYear(SpokenNumber n) {
    if (n.form() != DanishNumbers.Form.DIGITS || n.value().scale() > 0) {
      return false;
    }
    int y = n.value().intValue();
    return y >= 1900 && y <= 2100 && Math.abs(y - e.date.getYear()) <= 1;
  }

  /**
   * "11.200 kr. [...] og 16.700 kr., i alt 27.900 kr.": a total the note adds up from numbers of
   * the same unit in the sentence.
   */
  private boolean isSum(SpokenNumber n, List<SpokenNumber> all) {
    String before = text.substring(Math.max(0, n.start() - 25), n.start()).toLowerCase(Locale.ROOT);
    if (!before.matches(".*\\b(i alt|samlet|tilsammen|sammenlagt)\\b.*")) {
      return false;
    }
    Quantity q = Quantity.of(text, n.start(), n.end());
    BigDecimal sum = BigDecimal.ZERO;
    int parts = 0;
    for (SpokenNumber o : all) {
      if (o != n
          && o.stated()
          && o.form() != DanishNumbers.Form.ORDINAL
          && Quantity.of(text, o.start(), o.end()).sameAs(q)) {
        sum = sum.add(o.value());
        parts++;
      }
    }
    if (parts < 2) {
      return false;
    }
    BigDecimal slack = n.value().abs().multiply(new BigDecimal("0.01"));
    return sum.subtract(n.value()).abs().compareTo(slack) <= 0;
  }

  /** "3F", "SAG-2026", a CPR or telephone number: digits that are part of a code. */
  private boolean partOfCode(SpokenNumber n) {
    boolean letterAfter = n.end() < text.length() && Character.isLetter(text.charAt(n.end()));
    boolean joinedBefore =
        n.start() > 0
            && (Character.isLetter(text.charAt(n.start() - 1))
                || text.charAt(n.start() - 1) == '-'
                    && n.start() > 1
                    && Character.isLetterOrDigit(text.charAt(n.start() - 2)));
    return letterAfter || joinedBefore;
  }

  /** The number with its unit: "20 timer", "15.000 kr.", "kr. 13.500". */
  private int[] factSpan(SpokenNumber n, Quantity q) {
    int start = n.start();
    int end = n.end();
    if (q.unit() != null) {
      Matcher after = Pattern.compile("^\\s*-?\\s*[\\p{L}%]+\\.?").matcher(text.substring(end));
      String before = text.substring(0, start);
      Matcher currency = Pattern.compile("(?i)(kr\\.?|dkk)\\s*$").matcher(before);
      if ("AMOUNT".equals(q.unit()) && currency.find()) {
        start = currency.start();
      } else if (after.find()) {
        String unitText = after.group().strip();
        end += after.end();
        if (unitText.endsWith(".")
            && !unitText.equalsIgnoreCase("kr.")
            && !unitText.equalsIgnoreCase("t.")) {
          end--;
        }
      }
    }
    return new int[] {start, end};
  }

  // Names -----------------------------------------------------------------------------------

  private static final Pattern AKASSE =
      Pattern.compile("(?iu)(?<![\\p{L}])a-kass(?:e|en|er|erne|ens)(?![\\p{L}])");

  /**
   * An unemployment insurance fund in the note where the conversation had none: nobody mentioned
   * one and none took part.
   */
  private void akasse() {
    Matcher m = AKASSE.matcher(text);
    while (m.find()) {
      if (!Evidence.free(taken, m.start(), m.end())) {
        continue;
      }
      Evidence.mark(taken, m.start(), m.end());
      boolean mentioned =
          e.words.stream().anyMatch(w -> w.startsWith("a-kass"))
              || e.segs.stream().anyMatch(s -> "A_KASSE".equals(s.identity()))
              || e.participants.stream()
                  .anyMatch(p -> p.role() == dk.samtalenotat.conversation.ParticipantRole.A_KASSE);
      if (!mentioned) {
        flag(
            FactKind.ORGANISATION, m.start(), m.end(), null, "organisation.unsupported", m.group());
      }
    }
  }

  private void names() {
    Matcher m = CAPITALISED_WORD.matcher(text);
    List<int[]> group = new ArrayList<>();
    int lastEnd = -1;
    String last = null;
    List<List<int[]>> groups = new ArrayList<>();
    while (m.find()) {
      int s = m.start();
      String w = m.group();
      boolean candidate =
          Evidence.free(taken, s, m.end())
              && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
              && Roles.ofWord(w) == null
              && DanishDates.weekday(w).isEmpty()
              && DanishDates.month(w).isEmpty();
      boolean continues =
          candidate
              && lastEnd >= 0
              && (text.substring(lastEnd, s).matches("\\s+|\\s+(?:og|&)\\s+")
                  || abbreviationGoesOn(last, text.substring(lastEnd, s))
                  || text.substring(lastEnd, s).matches("\\s+(?:i|for|på|af)\\s+")
                      && !COMPANY_FORM.matcher(last).matches());
      if (!continues && !group.isEmpty()) {
        groups.add(group);
        group = new ArrayList<>();
      }
      if (candidate) {
        group.add(new int[] {s, m.end()});
        lastEnd = m.end();
        last = w;
      } else {
        lastEnd = -1;
      }
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    boolean title = line.kind() == NoteLine.Kind.TITLE;
    for (List<int[]> g : groups) {
      if (title && g.size() == 1 && startsSentence(g.get(0)[0])) {
        // A title's lone first word, or the first after its dash, names the conversation
        // ("Rundbordsmøde – ..."), not a person.
        continue;
      }
      // A lone capitalised word opening the sentence is a name only if no dictionary knows it,
      // nor reads it as a compound whose head was said ("Fleksløntilskuddet" where the
      // caseworker spoke of "tilskuddet"): the content check takes that word.
      while (!g.isEmpty()
          && startsSentence(g.get(0)[0])
          && g.size() == 1
          && (!DanishWords.looksLikeName(text.substring(g.get(0)[0], g.get(0)[1]))
              || compoundWithASaidHead(
                  text.substring(g.get(0)[0], g.get(0)[1]).toLowerCase(Locale.ROOT)))) {
        g = List.of();
      }
      if (g.isEmpty()) {
        continue;
      }
      if (startsSentence(g.get(0)[0])
          && g.size() > 1
          && !DanishWords.looksLikeName(text.substring(g.get(0)[0], g.get(0)[1]))
          && DanishWords.isDictionaryWord(
              text.substring(g.get(0)[0], g.get(0)[1]).toLowerCase(Locale.ROOT))) {
        g = g.subList(1, g.size());
      }
      checkName(g);
    }
  }

  private void checkName(List<int[]> g) {
    int start = g.get(0)[0];
    int end = g.get(g.size() - 1)[1];
    // "a-kassen Krifa", "firmaet Hansen": the word before says it is an organisation.
    Matcher prefix = ORGANISATION_BEFORE.matcher(text.substring(0, start));
    boolean organisationByPrefix = prefix.find();
    String between = text.substring(start, end);
    Evidence.mark(taken, start, end);
    // The words as written, "og" and "på" included; a company form is not said in speech, so the
    // name is compared without it ("Vestkyst Stål ApS" is "Vestkyst Stål").
    List<String> plain = new ArrayList<>();
    for (DanishWords.Word w : DanishWords.words(COMPANY_FORM.matcher(between).replaceAll(" "))) {
      if (!LEGAL_FORMS.contains(w.lower().replace(".", ""))) {
        plain.add(w.lower());
      }
    }
    if (plain.isEmpty()) {
      return;
    }
    boolean said;
    if (plain.size() == 1) {
      String w = plain.get(0);
      said = e.mentions(w) || e.registeredWords.contains(w) || writtenAsIs(between.strip());
      if (!said && w.contains("-")) {
        // "ADHD-udredning": each part said counts. A part in lower case after the hyphen makes
        // the word a common noun compound ("SFO-pladsen", "IT-kundskaber"): only its capitalised
        // part is a name, and the content words are checked for the rest.
        String written =
            DanishWords.words(between).stream()
                .map(DanishWords.Word::text)
                .filter(t -> t.toLowerCase(Locale.ROOT).equals(w))
                .findFirst()
                .orElse(w.toUpperCase(Locale.ROOT));
        said =
            List.of(written.split("-")).stream()
                .allMatch(
                    part ->
                        part.isEmpty()
                            || Character.isLowerCase(part.charAt(0))
                            || e.mentions(part.toLowerCase(Locale.ROOT))
                            || wordSaid(part.toLowerCase(Locale.ROOT)));
      }
    } else {
      List<String> phrase = new ArrayList<>(plain);
      said = e.saidAsPhrase(phrase);
      if (!said && phrase.get(phrase.size() - 1).endsWith("s")) {
        String last = phrase.remove(phrase.size() - 1);
        phrase.add(last.substring(0, last.length() - 1));
        said = e.saidAsPhrase(phrase);
      }
      if (!said) {
        said = e.registeredName(plain);
      }
      boolean linked = between.matches(".*\\s(i|på|af|for)\\s.*");
      if (!said && !linked && !looksLikeOrganisation(between)) {
        // A person's names said apart ("Jens Peder ... Holm") count when each is a name said.
        said = saidInOneSegment(plain);
      }
      if (!said && between.contains(" og ")) {
        // "Netto A/S og Bilka": two names.
        said =
            List.of(between.toLowerCase(Locale.ROOT).split("\\s+og\\s+")).stream()
                .allMatch(
                    part ->
                        e.saidAsPhrase(
                            DanishWords.words(part.replace("a/s", " ").replace("i/s", " ")).stream()
                                .map(DanishWords.Word::lower)
                                .filter(w -> !LEGAL_FORMS.contains(w.replace(".", "")))
                                .toList()));
      }
      if (!said && linked) {
        // "Børnehuset Solsikken på Kirkevej": the name and the place, each said.
        said =
            List.of(between.toLowerCase(Locale.ROOT).split("\\s+(?:i|på|af|for)\\s+")).stream()
                .allMatch(
                    part ->
                        e.saidAsPhrase(
                            DanishWords.words(part).stream()
                                .map(DanishWords.Word::lower)
                                .filter(w -> !LEGAL_FORMS.contains(w.replace(".", "")))
                                .toList()));
      }
    }
    FactKind kind =
        organisationByPrefix || looksLikeOrganisation(between)
            ? FactKind.ORGANISATION
            : FactKind.NAME;
    if (!said && organisationByPrefix) {
      start = prefix.start(1);
      between = text.substring(start, end);
    }
    if (!said) {
      String key = kind == FactKind.ORGANISATION ? "organisation.unsupported" : "name.unsupported";
      flag(kind, start, end, bestName(between), key, between);
      return;
    }
    Evidence.NameDenied denied = deniedName(plain);
    if (denied != null) {
      flag(FactKind.UNCORRECTED, start, end, denied.instead(), "uncorrected", between);
      return;
    }
    String saidForm = otherCompanyForm(between, plain);
    if (saidForm != null) {
      flag(FactKind.ORGANISATION, start, end, saidForm, "organisation.form", between);
    } else if (plain.size() > 1 && line.kind() == NoteLine.Kind.BODY) {
      // A title or the participants line names without saying anything about what is named.
      nameInOtherContext(kind, start, end, between, plain);
    }
  }

  /**
   * The denial of this name where the next speaker denied it and said another ("Din kontaktperson
   * er Henrik Mortensen" - "Nej, det passer ikke ... Henriette Mogensen"), unless the name is said
   * elsewhere; null when it was not denied.
   */
  private Evidence.NameDenied deniedName(List<String> plain) {
    String phrase = " " + String.join(" ", plain) + " ";
    for (Evidence.NameDenied d : e.namesDenied) {
      if (!d.denied().equals(plain)) {
        continue;
      }
      boolean saidElsewhere = false;
      for (Evidence.Seg s : e.segs) {
        saidElsewhere |= s.pos() != d.pos() && e.phrases.get(s.pos()).contains(phrase);
      }
      return saidElsewhere ? null : d;
    }
    return null;
  }

  /**
   * Whether a name the next speaker denied stood in this segment, and this name was said instead.
   */
  private boolean saidInsteadHere(String corePhrase, int pos) {
    return e.namesDenied.stream()
        .anyMatch(
            d ->
                d.pos() == pos
                    && (" " + d.instead().toLowerCase(Locale.ROOT) + " ").equals(corePhrase));
  }

  /**
   * The name with the company form the transcript says, where the note writes it with another
   * ("Bageriet A/S" where only "Bageriet ApS" was said): a company form tells companies apart in a
   * journal. Null when the note has no form, the transcript says the name with the note's form, or
   * with none.
   */
  private String otherCompanyForm(String name, List<String> plain) {
    Matcher written = COMPANY_FORM.matcher(name);
    if (!written.find()) {
      return null;
    }
    String form = companyForm(written.group());
    List<String> core = plain.stream().filter(w -> !w.isBlank()).toList();
    if (core.isEmpty()) {
      return null;
    }
    Pattern withForm =
        Pattern.compile(
            "(?<![\\p{L}\\d])"
                + core.stream().map(Pattern::quote).collect(Collectors.joining("\\s+"))
                + "\\s+("
                + COMPANY_FORM.pattern()
                + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String other = null;
    for (Evidence.Seg seg : e.segs) {
      Matcher m = withForm.matcher(seg.segment().text());
      while (m.find()) {
        if (companyForm(m.group(1)).equals(form)) {
          return null;
        }
        other = m.group();
      }
    }
    return other;
  }

  private static String companyForm(String written) {
    return written.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /**
   * A name said, but about something else: "Børnehuset Mælkebøtten" is the daughter's kindergarten
   * where the sentence is about the internship at "Børnehuset Solsikken". Flagged when a name of
   * the same kind (sharing its first word) fits what the sentence says around the name much better.
   */
  private void nameInOtherContext(
      FactKind kind, int start, int end, String name, List<String> words) {
    List<String> core = new ArrayList<>();
    for (String w : words) {
      if (Set.of("i", "på", "af", "for").contains(w)) {
        break;
      }
      core.add(w);
    }
    while (!core.isEmpty() && (core.get(core.size() - 1).equals("og"))) {
      core.remove(core.size() - 1);
    }
    if (core.size() < 2) {
      return;
    }
    Set<String> own = new HashSet<>(words);
    // The company form is the name's ("Tarmby Bageri ApS"), not a word of what is said about it:
    // every segment naming some company with it would fit.
    List<Evidence.Term> around =
        terms.stream()
            .filter(t -> !own.contains(t.word()) && !LEGAL_FORMS.contains(t.word()))
            .toList();
    String corePhrase = " " + String.join(" ", core) + " ";
    double same = 0;
    double other = 0;
    String alternative = null;
    boolean firm = kind == FactKind.ORGANISATION || looksLikeFirm(name);
    double otherFirm = 0;
    String firmInstead = null;
    for (Evidence.Seg s : e.segs) {
      double fit = fit(around, s.pos());
      if (e.phrases.get(s.pos()).contains(corePhrase)) {
        // "Min mand arbejder hos Brdr. Holm Gartneri." - "Vi har en praktik i kantinen hos Tarmby
        // Plast A/S.": what the next turn says is said of the firm it names, not of this one.
        boolean neighbourNamesAnother =
            firm
                && (namesAnotherFirm(s.pos() - 1, corePhrase)
                    || namesAnotherFirm(s.pos() + 1, corePhrase));
        same =
            Math.max(
                same,
                neighbourNamesAnother
                    ? e.scoreHere(around, s.pos()) + (scope.contains(s.pos()) ? CITED : 0)
                    : fit);
        if (followUpQuestion(s.text())) {
          // "Og det var på Tarmby Handelsskole?": the question names the place of what was just
          // told, so what the turns before it say is said of that name.
          for (int back = 1; back <= 2 && s.pos() - back >= 0; back++) {
            same = Math.max(same, fit(around, s.pos() - back));
          }
        }
      }
      for (String n : namesIn(s.text())) {
        List<String> nw = DanishWords.words(n).stream().map(DanishWords.Word::lower).toList();
        boolean another = nw.size() >= 2 && !namedHere(n) && neitherHolds(nw, corePhrase);
        if (firm
            && another
            && looksLikeFirm(n)
            && !PUBLIC_BODY.matcher(n).find()
            && fit > otherFirm) {
          otherFirm = fit;
          firmInstead = n;
        }
        // Alternatives share a common noun in its definite form, naming the kind of place
        // ("Børnehuset Solsikken", "Børnehuset Mælkebøtten"), not a town ("Skovby Kommune").
        if (another && nw.get(0).equals(core.get(0)) && namesAKind(core.get(0)) && fit > other) {
          other = fit;
          alternative = n;
        }
      }
    }
    if (alternative == null
        && firmInstead != null
        && same < NO_FIT
        && otherFirm >= MIN_FIT + MARGIN
        && around.stream().filter(t -> !t.word().startsWith("#")).count() >= 2) {
      // "virksomhedspraktik på Vestvejens Auto", where the conversation names Vestvejens Auto only
      // as the brother's garage and the internship at Bilhuset Kærgård: a firm said, but nowhere
      // near what the sentence says of it, where another firm is.
      int coreEnd = coreEnd(start, name, core);
      flag(kind, start, coreEnd, firmInstead, "name.other", text.substring(start, coreEnd));
      return;
    }
    if (alternative == null && kind == FactKind.NAME) {
      personInOtherContext(start, end, name, core, around);
      return;
    }
    if (alternative != null && other >= MIN_FIT && other > same + MARGIN) {
      // The flagged span is the name up to the place ("Børnehuset Mælkebøtten" of "... på
      // Kirkevej"), which the alternative replaces.
      int coreEnd = coreEnd(start, name, core);
      flag(kind, start, coreEnd, alternative, "name.other", text.substring(start, coreEnd));
    }
  }

  /** Whether a segment names a firm that is neither this name nor holds it. */
  private boolean namesAnotherFirm(int pos, String corePhrase) {
    if (pos < 0 || pos >= e.segs.size()) {
      return false;
    }
    for (String n : namesIn(e.segs.get(pos).text())) {
      List<String> nw = DanishWords.words(n).stream().map(DanishWords.Word::lower).toList();
      if (nw.size() >= 2
          && neitherHolds(nw, corePhrase)
          && looksLikeFirm(n)
          && !PUBLIC_BODY.matcher(n).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short question that asks about what was just told, by "det" or opening with "og" ("Og det var
   * hos Brødrene Lund?", "Var det på Nordby Skole?").
   */
  private static final Pattern FOLLOW_UP =
      Pattern.compile("(?iu)(?:^|[.!?]\\s+)(?:og\\s|(?:\\p{L}+\\s+){0,2}det\\s)[^.!?]*\\?\\s*$");

  /** At most this many words in a follow-up question's segment. */
  private static final int FOLLOW_UP_WORDS = 10;

  private static boolean followUpQuestion(String segment) {
    return DanishWords.words(segment).size() <= FOLLOW_UP_WORDS
        && FOLLOW_UP.matcher(segment.strip()).find();
  }

  /** Whether neither name holds the other: "Bilhuset Kærgård" and "Bilhuset Kærgård Syd" do. */
  private static boolean neitherHolds(List<String> words, String corePhrase) {
    String phrase = " " + String.join(" ", words) + " ";
    return !phrase.contains(corePhrase) && !corePhrase.contains(phrase);
  }

  /**
   * Where the name's core ends: the name up to its place ("Børnehuset Mælkebøtten" of "... på
   * Kirkevej").
   */
  private static int coreEnd(int start, String name, List<String> core) {
    List<DanishWords.Word> written = DanishWords.words(name);
    return start + written.get(Math.min(core.size(), written.size()) - 1).end();
  }

  /**
   * A person's name said, but of another role: "kontaktperson er lagerformand Ulrik Damsgaard"
   * where the conversation names someone else the contact person and Ulrik Damsgaard a colleague
   * who takes over. Flagged when another person's full name fits what the sentence says around the
   * name much better than every segment that says this one.
   */
  private void personInOtherContext(
      int start, int end, String name, List<String> core, List<Evidence.Term> around) {
    if (around.stream().filter(t -> !t.word().startsWith("#")).count() < 2
        || namesAKind(core.get(0))) {
      // "Lægehuset Strandvejen" opens with a common noun in its definite form: a place, which no
      // person's name replaces.
      return;
    }
    String corePhrase = " " + String.join(" ", core) + " ";
    // A registered participant is said by the first name too ("Rasmus finder holdstart"), and so
    // is one introduced by the full name where no one else has that first name ("snakkede med
    // Jesper Mølgaard, han er lagerchef" and later "ring til Jesper").
    String firstName = " " + core.get(0) + " ";
    boolean registered =
        core.size() > 1
            && (e.participants.stream()
                    .anyMatch(
                        p ->
                            p.name() != null
                                && (" " + p.name().strip().toLowerCase(Locale.ROOT) + " ")
                                    .contains(corePhrase))
                || introducedAlone(core));
    double same = 0;
    double other = 0;
    String alternative = null;
    for (Evidence.Seg s : e.segs) {
      double fit = fit(around, s.pos());
      String phrase = e.phrases.get(s.pos());
      if (phrase.contains(corePhrase)
          || registered && phrase.contains(firstName)
          || saidInsteadHere(corePhrase, s.pos())) {
        same = Math.max(same, fit);
        continue;
      }
      for (String n : namesIn(s.text())) {
        List<DanishWords.Word> nw = DanishWords.words(n);
        if (nw.size() == core.size()
            && !namedHere(n)
            && !namedHereByRole(n)
            && !looksLikeFirm(n)
            && fit > other) {
          other = fit;
          alternative = n;
        }
      }
    }
    if (alternative != null && other >= MIN_FIT && other > same + MARGIN) {
      flag(FactKind.NAME, start, end, alternative, "name.other", name);
    }
  }

  /**
   * Whether the conversation says this full name and no other full name with its first name: then
   * the first name alone is this person.
   */
  private boolean introducedAlone(List<String> core) {
    String corePhrase = " " + String.join(" ", core) + " ";
    boolean said = false;
    for (Evidence.Seg s : e.segs) {
      said |= e.phrases.get(s.pos()).contains(corePhrase);
      for (String n : namesIn(s.text())) {
        List<String> nw = DanishWords.words(n).stream().map(DanishWords.Word::lower).toList();
        if (nw.size() >= 2
            && nw.get(0).equals(core.get(0))
            && !(" " + String.join(" ", nw) + " ").equals(corePhrase)) {
          return false;
        }
      }
    }
    return said;
  }

  /**
   * Whether the sentence names this registered participant by the role: "ringer til både Jesper
   * Mølgaard og sagsbehandler" names the caseworker, who is then no other person for the name.
   */
  private boolean namedHereByRole(String name) {
    List<DanishWords.Word> nw = DanishWords.words(name);
    if (nw.isEmpty()) {
      return false;
    }
    String who = Roles.ofParticipantName(nw.get(nw.size() - 1).lower(), e.participants);
    return who != null && rolesOfText.contains(who);
  }

  /**
   * Whether the sentence itself names this too: "Nørreløkke Auto har tilbudt praktik med værkfører
   * Jesper Mølgaard som kontaktperson" names both, so the segment about the contact person, which
   * fits the sentence best, does not make Jesper Mølgaard the name the note should have written for
   * the company.
   */
  private boolean namedHere(String name) {
    List<String> words = DanishWords.words(name).stream().map(DanishWords.Word::lower).toList();
    return !words.isEmpty() && wordsOfText.contains(" " + String.join(" ", words) + " ");
  }

  private static final Pattern ORGANISATION_BEFORE =
      Pattern.compile(
          "(?iu)((?:a-kassen|fagforeningen|firmaet|virksomheden|regionen|region|foreningen)"
              + "\\s+)$");

  private static final Pattern ORGANISATION_WORDS =
      Pattern.compile(
          "(?i)\\b(aps|a/s|i/s|ivs|kommunen?|a-kasse\\w*|sygehus|hospital|\\w*skolen?|"
              + "gymnasium|børnehus\\w*|klinik\\w*|\\w*cent(?:er|ret|eret)|firma|fabrik|software"
              + "|service|team(?:et)?|afdeling(?:en)?|\\w*indsatsen|forvaltning(?:en)?)\\b");

  private static boolean namesAKind(String lower) {
    return (lower.endsWith("en") || lower.endsWith("et"))
        && DanishWords.wordClasses(lower).contains(DanishWords.WordClass.NOUN);
  }

  /** A fit of a sentence's words to a segment that is next to none: a word of little weight. */
  private static final double NO_FIT = 0.5;

  /**
   * The public bodies every conversation of this kind names, the caseworker's own among them: no
   * alternative to the workplace or school a sentence names.
   */
  private static final Pattern PUBLIC_BODY =
      Pattern.compile("(?iu)\\b(?:kommune|jobcenter|a-kasse|ydelseskontor|udbetaling danmark)");

  /**
   * A name of a firm or a place rather than a person: an organisation's word, a first word no
   * person has ("Bilhuset Kærgård"), or a last word that is a common noun of some length ("Krogholm
   * Maskinstation"; "Hanne Lund" and "Vestvejens Auto" keep a person's reading by the last word
   * alone, "Auto" by the first).
   */
  private static boolean looksLikeFirm(String name) {
    List<DanishWords.Word> words = DanishWords.words(name);
    if (words.isEmpty() || !DanishWords.dictionaryInstalled()) {
      return false;
    }
    String last = words.get(words.size() - 1).lower();
    return looksLikeOrganisation(name)
        || !DanishWords.looksLikeName(words.get(0).text())
        || last.length() >= 6 && DanishWords.wordClasses(last).contains(DanishWords.WordClass.NOUN);
  }

  private static boolean looksLikeOrganisation(String name) {
    return ORGANISATION_WORDS.matcher(name).find() || name.matches(".*\\b\\p{Lu}{2,}\\b.*");
  }

  /**
   * Whether every part of a person's name is said with a capital within one segment or two adjacent
   * ones ("Jens Peder, [...] Holm"); parts said of different people do not make a name.
   */
  private boolean saidInOneSegment(List<String> parts) {
    for (int p = 0; p < e.segs.size(); p++) {
      Set<String> capitalised = new HashSet<>();
      for (int q = p; q <= Math.min(p + 1, e.segs.size() - 1); q++) {
        for (DanishWords.Word w : DanishWords.words(e.segs.get(q).text())) {
          if (Character.isUpperCase(w.text().charAt(0))) {
            capitalised.add(w.lower());
          }
        }
      }
      if (capitalised.containsAll(parts)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the transcript has the name exactly as the sentence writes it, capitals included, as a
   * word or the part of one after a hyphen ("Boks" in "e-Boks").
   */
  private boolean writtenAsIs(String name) {
    if (name.isEmpty()) {
      return false;
    }
    Pattern asIs = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])");
    return e.segs.stream().anyMatch(s -> asIs.matcher(s.text()).find());
  }

  /** Whether a word is said with a capital somewhere, as a name is. */
  private boolean capitalisedInTranscript(String lowerCaseWord) {
    for (Evidence.Seg s : e.segs) {
      for (DanishWords.Word w : DanishWords.words(s.text())) {
        if (w.lower().equals(lowerCaseWord) && Character.isUpperCase(w.text().charAt(0))) {
          return true;
        }
      }
    }
    return e.registeredWords.contains(lowerCaseWord);
  }

  /** The name said where the transcript is most about what the sentence is about. */
  private String bestName(String flagged) {
    boolean organisation = looksLikeOrganisation(flagged);
    String best = null;
    double bestScore = MIN_FIT;
    for (Evidence.Seg s : e.segs) {
      for (String name : namesIn(s.text())) {
        if (looksLikeOrganisation(name) != organisation && !sharesWord(name, flagged)) {
          continue;
        }
        double score = fit(s.pos()) + (sharesWord(name, flagged) ? 1 : 0);
        if (score > bestScore) {
          best = name;
          bestScore = score;
        }
      }
    }
    if (best == null && !organisation) {
      for (DraftParticipant p : e.participants) {
        if (p.name() != null && p.name().contains(" ") && sharesWord(p.name(), flagged)) {
          return p.name();
        }
      }
    }
    return best;
  }

  private static boolean sharesWord(String a, String b) {
    Set<String> wa = new HashSet<>();
    DanishWords.words(a).forEach(w -> wa.add(w.lower()));
    return DanishWords.words(b).stream().anyMatch(w -> wa.contains(w.lower()));
  }

  /**
   * Abbreviations that open a firm's or a place's name ("Brdr. Holm Maskinfabrik", "Chr. Jensens
   * Vognmandsforretning", "Skt. Clemens Skole"): their full stop ends no sentence.
   */
  private static final Set<String> NAME_ABBREVIATIONS = Set.of("brdr", "chr", "skt", "sct");

  /** Whether a name goes on after an abbreviation's full stop: "Brdr. Holm". */
  private static boolean abbreviationGoesOn(String previous, String between) {
    return previous != null
        && NAME_ABBREVIATIONS.contains(previous.toLowerCase(Locale.ROOT))
        && between.matches("\\.\\s+");
  }

  /** Capitalised word groups of a transcript segment that are not sentence openers alone. */
  private static List<String> namesIn(String segment) {
    List<String> names = new ArrayList<>();
    Matcher m = CAPITALISED_WORD.matcher(segment);
    int groupStart = -1;
    int groupEnd = -1;
    int lastStart = -1;
    int words = 0;
    while (true) {
      boolean found = m.find();
      boolean continues =
          found
              && groupEnd >= 0
              && (segment.substring(groupEnd, m.start()).matches("\\s+|\\s+(?:og|&)\\s+")
                  || abbreviationGoesOn(
                      segment.substring(lastStart, groupEnd),
                      segment.substring(groupEnd, m.start())));
      if (!continues && groupStart >= 0) {
        String name = segment.substring(groupStart, groupEnd);
        boolean opener = words == 1 && startsSentenceIn(segment, groupStart);
        if (words > 1 && startsSentenceIn(segment, groupStart)) {
          // "Og Rasmus, du ...", "Ved Brdr. Kjær ...": a sentence's first word that is a common
          // word is no part of the name after it, as names() has it for the note.
          String first = DanishWords.words(name).get(0).text();
          if (!DanishWords.looksLikeName(first)
              && DanishWords.isDictionaryWord(first.toLowerCase(Locale.ROOT))) {
            name = name.substring(DanishWords.words(name).get(1).start());
          }
        }
        if (!opener
            && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
            && Roles.ofWord(name) == null) {
          names.add(name);
        }
        groupStart = -1;
        groupEnd = -1;
        words = 0;
      }
      if (!found) {
        return names;
      }
      if (groupStart < 0) {
        groupStart = m.start();
      }
      lastStart = m.start();
      groupEnd = m.end();
      words++;
    }
  }

  private boolean startsSentence(int at) {
    return startsSentenceIn(text, at);
  }

  private static boolean startsSentenceIn(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c)) {
        return ".!?:;\"„“«»(–".indexOf(c) >= 0;
      }
    }
    return true;
  }

  // Statements ------------------------------------------------------------------------------

  /**
   * Content words nobody said: two or more, a noun among them, make the sentence's content
   * invented. One may be a note's own word for what was said; a noun is what is invented.
   */
  private void invented() {
    List<String> missing = new ArrayList<>();
    boolean noun = false;
    boolean specific = false;
    int content = 0;
    List<int[]> clauses = Evidence.clauses(text);
    int[] contentIn = new int[clauses.size()];
    int[] missingIn = new int[clauses.size()];
    for (DanishWords.Word w : DanishWords.contentWords(text)) {
      String lower = w.lower();
      if (!Evidence.free(taken, w.start(), w.end())
          || introducesWithPreposition(clauses.get(clauseOf(clauses, w.start())))
          || lower.length() < 3
          || !countsAsContent(lower)
          || inList(lower, FRAMING_WORDS, FRAMING_KEYS)
          || YesOrNo.isDecisionVerb(lower)
          || Character.isUpperCase(w.text().charAt(0)) && !startsSentence(w.start())
          // An adverb or particle ("heriblandt", "ifølge") is the note's wording, not content.
          || DanishWords.isAdverb(lower)) {
        continue;
      }
      content++;
      int clause = clauseOf(clauses, w.start());
      contentIn[clause]++;
      if (!wordSaid(lower)) {
        missing.add(w.text());
        missingIn[clause]++;
        Set<DanishWords.WordClass> classes = DanishWords.wordClasses(lower);
        boolean isNoun = classes.isEmpty() || classes.contains(DanishWords.WordClass.NOUN);
        noun |= isNoun;
        specific |= isNoun && isCompound(lower) && !firstPartSaid(lower);
      }
    }
    // Two words nobody said, a noun among them; or a sentence whose one content word besides
    // what was said is a specific noun ("er i gang med at tage kørekort").
    boolean invented =
        missing.size() >= INVENTED_WORDS && noun || missing.size() == 1 && specific && content <= 2;
    // What is invented makes up a clause: at least half its content words. Two words of a
    // caseworker's own in a long clause otherwise said ("ophold i udlandet under sygdom skal søges
    // skriftligt") are a paraphrase.
    // Words unsaid in different clauses ("primært som cykelmekaniker, men også lagerarbejde")
    // are a note's wording of what was said, each in its place.
    boolean dominates = false;
    int together = Math.min(INVENTED_WORDS, missing.size());
    for (int c = 0; c < clauses.size(); c++) {
      dominates |= missingIn[c] >= together && 2 * missingIn[c] >= contentIn[c];
    }
    if (invented && dominates) {
      flag(FactKind.INVENTED, -1, -1, null, "invented", String.join(", ", missing));
    }
  }

  /** A clause ending in a preposition that governs the at-clause after it ("..., på, at"). */
  private static final Pattern PREPOSITION_BEFORE_AT =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:på|for|til|om|i|af|med|over|ved)\\s*$");

  private static final Pattern AT_CLAUSE_FOLLOWS = Pattern.compile("(?iu)^\\s*,\\s*at\\s");

  /**
   * Whether a clause only introduces the at-clause its preposition governs ("Arbejdsgiveren satte
   * fokus på, at ...", "gav udtryk for, at ..."): the verb and noun before it are the note's way of
   * saying how something was said, and what was said stands in the at-clause, which is checked.
   */
  private boolean introducesWithPreposition(int[] clause) {
    return PREPOSITION_BEFORE_AT.matcher(text.substring(clause[0], clause[1])).find()
        && AT_CLAUSE_FOLLOWS.matcher(text.substring(clause[1])).find();
  }

  private static int clauseOf(List<int[]> clauses, int at) {
    for (int c = 0; c < clauses.size(); c++) {
      if (at < clauses.get(c)[1]) {
        return c;
      }
    }
    return clauses.size() - 1;
  }

  /**
   * A compound noun ("kørekort", "fritidsjob"): a dictionary word made of two that the dictionary
   * knows, the last a noun. Such a word names something specific; without a dictionary, none is.
   */
  private static boolean isCompound(String lower) {
    if (!DanishWords.dictionaryInstalled() || !DanishWords.isDictionaryWord(lower)) {
      return false;
    }
    for (int cut = 4; cut <= lower.length() - 3; cut++) {
      String left = lower.substring(0, cut);
      String right = lower.substring(cut);
      boolean leftWord =
          DanishWords.isDictionaryWord(left)
              || (left.endsWith("s") || left.endsWith("e"))
                  && DanishWords.isDictionaryWord(left.substring(0, left.length() - 1));
      if (leftWord
          && DanishWords.isDictionaryWord(right)
          && DanishWords.wordClasses(right).contains(DanishWords.WordClass.NOUN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word the dictionary does not know ends in a noun it knows, of four letters or more,
   * after a part of three or more ("fleks" + "løntilskuddet"), and that noun was said: a compound
   * of the note's own making about what was talked of, not a name.
   */
  private boolean compoundWithASaidHead(String lower) {
    if (!DanishWords.dictionaryInstalled()) {
      return false;
    }
    for (int cut = 3; cut <= lower.length() - 4; cut++) {
      String head = lower.substring(cut);
      if (DanishWords.isDictionaryWord(head)
          && DanishWords.wordClasses(head).contains(DanishWords.WordClass.NOUN)
          && wordSaid(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first part of a compound is said ("ejer" of "ejerparret", where the employer said
   * "det er mig og min mand, der ejer den"): the compound is then the note's name for something
   * talked of, not a thing nobody mentioned.
   */
  private boolean firstPartSaid(String lower) {
    for (int cut = 3; cut <= lower.length() - 3; cut++) {
      String left = lower.substring(0, cut);
      if (DanishWords.isDictionaryWord(lower.substring(cut)) && partSaid(left)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a draft word is said: one of its keys, a compound whose parts are said ("lager" and
   * "job" for "lagerjob"), or a word sharing its first six letters (derivations).
   */
  private boolean wordSaid(String lower) {
    for (String k : DanishWords.keys(lower)) {
      if (e.said(k)) {
        return true;
      }
    }
    // "uændret" is said by "ændrer vi ikke": the word a negating prefix is put before.
    String unprefixed = DanishWords.withoutNegatingPrefix(lower);
    if (unprefixed != null && wordSaid(unprefixed)) {
      return true;
    }
    String stem = DanishWords.stem(lower);
    for (String suffix : DERIVATIONS) {
      // "udredning" from "udrede", "afklaring" from "afklare".
      if (stem.endsWith(suffix)
          && stem.length() - suffix.length() >= shortestStem(suffix)
          && e.keys.contains(stem.substring(0, stem.length() - suffix.length()))) {
        return true;
      }
    }
    // "ansøgning" from "søge", "bevilling" from "ville": the verb with an unstressed prefix.
    for (String prefix : UNSTRESSED_PREFIXES) {
      for (String form : derivedFrom(stem)) {
        if (form.startsWith(prefix)
            && form.length() - prefix.length() >= 3
            && e.keys.contains(form.substring(prefix.length()))) {
          return true;
        }
      }
    }
    if (stem.length() >= 6) {
      String prefix = stem.substring(0, 6);
      for (String k : e.keys) {
        if (k.startsWith(prefix)) {
          return true;
        }
      }
    }
    for (int cut = 3; cut <= lower.length() - 3; cut++) {
      String left = lower.substring(0, cut);
      String right = lower.substring(cut);
      if (partSaid(right)
          && (partSaid(left)
              || (left.endsWith("s") || left.endsWith("e"))
                  && partSaid(left.substring(0, left.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unstressed prefixes Danish derives verbs with ("ansøge", "betale", "erkende", "forklare").
   */
  private static final List<String> UNSTRESSED_PREFIXES = List.of("an", "be", "er", "for");

  /** A stem and the stem it is derived from by a noun ending ("ansøgning", "ansøg"). */
  private static List<String> derivedFrom(String stem) {
    List<String> forms = new ArrayList<>(List.of(stem));
    for (String suffix : DERIVATIONS) {
      if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 4) {
        forms.add(stem.substring(0, stem.length() - suffix.length()));
      }
    }
    return forms;
  }

  private boolean partSaid(String part) {
    if (part.length() < 3) {
      return false;
    }
    for (String k : DanishWords.keys(part)) {
      if (e.keys.contains(k)) {
        return true;
      }
    }
    for (String k : e.keys) {
      if (k.startsWith(part) && part.length() >= 4) {
        return true;
      }
    }
    // "ordreplukning" from "plukket ordrer", "truckkørsel" from "kørt truck": a part that is a
    // noun made of a verb said.
    for (String suffix : PART_DERIVATIONS) {
      if (part.endsWith(suffix)
          && part.length() - suffix.length() >= 3
          && e.keys.contains(part.substring(0, part.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The noun endings a part of a compound is made with from a verb ("plukning", "kørsel"). */
  private static final List<String> PART_DERIVATIONS = List.of("ning", "ing", "sel");

  /**
   * A clause whose polarity is the opposite of the transcript statement it fits best, where the
   * sentence as a whole is about what that statement's segment is about.
   */
  private void negation() {
    if (Evidence.MISTAKEN.matcher(text).find()) {
      // "Tolken oplyste, at borger har forstået praktik som et almindeligt arbejde med løn":
      // a belief reported asserts neither what was believed nor its opposite.
      return;
    }
    String before = "";
    boolean aboutLaterDay =
        sentence.section() == NoteSection.AFTALER
            || sentence.section() == NoteSection.NAESTE_SKRIDT
            || DanishDates.findDates(text, e.date).stream().anyMatch(d -> isAfter(d, e.date));
    List<int[]> clauses = Evidence.clauses(text);
    List<Map<Evidence.Term, Boolean>> polarities =
        Evidence.polarityOfClauses(text, clauses, SentenceCheck::countsAsContent);
    // "takkede nej til en mentor": in a yes or no to an offer, a person's role is what was offered.
    List<Map<Evidence.Term, Boolean>> offered =
        YesOrNo.writesADecision(text)
            ? Evidence.polarityOfClauses(text, clauses, w -> !inList(w, NOTE_WORDS, NOTE_KEYS))
            : polarities;
    for (int k = 0; k < clauses.size(); k++) {
      int[] clause = clauses.get(k);
      String c = text.substring(clause[0], clause[1]);
      String previous = before;
      before = c;
      // "ikke noget med helbredet, der spiller ind": a relative clause under a negated one asserts
      // nothing either way.
      if (RELATIVE_OPENING.matcher(c).lookingAt()
          && DanishWords.words(previous).stream()
              .anyMatch(w -> DanishWords.isNegation(w.lower()))) {
        continue;
      }
      // "..., indtil tilskuddet er godkendt": a clause of time says when, not whether.
      if (TEMPORAL_OPENING.matcher(c).lookingAt()
          || AVOIDING_OPENING.matcher(c).lookingAt()
              && (aboutLaterDay || PLANNED.matcher(text.substring(0, clause[0])).find())) {
        continue;
      }
      // "Borger takkede ja til træningsforløbet": only someone's yes or no says whether an offer
      // was taken; the offer itself ("vi har et træningsforløb") says neither.
      boolean decision = YesOrNo.writesADecision(c);
      // "Borger blev tilbudt en mentor": that an offer was made is not what the answer to it says.
      // "..., da hans far hjælper ham": nor is the reason given for the answer.
      boolean notWhatTheAnswerSays =
          !decision && (OFFER_MADE.matcher(c).find() || REASON_OPENING.matcher(c).lookingAt());
      Map<Evidence.Term, Boolean> draft = (decision ? offered : polarities).get(k);
      if (decision && k > 0) {
        draft = withTheOfferBefore(c, draft, offered.get(k - 1));
      }
      if (draft.isEmpty()) {
        continue;
      }
      // "Delvis raskmelding blev drøftet": that something was talked about is said by any talk of
      // it, also "vi aftaler ikke noget om delvis raskmelding i dag".
      if (DISCUSSED.matcher(c).find() && !draft.containsValue(true)) {
        continue;
      }
      if (draft.containsValue(true) && saidOfItByAPronoun(c)) {
        continue;
      }
      double bestSame = 0;
      double bestOpposite = 0;
      Statement opposite = null;
      boolean oppositeSameWord = false;
      boolean clauseNow = Evidence.placedNow(c);
      boolean clauseLater = e.placedLater(c);
      boolean afterToday = !Evidence.placedToday(c) && (clauseLater || aboutLaterDay);
      boolean stillToCome = NOT_YET.matcher(c).find();
      for (Statement st : e.statements) {
        if (st.question()
            || !near(st.pos())
            || afterToday && aboutEarlierDay(st)
            || decision && !st.decides()
            || notWhatTheAnswerSays && st.decides()) {
          continue;
        }
        // "Jeg godkender ikke tilskuddet i dag" against "et møde den 10. marts, hvor tilskuddet
        // godkendes": a no for today leaves the later day open.
        boolean openLater = afterToday && Evidence.placedNow(st.text());
        // "Kørestolen blev ikke bevilget" against "vi bevilger den senere", "ikke bevilget i dag"
        // against "visitationen bevilger den": not yet is not the opposite of later.
        // "Beløbet er endnu ikke beregnet" against "det bliver beregnet ud fra indtægten": what
        // is still to come is not yet done.
        boolean notYet =
            clauseNow && !Evidence.placedNow(st.text())
                || !clauseLater && e.placedLater(st)
                || stillToCome && TO_COME.matcher(st.text()).find();
        double agree = 0;
        double disagree = 0;
        double topic = 0;
        boolean noun = false;
        for (Map.Entry<Evidence.Term, Boolean> t : draft.entrySet()) {
          Boolean said = polarityIn(t.getKey(), st);
          if (said != null && t.getKey().subject()) {
            // "Praktikken blev ikke ændret": the statement is about the internship; whether it
            // says the opposite is for the rest of the clause to tell.
            topic += e.weight(t.getKey(), st.negated().keySet());
            continue;
          }
          // "Det blev besluttet" against "så træffer vi afgørelsen bagefter": what is to be done
          // later neither denies nor supports that it is done.
          if (said == null
              || notYet && t.getValue() && !said
              || notYet && !clauseNow && !t.getValue() && !said
              || openLater && !t.getValue() && said) {
            continue;
          }
          double w = e.weight(t.getKey(), st.negated().keySet());
          if (said.equals(t.getValue())) {
            agree += w;
          } else {
            disagree += w;
            // The same word, not only a lemma in common ("brugt" and "brug for").
            String stem = DanishWords.stem(t.getKey().word());
            String[] parts = e.partsSaid(stem);
            noun |=
                st.negated().containsKey(stem)
                    || parts != null && st.negated().containsKey(parts[1]);
          }
        }
        double score = agree + disagree + topic;
        if (disagree > agree) {
          if (score > bestOpposite && !st.supportOnly()) {
            bestOpposite = score;
            opposite = st;
            oppositeSameWord = noun;
          }
        } else {
          bestSame = Math.max(bestSame, score);
        }
      }
      if (opposite != null
          && oppositeSameWord
          && bestOpposite >= MIN_FIT
          && bestOpposite > bestSame + MARGIN
          && fits(opposite)) {
        flag(FactKind.NEGATION, clause[0], clause[1], null, "negation", c.strip());
        return;
      }
    }
  }

  /**
   * "Sagsbehandler lovede en fast stilling efter forløbet" where the caseworker answered "Får jeg
   * en fast stilling?" with "Det kan jeg ikke love": a promise the note says was given, of what a
   * bare refusal in the cited talk refused. The refusal alone is a "not" with one word; with the
   * question it answers it says what was not promised.
   */
  private void promiseRefused() {
    if (e.refusedPromises.isEmpty()
        || flags.stream().anyMatch(f -> f.kind() == FactKind.NEGATION)) {
      return;
    }
    Map<Evidence.Term, Boolean> terms =
        Evidence.polarityOfTerms(text, SentenceCheck::countsAsContent);
    boolean promised =
        terms.entrySet().stream()
            .anyMatch(t -> !t.getValue() && YesOrNo.isPromise(t.getKey().word()));
    if (!promised) {
      return;
    }
    for (Evidence.RefusedPromise r : e.refusedPromises) {
      if (!near(r.pos())) {
        continue;
      }
      double fit = 0;
      for (Evidence.Term t : terms.keySet()) {
        if (!YesOrNo.isPromise(t.word())) {
          fit += e.weight(t, r.asked());
        }
      }
      if (fit >= MIN_FIT) {
        String who = text("speaker." + e.segs.get(r.pos()).speaker());
        flag(FactKind.NEGATION, -1, -1, null, "negation.promise", text.strip(), who, r.refusal());
        return;
      }
    }
  }

  /** A decision made, as a note writes it: "bevilget", "godkendte", "besluttet", "visiteret". */
  private static final Pattern DECIDED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:bevilget|bevilgede|godkendt|godkendte|besluttet|besluttede"
              + "|afgjort|afgjorde|tilkendt|tilkendte|visiteret|visiterede|tildelt|tildelte)"
              + "(?![\\p{L}])");

  /**
   * "Kurset blev bevilget på mødet" where the caseworker said "vi træffer ikke afgørelse om kurset
   * i dag", "Det blev besluttet, at borger visiteres på ny" against "vi tager ikke stilling til en
   * ny visitation nu": a decision the note says was made, about what the talk said no decision was
   * made on. What the decision was about is the topic of the refusal's segment (the "om" of
   * "afgørelse om kurset" is neither said nor denied, so the statement itself does not hold it). A
   * decision the talk makes after all ("så bevilger jeg det") stands.
   */
  private void decisionNotMade() {
    if (flags.stream().anyMatch(f -> f.kind() == FactKind.NEGATION)) {
      return;
    }
    for (int[] clause : Evidence.clauses(text)) {
      // "Det blev besluttet, at borger visiteres på ny": what was decided is in the clauses after.
      String c = text.substring(clause[0]);
      String made = text.substring(clause[0], clause[1]);
      if (!DECIDED.matcher(made).find()
          || e.placedLater(made)
          || DanishDates.findDates(c, e.date).stream().anyMatch(d -> isAfter(d, e.date))) {
        continue;
      }
      Map<Evidence.Term, Boolean> terms =
          Evidence.polarityOfTerms(c, SentenceCheck::countsAsContent);
      if (terms.entrySet().stream()
          .anyMatch(t -> t.getValue() && DECIDED.matcher(t.getKey().word()).matches())) {
        continue; // "blev ikke bevilget" says no decision too
      }
      List<Evidence.Term> what =
          terms.keySet().stream()
              .filter(t -> !DECIDED.matcher(t.word()).matches() && !t.word().startsWith("#"))
              .toList();
      Statement refusal = null;
      double bestRefused = 0;
      double bestMade = 0;
      for (Statement st : e.statements) {
        if (st.question() || !near(st.pos())) {
          continue;
        }
        Boolean decision = decisionIn(st);
        if (decision == null) {
          continue;
        }
        Set<String> topic = new HashSet<>(e.segs.get(st.pos()).keys());
        if (st.pos() > 0) {
          // "Det er ikke noget, vi beslutter i dag": the "det" is what was just said.
          topic.addAll(e.segs.get(st.pos() - 1).keys());
        }
        double fit = 0;
        for (Evidence.Term t : what) {
          fit += e.weight(t, topic);
        }
        if (decision) {
          if (fit > bestRefused) {
            bestRefused = fit;
            refusal = st;
          }
        } else {
          bestMade = Math.max(bestMade, fit);
        }
      }
      if (refusal != null && bestRefused >= MIN_FIT && bestRefused > bestMade + MARGIN) {
        String who = text("speaker." + refusal.speaker());
        flag(
            FactKind.NEGATION,
            clause[0],
            text.length(),
            null,
            "negation.decision",
            c.strip(),
            who,
            refusal.text().strip());
        return;
      }
    }
  }

  /**
   * Whether a statement says no decision is made (true: "vi træffer ikke afgørelse", "det beslutter
   * vi ikke i dag", "vi tager ikke stilling til det nu"), that one is (false: "så bevilger jeg
   * kurset"), or neither (null).
   */
  private static Boolean decisionIn(Statement st) {
    Boolean decision = st.negated().get("=" + Evidence.DECISION);
    Boolean position = st.negated().get("stilling");
    if (position != null && st.negated().containsKey("tag")) {
      decision = decision == null ? position : decision || position;
    }
    if (decision == null && MADE.matcher(st.text()).find()) {
      return false;
    }
    return decision;
  }

  /**
   * A decision made in the talk: "jeg bevilger kurset", "så bevilger jeg kurset", "praktikken er
   * godkendt".
   */
  private static final Pattern MADE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:(?:jeg|vi) (?:bevilger|godkender|bevilgede|godkendte)"
              + "|(?:bevilger|godkender|bevilgede|godkendte) (?:jeg|vi)"
              + "|(?:er|blev|bliver) (?:hermed )?(?:bevilget|godkendt))(?![\\p{L}])");

  /**
   * Whether the sentence as a whole is about what a statement is about: its segment and the ones
   * beside it, or the statement itself. A short answer ("Nej, jeg tror ikke, jeg har brug for en
   * mentor") says little of its own; with the question it answers it is one statement, and the
   * question's words are what the sentence shares with it.
   */
  private boolean fits(Statement st) {
    return e.score(terms, st.pos()) >= MIN_FIT || e.score(terms, st) >= MIN_FIT;
  }

  /**
   * Whether a statement about what the sentence is about denies the clause's verb of a pronoun:
   * "Jeg har været til én samtale hos et forsyningsselskab, men fik den ikke" says "fik ikke
   * stillingen" of the job by "den", which names no word of the clause to compare.
   */
  private boolean saidOfItByAPronoun(String clause) {
    Set<String> verbs = new HashSet<>();
    for (DanishWords.Word w : DanishWords.words(clause)) {
      // The clause's verbs only: "men det er ikke" has no verb of "men fik ikke stillingen".
      if (SpokenDanish.isCommonFiniteVerb(w.lower())
          || !DanishWords.isStopWord(w.lower())
              && DanishWords.wordClasses(w.lower()).contains(DanishWords.WordClass.VERB)) {
        verbs.add(w.lower());
      }
    }
    for (Statement st : e.statements) {
      if (st.question() || !near(st.pos()) || e.score(terms, st) < MIN_FIT) {
        continue;
      }
      Matcher m = DENIED_OF_A_PRONOUN.matcher(st.text());
      while (m.find()) {
        if (verbs.contains(m.group(1).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verb, a pronoun and "ikke": "fik den ikke", "bestod det ikke", "tog dem ikke". */
  private static final Pattern DENIED_OF_A_PRONOUN =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(\\p{L}{2,})\\s+(?:den|det|dem|ham|hende)\\s+(?:\\p{L}+\\s+)?(?:ikke|itj)"
              + "(?![\\p{L}])");

  /** Words by which a yes or no names the offer it answers without saying what it was. */
  private static final Set<String> THE_OFFER = Set.of("tilbud", "forslag", "tilbuddet");

  /**
   * "..., og han tog imod tilbuddet": a yes or no to "the offer" says it of what the clause before
   * offered ("tilbudt at deltage i jobcaféen på biblioteket"), with the yes or no's polarity.
   */
  private static Map<Evidence.Term, Boolean> withTheOfferBefore(
      String clause, Map<Evidence.Term, Boolean> answer, Map<Evidence.Term, Boolean> before) {
    // "..., men han takkede nej": no object, the yes or no alone.
    Boolean polarity = YesOrNo.writtenDecisionSaysNo(clause);
    for (Map.Entry<Evidence.Term, Boolean> t : answer.entrySet()) {
      if (t.getKey().keys().stream().anyMatch(THE_OFFER::contains)
          || headOfACompoundIn(t.getKey(), before)) {
        polarity = t.getValue();
      } else if (!YesOrNo.isWordOfADecision(t.getKey().word())) {
        return answer; // the clause names what it answers itself
      }
    }
    if (before.isEmpty()) {
      return answer;
    }
    Map<Evidence.Term, Boolean> merged = new java.util.LinkedHashMap<>(answer);
    for (Evidence.Term t : before.keySet()) {
      if (!OFFER_MADE.matcher(t.word()).find()) {
        merged.put(t, polarity);
      }
    }
    return merged;
  }

  /**
   * "tilbudt et stresshåndteringsforløb, og borger takkede ja til forløbet": "forløbet" is the last
   * part of a compound the clause before named, and names the same thing.
   */
  private static boolean headOfACompoundIn(Evidence.Term term, Map<Evidence.Term, Boolean> before) {
    String head = DanishWords.stem(term.word());
    return head.length() >= 4
        && before.keySet().stream()
            .map(b -> DanishWords.stem(b.word()))
            .anyMatch(b -> b.length() > head.length() + 2 && b.endsWith(head));
  }

  /** A clause saying that something was talked about. */
  private static final Pattern DISCUSSED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:drøftet|drøftede|diskuteret|diskuterede|gennemgået|gennemgik"
              + "|berørt|berørte|talt\\s+om|talte\\s+om"
              + "|spurgte\\s+(?:ind\\s+)?til|spurgt\\s+(?:ind\\s+)?til|spørger\\s+(?:ind\\s+)?til"
              + "|nævnte|nævnt)(?![\\p{L}])");

  /** A clause saying that something was offered or proposed, not whether it was taken. */
  private static final Pattern OFFER_MADE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:tilbudt|tilbød|tilbyder|foreslog|foreslået)(?![\\p{L}])");

  /** A clause of reason ("..., da hans far hjælper ham", "fordi ..."). */
  private static final Pattern REASON_OPENING =
      Pattern.compile("(?iu)[\\s,;–-]*(?:og\\s+|men\\s+)?(?:da|fordi|idet|eftersom)\\s");

  private static final Pattern RELATIVE_OPENING = Pattern.compile("(?iu)[\\s,;–-]*(der|som)\\s");

  /**
   * A clause of time: what it names is presupposed or to come, not stated as so or not so. "før"
   * only before a subject ("før der træffes en afgørelse"), as it is an adverb as often.
   */
  private static final Pattern TEMPORAL_OPENING =
      Pattern.compile(
          "(?iu)[\\s,;–-]*(?:og\\s+|men\\s+)?(?:indtil|inden|når|mens"
              + "|før(?=\\s+(?:der|vi|man|du|jeg|han|hun|de|den|det|kommunen|borger\\p{L}*"
              + "|sagsbehandler\\p{L}*)\\s))\\s");

  /**
   * A clause of purpose that says what is to be avoided: "..., så den ikke overlapper med
   * sprogcentret" (the subject before the "not", as in a subordinate clause; "så overlapper den
   * ikke" says what follows). After a plan ("skal ligge mandag og onsdag") it states an aim, not
   * what is so; after a fact ("har ondt, så han ikke kan arbejde") it says what follows.
   */
  private static final Pattern AVOIDING_OPENING =
      Pattern.compile(
          "(?iu)[\\s,;–-]*(?:så|således)\\s+(?:at\\s+)?(?:den|det|de|han|hun|man|vi|du|jeg|borger"
              + "\\p{L}*)\\s+(?:heller\\s+)?(?:ikke|aldrig)\\s");

  /** The modal verbs of a plan: "skal ligge", "bør være". */
  /** "endnu ikke", "ikke ... endnu": a "not" that says "not yet". */
  private static final Pattern NOT_YET =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:endnu\\s+ikke|ikke\\s+(?:\\p{L}+\\s+){0,3}endnu)(?![\\p{L}])");

  /**
   * What a speaker says is to be done, passive with "bliver" or "vil blive": "det bliver beregnet
   * ud fra indtægten", "den vil blive sendt".
   */
  private static final Pattern TO_COME =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:bliver|vil\\s+blive|kommer\\s+til\\s+at\\s+blive)\\s+"
              + "(?:(?:lige|først|så|nok|også)\\s+)?\\p{L}{3,}(?:et|t)(?![\\p{L}])");

  private static final Pattern PLANNED = Pattern.compile("(?iu)\\b(?:skal|skulle|bør|burde)\\b");

  /** Whether every day a mention may mean comes after a day. */
  private static boolean isAfter(DateMention d, LocalDate day) {
    return !d.candidates().isEmpty()
        && d.candidates().stream().allMatch(c -> c.from().isAfter(day));
  }

  /**
   * Whether a statement is about a day before the conversation ("du kom ikke til workshoppen den
   * 26. februar"): it says nothing either way of what the note plans for later ("mor må være med
   * til workshoppen").
   */
  private boolean aboutEarlierDay(Statement st) {
    return DanishDates.findDates(st.text(), e.date).stream()
        .anyMatch(
            d ->
                !d.candidates().isEmpty()
                    && d.candidates().stream().allMatch(c -> c.to().isBefore(e.date)));
  }

  /** A segment the sentence cites, or beside one; any segment when it cites none. */
  private boolean near(int pos) {
    return scope.isEmpty()
        || scope.contains(pos)
        || scope.contains(pos - 1)
        || scope.contains(pos + 1);
  }

  /** How a statement says a draft word: negated, not negated, or not at all (null). */
  private Boolean polarityIn(Evidence.Term t, Statement st) {
    for (String key : t.keys()) {
      Boolean exact = st.negated().get(key);
      if (exact != null) {
        return exact;
      }
    }
    for (String key : t.keys()) {
      if (e.meetsHere(key, st.negated().keySet()) >= 0.7) {
        for (Map.Entry<String, Boolean> k : st.negated().entrySet()) {
          if (k.getKey().endsWith(key)) {
            return k.getValue();
          }
        }
      }
    }
    // "sygedage" against "ikke syg en eneste dag": the compound's last part says it.
    for (String key : t.keys()) {
      String[] parts = e.partsSaid(key);
      if (parts != null
          && st.negated().containsKey(parts[0])
          && st.negated().containsKey(parts[1])) {
        return st.negated().get(parts[1]);
      }
    }
    return null;
  }

  /**
   * "Sagsbehandler foreslog, at ..." when the transcript shows the citizen proposing it, or the
   * reverse: who the sentence credits against who says it in the statements it fits best. Only a
   * speaker of the conversation can be credited wrongly ("Lægen vurderer" reports a certificate),
   * and only when the sentence credits one ("Borger og arbejdsgiver aftalte" credits two). A
   * sentence of main clauses joined ("Borger oplyste, at ..., men sagsbehandler foreslog, at ...")
   * credits each clause's own speaker with that clause.
   */
  private void attribution() {
    List<DanishWords.Word> words = DanishWords.words(text);
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 1; i + 1 < words.size(); i++) {
      if (joinsACreditedClause(words, i)) {
        starts.add(i);
      }
    }
    for (int c = 0; c < starts.size(); c++) {
      int end = c + 1 < starts.size() ? words.get(starts.get(c + 1)).start() : text.length();
      attribution(words, starts.get(c), end);
      if (flags.stream().anyMatch(f -> f.kind() == FactKind.ATTRIBUTION)) {
        return;
      }
    }
  }

  /** Words that join a main clause to the one before ("..., men sagsbehandler foreslog, ..."). */
  private static final Set<String> JOINING_MAIN_CLAUSES = Set.of("men", "og", "mens", "samt");

  /**
   * Whether word i joins a main clause that credits a speaker of its own: a joining word after a
   * comma (or "men" without one), or a semicolon, then a participant and a verb of saying or
   * proposing ("..., og borger ønskede ...", "...; sagsbehandler foreslog ...").
   */
  private boolean joinsACreditedClause(List<DanishWords.Word> words, int i) {
    String gap = text.substring(words.get(i - 1).end(), words.get(i).start());
    String w = words.get(i).lower();
    int subject;
    if (gap.contains(";")) {
      subject = i;
    } else if (JOINING_MAIN_CLAUSES.contains(w) && (gap.contains(",") || w.equals("men"))) {
      subject = i + 1;
    } else {
      return false;
    }
    if (subject + 1 >= words.size() || identityOf(words.get(subject).lower()) == null) {
      return false;
    }
    int verb = subject + 1;
    if (words.get(verb).lower().equals("selv") && verb + 1 < words.size()) {
      verb++;
    }
    return ATTRIBUTION_VERBS.contains(words.get(verb).lower());
  }

  /** Who the clause of words from {@code first}, ending at character {@code end}, credits. */
  private void attribution(List<DanishWords.Word> words, int first, int end) {
    String agent = null;
    int verb = -1;
    for (int i = first; i < Math.min(words.size(), first + 5); i++) {
      String w = words.get(i).lower();
      String who = identityOf(w);
      if (who != null && agent == null) {
        agent = who;
        continue;
      }
      if (agent != null && ATTRIBUTION_VERBS.contains(w)) {
        verb = i;
        break;
      }
      // "Borger gjorde (selv) opmærksom på, at ...": a report as "oplyste" is.
      int attention =
          i + 1 < words.size() && words.get(i + 1).lower().equals("selv") ? i + 2 : i + 1;
      if (agent != null
          && (w.equals("gjorde") || w.equals("gør"))
          && attention < words.size()
          && words.get(attention).lower().equals("opmærksom")) {
        verb = attention;
        break;
      }
      if (agent != null && (w.equals("og") || w.equals("samt") || who != null)) {
        return;
      }
    }
    if (agent == null || verb < 0) {
      return;
    }
    // "Borger fik tilbudt", "borger blev bedt om", "hvis borger bliver tilbudt jobbet": the
    // citizen received, did not do.
    String before = verb > 0 ? words.get(verb - 1).lower() : "";
    if (RECEIVED.contains(before)) {
      return;
    }
    // "Borger siger til sin leder, at ...": a task of telling someone who was not there, not a
    // report of what was said in the conversation.
    if (verb + 2 < words.size() && words.get(verb + 1).lower().equals("til")) {
      int k = verb + 2;
      if (POSSESSIVES.contains(words.get(k).lower()) && k + 1 < words.size()) {
        k++;
      }
      String recipient = identityOf(words.get(k).lower());
      if (tookNoPart(recipient)) {
        return;
      }
    }
    // "Borger spørger sin læge om en attest", "borger beder a-kassen om ...": a task of asking
    // someone who took no part in the conversation, not a report of what was said in it.
    if (ASKING_SOMEONE.contains(words.get(verb).lower()) && verb + 1 < words.size()) {
      int k = verb + 1;
      boolean possessive = POSSESSIVES.contains(words.get(k).lower()) && k + 1 < words.size();
      String asked = words.get(possessive ? k + 1 : k).lower();
      String who = identityOf(asked);
      boolean someone =
          possessive
              || who != null
              || DanishWords.wordClasses(asked).contains(DanishWords.WordClass.NOUN)
                  && DanishWords.isContentWord(asked);
      if (someone && tookNoPart(who)) {
        return;
      }
    }
    int from = words.get(verb).end();
    // "Borger spørger ved kontrollen den 12. februar, hvornår ...": a day to come between the verb
    // and what is asked or said is when it will be done - a plan, not a report of the talk.
    Matcher opening = CONTENT_OPENING.matcher(text);
    int contentStarts = opening.find(from) ? opening.start() : text.length();
    if (DanishDates.findDates(text.substring(from, contentStarts), e.date).stream()
        .anyMatch(d -> isAfter(d, e.date))) {
      return;
    }
    int to = end;
    Matcher stop = CONTENT_END.matcher(text);
    if (stop.find(from) && stop.start() < end) {
      to = stop.start();
      // "oplyste, at hvis det går godt, så kunne ...": what is credited is the consequence too.
      if (OPENS_WITH_CONDITION.matcher(text.substring(from, to)).lookingAt()) {
        to = stop.find(stop.end()) && stop.start() < end ? stop.start() : end;
      }
    }
    for (int i = verb + 1; i < words.size() && words.get(i).start() < to; i++) {
      if (identityOf(words.get(i).lower()) != null
          && i + 1 < words.size()
          && ATTRIBUTION_VERBS.contains(words.get(i + 1).lower())) {
        return;
      }
    }
    final String credited = agent;
    if (e.segs.stream().noneMatch(s -> s.identity().equals(credited))) {
      return;
    }
    List<Evidence.Term> content =
        new ArrayList<>(
            Evidence.terms(
                INSTEAD.matcher(text.substring(from, to)).replaceAll(" "),
                SentenceCheck::countsAsContent));
    if (first > 0) {
      // "Sagsbehandler havde tænkt på praktik i et køkken, men borger foreslog praktik i et
      // bageri": what the clauses before said is the topic both share; what this clause credits is
      // what it adds.
      Set<String> topic = new java.util.HashSet<>();
      for (Evidence.Term t :
          Evidence.terms(
              text.substring(0, words.get(first).start()), SentenceCheck::countsAsContent)) {
        topic.addAll(t.keys());
      }
      content.removeIf(t -> t.keys().stream().anyMatch(topic::contains));
    }
    String verbWord = words.get(verb).lower();
    if (!REPORTING_VERBS.contains(verbWord)) {
      // "foreslog", "ønskede", "besluttede": whoever says that verb did it.
      content.add(new Evidence.Term(verbWord, DanishWords.keys(verbWord)));
    }
    if (content.isEmpty()) {
      return;
    }
    if (PROPOSING_VERBS.contains(verbWord)
        || DanishWords.keys(verbWord).stream().anyMatch(PROPOSING_KEYS::contains)) {
      firstToSay(agent, content, verbWord);
      return;
    }
    // The verb ("vurderede") counts only with what was judged: "lægen vurderer" said by the
    // caseworker tells nothing of who judged something else overkommeligt.
    List<Evidence.Term> what = content.stream().filter(t -> !t.word().equals(verbWord)).toList();
    java.util.Map<String, List<Double>> scores = new java.util.HashMap<>();
    java.util.Map<String, Speaker> speakers = new java.util.HashMap<>();
    for (Statement st : e.statements) {
      // "Yousef, er du bekymret for sproget?" asks; only the answer says what the one asked holds.
      if (st.identity().isEmpty() || st.question() || e.score(what, st) == 0) {
        continue;
      }
      // "nervøs for sproget på værkstedet": a statement with one of three words ("han havde sit
      // eget værksted") is about something else, however often such statements come.
      if (what.size() >= 3 && what.stream().filter(t -> e.score(List.of(t), st) > 0).count() < 2) {
        continue;
      }
      double score = e.score(content, st);
      if (score > 0) {
        scores.computeIfAbsent(st.identity(), k -> new ArrayList<>()).add(score);
        speakers.put(st.identity(), st.speaker());
      }
    }
    double byAgent = top(scores.get(agent));
    double byOther = 0;
    String other = null;
    for (java.util.Map.Entry<String, List<Double>> s : scores.entrySet()) {
      double t = top(s.getValue());
      if (!s.getKey().equals(agent) && t > byOther) {
        byOther = t;
        other = s.getKey();
      }
    }
    if (other != null && byOther >= MIN_FIT + 1 && byAgent < byOther * 0.5) {
      flagAttribution(agent, speakers.get(other));
    }
  }

  /**
   * Who does what a clause says, by its subject and verb ("Sagsbehandler skriver til lægen",
   * "lederen skrev en mail til borger"): not the one the transcript says does it. A question that
   * offered the task to either ("Vil du ringe, eller skal jeg skrive?") was answered by the one who
   * took it; and one who says "jeg skrev en mail" wrote it, to whoever the note names.
   */
  private void doer() {
    List<DanishWords.Word> words = DanishWords.words(text);
    for (int[] clause : Evidence.clauses(text)) {
      List<DanishWords.Word> in =
          words.stream().filter(w -> w.start() >= clause[0] && w.start() < clause[1]).toList();
      int s = 0;
      while (s < in.size() && JOINING_WORDS.contains(in.get(s).lower())) {
        s++;
      }
      if (s + 2 >= in.size()) {
        continue;
      }
      String subject = in.get(s).lower();
      String verb = in.get(s + 1).lower();
      String doer = identityOf(subject);
      if (doer == null
              && !(DanishWords.isContentWord(subject)
                  && DanishWords.wordClasses(subject).contains(DanishWords.WordClass.NOUN))
          || !isVerb(verb)) {
        continue;
      }
      Set<String> verbKeys = DanishWords.keys(verb);
      String clauseText = text.substring(clause[0], clause[1]);
      List<Evidence.Term> content = Evidence.terms(clauseText, SentenceCheck::countsAsContent);
      String who = doer != null ? text("speaker." + Roles.speaker(doer)) : in.get(s).text();
      for (Evidence.Choice c : e.choices) {
        if (doer != null
            && c.other().equals(doer)
            && near(c.pos())
            && verbKeys.stream().anyMatch(k -> e.meetsHere(k, c.keys()) >= 0.7)) {
          flagDoer(who, c.doer());
          return;
        }
      }
      // "Mentor tog initiativ til besøget" where the mentor said "det var Emil selv, der spurgte,
      // om vi kunne tage derud": a cleft names who took the initiative.
      if (doer != null && takesInitiative(in)) {
        for (Evidence.Cleft c : e.clefts) {
          // "Det er Emil, der skal søge" names who applies, not who offered a mentor.
          if (!c.doer().equals(doer)
              && near(c.pos())
              && takesInitiative(DanishWords.words(c.did()))
              && e.score(content, c.pos()) >= MIN_FIT) {
            flagDoer(who, c.doer());
            return;
          }
        }
      }
      // One who took no part in the conversation ("lederen") did not do what the one the
      // note names as its receiver says "jeg" did. One who spoke may have done it too.
      boolean spoke = doer != null && e.segs.stream().anyMatch(g -> g.identity().equals(doer));
      for (int i = s + 2; i < in.size() && !spoke; i++) {
        String named = identityOf(in.get(i).lower());
        if (named == null || named.equals(doer)) {
          continue;
        }
        for (Statement st : e.statements) {
          if (!st.question()
              && st.identity().equals(named)
              && near(st.pos())
              && saysIDid(st.text(), verbKeys)
              && e.score(content, st) >= MIN_FIT) {
            flagDoer(who, named);
            return;
          }
        }
      }
    }
  }

  /** Words that join a clause to the one before it, before its subject. */
  private static final Set<String> JOINING_WORDS = Set.of("og", "men", "så", "mens");

  /**
   * A finite verb after a subject: a content word the dictionary tags as a verb or, as it does
   * irregular forms ("skrev", "skriver"), as something else than a noun alone.
   */
  private static boolean isVerb(String lower) {
    Set<DanishWords.WordClass> classes = DanishWords.wordClasses(lower);
    return DanishWords.isContentWord(lower)
        && (classes.contains(DanishWords.WordClass.VERB)
            || classes.contains(DanishWords.WordClass.OTHER));
  }

  /** Verbs by which a note gives a participant's own wish or opinion. */
  private static final Set<String> OWN_VIEW_VERBS =
      Set.of("ønsker", "ønskede", "mener", "mente", "synes", "syntes", "vil", "ville");

  /**
   * "Borger ønsker selv at vente til foråret" where the citizen said "min mand synes, at jeg skal
   * vente til foråret": a speaker telling what someone else thinks of them gives that one's view,
   * not their own. Flagged when what the sentence says fits such a report better than anything the
   * participant says as their own.
   */
  private void othersOpinion() {
    List<DanishWords.Word> words = DanishWords.words(text);
    if (words.size() < 4) {
      return;
    }
    String agent = identityOf(words.get(0).lower());
    int verb = -1;
    for (int i = 1; i < Math.min(words.size(), 3); i++) {
      if (OWN_VIEW_VERBS.contains(words.get(i).lower())) {
        verb = i;
        break;
      }
    }
    if (agent == null || verb < 0) {
      return;
    }
    int from = words.get(verb).end();
    Matcher stop = CONTENT_END.matcher(text);
    int to = stop.find(from) ? stop.start() : text.length();
    List<Evidence.Term> content =
        Evidence.terms(text.substring(from, to), SentenceCheck::countsAsContent);
    double reported = 0;
    double own = 0;
    String holder = null;
    for (Statement st : e.statements) {
      if (st.question() || !st.identity().equals(agent) || !near(st.pos())) {
        continue;
      }
      double score = e.score(content, st);
      String other = Evidence.othersView(st.text());
      if (other != null && score > reported) {
        reported = score;
        holder = other;
      } else if (other == null) {
        own = Math.max(own, score);
      }
    }
    if (holder != null && reported >= MIN_FIT + 1 && own < reported * 0.5) {
      flag(
          FactKind.ATTRIBUTION,
          -1,
          -1,
          null,
          "attribution.opinion",
          text.strip(),
          text("speaker." + Roles.speaker(agent)),
          holder);
    }
  }

  /** Words of taking an initiative besides the verbs of proposing ("tog initiativ til"). */
  private static final Set<String> INITIATIVE_KEYS = Set.of("initiativ");

  /**
   * Whether a clause says that its subject took an initiative: a verb of proposing ("foreslog",
   * "bad om", "fandt") or "initiativ". Who did that is what a cleft settles.
   */
  private static boolean takesInitiative(List<DanishWords.Word> clause) {
    for (DanishWords.Word w : clause) {
      Set<String> keys = DanishWords.keys(w.lower());
      if (PROPOSING_VERBS.contains(w.lower())
          || keys.stream()
              .anyMatch(k -> PROPOSING_KEYS.contains(k) || INITIATIVE_KEYS.contains(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a statement has "jeg" next to a verb of these keys ("der sendte jeg", "jeg sendte").
   */
  private static boolean saysIDid(String statement, Set<String> verbKeys) {
    List<DanishWords.Word> words = DanishWords.words(statement);
    for (int i = 0; i < words.size(); i++) {
      if (!Evidence.FIRST_PERSON.contains(words.get(i).lower())) {
        continue;
      }
      for (int k = Math.max(0, i - 1); k <= Math.min(words.size() - 1, i + 1); k++) {
        if (k != i
            && DanishWords.keys(words.get(k).lower()).stream().anyMatch(verbKeys::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  private void flagDoer(String who, String identity) {
    flag(
        FactKind.ATTRIBUTION,
        -1,
        -1,
        null,
        "attribution.doer",
        text.strip(),
        who,
        text("speaker." + Roles.speaker(identity)));
  }

  /**
   * Who proposed, wished, asked for or found something is who first said it: later mentions are
   * answers, confirmations and summaries ("Må Lone komme med?" before "du må tage Lone med").
   */
  private void firstToSay(String agent, List<Evidence.Term> content, String verbWord) {
    List<Statement> inOrder = new ArrayList<>();
    boolean askersVerb = DanishWords.keys(verbWord).stream().anyMatch(ASKERS_KEYS::contains);
    boolean wishVerb = DanishWords.keys(verbWord).contains(WISH_KEY);
    for (Statement st : e.statements) {
      Evidence.Seg seg = e.segs.get(st.pos());
      if (askersVerb
          && st.question()
          && !st.identity().equals(seg.identity())
          && !st.identity().equals(Roles.INTERPRETER)) {
        // "Så vi skriver, at du udvider din jobsøgning til landbruget?": a question to "du"
        // stands as evidence of the one asked, but what it proposes, offers or asks for is the
        // asker's.
        st = st.saidBy(seg);
      }
      if (wishVerb
          && !st.question()
          && st.identity().equals(seg.identity())
          && WISH_SAID_BACK.matcher(st.text()).find()) {
        // "Du ønsker timerne fordelt på mandag, onsdag og fredag", "dit ønske er et fast job": the
        // wish of the one spoken to, who speaks next, said back to them; or of the one just
        // answered ("Jeg savner et rigtigt arbejde." "Det forstår jeg godt. Dit ønske er ..."),
        // when that is the one the sentence credits.
        Evidence.Seg answered = e.justAnswered(seg);
        Evidence.Seg to =
            answered != null && answered.identity().equals(agent) ? answered : e.spokenTo(seg);
        if (to != null) {
          st = st.saidBy(to);
        }
      }
      // "Hun sagde, at jeg kunne starte med medicinrunderne": the citizen tells what her leader
      // proposed, which is not the citizen proposing it (an interpreter's "han siger, at" is the
      // citizen's own words).
      if (!st.identity().isEmpty()
          && !(Evidence.reportsOthers(st.text()) && !Roles.isInterpreter(seg.segment()))) {
        inOrder.add(st);
      }
    }
    inOrder.sort(Comparator.comparingInt(Statement::pos));
    // "Borger ønskede selv at ringe til sin leder": whoever first said that one does it oneself
    // ("vil jeg hellere selv ringe til Birthe") or that the other does ("du kan selv ringe") took
    // the initiative, however much more a later summary says of when and why.
    String ownAccord = doneOfOwnAccord();
    Statement initiative = ownAccord == null ? null : firstOfOwnAccord(inOrder, ownAccord, content);
    if (initiative != null) {
      String initiator = e.segs.get(initiative.pos()).identity();
      if (!initiator.equals(agent)
          && !Roles.isInterpreter(e.segs.get(initiative.pos()).segment())) {
        flagAttribution(agent, initiative.speaker());
      }
      return;
    }
    // The verb ("foreslog") counts only with what was proposed: "jeg vil foreslå fem ansøgninger"
    // says nothing of who proposed a certificate.
    // A light verb ("tager et truckcertifikat", "kommer i praktik") says nothing of what was
    // proposed: the proposal is its object. With a particle it is a verb of its own ("tage
    // dokumentationen med til mødet").
    Set<String> light = lightVerbsWithoutParticle(text);
    List<Evidence.Term> what =
        content.stream()
            .filter(t -> !t.word().equals(verbWord) && !light.contains(t.word()))
            .toList();
    List<Evidence.Term> verb = content.stream().filter(t -> t.word().equals(verbWord)).toList();
    // "Borger ønsker at vente til efter kurset" where the citizen said "det vil a helst vente med"
    // and the caseworker's reply said more of it ("så venter vi med praktik til efter kurset"): a
    // wish is the one's who says they want its head word (the first of what is wished: "vente"),
    // whoever said its words first or most fully. Who took the initiative ("ønskede selv") is read
    // above.
    if (wishVerb && ownAccord == null && !what.isEmpty()) {
      List<Evidence.Term> head = List.of(what.get(0));
      for (Statement st : inOrder) {
        if (st.identity().equals(agent)
            && WANTS.matcher(st.text()).find()
            && e.score(head, st) > 0) {
          return;
        }
      }
      // "Jeg vil foreslå et møde ude i køkkenet om fire uger." "Ja, det vil jeg gerne.": a wish
      // said as taking what the one before proposed, when the words wished are among the words
      // proposed.
      for (Evidence.Seg seg : e.segs) {
        if (seg.identity().equals(agent)
            && e.justAnswered(seg) != null
            && takesWanting(seg.text())
            && e.statements.stream()
                .anyMatch(st -> st.pos() == seg.pos() - 1 && e.score(what, st) > 0)) {
          return;
        }
      }
    }
    // "Borger bad om, at optagelsen blev stoppet" where the citizen asked "kan du slukke for
    // optagelsen?" and the caseworker had said "vi optager samtalen" at the start: a request is the
    // one's who asks the other for its head word, whoever said its words first.
    // A request's head word is its first word that is not a number ("bad om at få listen").
    List<Evidence.Term> requested =
        what.stream().filter(t -> !t.word().startsWith("#")).limit(1).toList();
    if (DanishWords.keys(verbWord).contains(REQUEST_KEY)
        && ownAccord == null
        && !requested.isEmpty()) {
      for (Statement st : e.statements) {
        if (st.question()
            && e.segs.get(st.pos()).identity().equals(agent)
            && ASKS_YOU_TO.matcher(st.text().strip()).find()
            && e.score(requested, st) > 0) {
          return;
        }
      }
    }
    Map<Statement, Statement> afterthoughts = afterthoughts(inOrder);
    Map<Statement, Statement> sentenceBefore = sameSpeakersSentenceBefore(inOrder);
    java.util.function.ToDoubleFunction<Statement> fit =
        st -> {
          double said = e.score(what, st);
          Statement before = sentenceBefore.get(st);
          if (said > 0 && before != null) {
            // "Jeg kender en elektriker, Frandsen El. Jeg tænkte, Yasin kunne komme i praktik
            // der": a proposal said over two sentences of one speaker.
            said = Math.max(said, e.score(what, joined(before, st)));
          }
          if (said > 0 && e.asksAboutWhatWasJustSaid(st)) {
            // "Opfølgningsmødet er torsdag." "Må Gorm komme med?": the request is about the
            // meeting.
            Set<String> asked = new HashSet<>(st.all());
            asked.addAll(e.segs.get(st.pos() - 1).keys());
            double withContext = 0;
            for (Evidence.Term t : what) {
              withContext += e.weight(t, asked);
            }
            said = Math.max(said, withContext);
          }
          Statement afterthought = afterthoughts.get(st);
          if (said > 0 && afterthought != null) {
            said = Math.max(said, withAfterthought(what, st, afterthought));
          }
          double wished = e.score(verb, st);
          if (said == 0 && wished > 0) {
            // "Er det det, du ønsker?" and the answer a few segments on: "Jeg vil gerne arbejde i
            // en børnehave".
            for (Statement o : inOrder) {
              if (o.identity().equals(st.identity())
                  && o.pos() > st.pos()
                  && o.pos() <= st.pos() + 3) {
                said = Math.max(said, e.score(what, o));
              }
            }
          }
          return said > 0 ? said + wished : 0;
        };
    // "Sagsbehandler har fundet en praktikplads" where the talk tells the citizen found it.
    if (!agent.equals(Roles.BORGER) && toldAsTheFinder(Roles.BORGER, verbWord, what)) {
      Statement citizen =
          inOrder.stream()
              .filter(st -> st.identity().equals(Roles.BORGER))
              .findFirst()
              .orElse(null);
      if (citizen != null) {
        flagAttribution(agent, citizen.speaker());
        return;
      }
    }
    double best = 0;
    for (Statement st : inOrder) {
      best = Math.max(best, fit.applyAsDouble(st));
    }
    // Enough to go by: a strong fit, or one statement holding most of what the sentence says that
    // was said at all ("foreslog, at borger tager et truckcertifikat": one rare word).
    double sayable = 0;
    for (Evidence.Term t : what) {
      sayable += e.weight(t, e.keys);
    }
    if (best < MIN_FIT + 2 && (best < MIN_FIT || best < sayable * COVERS_MOST)) {
      return;
    }
    double share = best * FIRST_SHARE;
    for (Statement st : inOrder) {
      if (fit.applyAsDouble(st) >= share) {
        // A request accepted in the same segment ("Kan vi slukke for optagelsen?" "Ja. Jeg
        // stopper optagelsen nu.") stands there as the asker's: either may be credited.
        boolean agentThere =
            inOrder.stream()
                .anyMatch(
                    o ->
                        o.pos() == st.pos()
                            && o.identity().equals(agent)
                            && fit.applyAsDouble(o) >= share);
        // "Jeg vil ikke have, at resten bliver optaget." "Det er i orden. Jeg markerer, at
        // optagelsen stopper her.": the reply grants what the one before asked.
        boolean granted =
            st.pos() > 0
                && YesOrNo.takesAProposal(e.segs.get(st.pos()).text())
                && e.segs.get(st.pos() - 1).identity().equals(agent)
                && ASKS_FOR.matcher(e.segs.get(st.pos() - 1).text()).find();
        if (!agentThere && !granted && !toldAsTheFinder(agent, verbWord, what)) {
          flagAttribution(agent, st.speaker());
        }
        return;
      }
    }
  }

  /** Whether a person (null: none the conversation knows) said nothing in the conversation. */
  private boolean tookNoPart(String identity) {
    return identity == null || e.segs.stream().noneMatch(s -> s.identity().equals(identity));
  }

  /** Verbs that carry no proposal of their own: what is proposed is their object. */
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "tage", "tager", "tog", "taget", "få", "får", "fik", "fået", "have", "har", "havde",
          "haft", "gøre", "gør", "gjorde", "gjort", "komme", "kommer", "kom", "kommet", "blive",
          "bliver", "blev", "blevet");

  /** Particles that make a light verb a verb of its own: "tage med", "komme ind", "få af". */
  private static final Set<String> PARTICLES =
      Set.of("med", "op", "imod", "ud", "ind", "hen", "af", "tilbage", "igang");

  /** What may follow a particle: a preposition, or nothing (the clause ends). */
  private static final Set<String> AFTER_PARTICLE = Set.of("til", "på", "i", "igen", "fra", "hos");

  /**
   * The light verbs of a sentence said without a particle after them (within three words, the
   * particle ending the sentence or followed by a preposition): those carry no proposal.
   */
  static Set<String> lightVerbsWithoutParticle(String text) {
    List<DanishWords.Word> words = DanishWords.words(text);
    Set<String> out = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (!LIGHT_VERBS.contains(w)) {
        continue;
      }
      boolean particle = false;
      for (int k = i + 1; k < words.size() && k <= i + 3 && !particle; k++) {
        particle =
            PARTICLES.contains(words.get(k).lower())
                && (k + 1 == words.size() || AFTER_PARTICLE.contains(words.get(k + 1).lower()));
      }
      if (!particle) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Each statement to the sentence its speaker said just before it, in the same segment or the one
   * before, when nobody else spoke between: "Jeg kender en elektriker, Frandsen El." before "Jeg
   * tænkte, Yasin kunne komme i praktik der."
   */
  private static Map<Statement, Statement> sameSpeakersSentenceBefore(List<Statement> inOrder) {
    Map<Statement, Statement> out = new java.util.IdentityHashMap<>();
    for (int at = 1; at < inOrder.size(); at++) {
      Statement before = inOrder.get(at - 1);
      Statement st = inOrder.get(at);
      if (st.identity().equals(before.identity())
          && st.pos() - before.pos() <= 1
          && !st.question()
          && !before.question()) {
        out.put(st, before);
      }
    }
    return out;
  }

  /** Two statements of one speaker read as one, placed where the second was said. */
  private static Statement joined(Statement before, Statement st) {
    Map<String, Boolean> negated = new java.util.HashMap<>(before.negated());
    negated.putAll(st.negated());
    Set<String> values = new HashSet<>(before.values());
    values.addAll(st.values());
    return new Statement(
        st.pos(),
        st.speaker(),
        st.identity(),
        negated,
        values,
        false,
        before.text() + " " + st.text(),
        st.decides() || before.decides(),
        st.supportOnly());
  }

  /**
   * Words that open an afterthought: a phrase without a verb that finishes the sentence before ("Vi
   * har tænkt på, om hun skulle testes. For høretab, altså.").
   */
  private static final Set<String> AFTERTHOUGHT_OPENINGS =
      Set.of("for", "til", "om", "med", "på", "i", "hos", "fra", "efter", "ved", "af");

  /** The most words an afterthought has ("For høretab, altså." has three). */
  private static final int AFTERTHOUGHT_WORDS = 4;

  /**
   * Each statement followed by an afterthought of its speaker in the same segment, to that
   * afterthought: "Vi har tænkt på, om hun skulle testes. For høretab, altså."
   */
  private static Map<Statement, Statement> afterthoughts(List<Statement> inOrder) {
    Map<Statement, Statement> out = new java.util.IdentityHashMap<>();
    for (int at = 0; at + 1 < inOrder.size(); at++) {
      Statement st = inOrder.get(at);
      Statement next = inOrder.get(at + 1);
      List<DanishWords.Word> words = DanishWords.words(next.text());
      if (next.pos() == st.pos()
          && next.identity().equals(st.identity())
          && next.question() == st.question()
          && !words.isEmpty()
          && words.size() <= AFTERTHOUGHT_WORDS
          && AFTERTHOUGHT_OPENINGS.contains(words.get(0).lower())) {
        out.put(st, next);
      }
    }
    return out;
  }

  /**
   * How well a statement and the afterthought its speaker adds right after it fit together: "Vi har
   * tænkt på, om hun skulle testes. For høretab, altså." asks about a test for hearing loss, though
   * neither sentence says both.
   */
  private double withAfterthought(List<Evidence.Term> what, Statement st, Statement next) {
    Set<String> joined = new HashSet<>(st.all());
    joined.addAll(next.all());
    double sum = 0;
    for (Evidence.Term t : what) {
      sum += e.weight(t, joined);
    }
    return sum;
  }

  /**
   * Whether the citizen, credited with finding something, is told as the one who found it - by
   * someone else ("Han har faktisk fundet et sted", "du har selv fundet det") or themself ("jeg har
   * selv fundet") - within two segments of where what was found is named. Who first names the place
   * is not who found it.
   */
  private boolean toldAsTheFinder(String agent, String verbWord, List<Evidence.Term> what) {
    if (!agent.equals(Roles.BORGER) || !verbWord.equals("fundet") && !verbWord.equals("fandt")) {
      return false;
    }
    for (Evidence.Seg told : e.segs) {
      Matcher finder =
          (told.identity().equals(agent) ? FOUND_BY_ME : FOUND_BY_THE_CITIZEN).matcher(told.text());
      if (!finder.find()) {
        continue;
      }
      // "Ali, du har fundet en praktik?": "du" is the citizen only where the citizen answers.
      int next = e.segs.indexOf(told) + 1;
      if (finder.group().toLowerCase(Locale.ROOT).startsWith("du")
          && (next >= e.segs.size() || !e.segs.get(next).identity().equals(agent))) {
        continue;
      }
      for (Statement named : e.statements) {
        if (Math.abs(named.pos() - told.pos()) <= 2 && e.score(what, named) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The verb the sentence says someone does of their own accord: "ringe" of "ønskede selv at ringe"
   * or "at borger selv ringer"; null when it says no "selv" before a verb.
   */
  private String doneOfOwnAccord() {
    List<DanishWords.Word> words = DanishWords.words(text);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).lower().equals("selv")) {
        continue;
      }
      int v = words.get(i + 1).lower().equals("at") ? i + 2 : i + 1;
      if (v < words.size() && isVerb(words.get(v).lower())) {
        return words.get(v).lower();
      }
    }
    return null;
  }

  /**
   * The first statement that says "selv" with this verb of the speaker ("vil jeg hellere selv
   * ringe") or of the one spoken to ("du kan selv ringe til hende"): the speaker took the
   * initiative. It must be said in the part of the talk the sentence is about: a few segments from
   * the statement that holds most of what the sentence says (the summary "Du ringer til Birthe i
   * løbet af næste uge" after "vil jeg hellere selv ringe til Birthe"). Null when no one said so.
   */
  private Statement firstOfOwnAccord(
      List<Statement> inOrder, String verb, List<Evidence.Term> content) {
    Statement most = null;
    double mostScore = MIN_FIT;
    for (Statement st : inOrder) {
      double score = e.score(content, st);
      if (score >= mostScore && (most == null || score > mostScore)) {
        most = st;
        mostScore = score;
      }
    }
    if (most == null) {
      return null;
    }
    Set<String> verbKeys = DanishWords.keys(verb);
    for (Statement st : inOrder) {
      if (Math.abs(st.pos() - most.pos()) > NEAR_THE_TOPIC) {
        continue;
      }
      List<DanishWords.Word> words = DanishWords.words(st.text());
      for (int i = 0; i < words.size(); i++) {
        if (!words.get(i).lower().equals("selv")
            || i + 1 < words.size() && words.get(i + 1).lower().equals("om")) {
          continue;
        }
        boolean doing = false;
        boolean person = false;
        for (int k = Math.max(0, i - 4); k < Math.min(words.size(), i + 3); k++) {
          String w = words.get(k).lower();
          doing |= k != i && DanishWords.keys(w).stream().anyMatch(verbKeys::contains);
          person |= k < i && (Evidence.FIRST_PERSON.contains(w) || w.equals("du"));
        }
        if (doing && person) {
          return st;
        }
      }
    }
    return null;
  }

  /** "Sætningen tilskriver borger det, men i udskriften er det sagsbehandler, der siger det." */
  private void flagAttribution(String agent, Speaker said) {
    flag(
        FactKind.ATTRIBUTION,
        -1,
        -1,
        null,
        "attribution",
        text.strip(),
        text("speaker." + Roles.speaker(agent)),
        text("speaker." + said));
  }

  /** The sum of the three best fits: one passing mention is less than a repeated one. */
  private static double top(List<Double> scores) {
    if (scores == null) {
      return 0;
    }
    return scores.stream().sorted(Comparator.reverseOrder()).limit(3).mapToDouble(d -> d).sum();
  }

  /** Who a word of the note names: a role word or a registered participant's name. */
  private String identityOf(String lower) {
    if (Roles.INTERPRETER.equals(Roles.listedRole(lower))) {
      // A note names the interpreter as the subject only for what the interpreter said as
      // themself; the citizen's words through the interpreter are "Borger oplyste via tolk".
      return Roles.INTERPRETER;
    }
    String role = Roles.ofWord(lower);
    return role != null ? role : Roles.ofParticipantName(lower, e.participants);
  }

  /**
   * An agreement or commitment needs segments where it was agreed: a commitment said, with at least
   * half the agreement's content words, within three consecutive segments.
   */
  private void agreement() {
    if (!statesAgreement()) {
      return;
    }
    // The agreement's content by clause: "at borger opdaterer sit CV og deltager i workshoppen"
    // agrees two things, and each must have been agreed.
    List<List<Evidence.Term>> parts = new ArrayList<>();
    for (String clause : agreedThings(text)) {
      List<Evidence.Term> part =
          new ArrayList<>(Evidence.terms(clause, SentenceCheck::countsAsContent));
      part.removeIf(t -> AGREEMENT_CUES.contains(t.word()) || t.word().startsWith("#"));
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    List<Evidence.Term> content = parts.stream().flatMap(List::stream).toList();
    Set<String> agreedWhere = agreedWhereCited();
    if (agreedWhere != null) {
      // The cited segments hold the commitment: each thing agreed must be said there, not only
      // near it ("Jeg har søgt hos X" just before "Vi aftaler, at du søger tre job" agrees no job
      // at X).
      Coverage covered = coverage(parts, agreedWhere);
      if (covered.weakestPart() < 0.5) {
        flag(
            FactKind.AGREEMENT,
            -1,
            -1,
            null,
            "agreement.otherContent",
            text.strip(),
            String.join(", ", covered.missing()),
            where());
      }
      return;
    }
    boolean commitment = false;
    double bestCoverage = 0;
    List<String> bestMissing = content.stream().map(Evidence.Term::word).toList();
    for (int p = 0; p < e.segs.size(); p++) {
      if (!scope.isEmpty() && !scope.contains(p)) {
        continue;
      }
      boolean said = false;
      Set<String> window = new HashSet<>();
      for (int q = Math.max(0, p - 1); q <= Math.min(e.segs.size() - 1, p + 1); q++) {
        said |= commits(e.segs.get(q).text());
        window.addAll(e.segs.get(q).keys());
      }
      if (!said) {
        continue;
      }
      commitment = true;
      Coverage covered = coverage(parts, window);
      // A note rephrases: a third of the agreement's words is enough where the sentence cites
      // nothing; where it cites the segments it rests on, half of each thing it agrees.
      double coverage =
          content.isEmpty()
              ? 1
              : scope.isEmpty() ? covered.met() / content.size() : covered.weakestPart();
      if (coverage > bestCoverage) {
        bestCoverage = coverage;
        bestMissing = covered.missing();
      }
    }
    double needed = scope.isEmpty() ? 1.0 / 3 : 0.5;
    if (!commitment) {
      flag(FactKind.AGREEMENT, -1, -1, null, "agreement.noCommitment", text.strip(), where());
    } else if (bestCoverage < needed) {
      flag(
          FactKind.AGREEMENT,
          -1,
          -1,
          null,
          "agreement.otherContent",
          text.strip(),
          String.join(", ", bestMissing),
          where());
    }
  }

  /**
   * How far segments' words hold the things an agreement sentence agrees.
   *
   * @param met the words met, summed over all things (each 0..1)
   * @param weakestPart the share met of the thing met least
   * @param missing the words met nowhere
   */
  private record Coverage(double met, double weakestPart, List<String> missing) {}

  private Coverage coverage(List<List<Evidence.Term>> parts, Set<String> keys) {
    List<String> missing = new ArrayList<>();
    double met = 0;
    double weakestPart = 1;
    for (List<Evidence.Term> part : parts) {
      double partMet = 0;
      for (Evidence.Term t : part) {
        double m = 0;
        for (String k : t.keys()) {
          m = Math.max(m, e.meetsHere(k, keys));
        }
        partMet += m;
        if (m == 0) {
          missing.add(t.word());
        }
      }
      met += partMet;
      weakestPart = Math.min(weakestPart, partMet / part.size());
    }
    return new Coverage(met, weakestPart, missing);
  }

  /**
   * The things an agreement sentence agrees, one a clause; a clause is also split where "og" joins
   * a second verb whose form is also a noun ("... og får en henvisning").
   */
  private static List<String> agreedThings(String text) {
    List<String> out = new ArrayList<>();
    for (int[] c : Evidence.clauses(text)) {
      String clause = text.substring(c[0], c[1]);
      List<DanishWords.Word> words = DanishWords.words(clause);
      int start = 0;
      for (int i = 1; i + 1 < words.size(); i++) {
        if (words.get(i).lower().equals("og") && i > 1 && presentVerb(words.get(i + 1))) {
          out.add(clause.substring(start, words.get(i).start()));
          start = words.get(i).start();
        }
      }
      out.add(clause.substring(start));
    }
    return out;
  }

  /**
   * A verb in the present tense: ends in "r" and is not only a noun. The dictionary tags irregular
   * forms ("får", "tager") as other words or as nouns, so a form that is also something else
   * counts.
   */
  private static boolean presentVerb(DanishWords.Word w) {
    String lower = w.lower();
    if (!lower.endsWith("r") || lower.length() < 3 || Character.isUpperCase(w.text().charAt(0))) {
      return false;
    }
    Set<DanishWords.WordClass> classes = DanishWords.wordClasses(lower);
    return classes.contains(DanishWords.WordClass.VERB)
        || classes.contains(DanishWords.WordClass.OTHER);
  }

  /** Words by which a speaker asks for something ("jeg vil ikke have, at ...", "må jeg ..."). */
  private static final Pattern ASKS_FOR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:vil (?:ikke |gerne |helst )?have|vil gerne|må jeg|må vi|kan vi"
              + "|kan jeg få|kunne vi|jeg ønsker)(?![\\p{L}])");

  /**
   * The words of the cited segments where something was agreed: a cited segment that commits, and
   * the proposal a cited accepting reply answers (or the cited proposal an accepting reply right
   * after it answers). Null when the sentence cites nothing or no cited segment commits; then the
   * neighbourhood of the cited segments is searched instead.
   */
  private Set<String> agreedWhereCited() {
    if (scope.isEmpty()) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    for (int q : scope) {
      if (q < 0 || q >= e.segs.size()) {
        continue;
      }
      String said = e.segs.get(q).text();
      if (commits(said)) {
        keys.addAll(e.segs.get(q).keys());
        if (q > 0 && YesOrNo.takesAProposal(said)) {
          keys.addAll(e.segs.get(q - 1).keys());
        }
      }
      if (q + 1 < e.segs.size()) {
        String next = e.segs.get(q + 1).text();
        if (YesOrNo.takesAProposal(next) && commits(next)) {
          keys.addAll(e.segs.get(q).keys());
        }
      }
    }
    return keys.isEmpty() ? null : keys;
  }

  /**
   * Whether a segment commits to something: a commitment said, not negated ("det aftaler vi ikke
   * nu", "vi tager ikke stilling til det" commit to nothing).
   */
  private static boolean commits(String segment) {
    for (int[] c : Evidence.clauses(segment)) {
      String clause = segment.substring(c[0], c[1]);
      List<DanishWords.Word> words = DanishWords.words(clause);
      if (words.stream().anyMatch(w -> DanishWords.isNegation(w.lower()))) {
        continue;
      }
      String lower = " " + clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d ]", " ") + " ";
      for (String cue : COMMITMENTS) {
        if (lower.contains(" " + cue + " ") || lower.contains(" " + cue)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "aftalt", "forpligter sig" and the like state an agreement; "skal" and the noun "aftale" only
   * where the note lists agreements and next steps. A negated cue ("der blev ikke indgået aftaler")
   * states none.
   */
  private boolean statesAgreement() {
    boolean agreementSection =
        sentence.section() == NoteSection.AFTALER
            || sentence.section() == NoteSection.NAESTE_SKRIDT;
    for (int[] c : Evidence.clauses(text)) {
      String clause = text.substring(c[0], c[1]);
      // "..., da borger skal på familiebesøg": a reason given is no agreement.
      if (REASON_OPENING.matcher(clause).lookingAt()) {
        continue;
      }
      boolean negated = false;
      boolean cue = false;
      for (DanishWords.Word w : DanishWords.words(clause)) {
        String lower = w.lower();
        negated |= DanishWords.isNegation(lower);
        if (AGREEMENT_CUES.contains(lower)
            && (agreementSection
                || lower.equals("aftalt")
                || lower.equals("aftalte")
                || lower.startsWith("forpligt")
                || lower.equals("lovede"))) {
          cue = true;
        }
      }
      if (cue && !negated) {
        return true;
      }
    }
    return false;
  }

  // Participants ----------------------------------------------------------------------------

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

  /**
   * The workplaces and organisations the Deltagere line gives in its parentheses ("Per Holm
   * (arbejdsgiver, Bageriet Solsiden ApS)") or after a person ("driftsleder Per Holm fra Bageriet
   * Solsiden ApS") checked as names of the body are: said, and with the company form said. The
   * people listed are the registered participants' business.
   */
  private void organisationsOfParticipants() {
    Matcher m = PARENTHESES.matcher(text);
    int outside = 0;
    while (m.find()) {
      String who = text.substring(outside, m.start()).replaceFirst("^[\\s,.)]*(?:og\\s+)?", "");
      DraftParticipant p = registered(who.strip());
      // The caseworker's own workplace is the installation's, never something said.
      boolean caseworker = p != null && p.role() == ParticipantRole.SAGSBEHANDLER;
      Evidence.mark(taken, outside, caseworker ? m.end() : m.start(1));
      outside = caseworker ? m.end() : m.end(1);
    }
    Evidence.mark(taken, outside, text.length());
    // "driftsleder Per Holm fra Bageriet Solsiden ApS": the workplace written after the person.
    String masked = PARENTHESES.matcher(text).replaceAll(mr -> " ".repeat(mr.group().length()));
    Matcher workplace = WORKPLACE_AFTER.matcher(masked);
    while (workplace.find()) {
      String entry = ENTRY_BEFORE.matcher(text.substring(0, workplace.start())).replaceFirst("");
      if (entry.toLowerCase(Locale.ROOT).contains("sagsbehandler")
          || PUBLIC_BODY.matcher(workplace.group(1)).find()) {
        continue; // the caseworker's own workplace is the installation's
      }
      Arrays.fill(taken, workplace.start(1), workplace.end(1), false);
    }
    names();
  }

  /** The Deltagere line up to the entry a workplace is written in. */
  private static final Pattern ENTRY_BEFORE = Pattern.compile("^.*(?:[,;:]|\\sog\\s)");

  /** A workplace after a listed person: "fra Bageriet Solsiden ApS", up to the entry's end. */
  private static final Pattern WORKPLACE_AFTER =
      Pattern.compile(
          "(?u)(?<![\\p{L}])(?:fra|hos)\\s+(\\p{Lu}[^,;]*?)(?=[,;]|\\s+og\\s|\\s*\\.?\\s*$)");

  /** The registered participants this line named, when it is (part of) the Deltagere line. */
  Set<DraftParticipant> participantsNamed() {
    return Set.copyOf(named);
  }

  /** A registered participant the Deltagere line (all its lines) does not name. */
  static FactFlag missing(int index, DraftParticipant p) {
    return new FactFlag(
        index,
        FactKind.PARTICIPANTS,
        p.name(),
        MessageFormat.format(text("participants.missing"), p.name()));
  }

  /** An entry of the Deltagere line: up to a comma, a semicolon, "og" or the line's end. */
  private static final Pattern ENTRY = Pattern.compile("[^,;]+?(?=[,;]|\\s+og\\s+|\\s*\\.?\\s*$)");

  /**
   * The Deltagere line against the registered participants (names and roles). A caseworker writes
   * the line in more than one way: "Ida Holt (borger) og Sanne Lund (sagsbehandler, Lindholm
   * Kommune)", or the role first, "Borger Ida Holt og sagsbehandler Sanne Lund, Lindholm Kommune",
   * "frivillig mentor Hanne Berg fra Frivilligcenteret", entries parted by semicolons, or one
   * bullet per person under "Deltagere:". Each person listed is found by the name in the entry; the
   * words around it (a role or job title, what the person is to the citizen, where they come from,
   * an age) are not names of people, and an entry that names an organisation only (the caseworker's
   * municipality after a comma) lists nobody. Who is missing is asked of the whole line, its
   * bullets included ({@link UnsupportedFactCheck}).
   */
  private void participants() {
    if (e.participants.isEmpty()) {
      names();
      return;
    }
    String masked = PARENTHESES.matcher(text).replaceAll(mr -> " ".repeat(mr.group().length()));
    Matcher people = ENTRY.matcher(masked);
    Matcher roles = PARENTHESES.matcher(text);
    List<String[]> listed = new ArrayList<>();
    while (people.find()) {
      String who = people.group().replaceFirst("^\\s*og\\s+", "").strip();
      if (who.isEmpty() || who.equals(".")) {
        continue;
      }
      int start = people.start() + people.group().indexOf(who);
      listed.add(new String[] {who, String.valueOf(start)});
    }
    for (String[] entry : listed) {
      String who = entry[0];
      int start = Integer.parseInt(entry[1]);
      DraftParticipant match = registered(who);
      String roleSaid = null;
      if (match == null) {
        ListedPerson person = ListedPerson.of(who);
        if (person == null) {
          continue; // an organisation, or a role without a name
        }
        start += person.start();
        who = person.name();
        roleSaid = person.role();
        match = registered(who);
        // "Ungerådgiver Sofie Brandt": a job title written with a capital at the entry's start
        // is no part of the name, when what follows it is a registered participant's whole name.
        List<DanishWords.Word> words = DanishWords.words(who);
        if (match == null && words.size() > 2) {
          String rest = who.substring(words.get(1).start());
          DraftParticipant whole = registered(rest);
          if (whole != null && DanishWords.words(whole.name()).size() == words.size() - 1) {
            start += words.get(1).start();
            roleSaid = roleSaid == null ? words.get(0).lower() : roleSaid;
            who = rest;
            match = whole;
          }
        }
      }
      if (match == null) {
        flag(FactKind.PARTICIPANTS, start, start + who.length(), null, "participants.unknown", who);
        continue;
      }
      named.add(match);
      int after = start + who.length();
      int roleStart = start;
      int roleEnd = after;
      if (roles.find(after) && text.substring(after, roles.start()).isBlank()) {
        roleSaid = roles.group(1).toLowerCase(Locale.ROOT).split("[,\\s]+")[0];
        roleStart = roles.start();
        roleEnd = roles.end();
      }
      String role = roleSaid == null ? null : Roles.listedRole(roleSaid);
      Speaker registered = speakerOf(match);
      if (role != null && registered != Speaker.UNKNOWN && Roles.speaker(role) != registered) {
        flag(
            FactKind.PARTICIPANTS,
            roleStart,
            roleEnd,
            null,
            "participants.role",
            who,
            match.role().danishName().toLowerCase(DA));
      }
    }
  }

  /**
   * A person in an entry of the Deltagere line written role first ("Borger Ida Holt", "frivillig
   * mentor Hanne Berg fra Frivilligcenteret", "borgers kæreste Sofie Lind"): the name is the run of
   * capitalised words that are not role words; the role is the last role word before it; what
   * follows the name ("fra ...", "(arabisk)") is not the name.
   *
   * @param start where the name starts in the entry
   */
  private record ListedPerson(String name, int start, String role) {

    static ListedPerson of(String entry) {
      List<DanishWords.Word> words = DanishWords.words(entry);
      String role = null;
      int first = -1;
      int last = -1;
      for (DanishWords.Word w : words) {
        String word = entry.substring(w.start(), w.end());
        boolean capital = Character.isUpperCase(word.charAt(0));
        boolean roleWord = Roles.listedRole(w.lower()) != null || Roles.isPersonWord(w.lower());
        if (first < 0) {
          if (roleWord) {
            role = w.lower();
            continue;
          }
          if (!capital) {
            continue; // "frivillig", "borgers"
          }
          first = w.start();
          last = w.end();
        } else if (capital && !roleWord) {
          last = w.end();
        } else {
          break; // "fra Frivilligcenteret", a role word after the name
        }
      }
      if (first < 0) {
        return null;
      }
      String name = entry.substring(first, last);
      if (looksLikeOrganisation(name)) {
        return null; // "Lyngmose Kommune" after the caseworker's name
      }
      return new ListedPerson(name, first, role);
    }
  }

  private static Speaker speakerOf(DraftParticipant p) {
    if (p.role() == null) {
      return Speaker.UNKNOWN;
    }
    return switch (p.role()) {
      case BORGER -> Speaker.BORGER;
      case SAGSBEHANDLER -> Speaker.SAGSBEHANDLER;
      default -> Speaker.OTHER;
    };
  }

  /** The registered participant a listed name is: the whole name, or all its words. */
  private DraftParticipant registered(String who) {
    List<String> words = DanishWords.words(who).stream().map(DanishWords.Word::lower).toList();
    for (DraftParticipant p : e.participants) {
      if (p.name() == null) {
        continue;
      }
      List<String> name =
          DanishWords.words(p.name()).stream().map(DanishWords.Word::lower).toList();
      if (!words.isEmpty() && name.containsAll(words)) {
        return p;
      }
    }
    // "Henning Østergaard" on the line for a citizen registered as "Henning": the registered name
    // with a surname said with it in the conversation ("Godmorgen, er det Henning Østergaard?").
    for (DraftParticipant p : e.participants) {
      List<String> name =
          p.name() == null
              ? List.of()
              : DanishWords.words(p.name()).stream().map(DanishWords.Word::lower).toList();
      if (!name.isEmpty()
          && words.size() > name.size()
          && words.subList(0, name.size()).equals(name)
          && saidWhole(who)) {
        return p;
      }
    }
    return null;
  }

  /** Whether a name was said as it is written, its words in a row, somewhere in the talk. */
  private boolean saidWhole(String name) {
    Pattern whole =
        Pattern.compile(
            "(?iu)(?<![\\p{L}])"
                + DanishWords.words(name).stream()
                    .map(w -> Pattern.quote(w.text()))
                    .collect(java.util.stream.Collectors.joining("\\s+"))
                + "(?![\\p{L}])");
    return e.segs.stream().anyMatch(g -> whole.matcher(g.text()).find());
  }

  // Helpers ---------------------------------------------------------------------------------

  /** How well a segment fits the sentence; a segment the sentence cites fits better. */
  private double fit(int pos) {
    return fit(terms, pos);
  }

  private double fit(List<Evidence.Term> with, int pos) {
    return e.score(with, pos) + (scope.contains(pos) ? CITED : 0);
  }

  private String where() {
    List<Integer> cited = sentence.citations();
    if (cited.isEmpty()) {
      return text("where.transcript");
    }
    return MessageFormat.format(
        text(cited.size() == 1 ? "where.segment" : "where.segments"), list(cited));
  }

  private void flag(
      FactKind kind, int start, int end, String suggestion, String key, Object... args) {
    String fact = start >= 0 ? sentence.text().substring(start, end) : String.valueOf(args[0]);
    String reason = MessageFormat.format(text(key), args);
    if (suggestion != null) {
      reason = reason + MessageFormat.format(text("says"), suggestion);
    }
    FactFlag f =
        new FactFlag(index, kind, fact, reason, start, end, start >= 0 ? suggestion : null);
    if (flags.stream().noneMatch(o -> o.kind() == f.kind() && o.fact().equals(f.fact()))) {
      flags.add(f);
    }
  }

  private static String text(String key) {
    return REASONS.getString(key);
  }

  private static String weekdayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, DA);
  }

  private static String describe(List<DaySpan> spans) {
    return spans.stream()
        .map(
            s ->
                s.isDay()
                    ? weekdayName(s.from().getDayOfWeek()) + " " + DAY.format(s.from())
                    : DAY.format(s.from()) + "–" + DAY.format(s.to()))
        .collect(Collectors.joining(text("or")));
  }

  /** "3", "3 og 4", "3, 4 og 7". */
  private static String list(List<Integer> numbers) {
    List<String> sorted = numbers.stream().distinct().sorted().map(String::valueOf).toList();
    if (sorted.size() == 1) {
      return sorted.get(0);
    }
    return String.join(", ", sorted.subList(0, sorted.size() - 1))
        + text("and")
        + sorted.get(sorted.size() - 1);
  }

  @SuppressWarnings("unused")
  private static final Comparator<int[]> BY_START = Comparator.comparingInt(a -> a[0]);
}
