package dk.samtalenotat.draft.check;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.check.DanishDates.DateFact;
import dk.samtalenotat.draft.check.DanishDates.Span;
import dk.samtalenotat.draft.check.DanishDates.TimeFact;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Flags the facts of a draft that the transcript does not support: dates and weekdays, times,
 * numbers, amounts and hours, person and organisation names, and agreements. Each sentence is
 * compared with the segments it cites (with the whole transcript when it cites none); names and
 * organisations with the whole transcript, since a name is often said once and referred to later.
 *
 * <p>Speech recognition gets roughly one Danish word in four or five wrong and language models
 * invent things; the transcript is destroyed at approval, so this runs on every draft version and a
 * caseworker must resolve each flag before approving. It is a pure function of its input: the same
 * draft, transcript and date always give the same flags. It errs towards flagging: a false flag
 * costs the caseworker a look, a missed one may put a wrong fact in the case file.
 */
public final class UnsupportedFactCheck {

  private static final ResourceBundle REASONS =
      ResourceBundle.getBundle(
          "dk.samtalenotat.draft.check.reasons",
          Locale.ROOT,
          UnsupportedFactCheck.class.getClassLoader());

  private static final Locale DA = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern AMOUNT_AFTER =
      Pattern.compile("^\\s*(?:kr\\.?|kroner|krone|dkk|,-)(?![\\p{L}])", FLAGS);
  private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?:kr\\.?|dkk)\\s*$", FLAGS);
  private static final Pattern HOURS_AFTER =
      Pattern.compile("^\\s*-?\\s*(?:timer|time|timers|t\\.)(?![\\p{L}])", FLAGS);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
  private static final Pattern NEXT_CAPITALISED = Pattern.compile("\\s+(\\p{Lu}[\\p{L}'’-]*)");

  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\d&'’.-]*";
  private static final Pattern ORG_SUFFIX =
      Pattern.compile(
          "((?:"
              + CAPITALISED
              + "\\s+(?:(?:&|og)\\s+)?){1,4})(ApS|A/S|I/S|K/S|P/S|IVS|[Kk]ommunes?|Sygehus|Hospital"
              + "|[Aa]-kassen?)(?![\\p{L}\\d])");
  private static final Pattern ORG_PREFIX =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Aa]-kassen|[Rr]egion|[Ff]agforeningen|[Vv]irksomheden|[Ff]irmaet)\\s+("
              + CAPITALISED
              + "(?:\\s+"
              + CAPITALISED
              + "){0,3})");
  private static final Pattern ORG_GENERIC =
      Pattern.compile("(?<![\\p{L}])[Aa]-kass(?:e|en|er|erne|ens)(?![\\p{L}])");
  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\d])(\\d+\\p{Lu}+|\\p{Lu}{2,}(?:-\\p{Lu}+)?)(?![\\p{L}\\d])");

  /** Capitalised but not a name: pronouns, roles, words written with a capital by habit. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "i",
          "de",
          "dem",
          "deres",
          "jeg",
          "borger",
          "borgeren",
          "borgerens",
          "borgers",
          "sagsbehandler",
          "sagsbehandleren",
          "sagsbehandlers",
          "kommunen",
          "tolk",
          "tolken",
          "dokumentation",
          "cv",
          "mitid",
          "nemid",
          "danmark",
          "og");

  /** Capitals that are not organisations. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("CV", "OK", "IT", "PC", "SMS", "PDF", "CPR", "NB");

  private static final Pattern AGREEMENT =
      Pattern.compile(
          "(?<![\\p{L}])(aftalt|aftalte|aftaler|aftalen|aftale|skal|forpligter|forpligtede"
              + "|forpligtet|lovede|lover|tilsagn)(?![\\p{L}])",
          FLAGS);

  /** How a commitment sounds when it is said, not written down. */
  private static final Pattern COMMITMENT =
      Pattern.compile(
          "(?<![\\p{L}])(aftal\\p{L}*|skal|vil|lover|lovede|forpligt\\p{L}*|husk\\p{L}*|sender"
              + "|søger|tilmeld\\p{L}*|kontakt\\p{L}*|booker|fortsætter|starter|begynder|vi ses"
              + "|ses vi|næste (?:møde|samtale)|ny samtale|nyt møde|indkald\\p{L}*|gør jeg"
              + "|kan jeg|gør vi|er fint)(?![\\p{L}])",
          FLAGS);

  /** Words that say nothing about what was agreed. */
  private static final Set<String> NOT_CONTENT =
      Set.of(
          "aftalt",
          "aftalte",
          "aftaler",
          "aftalen",
          "aftale",
          "skal",
          "skulle",
          "blev",
          "bliver",
          "blive",
          "have",
          "havde",
          "været",
          "være",
          "hvor",
          "hvad",
          "hvornår",
          "også",
          "ikke",
          "eller",
          "efter",
          "inden",
          "mellem",
          "denne",
          "dette",
          "disse",
          "deres",
          "hans",
          "hendes",
          "sine",
          "oplyste",
          "oplyser",
          "fortalte",
          "fortæller",
          "sagde",
          "siger",
          "nævnte",
          "under",
          "over",
          "samtalen",
          "borger",
          "borgeren",
          "borgerens",
          "borgers",
          "sagsbehandler",
          "sagsbehandleren",
          "sagsbehandlers",
          "kommunen",
          "forpligter",
          "forpligtede",
          "forpligtet",
          "lovede",
          "lover",
          "tilsagn",
          "mindst",
          "højst",
          "senest",
          "gerne",
          "derfor",
          "desuden",
          "endnu",
          "igen",
          "både",
          "samt",
          "nogle",
          "noget",
          "nogen",
          "meget",
          "mere",
          "alle",
          "andre",
          "anden",
          "andet",
          "gøre",
          "give",
          "fordi",
          "måske",
          "kunne",
          "ville",
          "hende",
          "ham",
          "sig",
          "selv",
          "til",
          "med",
          "for",
          "der",
          "det",
          "den",
          "som",
          "når",
          "hvis",
          "at",
          "og");

  private UnsupportedFactCheck() {}

  /**
   * Checks every sentence of a draft against the transcript.
   *
   * @param sentences the draft, in order; flags refer to their position (0 is the first)
   * @param segments the whole transcript
   * @param conversationDate the day the conversation took place, to resolve "på torsdag" etc.
   * @return the flags, in sentence order; empty when every fact is supported
   */
  public static List<FactFlag> check(
      List<DraftSentence> sentences, List<DraftSegment> segments, LocalDate conversationDate) {
    return check(sentences, segments, conversationDate, List.of());
  }

  /**
   * As {@link #check(List, List, LocalDate)}, with the names registered for the conversation (the
   * participants, the caseworker): a note may name who took part even if nobody said the name.
   */
  public static List<FactFlag> check(
      List<DraftSentence> sentences,
      List<DraftSegment> segments,
      LocalDate conversationDate,
      Collection<String> registeredNames) {
    Objects.requireNonNull(conversationDate, "conversationDate");
    Evidence whole = Evidence.of(segments, conversationDate, true);
    registeredNames.stream()
        .filter(Objects::nonNull)
        .flatMap(n -> words(n).stream())
        .forEach(whole::addWord);
    List<FactFlag> flags = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      DraftSentence sentence = sentences.get(i);
      Set<Integer> cited = new HashSet<>(sentence.citations());
      Evidence local;
      String where;
      if (cited.isEmpty()) {
        local = whole;
        where = text("where.transcript");
      } else {
        local =
            Evidence.of(
                segments.stream().filter(s -> cited.contains(s.index())).toList(),
                conversationDate,
                false);
        where =
            MessageFormat.format(
                text(cited.size() == 1 ? "where.segment" : "where.segments"),
                list(sentence.citations()));
      }
      flags.addAll(checkSentence(i, sentence, local, whole, where, conversationDate));
    }
    return List.copyOf(flags);
  }

  private static List<FactFlag> checkSentence(
      int index,
      DraftSentence sentence,
      Evidence local,
      Evidence whole,
      String where,
      LocalDate on) {
    String text = sentence.text();
    Set<FactFlag> flags = new LinkedHashSet<>();
    boolean[] taken = new boolean[text.length()];

    for (DateFact d : DanishDates.findDates(text, on)) {
      DanishDates.mark(taken, d.start(), d.end());
      String fact = text.substring(d.start(), d.end());
      if (d.candidates().isEmpty()) {
        flags.add(flag(index, FactKind.DATE, fact, "date.invalid", fact));
        continue;
      }
      LocalDate first = d.candidates().get(0).from();
      if (d.statedWeekday() != null && first.getDayOfWeek() != d.statedWeekday()) {
        flags.add(
            flag(
                index,
                FactKind.WEEKDAY,
                fact,
                "weekday.mismatch",
                fact,
                DAY.format(first),
                weekdayName(first.getDayOfWeek())));
      }
      boolean supported =
          d.candidates().stream().anyMatch(c -> local.dates.stream().anyMatch(c::contains));
      if (!supported) {
        FactKind kind = d.weekdayOnly() ? FactKind.WEEKDAY : FactKind.DATE;
        String key = d.weekdayOnly() ? "weekday.unsupported" : "date.unsupported";
        flags.add(flag(index, kind, fact, key, fact, describe(d.candidates()), where));
      }
    }

    for (TimeFact t : DanishDates.findTimes(text)) {
      if (!DanishDates.free(taken, t.start(), t.end())) {
        continue;
      }
      DanishDates.mark(taken, t.start(), t.end());
      if (!local.times.contains(t.minutes())) {
        String fact = text.substring(t.start(), t.end());
        flags.add(flag(index, FactKind.TIME, fact, "time.unsupported", fact, where));
      }
    }

    for (DanishNumbers.Found n : DanishNumbers.find(text, false)) {
      if (n.article() || !DanishDates.free(taken, n.start(), n.end())) {
        continue;
      }
      DanishDates.mark(taken, n.start(), n.end());
      String after = text.substring(n.end());
      String before = text.substring(0, n.start());
      FactKind kind = FactKind.NUMBER;
      int start = n.start();
      int end = n.end();
      Matcher unit = AMOUNT_AFTER.matcher(after);
      Matcher currencyFirst = AMOUNT_BEFORE.matcher(before);
      Matcher hours = HOURS_AFTER.matcher(after);
      if (unit.find()) {
        kind = FactKind.AMOUNT;
        end += unit.end();
      } else if (currencyFirst.find()) {
        kind = FactKind.AMOUNT;
        start = currencyFirst.start();
      } else if (hours.find()) {
        kind = FactKind.HOURS;
        end += hours.end();
      }
      if (!local.numbers.contains(n.value())) {
        String fact = text.substring(start, end).strip();
        String key =
            switch (kind) {
              case AMOUNT -> "amount.unsupported";
              case HOURS -> "hours.unsupported";
              default -> "number.unsupported";
            };
        flags.add(flag(index, kind, fact, key, fact, where));
      }
    }

    checkOrganisations(index, text, taken, whole, flags);
    checkNames(index, text, taken, whole, flags);
    checkAgreement(index, sentence, taken, local, where, flags);
    return new ArrayList<>(flags);
  }

  private static void checkOrganisations(
      int index, String text, boolean[] taken, Evidence whole, Set<FactFlag> flags) {
    for (Pattern pattern : List.of(ORG_SUFFIX, ORG_PREFIX)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (!DanishDates.free(taken, m.start(), m.end())) {
          continue;
        }
        DanishDates.mark(taken, m.start(), m.end());
        List<String> nameWords = words(m.group(1));
        nameWords.removeIf(w -> w.equals("og") || w.equals("&"));
        if (!nameWords.stream().allMatch(whole::mentions)) {
          // The pattern lets "Brdr." be part of a name, so a full stop ending the sentence too.
          String fact = m.group().strip().replaceAll("\\.+$", "");
          flags.add(flag(index, FactKind.ORGANISATION, fact, "organisation.unsupported", fact));
        }
      }
    }
    Matcher generic = ORG_GENERIC.matcher(text);
    while (generic.find()) {
      if (!DanishDates.free(taken, generic.start(), generic.end())) {
        continue;
      }
      DanishDates.mark(taken, generic.start(), generic.end());
      if (!whole.mentionsAkasse) {
        String fact = generic.group();
        flags.add(flag(index, FactKind.ORGANISATION, fact, "organisation.unsupported", fact));
      }
    }
    Matcher acronym = ACRONYM.matcher(text);
    while (acronym.find()) {
      if (!DanishDates.free(taken, acronym.start(), acronym.end())
          || ABBREVIATIONS.contains(acronym.group())) {
        continue;
      }
      DanishDates.mark(taken, acronym.start(), acronym.end());
      if (!whole.mentions(acronym.group().toLowerCase(Locale.ROOT))) {
        String fact = acronym.group();
        flags.add(flag(index, FactKind.ORGANISATION, fact, "organisation.unsupported", fact));
      }
    }
  }

  private static void checkNames(
      int index, String text, boolean[] taken, Evidence whole, Set<FactFlag> flags) {
    Matcher m = WORD.matcher(text);
    int groupStart = -1;
    int groupEnd = -1;
    List<String> group = new ArrayList<>();
    while (true) {
      boolean found = m.find();
      boolean isName =
          found
              && DanishDates.free(taken, m.start(), m.end())
              && Character.isUpperCase(m.group().codePointAt(0))
              && (!startsSentence(text, m.start()) || followedByName(text, m.end()))
              && !NOT_NAMES.contains(m.group().toLowerCase(Locale.ROOT));
      boolean continues =
          isName && groupEnd >= 0 && text.substring(groupEnd, m.start()).matches("\\s+");
      if (!continues && !group.isEmpty()) {
        if (!group.stream().allMatch(whole::mentions)) {
          String fact = text.substring(groupStart, groupEnd);
          flags.add(flag(index, FactKind.NAME, fact, "name.unsupported", fact));
        }
        DanishDates.mark(taken, groupStart, groupEnd);
        group.clear();
      }
      if (!found) {
        return;
      }
      if (isName) {
        if (group.isEmpty()) {
          groupStart = m.start();
        }
        group.add(m.group().toLowerCase(Locale.ROOT));
        groupEnd = m.end();
      }
    }
  }

  /**
   * Every Danish sentence starts with a capital, so a first word counts as a name only when a
   * capitalised word follows it ("Lone Hansen ringer").
   */
  private static boolean followedByName(String text, int end) {
    Matcher next = NEXT_CAPITALISED.matcher(text).region(end, text.length());
    return next.lookingAt() && !NOT_NAMES.contains(next.group(1).toLowerCase(Locale.ROOT));
  }

  private static boolean startsSentence(String text, int at) {
    for (int k = at - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c)) {
        return ".!?:;\"„“«»(".indexOf(c) >= 0;
      }
    }
    return true;
  }

  private static void checkAgreement(
      int index,
      DraftSentence sentence,
      boolean[] taken,
      Evidence local,
      String where,
      Set<FactFlag> flags) {
    String text = sentence.text();
    if (!statesAgreement(sentence)) {
      return;
    }
    String fact = text.strip();
    if (!local.commitment) {
      flags.add(flag(index, FactKind.AGREEMENT, fact, "agreement.noCommitment", where));
      return;
    }
    List<String> missing = new ArrayList<>();
    int content = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() < 4
          || NOT_CONTENT.contains(w)
          || !DanishDates.free(taken, m.start(), m.end())) {
        continue;
      }
      content++;
      if (!local.stems.contains(stem(w))) {
        missing.add(m.group());
      }
    }
    // Half the content words is enough: a note rephrases, it does not quote.
    if (content > 0 && missing.size() * 2 > content) {
      flags.add(
          flag(
              index,
              FactKind.AGREEMENT,
              fact,
              "agreement.otherContent",
              String.join(", ", missing),
              where));
    }
  }

  /**
   * "aftalt", "forpligter sig" and the like always state an agreement; "skal" only where the note
   * lists agreements and next steps, since elsewhere it mostly reports plans ("skal til lægen").
   */
  private static boolean statesAgreement(DraftSentence sentence) {
    boolean agreementSection =
        sentence.section() == NoteSection.AFTALER
            || sentence.section() == NoteSection.NAESTE_SKRIDT;
    Matcher cue = AGREEMENT.matcher(sentence.text());
    while (cue.find()) {
      if (agreementSection || !cue.group(1).equalsIgnoreCase("skal")) {
        return true;
      }
    }
    return false;
  }

  private static FactFlag flag(int index, FactKind kind, String fact, String key, Object... args) {
    return new FactFlag(index, kind, fact, MessageFormat.format(text(key), args));
  }

  private static String text(String key) {
    return REASONS.getString(key);
  }

  private static String weekdayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, DA);
  }

  private static String describe(List<Span> spans) {
    return spans.stream()
        .map(
            s ->
                s.from().equals(s.to())
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

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** Enough of a word to match its inflections ("stilling", "stillinger"). */
  static String stem(String lowerCaseWord) {
    return lowerCaseWord.length() > 4 ? lowerCaseWord.substring(0, 4) : lowerCaseWord;
  }

  /** What some segments say, in the forms the draft's facts are compared with. */
  private static final class Evidence {
    final List<Span> dates = new ArrayList<>();
    final Set<Integer> times = new HashSet<>();
    final Set<BigDecimal> numbers = new HashSet<>();
    final Set<String> words = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    boolean commitment;
    boolean mentionsAkasse;

    static Evidence of(List<DraftSegment> segments, LocalDate on, boolean withSpeakers) {
      Evidence e = new Evidence();
      // The note may always name the day of the conversation itself.
      e.dates.add(Span.day(on));
      for (DraftSegment s : segments) {
        String text = s.text() == null ? "" : s.text();
        DanishDates.findDates(text, on).forEach(d -> e.dates.addAll(d.candidates()));
        DanishDates.findTimes(text).forEach(t -> e.times.add(t.minutes()));
        DanishNumbers.find(text, true).forEach(n -> e.numbers.add(n.value()));
        for (String w : words(text)) {
          e.addWord(w);
        }
        if (withSpeakers && s.speaker() != null) {
          words(s.speaker()).forEach(e::addWord);
        }
        if (withSpeakers && s.speakerRole() == ParticipantRole.A_KASSE) {
          e.mentionsAkasse = true;
        }
        e.commitment |= COMMITMENT.matcher(text).find();
      }
      e.mentionsAkasse |= e.words.stream().anyMatch(w -> w.startsWith("a-kasse"));
      return e;
    }

    private void addWord(String w) {
      words.add(w);
      stems.add(stem(w));
      // The genitive: "Mettes" in the transcript supports "Mette" in the note.
      if (w.length() > 3 && w.endsWith("s")) {
        words.add(w.substring(0, w.length() - 1));
      }
    }

    /** Whether the word is said, also as a genitive or a compound part of it. */
    boolean mentions(String lowerCaseWord) {
      if (words.contains(lowerCaseWord)) {
        return true;
      }
      return lowerCaseWord.endsWith("s")
          && words.contains(lowerCaseWord.substring(0, lowerCaseWord.length() - 1));
    }
  }
}
