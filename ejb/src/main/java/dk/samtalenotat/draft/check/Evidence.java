package dk.samtalenotat.draft.check;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.language.Continuation;
import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishDates.DateMention;
import dk.samtalenotat.language.DanishDates.TimeMention;
import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishNumbers.SpokenNumber;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.Denials;
import dk.samtalenotat.language.Frequencies;
import dk.samtalenotat.language.InterpreterRemarks;
import dk.samtalenotat.language.LaterCorrections;
import dk.samtalenotat.language.SelfCorrections;
import dk.samtalenotat.language.SpokenDanish;
import dk.samtalenotat.language.SpokenValue;
import dk.samtalenotat.language.YesOrNo;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a transcript says, in the forms a draft's facts are compared with: per segment the numbers
 * with what they count, dates, times, content-word keys, sentences with the polarity of each word,
 * and who spoke; the values a speaker took back; the words and names said. Built once per check.
 */
final class Evidence {

  /** Who said something, as a note tells speakers apart. */
  enum Speaker {
    BORGER,
    SAGSBEHANDLER,
    OTHER,
    UNKNOWN
  }

  /** A segment as the check reads it. */
  record Seg(
      int pos,
      DraftSegment segment,
      Speaker speaker,
      String identity,
      String text,
      Set<String> keys,
      boolean question) {}

  /** A number said in a segment, what it counts, and whether the speaker took it back. */
  record NumberSaid(
      int pos,
      int start,
      int end,
      BigDecimal value,
      Quantity quantity,
      boolean retracted,
      String correction,
      boolean ordinal) {}

  /** A date said in a segment. */
  record DateSaid(int pos, DateMention mention, boolean retracted, String correction) {}

  /** A time said in a segment. */
  record TimeSaid(int pos, TimeMention time, boolean retracted, String correction) {}

  /**
   * A sentence of the transcript with the polarity of each content key: true where a negation
   * stands shortly before the word ("det er ikke nødvendigt med en mulighedserklæring").
   *
   * @param identity who said it; for a question to "du", who was asked (the next speaker), since a
   *     question about the citizen's wish is evidence of the citizen's wish
   * @param values keys of the numbers, times and dates said in it ("#n7", "#t420"), and of its
   *     content words wherever they stand (see {@link #saidKeys})
   * @param decides whether it is someone's yes or no (see {@link #decides(String)}): only such a
   *     statement says whether an offer was taken
   * @param supportOnly whether it may only support a note's sentence, never contradict it: what a
   *     denial by "og det har jeg ikke" takes up is read widely, so it may confirm a note's "not"
   *     but not overturn what the note says of others
   */
  record Statement(
      int pos,
      Speaker speaker,
      String identity,
      Map<String, Boolean> negated,
      Set<String> values,
      boolean question,
      String text,
      boolean decides,
      boolean supportOnly) {

    Statement(
        int pos,
        Speaker speaker,
        String identity,
        Map<String, Boolean> negated,
        Set<String> values,
        boolean question,
        String text,
        boolean decides) {
      this(pos, speaker, identity, negated, values, question, text, decides, false);
    }

    /** The same words credited to another speaker ("du ønsker ..." is the one spoken to's). */
    Statement saidBy(Seg by) {
      return new Statement(
          pos, by.speaker(), by.identity(), negated, values, question, text, decides, supportOnly);
    }

    /** Every key the statement can be met by: its words and its values. */
    Set<String> all() {
      if (values.isEmpty()) {
        return negated.keySet();
      }
      Set<String> all = new HashSet<>(negated.keySet());
      all.addAll(values);
      return all;
    }
  }

  /**
   * A question that offers two doers ("Vil du ringe til lægen, eller skal jeg skrive til hende?")
   * and the answer that takes one ("Jeg ringer til hende").
   *
   * @param pos the answer's segment
   * @param doer who does it: the one who took it
   * @param other who offered to do it and does not
   * @param keys the content keys of the question: what is to be done
   */
  record Choice(int pos, String doer, String other, Set<String> keys) {}

  /** The words a speaker says "I" with; "æ" in the dialects of Jutland. */
  static final Set<String> FIRST_PERSON = Set.of("jeg", "æ");

  /** A sentence ends at . ! ? before a capital, so that "den 1. november" stays whole. */
  static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\[\"„«])");

  final LocalDate date;
  final List<Seg> segs = new ArrayList<>();
  final List<NumberSaid> numbers = new ArrayList<>();
  final List<DateSaid> dates = new ArrayList<>();
  final List<TimeSaid> times = new ArrayList<>();

  /**
   * A frequency said ("hver anden uge"), whether the speaker took it back, and what was said
   * instead ("– nej, hver uge").
   */
  record FrequencySaid(
      int pos, Frequencies.Frequency frequency, boolean retracted, String correction) {}

  final List<FrequencySaid> frequencies = new ArrayList<>();

  /** Weekday lists a speaker corrected, and the lists of weekdays said and not taken back. */
  final List<WeekdayLists.Correction> weekdayCorrections = new ArrayList<>();

  final List<Set<DayOfWeek>> weekdayListsSaid = new ArrayList<>();
  final List<Statement> statements = new ArrayList<>();
  final List<Choice> choices = new ArrayList<>();
  final List<Cleft> clefts = new ArrayList<>();

  /** Every word said, lower case, and the speakers' labels and registered names. */
  final Set<String> words = new HashSet<>();

  /** Each segment's words, lower case, one space apart, with a space at either end. */
  final List<String> phrases = new ArrayList<>();

  final Set<String> keys = new HashSet<>();
  final Map<String, Integer> df = new HashMap<>();
  final List<DraftParticipant> participants;
  final Set<String> registeredWords = new HashSet<>();

  /** The words of each registered name, one set a name. */
  private final List<Set<String>> registeredNames = new ArrayList<>();

  Evidence(List<DraftSegment> segments, FactCheckContext context) {
    this.date = context.conversationDate();
    this.participants = context.participants();
    for (DraftParticipant p : participants) {
      if (p.name() != null) {
        register(p.name());
      }
    }
    for (String name : context.otherNames()) {
      register(name);
    }
    words.addAll(registeredWords);
    int pos = 0;
    for (DraftSegment s : segments) {
      String text = s.text() == null ? "" : s.text();
      Set<String> segKeys = new HashSet<>(DanishWords.contentKeys(SpokenDanish.standardise(text)));
      segKeys.addAll(valueKeys(text));
      boolean question = text.strip().endsWith("?");
      String identity = Roles.ofSegment(s);
      segs.add(new Seg(pos, s, Roles.speaker(identity), identity, text, segKeys, question));
      segKeys.forEach(k -> df.merge(k, 1, Integer::sum));
      keys.addAll(segKeys);
      StringBuilder phrase = new StringBuilder(" ");
      for (DanishWords.Word w : DanishWords.words(text)) {
        String lower = w.lower();
        words.add(lower);
        if (!COMPANY_FORMS.contains(lower)) {
          // "Netto A/S" is "Netto" in a phrase, as a note may leave the form out.
          phrase.append(lower).append(' ');
        }
        // The genitive and the hyphenated parts: "Mettes", "El-Service".
        if (lower.length() > 3 && lower.endsWith("s")) {
          words.add(lower.substring(0, lower.length() - 1));
        }
      }
      phrases.add(phrase.toString());
      if (s.speaker() != null) {
        DanishWords.words(s.speaker()).forEach(w -> words.add(w.lower()));
      }
      pos++;
    }
    readValues();
    readStatements();
    readChoices();
    readClefts();
    readRefusedPromises();
  }

  private void register(String name) {
    Set<String> parts = new HashSet<>();
    DanishWords.words(name).forEach(w -> parts.add(w.lower()));
    registeredWords.addAll(parts);
    registeredNames.add(parts);
  }

  /**
   * Whether one registered name holds all these words: "Anna Berg" is no one's name where Anna Lund
   * and Ib Berg took part.
   */
  boolean registeredName(List<String> lowerCaseWords) {
    return registeredNames.stream().anyMatch(n -> n.containsAll(lowerCaseWords));
  }

  /** A speaker's turn: consecutive segments, their text joined, and where each segment starts. */
  private record Turn(int first, String text, List<int[]> offsets) {}

  /**
   * "Kim tilbyder tolv timer om ugen." ... "Og undskyld, jeg skal lige rette mig selv fra før – det
   * var tretten timer, ikke tolv.": the value a turn sets right is taken back where its speaker
   * said it in their last turns before (others may speak between), and in the correcting sentence
   * itself the value after "ikke" says nothing.
   */
  private void valuesSetRightLater(
      List<Turn> turns, List<List<int[]>> denied, List<Map<Integer, String>> corrections) {
    for (int t = 1; t < turns.size(); t++) {
      String text = turns.get(t).text();
      DraftSegment speaker = segs.get(turns.get(t).first()).segment();
      for (LaterCorrections.SetRight r : LaterCorrections.valuesSetRight(text)) {
        String instead = text.substring(r.instead().start(), r.instead().end());
        denied.get(t).add(new int[] {r.wrong().start(), r.wrong().end()});
        corrections.get(t).put(r.wrong().start(), instead);
        int own = 0;
        for (int k = t - 1; k >= 0 && own < LaterCorrections.OWN_TURNS_BACK; k--) {
          if (!sameSpeaker(segs.get(turns.get(k).first()).segment(), speaker)) {
            continue;
          }
          own++;
          boolean found = false;
          for (SpokenValue v : SpokenValue.find(turns.get(k).text())) {
            if (v.kind() == r.wrong().kind() && v.key().equals(r.wrong().key())) {
              denied.get(k).add(new int[] {v.start(), v.end()});
              corrections.get(k).put(v.start(), instead);
              found = true;
            }
          }
          if (found) {
            break;
          }
        }
      }
    }
  }

  /** A person's name one speaker said and the next denied, and the name said instead. */
  record NameDenied(int pos, List<String> denied, String instead) {}

  /**
   * A promise refused without saying what ("Det kan jeg ikke love"): the segment, the refusal, and
   * the content keys of what it refuses, which is what was just asked for or said.
   */
  record RefusedPromise(int pos, String refusal, Set<String> asked) {}

  /** Promises refused by "det" for what was asked ({@link #readRefusedPromises}). */
  final List<RefusedPromise> refusedPromises = new ArrayList<>();

  /**
   * "Får jeg en fast stilling bagefter?" "Det kan jeg ikke love": the refusal names nothing, so
   * what it refuses is the question before it, or the sentence before it in the same turn ("Du vil
   * gerne have et fast job. Det kan jeg ikke love."). A refusal that says what it refuses ("jeg kan
   * ikke love, at kommunen betaler") is read as any other negated clause.
   */
  private void readRefusedPromises() {
    for (Seg s : segs) {
      String[] sentences = SENTENCES.split(s.text().strip());
      for (int i = 0; i < sentences.length; i++) {
        if (!YesOrNo.refusesAPromise(sentences[i])) {
          continue;
        }
        String asked = null;
        if (i > 0) {
          asked = sentences[i - 1];
        } else if (s.pos() > 0 && segs.get(s.pos() - 1).speaker() != s.speaker()) {
          String before = segs.get(s.pos() - 1).text();
          asked = lastQuestion(before);
          if (asked == null) {
            String[] last = SENTENCES.split(before.strip());
            asked = last[last.length - 1];
          }
        }
        if (asked != null) {
          Set<String> keys =
              new HashSet<>(DanishWords.contentKeys(SpokenDanish.standardise(asked)));
          if (!keys.isEmpty()) {
            refusedPromises.add(new RefusedPromise(s.pos(), sentences[i].strip(), keys));
          }
        }
      }
    }
  }

  /** Names denied by the next speaker ({@link Denials}). */
  final List<NameDenied> namesDenied = new ArrayList<>();

  /**
   * Numbers, dates and times of every segment. Self-corrections are read over a speaker's whole
   * turn (consecutive segments), since a correction may run into the next cue; a day or a name the
   * next speaker denies and says instead ({@link Denials}) is taken back too, and so is the day in
   * the denial ("nej, det er ikke den niende").
   */
  private void readValues() {
    List<Turn> turns = new ArrayList<>();
    int i = 0;
    while (i < segs.size()) {
      int j = i;
      StringBuilder turn = new StringBuilder();
      List<int[]> offsets = new ArrayList<>();
      while (j < segs.size()
          && (j == i || sameSpeaker(segs.get(j - 1).segment(), segs.get(j).segment()))) {
        if (turn.length() > 0) {
          turn.append(' ');
        }
        offsets.add(new int[] {turn.length(), j});
        turn.append(segs.get(j).text());
        j++;
      }
      turns.add(new Turn(i, turn.toString(), offsets));
      i = j;
    }
    List<List<int[]>> denied = new ArrayList<>();
    List<Map<Integer, String>> deniedCorrections = new ArrayList<>();
    for (int t = 0; t < turns.size(); t++) {
      denied.add(new ArrayList<>());
      deniedCorrections.add(new HashMap<>());
    }
    for (int t = 1; t < turns.size(); t++) {
      String said = turns.get(t - 1).text();
      Optional<Denials.Denial> found = Denials.find(said, turns.get(t).text());
      if (found.isEmpty()) {
        continue;
      }
      Denials.Denial d = found.get();
      if (d.kind() == Denials.Kind.NAME) {
        int pos = turns.get(t - 1).first();
        for (int[] o : turns.get(t - 1).offsets()) {
          pos = o[0] <= d.start() ? o[1] : pos;
        }
        namesDenied.add(
            new NameDenied(
                pos,
                DanishWords.words(said.substring(d.start(), d.end())).stream()
                    .map(DanishWords.Word::lower)
                    .toList(),
                d.instead()));
        continue;
      }
      String corrected = d.corrected(said);
      String instead = d.instead();
      for (DateMention m : DanishDates.findDates(corrected, date)) {
        if (m.start() <= d.start() && d.start() < m.end()) {
          instead = corrected.substring(m.start(), m.end());
        }
      }
      denied.get(t - 1).add(new int[] {d.start(), d.end()});
      deniedCorrections.get(t - 1).put(d.start(), instead);
      denied.get(t).add(new int[] {d.denialStart(), d.denialEnd()});
      deniedCorrections.get(t).put(d.denialStart(), instead);
    }
    valuesSetRightLater(turns, denied, deniedCorrections);
    for (int k = 0; k < turns.size(); k++) {
      i = turns.get(k).first();
      String text = turns.get(k).text();
      List<int[]> offsets = turns.get(k).offsets();
      List<SelfCorrections.Correction> found = SelfCorrections.find(text);
      List<WeekdayLists.Correction> listsCorrected = WeekdayLists.corrections(text, found, i);
      weekdayCorrections.addAll(listsCorrected);
      weekdayListsSaid.addAll(WeekdayLists.said(text, listsCorrected));
      List<int[]> retracted = new ArrayList<>(denied.get(k));
      Map<Integer, String> corrections = new HashMap<>(deniedCorrections.get(k));
      for (LaterCorrections.TakenBack b : LaterCorrections.weekdays(text)) {
        // "om torsdagen. Øh, jeg mener – tirsdagen, ikke torsdagen": set right a sentence later.
        retracted.add(new int[] {b.start(), b.end()});
        corrections.put(b.start(), b.instead());
      }
      for (SelfCorrections.Correction c : found) {
        String correction =
            c.corrected().isEmpty()
                ? null
                : text.substring(
                    c.corrected().get(0).start(),
                    c.corrected().get(c.corrected().size() - 1).end());
        for (SpokenValue v : c.retracted()) {
          retracted.add(new int[] {v.start(), v.end()});
          corrections.put(v.start(), correction);
        }
      }
      for (int[] o : offsets) {
        int base = o[0];
        int pos = o[1];
        String segText = segs.get(pos).text();
        boolean[] taken = new boolean[segText.length() + 1];
        for (TimeMention t : DanishDates.findTimes(segText)) {
          int[] r = find(retracted, base + t.start(), base + t.end());
          times.add(new TimeSaid(pos, t, r != null, r == null ? null : corrections.get(r[0])));
          mark(taken, t.start(), t.end());
        }
        for (Frequencies.Frequency f : Frequencies.find(segText)) {
          int[] r = find(retracted, base + f.start(), base + f.end());
          frequencies.add(
              new FrequencySaid(pos, f, r != null, r == null ? null : corrections.get(r[0])));
        }
        for (DateMention d : DanishDates.findDates(segText, date)) {
          int[] r = find(retracted, base + d.start(), base + d.end());
          dates.add(
              new DateSaid(
                  pos, eitherYear(d), r != null, r == null ? null : corrections.get(r[0])));
          // "vi har snakket om fire dage á fem timer": a span read as a day counted from now
          // ("om fire dage") is as often a count of days; its number stays a number too.
          boolean counted =
              d.kind() == DanishDates.DateKind.RELATIVE
                  && !DanishNumbers.find(segText.substring(d.start(), d.end())).isEmpty();
          if (d.kind() != DanishDates.DateKind.WEEKDAY && !counted) {
            mark(taken, d.start(), d.end());
          }
        }
        definiteWeekdays(segText, pos, base, retracted, corrections);
        for (SpokenNumber n : DanishNumbers.find(segText)) {
          if (!n.stated() || !free(taken, n.start(), n.end())) {
            continue;
          }
          int[] r = find(retracted, base + n.start(), base + n.end());
          numbers.add(
              new NumberSaid(
                  pos,
                  n.start(),
                  n.end(),
                  n.value(),
                  Quantity.of(segText, n.start(), n.end()),
                  r != null,
                  r == null ? null : corrections.get(r[0]),
                  n.form() == DanishNumbers.Form.ORDINAL));
        }
      }
    }
  }

  static final Pattern DEFINITE_WEEKDAY =
      Pattern.compile(
          "(?<![\\p{L}])(" + DanishDates.WEEKDAY_NAMES + ")(ene|en)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A weekday said in its definite form ("om fredagen fra otte til tolv", "mandagen efter") names
   * that weekday too, as a day of the week without a date: the note's "fredag kl. 8-12" is said.
   */
  private void definiteWeekdays(
      String segText, int pos, int base, List<int[]> retracted, Map<Integer, String> corrections) {
    Matcher m = DEFINITE_WEEKDAY.matcher(segText);
    List<int[]> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder(segText);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      for (int k = m.start(2); k < m.end(2); k++) {
        plain.setCharAt(k, ' ');
      }
    }
    if (spans.isEmpty()) {
      return;
    }
    for (DateMention d : DanishDates.findDates(plain.toString(), date)) {
      if (d.kind() == DanishDates.DateKind.WEEKDAY
          && spans.stream().anyMatch(sp -> d.start() < sp[1] && d.end() > sp[0])) {
        int[] r = find(retracted, base + d.start(), base + d.end());
        dates.add(new DateSaid(pos, d, r != null, r == null ? null : corrections.get(r[0])));
      }
    }
  }

  /**
   * A date or month said without a year or weekday may be the last one or the next one ("i august"
   * in March is last August to someone telling their history): both count as said.
   */
  private static DateMention eitherYear(DateMention d) {
    boolean open =
        !d.yearStated()
            && d.statedWeekday() == null
            && (d.kind() == DanishDates.DateKind.DATE || d.kind() == DanishDates.DateKind.MONTH);
    if (!open || d.candidates().size() != 1) {
      return d;
    }
    DanishDates.DaySpan c = d.candidates().get(0);
    List<DanishDates.DaySpan> both = new ArrayList<>(d.candidates());
    both.add(new DanishDates.DaySpan(c.from().minusYears(1), lastOfMonth(c, -1)));
    both.add(new DanishDates.DaySpan(c.from().plusYears(1), lastOfMonth(c, 1)));
    return new DateMention(d.start(), d.end(), d.kind(), both, null, false);
  }

  private static LocalDate lastOfMonth(DanishDates.DaySpan c, int years) {
    LocalDate to = c.to().plusYears(years);
    return c.isDay() ? to : to.withDayOfMonth(to.lengthOfMonth());
  }

  private static boolean sameSpeaker(DraftSegment a, DraftSegment b) {
    return a.speaker() != null && a.speaker().equals(b.speaker());
  }

  private static int[] find(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && s[0] < end) {
        return s;
      }
    }
    return null;
  }

  /**
   * The sentences of every segment with the polarity of their words. A yes/no question answered
   * "nej" by the next speaker also stands as a statement with its words negated ("Skal jeg sende
   * lønsedler?" "Nej, det skal du ikke."), together with the words the question refers back to.
   */
  private void readStatements() {
    boolean announced = false;
    Seg previous = null;
    for (Seg s : segs) {
      boolean interpreter = Roles.isInterpreter(s.segment());
      boolean ownRemark = false;
      List<String> sentences = List.of(SENTENCES.split(SpokenDanish.standardise(s.text())));
      // "Må jeg sige noget fra mig selv, som tolk? Det er ikke noget, han har sagt." / "Jeg tror,
      // han er nervøs. Men det er min egen fornemmelse.": the interpreter's own, over two segments.
      boolean[] own =
          interpreter
              ? InterpreterRemarks.ownSentences(
                  sentences,
                  announced && previous != null && previous.identity().equals(s.identity()))
              : new boolean[sentences.size()];
      announced = interpreter && InterpreterRemarks.announcesARemark(sentences);
      previous = s;
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i);
        boolean question =
            sentence.strip().endsWith("?") || INDIRECT_QUESTION.matcher(sentence).find();
        String identity = s.identity();
        Speaker speaker = s.speaker();
        // "Tolken vil lige sige for egen regning: ...": from there on the interpreter's own words,
        // not the citizen's in the first person.
        ownRemark |=
            interpreter
                && (InterpreterRemarks.remarkStart(sentence) >= 0
                    || InterpreterRemarks.aboutTranslating(sentence));
        if (ownRemark || own[i]) {
          identity = Roles.INTERPRETER;
          speaker = Speaker.OTHER;
        }
        boolean reported = !question && REPORTED_YOU.matcher(sentence).find();
        if ((question && addressesYou(sentence) || reported) && s.pos() + 1 < segs.size()) {
          // A question to "du" is evidence of the one asked; "du nævnte Nordhavn Logistik" is
          // what the one spoken to said, reported back to them.
          Seg next = reported ? spokenTo(s) : segs.get(s.pos() + 1);
          if (next != null && !next.identity().equals(s.identity())) {
            identity = next.identity();
            speaker = next.speaker();
          }
        }
        statements.add(
            new Statement(
                s.pos(),
                speaker,
                identity,
                MISTAKEN.matcher(sentence).find() || TOPIC_ONLY.matcher(sentence).find()
                    ? Map.of()
                    : polarity(sentence, w -> true),
                saidKeys(sentence),
                question,
                sentence,
                decides(sentence)));
        Seg noted = !question && NOTED_BACK.matcher(sentence).find() ? justAnswered(s) : null;
        if (noted != null) {
          // "Nej, a er rask." "Så noterer jeg, at der ikke er helbredsmæssige forhold": what the
          // one just answered said, written down in the caseworker's words, stands as theirs too.
          statements.add(
              new Statement(
                  s.pos(),
                  noted.speaker(),
                  noted.identity(),
                  polarity(sentence, w -> true),
                  saidKeys(sentence),
                  false,
                  sentence,
                  false,
                  true));
        }
        if (i > 0 && !question && takesUpByAnAuxiliary(DanishWords.words(sentence))) {
          // "De vil gerne have, at man har kørekort. Til traktor og til bil. Og det har a ikke.":
          // the "not" denies what the sentence before says, and the one before that when the one
          // before has no verb of its own.
          statements.add(
              new Statement(
                  s.pos(),
                  speaker,
                  identity,
                  deniedBefore(sentences, i),
                  Set.of(),
                  false,
                  sentence,
                  false,
                  true));
        }
        if (EMPHATIC.matcher(sentence).find() && DanishWords.contentWords(sentence).size() < 3) {
          // "Det var mig, der sagde det": the speaker claims what was just talked about. One that
          // says what it claims ("det var mig, der sagde, at fire timer blev for meget") claims
          // only that, and stands as said.
          Map<String, Boolean> claimed = new HashMap<>();
          for (int k = Math.max(0, s.pos() - 2); k <= s.pos(); k++) {
            segs.get(k).keys().forEach(key -> claimed.put(key, false));
          }
          statements.add(
              new Statement(
                  s.pos(), s.speaker(), s.identity(), claimed, Set.of(), false, sentence, false));
        }
      }
    }
    for (int k = 0; k + 1 < segs.size(); k++) {
      Seg q = segs.get(k);
      Seg a = answerTo(k);
      // "Kan vi slukke for optagelsen? Det er noget privat.": the question need not close the
      // segment.
      String question = lastQuestion(q.text());
      if (question == null || a == null || q.speaker() == a.speaker()) {
        continue;
      }
      String answer = YesOrNo.afterHesitation(a.text().strip().toLowerCase(Locale.ROOT));
      boolean notSo = deniesAsAQuality(answer) && !asksWhat(question);
      Boolean no =
          YesOrNo.opensWithNo(answer) || ellipticalNo(answer) && !asksWhat(question) || notSo
              ? Boolean.TRUE
              : YesOrNo.opensWithYes(answer) ? Boolean.FALSE : null;
      if (no == null) {
        continue;
      }
      // "Nej" to "Har du bil?" says no car; "nej" to "Begrænser den dig ikke?" agrees that it does
      // not; "jo" to a negative question says it does. A condition in the question ("når du
      // søger job") is not what is answered.
      String standard = SpokenDanish.standardise(question);
      List<DanishWords.Word> qw = DanishWords.words(standard);
      boolean[] qNegated = negated(standard, qw);
      boolean[] qCondition = hypothetical(standard, qw);
      boolean negativeQuestion = false;
      for (boolean b : qNegated) {
        negativeQuestion |= b;
      }
      // "..., men det er vel ikke nødvendigt?" "Nej, det vil jeg helst takke nej til.": a no that
      // says it declines declines the offer, whatever "ikke" the question had.
      if (no && YesOrNo.declines(answer)) {
        negativeQuestion = false;
      }
      Map<String, Boolean> negated = new HashMap<>();
      // "Skal det kun være lager?" "Nej": the answer takes back the "kun", not the lager. "Du
      // nævnte et kursus i lagerstyring?" "Ja": the answer says it was mentioned, not that it is.
      boolean restricted =
          no && qw.stream().anyMatch(w -> ONLY.contains(w.lower())) && !negativeQuestion
              || MENTIONED.matcher(standard).find();
      for (int i = 0; i < qw.size(); i++) {
        String w = qw.get(i).lower();
        if (!DanishWords.isContentWord(w)
            || qCondition[i]
            || subordinate(standard, qw, i)
            || restricted) {
          continue;
        }
        // "Står truckcertifikatet der?" "Nej": what a definite noun names is taken as there by
        // the question, and "nej" says only that it does not stand there.
        if (given(standard, qw, i)) {
          continue;
        }
        boolean value = negativeQuestion ? (no ? qNegated[i] : false) : no;
        for (String key : DanishWords.keys(w)) {
          negated.put(key, value);
        }
      }
      Set<String> asked = Set.copyOf(negated.keySet());
      if (DanishWords.words(question).size() < 8
          && k > 0
          && segs.get(k - 1).speaker() == q.speaker()) {
        referredTo(segs.get(k - 1).text(), negativeQuestion ? false : no, negated);
      }
      if (DanishWords.words(question).size() < 8) {
        // "Vi har et træningsforløb i sundhedscentret. Er det noget for dig?" "Nej": a short
        // question points to the offer its turn makes around it, and the answer takes or declines
        // that offer.
        referredTo(q.text().replace(question, " "), negativeQuestion ? false : no, negated);
      }
      if (notSo && DanishWords.words(question).size() < 8) {
        // "Jeg har hørt om en mentor. Er det noget for mig?" "Det er ikke nødvendigt": the "det" of
        // both is what the asker said just before the question in the same segment.
        String before = q.text().substring(0, Math.max(0, q.text().lastIndexOf(question)));
        for (DanishWords.Word w : DanishWords.contentWords(SpokenDanish.standardise(before))) {
          for (String key : DanishWords.keys(w.lower())) {
            negated.putIfAbsent(key, true);
          }
        }
      }
      // What the answer says belongs to the statement too ("– Ja. Jeg tænkte, om jeg kunne komme
      // onsdag også"); whose it is: the one asked about "du", else the one who asked ("Må Lone
      // komme med?" is the asker's wish). What it says in so many words of the talk before the
      // question outweighs what its "ja" was taken to say of it ("Har du tænkt over det?" "Ja ...
      // jeg vil ikke på produktionsskolen"); the question's own words keep the "ja" or "nej".
      // When it says the opposite of one, its "ja" or "nej" was about something else, and says
      // nothing of the rest of that talk either.
      Set<String> inferred = new HashSet<>(negated.keySet());
      inferred.removeAll(asked);
      Set<String> answeredKeys = new HashSet<>();
      boolean contradicts = false;
      for (String answered : SENTENCES.split(SpokenDanish.standardise(a.text()))) {
        if (answered.strip().endsWith("?")) {
          continue;
        }
        for (Map.Entry<String, Boolean> said : polarity(answered, w -> true).entrySet()) {
          answeredKeys.add(said.getKey());
          if (asked.contains(said.getKey())) {
            negated.putIfAbsent(said.getKey(), said.getValue());
          } else {
            Boolean before = negated.put(said.getKey(), said.getValue());
            contradicts |= before != null && !before.equals(said.getValue());
          }
        }
      }
      if (contradicts) {
        inferred.removeAll(answeredKeys);
        negated.keySet().removeAll(inferred);
      }
      // "Er der styr på børnepasning?" "Ja, ...": a question about how things are, not a wish,
      // is answered for the one who answers.
      boolean toYou =
          addressesYou(question)
              || !REQUEST.matcher(SpokenDanish.standardise(question).strip()).lookingAt();
      statements.add(
          new Statement(
              a.pos(),
              toYou ? a.speaker() : q.speaker(),
              toYou ? a.identity() : q.identity(),
              negated,
              valueKeys(question + " " + a.text()),
              false,
              question + " – " + a.text(),
              true));
    }
  }

  /**
   * The words a short question refers back to, as its answer takes them: all negated by a "nej"; by
   * a "ja" as said ("..., og jeg træffer ikke nogen afgørelse om det i dag. Er det rigtigt?" "Ja"
   * confirms that no decision is made).
   */
  private static void referredTo(String text, boolean no, Map<String, Boolean> negated) {
    String standard = SpokenDanish.standardise(text);
    Map<String, Boolean> own = no ? Map.of() : polarity(standard, w -> true);
    for (DanishWords.Word w : DanishWords.contentWords(standard)) {
      for (String key : DanishWords.keys(w.lower())) {
        negated.putIfAbsent(key, no || own.getOrDefault(key, false));
      }
    }
  }

  /**
   * Determiners that make the noun after them definite: "dit CV", "denne plan" ("den", "det" and
   * "de" are pronouns as often: "så den begrænser dig ikke").
   */
  private static final Set<String> DEFINITE_DETERMINERS =
      Set.of(
          "din", "dit", "dine", "min", "mit", "mine", "hans", "hendes", "deres", "jeres", "vores",
          "sin", "sit", "sine", "denne", "dette", "disse");

  /** The endings of a Danish noun's definite form: "certifikatet", "planen", "timerne". */
  private static final List<String> DEFINITE_ENDINGS = List.of("erne", "ene", "ne", "et", "en");

  /**
   * Whether a word of a question names something the question takes as given, so that a "nej"
   * denies what is asked of it, not that it exists: a noun in its definite form
   * ("truckcertifikatet") or after a possessive or definite article ("dit CV"), or a name
   * ("Jobnet").
   */
  static boolean given(String text, List<DanishWords.Word> words, int i) {
    String lower = words.get(i).lower();
    if (isName(text, words, i)) {
      return true;
    }
    if (!DanishWords.dictionaryInstalled()) {
      return false;
    }
    if (i > 0
        && DEFINITE_DETERMINERS.contains(words.get(i - 1).lower())
        && DanishWords.wordClasses(lower).contains(DanishWords.WordClass.NOUN)
        && !DanishWords.wordClasses(lower).contains(DanishWords.WordClass.VERB)) {
      return true;
    }
    for (String ending : DEFINITE_ENDINGS) {
      String base = lower.substring(0, Math.max(0, lower.length() - ending.length()));
      if (lower.endsWith(ending)
          && base.length() >= 3
          && DanishWords.wordClasses(base).contains(DanishWords.WordClass.NOUN)
          && !DanishWords.wordClasses(lower).contains(DanishWords.WordClass.VERB)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cleft that names who did something ("det var Emil selv, der spurgte, om vi kunne tage
   * derud"): Danish puts the doer in focus this way to settle who did it, as against another.
   *
   * @param pos the segment
   * @param doer the identity of the one named
   * @param did what the relative clause says the one named did ("spurgte, om vi kunne tage derud")
   */
  record Cleft(int pos, String doer, String did) {}

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

  /** "det var Emil selv, der", "det er mig, som": the one named in a cleft's focus. */
  private static final Pattern CLEFT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])det (?:var|er) (\\p{L}+)(?: selv)?,? (?:der|som)(?![\\p{L}])");

  /**
   * The clefts of every segment that name a participant: "mig" is the speaker, a role word or a
   * registered name is who it names; "ham", "hende" and "os" name no one for certain.
   */
  private void readClefts() {
    for (Seg s : segs) {
      String standard = SpokenDanish.standardise(s.text());
      Matcher m = CLEFT.matcher(standard);
      while (m.find()) {
        Matcher end = SENTENCE_END.matcher(standard);
        String did =
            standard.substring(m.end(), end.find(m.end()) ? end.start() : standard.length());
        String named = m.group(1).toLowerCase(Locale.ROOT);
        String doer =
            FIRST_PERSON_OBJECT.contains(named)
                ? s.identity()
                : Roles.ofWord(named) != null
                    ? Roles.ofWord(named)
                    : Roles.ofParticipantName(named, participants);
        if (doer != null && !doer.isEmpty()) {
          clefts.add(new Cleft(s.pos(), doer, did));
        }
      }
    }
  }

  /**
   * "min mand synes, at jeg skal vente", "lægen mener, at ...": an opinion the speaker reports of
   * someone else, the holder before the verb; "det synes jeg" and "jeg mener" are the speaker's
   * own.
   */
  private static final Pattern OTHERS_VIEW =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])((?:min|mit|mine|din|hans|hendes|vores|deres)\\s+\\p{L}+|\\p{L}{2,}en)"
              + "\\s+(?:synes|syntes|mener|mente|vil have|ville have),?\\s+at(?![\\p{L}])");

  /**
   * "Hun sagde, at jeg kunne starte med medicinrunderne", "min leder foreslog, at ...", "lægen
   * skriver, at ...": words the speaker reports of someone other than themself or the one spoken
   * to.
   */
  private static final Pattern OTHERS_WORDS =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:hun|han|(?:min|mit|mine|hans|hendes|vores|deres)\\s+\\p{L}+"
              + "|\\p{L}{2,}en)\\s+(?:har\\s+|havde\\s+)?(?:sagde|sagt|siger|foreslog|foreslået"
              + "|foreslår|skrev|skrevet|skriver|anbefalede|anbefalet|anbefaler),?\\s+at(?![\\p{L}])");

  /**
   * Whether a sentence reports what someone other than its speaker said or proposed ("hun sagde, at
   * ...") or holds ("lægen mener, at ...").
   */
  static boolean reportsOthers(String sentence) {
    return OTHERS_WORDS.matcher(sentence).find() || OTHERS_VIEW.matcher(sentence).find();
  }

  /** Who holds the view a sentence reports of someone other than its speaker, or null. */
  static String othersView(String sentence) {
    Matcher m = OTHERS_VIEW.matcher(sentence);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The words a speaker says "me" with. */
  private static final Set<String> FIRST_PERSON_OBJECT = Set.of("mig", "mæ");

  /** "du ..., eller skal jeg ...": the two parts of a question that offers two doers. */
  private static final Pattern EITHER_OR = Pattern.compile("(?iu),\\s*eller\\s");

  /**
   * The questions that offer the one asked a task or the asker's doing it, and who took it: an
   * answer that opens with "jeg" (within its first words, after a "ja") does it itself, one that
   * opens with "du" leaves it to the asker.
   */
  private void readChoices() {
    for (int k = 0; k + 1 < segs.size(); k++) {
      Seg q = segs.get(k);
      Seg a = segs.get(k + 1);
      String question = lastQuestion(q.text());
      if (question == null || q.identity().equals(a.identity()) || a.identity().isEmpty()) {
        continue;
      }
      String[] parts = EITHER_OR.split(question, 2);
      if (parts.length < 2 || !offersDoers(parts[0], parts[1])) {
        continue;
      }
      String first = SENTENCES.split(a.text().strip())[0];
      List<DanishWords.Word> words = DanishWords.words(first);
      if (words.stream().anyMatch(w -> DanishWords.isNegation(w.lower()))) {
        continue;
      }
      for (int i = 0; i < Math.min(words.size(), 4); i++) {
        String w = words.get(i).lower();
        if (FIRST_PERSON.contains(w) || w.equals("du")) {
          boolean self = !w.equals("du");
          choices.add(
              new Choice(
                  a.pos(),
                  self ? a.identity() : q.identity(),
                  self ? q.identity() : a.identity(),
                  DanishWords.contentKeys(SpokenDanish.standardise(question))));
          break;
        }
      }
    }
  }

  /** Whether one part of a question has "du" and the other "jeg" (or "vi"). */
  private static boolean offersDoers(String one, String two) {
    return has(one, Set.of("du")) && has(two, Set.of("jeg", "vi"))
        || has(one, Set.of("jeg", "vi")) && has(two, Set.of("du"));
  }

  private static boolean has(String text, Set<String> anyOf) {
    return DanishWords.words(text).stream().anyMatch(w -> anyOf.contains(w.lower()));
  }

  /**
   * An answer that denies without "nej", in a sentence of its own that opens with "ikke" ("Øh, de
   * fleste. Ikke den sidste, tror jeg."): what the question asks is not so, at least in part.
   */
  private static boolean ellipticalNo(String answer) {
    String[] sentences = answer.split("[.!?]\\s+");
    for (String sentence : sentences) {
      if (sentence.strip().matches("^(ikke|ikk'|ik')\\s.*")) {
        return true;
      }
    }
    // "Det nåede jeg ikke": the answer's first sentence, not a "ja" with a "but" after it.
    if (YesOrNo.opensWithYes(answer)) {
      return false;
    }
    for (String clause : sentences[0].split("[,;–]")) {
      if (deniesWhatWasAsked(clause)) {
        return true;
      }
    }
    return false;
  }

  /** "Det er ikke relevant", "det er slet ikke nødvendigt": what was asked about is not so. */
  private static final Pattern NOT_SO =
      Pattern.compile("(?iu)^\\W*det (?:er|var|bliver) (?:slet |altså |jo )?ikke (\\p{L}+)");

  /**
   * An answer that opens by denying a quality of what was asked about ("Det er ikke nødvendigt
   * nu"): its "det" is the question's matter. A word after "ikke" that opens a noun phrase ("det er
   * ikke noget problem", "ikke en god idé") denies that thing, not the matter, and is no such
   * answer.
   *
   * @param answer the answer in lower case
   */
  private static boolean deniesAsAQuality(String answer) {
    Matcher m = NOT_SO.matcher(answer);
    return m.find() && DanishWords.isContentWord(m.group(1));
  }

  /**
   * A clause that denies with "det" for what was asked and says nothing of its own: "det glemte
   * jeg", "det nåede jeg ikke". Its "not" is the question's.
   */
  private static boolean deniesWhatWasAsked(String clause) {
    List<DanishWords.Word> words = DanishWords.words(clause);
    boolean it = false;
    boolean denies = false;
    for (DanishWords.Word w : words) {
      String lower = w.lower();
      it |= lower.equals("det");
      if (NEGATIVE_VERBS.contains(lower) || DanishWords.isNegation(lower)) {
        denies = true;
      } else if (DanishWords.isContentWord(lower) && !PRO_VERBS.contains(lower)) {
        return false;
      }
    }
    return it && denies;
  }

  /** Verbs that stand for the verb of a question ("Gav du besked?" "Nej, det gjorde jeg ikke"). */
  private static final Set<String> PRO_VERBS =
      Set.of("gjorde", "gør", "nåede", "når", "fik", "har", "havde", "kunne", "kan");

  /** A question for something other than yes or no ("Hvad har du lavet siden?"). */
  private static boolean asksWhat(String question) {
    return DanishWords.words(question).stream()
        .anyMatch(w -> w.lower().startsWith("hv") && INTERROGATIVES.contains(w.lower()));
  }

  private static final Set<String> INTERROGATIVES =
      Set.of(
          "hvad", "hvem", "hvor", "hvornår", "hvordan", "hvorfor", "hvilken", "hvilket", "hvilke",
          "hvorhen", "hvorfra", "hvis");

  /**
   * The turn that answers the question of segment {@code k}: the next one with words, past what the
   * transcript marks as not rendered ("[taler arabisk]" before the interpreter's "Nej tak"), or
   * null.
   */
  private Seg answerTo(int k) {
    for (int j = k + 1; j < Math.min(segs.size(), k + 3); j++) {
      if (!UNRENDERED.matcher(segs.get(j).text()).matches()) {
        return segs.get(j);
      }
    }
    return null;
  }

  /**
   * Whether a sentence is someone's yes or no to something: "nej tak til", "takker ja", "afslår",
   * "tager imod", or a "not" with a verb of wanting ("jeg vil ikke", "har ikke brug for"); an
   * answer to a yes/no question is one too. One that mentions an offer ("vi har et træningsforløb")
   * says neither.
   */
  private static boolean decides(String sentence) {
    return YesOrNo.writesADecision(sentence) || YesOrNo.notWanted(sentence);
  }

  /** A turn with nothing but the transcript's own remarks in brackets. */
  private static final Pattern UNRENDERED = Pattern.compile("\\s*(?:\\[[^\\]]*\\]\\s*)+");

  /** The last sentence of a segment that asks something, or null. */
  private static String lastQuestion(String text) {
    String found = null;
    for (String sentence : SENTENCES.split(text)) {
      Matcher indirect = INDIRECT_QUESTION.matcher(sentence);
      if (sentence.strip().endsWith("?")) {
        found = sentence;
      } else if (indirect.find()) {
        found = sentence.substring(indirect.end()); // "jeg vil spørge, om du ...": "du ..."
      }
    }
    return found;
  }

  /**
   * A question whether something was mentioned, without what was said of it: "du nævnte et kursus i
   * lagerstyring?" ("du sagde, at du har bil?" asks what is so).
   */
  private static final Pattern MENTIONED =
      Pattern.compile(
          "(?iu)\\b(?:nævnte|nævner|nævnt|omtalte|(?:talte|snakkede|fortalte)\\s+om)\\b(?!.*\\bat\\b)");

  /**
   * A sentence that names what the talk is about and says nothing of it: "Det er kørekortet, det
   * handler om", "det drejer sig om praktikken" ("det handler om, at jeg ikke har kørekort" says
   * something).
   */
  private static final Pattern TOPIC_ONLY =
      Pattern.compile(
          "(?iu)\\b(?:handler|handlede|drejer\\s+sig|drejede\\s+sig)\\s+om\\b"
              + "(?!\\s*,?\\s*(?:at|hvordan|hvad|hvorfor|hvornår|hvor|om)\\b)");

  /**
   * What someone believed and the talk set right: "Hun har forstået praktik som et almindeligt
   * arbejde med løn", "jeg troede, det var betalt", "der er en misforståelse". Such a sentence,
   * said or in a note, asserts neither what was believed nor its opposite.
   */
  static final Pattern MISTAKEN =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:troede|troet|misforstå\\p{L}*|gik\\s+ud\\s+fra"
              + "|(?:har|havde)\\s+forstået\\s+(?:\\p{L}+\\s+){1,4}som)(?![\\p{L}])");

  /**
   * A question asked without a question mark: "Jeg vil også spørge, om du kunne have brug for en
   * mentor." asserts nothing; what follows "om" is asked, and so is what follows a question word
   * after "spørger" ("Hun spørger, hvor meget hun får i løn", as an interpreter relays it).
   */
  static final Pattern INDIRECT_QUESTION =
      Pattern.compile(
          "(?iu)\\b(?:(?:spørge|spørger|spurgte|høre|hører)(?:\\s+(?:dig|jer|dem|hende|ham))?"
              + "(?:\\s+ad)?\\s*,?\\s+om\\s+"
              + "|(?:spørge|spørger|spurgte)(?:\\s+(?:dig|jer|dem|hende|ham))?\\s*,?\\s+"
              + "(?:hvor|hvad|hvornår|hvordan|hvem|hvorfor|hvilken|hvilket|hvilke)\\s+)");

  /** A question that asks for something ("Må Lone komme med?") rather than how things are. */
  private static final Pattern REQUEST =
      Pattern.compile("(?iu)(og |men |så )?(må|kan|kunne|skal|skulle|vil|ville|gider|tør)\\s");

  /**
   * Whether a statement is a short request ("Må Gorm komme med?") right after another speaker's
   * segment, which it asks about: what that segment talks of is what the request proposes.
   */
  boolean asksAboutWhatWasJustSaid(Statement st) {
    return st.question()
        && st.pos() > 0
        && !segs.get(st.pos() - 1).identity().equals(segs.get(st.pos()).identity())
        && DanishWords.words(st.text()).size() < 8
        && REQUEST.matcher(st.text().strip()).lookingAt();
  }

  /** Words that restrict what a question asks about, so that "nej" answers the restriction. */
  private static final Set<String> ONLY = Set.of("kun", "bare", "udelukkende", "alene");

  /** The letters of company forms as words split them ("A/S" gives "a" and "s"), and "ApS". */
  private static final Set<String> COMPANY_FORMS = Set.of("aps", "ivs", "a", "s");

  private static final Pattern YOU =
      Pattern.compile("(?iu)(?<![\\p{L}])(du|dig|din|dit|dine|jer|jeres)(?![\\p{L}])");
  private static final Pattern EMPHATIC =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])det (var|er) (mig|mæ|os|ham|hende),? (der|som)(?![\\p{L}])");

  /** What the one spoken to said, reported back to them ("du nævnte", "som I fortalte"). */
  private static final Pattern REPORTED_YOU =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:du|i) (?:har |havde )?(?:nævnte|nævnt|sagde|sagt|fortalte|fortalt"
              + "|foreslog|foreslået|spurgte|spurgt|skrev|skrevet)(?![\\p{L}])");

  /** The speaker writing down what was just said: "så noterer jeg, at ...", "jeg skriver, at". */
  private static final Pattern NOTED_BACK =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:noterer|skriver) (?:jeg|vi)(?: lige)?(?: ned| op)?,? at(?![\\p{L}])");

  /**
   * The segment before, when someone else said it: the one a speaker answers. Null when the speaker
   * goes on from their own segment.
   */
  Seg justAnswered(Seg s) {
    if (s.pos() == 0) {
      return null;
    }
    Seg before = segs.get(s.pos() - 1);
    return before.identity().equals(s.identity()) || before.identity().isEmpty() ? null : before;
  }

  /**
   * The first segment of someone else after a segment, up to four on: who a speaker reports back to
   * ("du nævnte ...", "du ønsker ..."), also from a summary that goes on over the speaker's next
   * segments ("Du har sagt nej tak til forløbet. [...]"); null when nobody else speaks so soon.
   */
  Seg spokenTo(Seg s) {
    for (int p = s.pos() + 1; p < segs.size() && p <= s.pos() + 4; p++) {
      if (!segs.get(p).identity().equals(s.identity())) {
        return segs.get(p);
      }
    }
    return null;
  }

  private static boolean addressesYou(String sentence) {
    return YOU.matcher(sentence).find();
  }

  /**
   * The keys a statement is met by besides its polarity: its values, and its content words also
   * where they stand in a condition or are said both ways ("hvis det går godt, så kunne vi gå op
   * til seksten timer" is the speaker's, though it states nothing either way).
   */
  private static Set<String> saidKeys(String sentence) {
    Set<String> keys = valueKeys(sentence);
    keys.addAll(DanishWords.contentKeys(sentence));
    return keys;
  }

  /** Keys of the values said in a text: numbers "#n7", clock times "#t420", weekdays "#w1". */
  static Set<String> valueKeys(String text) {
    Set<String> keys = new HashSet<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (TimeMention t : DanishDates.findTimes(text)) {
      keys.add("#t" + t.clockMinutes());
      mark(taken, t.start(), t.end());
    }
    for (SpokenNumber n : DanishNumbers.find(text)) {
      if (n.stated() && free(taken, n.start(), n.end())) {
        keys.add("#n" + n.value().toPlainString());
      }
    }
    for (DanishWords.Word w : DanishWords.words(text)) {
      DanishDates.weekday(w.text())
          .or(() -> DanishDates.weekday(DanishWords.stem(w.text())))
          .ifPresent(d -> keys.add("#w" + d.getValue()));
    }
    if (goesOn(text) != null) {
      keys.add(GOES_ON);
    }
    return keys;
  }

  /**
   * The key of "goes on": a text that says something goes on ("fortsat", "stadig") has it not
   * negated, one that says it no longer does ("ikke ... mere") negated, so that the two disagree as
   * a word said with and without "ikke" does.
   */
  static final String GOES_ON = "#still";

  /**
   * Whether a text says that something goes on or no longer does, by its first clause that does.
   */
  static Boolean goesOn(String text) {
    for (int[] c : clauses(text)) {
      Boolean on = Continuation.goesOn(text.substring(c[0], c[1]));
      if (on != null) {
        return on;
      }
    }
    return null;
  }

  /** A content word of a draft and the keys it is compared by. */
  record Term(String word, Set<String> keys, boolean subject) {

    Term(String word, Set<String> keys) {
      this(word, keys, false);
    }
  }

  /** Words that open a clause after a comma. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "at",
          "og",
          "men",
          "eller",
          "så",
          "da",
          "fordi",
          "når",
          "hvis",
          "selvom",
          "mens",
          "hvor",
          "som",
          "hvilket",
          "hvoraf",
          "idet",
          "skønt",
          "inden",
          "før",
          "indtil",
          "hvorefter");

  /** After "ikke", these make it "not only": no negation of the clause. */
  private static final Set<String> NOT_ONLY = Set.of("kun", "bare", "blot", "alene");

  /** A negated clause ending in one of these goes on in a relative clause ("ikke noget, jeg"). */
  private static final Set<String> INDEFINITE = Set.of("noget", "nogen", "nogle", "dem", "det");

  /**
   * Verbs of thinking and saying: negated, they negate the clause they introduce ("jeg vurderer
   * ikke, at der er behov" says there is no need; "det tror jeg ikke, jeg har brug for"). They
   * carry no polarity of their own: "jeg tror ikke, de vidste det" is "tror, at de ikke vidste
   * det".
   */
  private static final Set<String> RAISING =
      Set.of(
          "tror",
          "troede",
          "mener",
          "mente",
          "synes",
          "syntes",
          "vurderer",
          "vurderede",
          "tænker",
          "forventer",
          "regner",
          "føler",
          "ved",
          "kan",
          "kunne",
          "se",
          "tro",
          "mene",
          "vurdere",
          // "det er ikke sådan, at din indkomst bliver modregnet", "der er ikke tale om, at ...":
          // a "not" said of how things are denies the at-clause that says it.
          "sådan",
          "tilfældet",
          "rigtigt",
          "korrekt",
          "tale",
          "meningen");

  /**
   * The raising verbs that carry a "not" only into an at-clause: the modal ones, and "ved", which
   * is a preposition as often ("blive ved med").
   */
  private static final Set<String> AT_RAISING =
      Set.of("kan", "kunne", "ved", "sådan", "tilfældet", "rigtigt", "korrekt", "tale", "meningen");

  /**
   * Verbs of wanting: negated, they negate the at-clause they govern ("jeg vil ikke have, at min
   * mor får journalen" is "min mor skal ikke have journalen", as a note may write it). Unlike the
   * verbs of thinking they keep their own polarity ("ønsker ikke en mentor").
   */
  private static final Set<String> WANTING = Set.of("vil", "ville", "have", "ønsker", "ønskede");

  /** Words that start a new clause after "og"/"eller" besides a verb. */
  private static final Set<String> AFTER_AND =
      Set.of(
          "derfor", "dermed", "desuden", "så", "også", "at", "ikke", "aldrig", "har", "er", "kan",
          "skal", "vil", "må", "får", "bliver", "blev", "var", "havde", "fik");

  /**
   * For each word of a sentence, whether a negation covers it. A negation ("ikke", "aldrig",
   * "ingen", "itj") covers its clause, words before it included ("datoen kendes endnu ikke"); a
   * clause ends at a comma, a dash or a full stop, at "men", and at "og" before a verb or an
   * adverb. It goes on into a relative clause after "ikke noget," and into the clause a negated
   * verb of thinking introduces. "uden" covers the three words after it. "ikke kun" negates
   * nothing.
   */
  static boolean[] negated(String sentence, List<DanishWords.Word> words) {
    int[] clause = new int[words.size()];
    int c = 0;
    for (int i = 1; i < words.size(); i++) {
      if (opensClause(sentence, words, i)) {
        c++;
      }
      clause[i] = c;
    }
    boolean[] negatedClause = new boolean[c + 2];
    boolean[] without = new boolean[words.size()];
    // What a verb of declining takes: "takkede nej til Produktionsskolen Vesterhavet" declines
    // the place by its name.
    boolean[] declined = new boolean[words.size()];
    boolean[] prefixed = new boolean[words.size()];
    boolean[] described = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (w.equals("uden")) {
        for (int k = i + 1; k < Math.min(words.size(), i + 4) && clause[k] == clause[i]; k++) {
          without[k] = true;
        }
      } else if (w.equals("være")
          && i > 0
          && i + 1 < words.size()
          && LEAVE.contains(words.get(i - 1).lower())
          && words.get(i + 1).lower().equals("med")) {
        // "lade være med at søge job": what follows is not to be done.
        for (int k = i + 2; k < words.size() && clause[k] == clause[i]; k++) {
          without[k] = true;
        }
      } else if (w.equals("nej") && declines(words, i) > 0) {
        // "siger nej tak til aftenholdet", "takker du nej til mentor": what follows "til" is not
        // taken, and the verb of answering says "no" too ("takkede ja" is its opposite).
        for (int k = Math.max(0, i - 2); k < i; k++) {
          if (ANSWERING.contains(words.get(k).lower())) {
            without[k] = true;
          }
        }
        for (int k = declines(words, i) + 1; k < words.size() && clause[k] == clause[i]; k++) {
          without[k] = true;
          declined[k] = true;
        }
      } else if (NEGATIVE_VERBS.contains(w)
          && endsItsClause(words, clause, i)
          && i > 0
          && clause[i - 1] == clause[i]
          && !(i + 1 < words.size() && opensWithAt(words, i + 1))) {
        // The verb last in its clause says its subject, before it, is not there: "fordi
        // godkendelsen fra forsikringen manglede" is "vi havde ikke godkendelsen". The word that
        // opens the clause ("fordi", "at") is no part of it.
        int from = i - 1;
        while (from > 0 && clause[from - 1] == clause[i]) {
          from--;
        }
        if (from < i && CLAUSE_OPENERS.contains(words.get(from).lower())) {
          from++;
        }
        for (int k = from; k < i; k++) {
          without[k] = true;
          declined[k] = true;
        }
      } else if (NEGATIVE_VERBS.contains(w)) {
        // What the verb says did not happen, up to its reason ("... på grund af sygdom"); when
        // it ends its clause, what its at-clauses say ("der mangler, at du taler engelsk og tysk,
        // og at du kender bookingsystemer").
        int last = clause[i];
        if (i + 1 < words.size() && clause[i + 1] != clause[i] && opensWithAt(words, i + 1)) {
          for (int k = i + 1; k < words.size(); k++) {
            if (clause[k] == last + 1 && clause[k] != clause[k - 1] && opensWithAt(words, k)) {
              last = clause[k];
            }
          }
        }
        for (int k = i + 1; k < words.size() && clause[k] <= last; k++) {
          if (reasonOpens(words, k)) {
            break;
          }
          without[k] = true;
          declined[k] = true;
        }
      } else if (i > 0
          && COPULAS.contains(words.get(i - 1).lower())
          && DanishWords.withoutNegatingPrefix(w) != null) {
        // "timetallet forbliver uændret" is "timetallet ændres ikke": said of the subject, the
        // prefix says "not" for the clause, and the word is read as the word it negates, negated.
        // ("fortsætter med uændret timetal" describes the hours, and denies nothing.)
        negatedClause[clause[i]] = true;
        prefixed[i] = true;
      } else if (POORLY.contains(w) && doneBy(words, i, clause) >= 0) {
        // "sover dårligt om natten" says what "sover ikke ret meget om natten" says: the verb and
        // what follows it in the clause, up to its reason ("... på grund af smerter"), as
        // negated, the adverb itself as no content either way.
        prefixed[i] = true;
        for (int k = doneBy(words, i, clause); k < words.size() && clause[k] == clause[i]; k++) {
          if (reasonOpens(words, k)) {
            break;
          }
          without[k] |= k != i;
        }
      } else if (HARD.contains(w) && saysHard(words, i, clause)) {
        // "Mandag eftermiddag er svært" and "har svært ved at komme op" say politely what "kan
        // ikke" says: read as its "not", the word itself as no content either way. After "ved"
        // what is hard runs to the next "og" ("har svært ved at komme op og gamer om natten").
        prefixed[i] = true;
        if (i + 1 < words.size() && words.get(i + 1).lower().equals("ved")) {
          for (int k = i + 2; k < words.size() && clause[k] == clause[i]; k++) {
            if (CONJUNCTIONS.contains(words.get(k).lower())) {
              break;
            }
            without[k] = true;
          }
        } else {
          negatedClause[clause[i]] = true;
        }
      } else if (i + 1 < words.size()
          && clause[i + 1] == clause[i]
          && DanishWords.isContentWord(words.get(i + 1).lower())
          && DanishWords.withoutNegatingPrefix(w) != null) {
        // "med uændret timetal": the hours are what is not changed.
        described[i + 1] = true;
      } else if (DanishWords.isNegation(w)
          && !(i + 1 < words.size() && NOT_ONLY.contains(words.get(i + 1).lower()))
          && !boundFollows(words, i)) {
        negatedClause[clause[i]] = true;
      }
    }
    // Carry a negation on: "ikke noget, a er sygemeldt for"; "jeg vurderer ikke, at der er behov";
    // "jeg vil ikke have, at ...".
    for (int i = 1; i < words.size(); i++) {
      if (clause[i] == clause[i - 1]
          || !negatedClause[clause[i - 1]]
          || negatedClause[clause[i]]
          || !carries(sentence.substring(words.get(i - 1).end(), words.get(i).start()))) {
        continue;
      }
      String first = words.get(i).lower();
      // "jeg kan ikke love noget, for jeg skal lige undersøge det": "for" before a subject gives
      // the reason, which the "not" does not reach.
      boolean opener =
          CLAUSE_OPENERS.contains(first) && !first.equals("at")
              || first.equals("for")
                  && i + 1 < words.size()
                  && SUBJECT_PRONOUNS.contains(words.get(i + 1).lower());
      boolean relative = !opener && INDEFINITE.contains(words.get(i - 1).lower());
      boolean raised = false;
      boolean wanted = false;
      for (int k = i - 1; k >= 0 && clause[k] == clause[i - 1]; k--) {
        String v = words.get(k).lower();
        // "jeg kan ikke love, at ..." carries into what it governs; "det kan naboen ikke blive ved
        // med, hun skal selv begynde at arbejde" not into a main clause of its own.
        raised |= RAISING.contains(v) && (!AT_RAISING.contains(v) || first.equals("at"));
        wanted |= WANTING.contains(v);
      }
      // "den medfører ikke sanktion eller påvirker ydelsen": "ikke A eller B" is neither.
      boolean neither =
          first.equals("eller")
              && sentence.substring(words.get(i - 1).end(), words.get(i).start()).isBlank();
      if (relative || raised && !opener || wanted && first.equals("at") || neither) {
        negatedClause[clause[i]] = true;
      }
    }
    negatedDislocatedTopic(words, clause, negatedClause);
    negatedByAnAuxiliary(words, clause, negatedClause);
    boolean[] focus = negatedCleftFocus(words, clause, negatedClause);
    negatedRelativeAfterCleft(sentence, words, clause, negatedClause);
    // "kan ikke længere gøre rent på grund af nakken": the reason after a "not" is not denied; the
    // neck is why.
    boolean[] reason = new boolean[words.size()];
    for (int i = 1; i < words.size(); i++) {
      if (!negatedClause[clause[i]] || !reasonOpens(words, i)) {
        continue;
      }
      boolean notBefore = false;
      for (int k = i - 1; k >= 0 && clause[k] == clause[i]; k--) {
        notBefore |= DanishWords.isNegation(words.get(k).lower());
      }
      for (int k = i; notBefore && k < words.size() && clause[k] == clause[i]; k++) {
        reason[k] = true;
      }
    }
    boolean[] covered = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      // "Der kører ingen bus fra Nørre Vang": a "not" denies what is said of a place or a person
      // it names, not the name.
      // "Kan jeg ikke lade være med at søge job?": a "not" and a verb that says "not" themselves
      // cancel out; what is not left undone is done.
      covered[i] =
          (negatedClause[clause[i]] != without[i] || described[i])
              && (declined[i] || !isName(sentence, words, i))
              && !focus[i]
              && !prefixed[i]
              && !reason[i];
    }
    return covered;
  }

  /**
   * A topic put first and taken up by a pronoun: "de nye biler med computere, dem kender jeg ikke
   * så godt". The clause of the pronoun, its verb and its subject after ("dem kender jeg") says
   * what it says of the topic, which has no verb of its own; its "not" denies it of the topic too.
   */
  private static void negatedDislocatedTopic(
      List<DanishWords.Word> words, int[] clause, boolean[] negatedClause) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (clause[i] == clause[i - 1]
          || !negatedClause[clause[i]]
          || negatedClause[clause[i - 1]]
          || !RESUMPTIVE.contains(words.get(i).lower())
          || !isFinite(words.get(i + 1).lower())
          || !isSubject(words.get(i + 2))) {
        continue;
      }
      boolean verbless = true;
      for (int k = i - 1; k >= 0 && clause[k] == clause[i - 1]; k--) {
        verbless &= !isFinite(words.get(k).lower());
      }
      if (verbless) {
        negatedClause[clause[i - 1]] = true;
      }
    }
  }

  /**
   * A clause that takes up the one before with "det" and an auxiliary alone, and denies it: "man
   * skal kunne sidde i lang tid og træde på pedalerne, og det kan jeg slet ikke". Its "not" denies
   * what the clause before says (and the one before that, when "og" joined them), which the
   * auxiliary stands for.
   */
  private static void negatedByAnAuxiliary(
      List<DanishWords.Word> words, int[] clause, boolean[] negatedClause) {
    for (int i = 1; i < words.size(); i++) {
      if (clause[i] == clause[i - 1] || !negatedClause[clause[i]]) {
        continue;
      }
      int end = i;
      while (end < words.size() && clause[end] == clause[i]) {
        end++;
      }
      if (!takesUpByAnAuxiliary(words.subList(i, end))) {
        continue;
      }
      for (int k = i - 1; k >= 0; k--) {
        negatedClause[clause[k]] = true;
        if (k > 0 && clause[k - 1] != clause[k] && !words.get(k).lower().equals("og")) {
          break;
        }
      }
    }
  }

  /**
   * Whether the words of a clause are "det" (after "og", "men" or "eller"), an auxiliary, a
   * subject, adverbs and a "not", nothing else: "og det kan jeg slet ikke", "men det har a ikke",
   * "det gør hun ikke".
   */
  private static boolean takesUpByAnAuxiliary(List<DanishWords.Word> clause) {
    int k = 0;
    if (k < clause.size() && JOINING.contains(clause.get(k).lower())) {
      k++;
    }
    if (k + 3 > clause.size()
        || !clause.get(k).lower().equals("det")
        || !AUXILIARIES.contains(clause.get(k + 1).lower())
        || !isSubject(clause.get(k + 2))) {
      return false;
    }
    boolean not = false;
    for (int j = k + 3; j < clause.size(); j++) {
      String w = clause.get(j).lower();
      if (not && (NO_LONGER.contains(w) || w.equals("imod"))) {
        // "..., men det kunne jeg ikke mere": what was so is not denied, only that it goes on;
        // "det har jeg ikke noget imod": a "not" against an objection says yes.
        return false;
      }
      if (DanishWords.isNegation(w)) {
        not = true;
      } else if (!DanishWords.isAdverb(w)
          && !DanishWords.isStopWord(w)
          && !DEGREE.contains(w)
          && !STRONG_NOT.contains(w)) {
        return false;
      }
    }
    return not;
  }

  /** "ikke mere", "ikke længere": no longer so. */
  private static final Set<String> NO_LONGER = Set.of("mere", "længere");

  /** The words that make a "not" stronger: "slet ikke", "overhovedet ikke". */
  private static final Set<String> STRONG_NOT = Set.of("slet", "overhovedet");

  /**
   * The verbs that stand for the verb of the clause before and deny it: "det kan jeg ikke", "det
   * har jeg ikke" ("det gider vi ikke" says what one wants, and denies nothing).
   */
  private static final Set<String> AUXILIARIES =
      Set.of("kan", "kunne", "har", "havde", "gør", "gjorde", "er", "var");

  /** A subject after its verb: a pronoun, a role ("borger") or a name. */
  private static boolean isSubject(DanishWords.Word w) {
    return SUBJECT_PRONOUNS.contains(w.lower())
        || Roles.ofWord(w.lower()) != null
        || Character.isUpperCase(w.text().charAt(0));
  }

  /**
   * The words of the sentence before the one at {@code i}, and of the one before that when it has
   * no finite verb, all as negated: what "og det har jeg ikke" denies.
   */
  private static Map<String, Boolean> deniedBefore(List<String> sentences, int i) {
    StringBuilder before = new StringBuilder(sentences.get(i - 1));
    for (int j = i - 1;
        j > 0 && DanishWords.words(sentences.get(j)).stream().noneMatch(w -> isFinite(w.lower()));
        j--) {
      before.insert(0, sentences.get(j - 1) + " ");
    }
    Map<String, Boolean> denied = new HashMap<>();
    DanishWords.contentKeys(before.toString()).forEach(key -> denied.put(key, true));
    return denied;
  }

  /** The pronouns that take up a topic put first: "den", "det", "dem", "ham", "hende". */
  private static final Set<String> RESUMPTIVE = Set.of("den", "det", "dem", "ham", "hende");

  /**
   * A finite verb: a common one, or a present or past tense the dictionary knows and not as a noun
   * too ("kender", not "biler").
   */
  private static boolean isFinite(String lower) {
    return SpokenDanish.isCommonFiniteVerb(lower)
        || SpokenDanish.isTensedVerb(lower)
            && !DanishWords.wordClasses(lower).contains(DanishWords.WordClass.NOUN);
  }

  /**
   * A negated cleft, "det er ikke faget, der er problemet": the "not" denies what the relative
   * clause says of the thing in focus ("problemet"), not the thing ("faget"), which the speaker
   * names as there. Marks the focus words, and carries the negation into the relative clause.
   */
  private static boolean[] negatedCleftFocus(
      List<DanishWords.Word> words, int[] clause, boolean[] negatedClause) {
    boolean[] focus = new boolean[words.size()];
    for (int i = 2; i < words.size() - 2; i++) {
      String be = words.get(i - 1).lower();
      if (!DanishWords.isNegation(words.get(i).lower())
          || !words.get(i - 2).lower().equals("det")
          || !(be.equals("er") || be.equals("var"))) {
        continue;
      }
      int k = i + 1;
      while (k < words.size() && clause[k] == clause[i]) {
        k++;
      }
      if (k >= words.size()
          || k == i + 1
          || !(words.get(k).lower().equals("der") || words.get(k).lower().equals("som"))) {
        continue;
      }
      for (int f = i + 1; f < k; f++) {
        focus[f] = true;
      }
      negatedClause[clause[k]] = true;
    }
    return focus;
  }

  /**
   * A cleft whose relative clause is short, negated and left without its object: "det er bare
   * skolepraktikken, jeg ikke gider", "det var kantinen, som hun ikke kunne lide". What the cleft
   * puts in focus is what the "not" denies, so its clause is read as negated.
   */
  private static void negatedRelativeAfterCleft(
      String sentence, List<DanishWords.Word> words, int[] clause, boolean[] negatedClause) {
    for (int i = 2; i < words.size(); i++) {
      if (clause[i] == clause[i - 1] || !negatedClause[clause[i]] || negatedClause[clause[i - 1]]) {
        continue;
      }
      int first = i;
      if (words.get(first).lower().equals("som") || words.get(first).lower().equals("der")) {
        first++;
      }
      int end = i;
      while (end < words.size() && clause[end] == clause[i]) {
        end++;
      }
      boolean lastInSentence =
          end == words.size()
              || sentence.substring(words.get(end - 1).end(), words.get(end).start()).contains(".");
      if (first >= end
          || !SUBJECT_PRONOUNS.contains(words.get(first).lower())
          || end - first > 4
          || !lastInSentence
          || !DanishWords.isNegation(words.get(first + 1 < end ? first + 1 : first).lower())) {
        continue;
      }
      int start = i - 1;
      while (start > 0 && clause[start - 1] == clause[i - 1]) {
        start--;
      }
      int k = start;
      if (k < i && (words.get(k).lower().equals("men") || words.get(k).lower().equals("og"))) {
        k++;
      }
      if (k + 1 < i
          && words.get(k).lower().equals("det")
          && (words.get(k + 1).lower().equals("er") || words.get(k + 1).lower().equals("var"))) {
        negatedClause[clause[i - 1]] = true;
      }
    }
  }

  /**
   * The personal pronouns that open a clause as its subject: the subject of a cleft's relative
   * clause ("det er praktikken, jeg ikke gider"), of a clause of reason ("for jeg skal").
   */
  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("jeg", "du", "han", "hun", "vi", "de", "man", "æ", "a");

  /** Comparatives that a "not" before makes a bound: "ikke mere end en halv time" is "højst". */
  private static final Set<String> COMPARATIVES =
      Set.of("mere", "flere", "længere", "mindre", "færre", "kortere");

  /**
   * Whether the negation at {@code i} bounds a quantity rather than denies: "ikke mere end en halv
   * time" and "kan ikke sidde mere end ..." say at most. ("ingen løft over 10 kilo" denies the
   * lifting.)
   */
  private static boolean boundFollows(List<DanishWords.Word> words, int i) {
    for (int k = i + 1; k <= Math.min(i + 3, words.size() - 2); k++) {
      if (COMPARATIVES.contains(words.get(k).lower()) && words.get(k + 1).lower().equals("end")) {
        return true;
      }
    }
    return false;
  }

  /** A name: a word written with a capital where no sentence starts ("Nørre Vang", "Jobnet"). */
  static boolean isName(String text, List<DanishWords.Word> words, int i) {
    DanishWords.Word w = words.get(i);
    String before = text.substring(0, w.start()).strip();
    return Character.isUpperCase(w.text().charAt(0))
        && !before.isEmpty()
        && !before.matches("(?s).*[.!?:–]$");
  }

  /**
   * Whether a negation may carry on across the gap between two clauses: a comma joins a relative or
   * reported clause to the one it depends on, while a semicolon, a dash or a full stop opens a
   * statement of its own ("kunne ikke love noget; det skal søges særskilt" says the applying is to
   * be done).
   */
  private static boolean carries(String gap) {
    return !gap.contains(";") && !gap.contains("–") && !gap.contains(".") && !gap.contains("?");
  }

  /**
   * Verbs that say a "not" themselves: "udeblev fra mødet" is "kom ikke til mødet", "glemte at
   * ringe" is "ringede ikke", "afslog tilbuddet" is "ville ikke have det", "CV'et mangler
   * truckcertifikatet" is "der står ikke noget om truckcertifikatet". What follows them in their
   * clause, up to its reason, is read as negated, as after the transcript's "ikke".
   */
  private static final Set<String> NEGATIVE_VERBS =
      Set.of(
          "udeblev",
          "udebliver",
          "udeblive",
          "udeblevet",
          "glemte",
          "glemmer",
          "glemt",
          "undlod",
          "undlader",
          "undladt",
          "nægtede",
          "nægter",
          "afslog",
          "afslår",
          "afslået",
          "afviste",
          "afviser",
          "afvist",
          "mangler",
          "manglede",
          "mangle",
          "manglet");

  /**
   * Whether the word at i is the last of its clause but for adverbs ("manglede stadig", "mangler
   * endnu").
   */
  private static boolean endsItsClause(List<DanishWords.Word> words, int[] clause, int i) {
    for (int k = i + 1; k < words.size() && clause[k] == clause[i]; k++) {
      String w = words.get(k).lower();
      if (!AFTER_A_VERB.contains(w) && !w.equals("endnu")) {
        return false;
      }
    }
    return true;
  }

  /** The word "til" after a "nej" ("nej til", "nej tak til"), or -1. */
  private static int declines(List<DanishWords.Word> words, int i) {
    int k = i + 1;
    if (k < words.size() && words.get(k).lower().equals("tak")) {
      k++;
    }
    return k < words.size() && words.get(k).lower().equals("til") ? k : -1;
  }

  /** Verbs that answer yes or no: "takke nej", "sige ja". */
  private static final Set<String> ANSWERING =
      Set.of("takke", "takker", "takkede", "takket", "sige", "siger", "sagde", "sagt");

  /**
   * Whether "svært" at i says that something cannot well be done: after a copula ("er svært", "er
   * lidt svært") or a "har" with "ved" after it ("har bare svært ved at sidde stille").
   */
  private static boolean saysHard(List<DanishWords.Word> words, int i, int[] clause) {
    boolean ved = i + 1 < words.size() && words.get(i + 1).lower().equals("ved");
    for (int k = i - 1; k >= Math.max(0, i - 3) && clause[k] == clause[i]; k--) {
      String before = words.get(k).lower();
      if (COPULAS.contains(before) || ved && HAVE.contains(before)) {
        return true;
      }
      if (!DanishWords.isStopWord(before) && !DEGREE.contains(before)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a reason opens at k ("fordi", "da", "på grund af"), which a "not" before leaves. */
  private static boolean reasonOpens(List<DanishWords.Word> words, int k) {
    String v = words.get(k).lower();
    return CAUSES.contains(v)
        || v.equals("på") && k + 1 < words.size() && words.get(k + 1).lower().equals("grund");
  }

  /** Whether the clause at k opens with "at" or "og at". */
  private static boolean opensWithAt(List<DanishWords.Word> words, int k) {
    String first = words.get(k).lower();
    return first.equals("at")
        || first.equals("og") && k + 1 < words.size() && words.get(k + 1).lower().equals("at");
  }

  /** How something is done when it is not done well: "sover dårligt", "går skidt". */
  private static final Set<String> POORLY = Set.of("dårligt", "skidt");

  /**
   * The finite verb that the adverb at i says how is done, before it in its clause past adverbs of
   * degree ("sover rigtig dårligt"), or -1: "et dårligt knæ" has none.
   */
  private static int doneBy(List<DanishWords.Word> words, int i, int[] clause) {
    for (int k = i - 1; k >= Math.max(0, i - 3) && clause[k] == clause[i]; k--) {
      String before = words.get(k).lower();
      if (isFinite(before) || COPULAS.contains(before)) {
        return k;
      }
      if (!DEGREE.contains(before) && !before.equals("meget")) {
        return -1;
      }
    }
    return -1;
  }

  /** Adverbs of degree between a verb and "svært": "lidt", "rigtig", "ret". */
  private static final Set<String> DEGREE = Set.of("lidt", "rigtig", "ret", "temmelig", "bare");

  /** What is hard to do, said for what cannot be done: "er svært", "har svært ved". */
  private static final Set<String> HARD = Set.of("svært", "svær", "vanskeligt", "vanskelig");

  private static final Set<String> HAVE = Set.of("har", "havde", "have");

  /** The words that end what "har svært ved" covers: "... at komme op og gamer om natten". */
  private static final Set<String> CONJUNCTIONS = Set.of("og", "men", "eller");

  /** Verbs that say what the subject is: "forbliver uændret", "er uafklaret". */
  private static final Set<String> COPULAS =
      Set.of("er", "var", "bliver", "blev", "forbliver", "forblev", "står");

  /** "lade" before "være med": "lade være med at søge" is not to search. */
  private static final Set<String> LEAVE = Set.of("lade", "lader", "lod", "ladet");

  /** Words that open the reason of what a clause says. */
  private static final Set<String> CAUSES = Set.of("fordi", "pga", "grundet", "idet", "da");

  /**
   * Words that make a clause a condition or a question ("hvorvidt der skal laves en ny erklæring"
   * asks whether), asserting nothing either way.
   */
  private static final Set<String> HYPOTHETICAL =
      Set.of("hvis", "om", "hvorvidt", "medmindre", "såfremt");

  /**
   * For each word of a sentence, whether it stands in a condition ("hvis du ikke kan få forlænget",
   * and the "så ..." after it), is feared ("bekymret for at miste ...") or is named as missing
   * ("den manglende lægeerklæring"): each states nothing as fact either way.
   */
  static boolean[] hypothetical(String sentence, List<DanishWords.Word> words) {
    boolean[] out = new boolean[words.size()];
    boolean inCondition = false;
    for (int i = 0; i < words.size(); i++) {
      boolean opens = i == 0 || opensClause(sentence, words, i);
      if (opens) {
        // "og hvis du kommer op i tid": the clause is opened by its conjunction.
        int k = i;
        if (JOINING.contains(words.get(k).lower()) && k + 1 < words.size()) {
          k++;
        }
        // "og at hvis du sender kvitteringen, så ...": a reported condition.
        if (words.get(k).lower().equals("at") && k + 1 < words.size()) {
          k++;
        }
        String first = words.get(k).lower();
        boolean relative = RELATIVE.contains(first);
        // "når man ikke møder op og ikke giver besked, så ...": a second verb of the condition,
        // joined by "og" or "eller" without a subject of its own, is still the condition.
        String opener = words.get(i).lower();
        boolean sameCondition =
            inCondition
                && k > i
                && (opener.equals("og") || opener.equals("eller"))
                && (DanishWords.isNegation(first) || isFinite(first));
        if (!(inCondition && relative) && !sameCondition) {
          // "hvis du kommer op i tid, som planen er, så bliver det nok ikke aktuelt": a relative
          // clause stays in the condition, and the "så" or "da" after it is its consequence.
          boolean consequence = inCondition && (first.equals("så") || first.equals("da"));
          // "når man ikke melder afbud, så ...": a rule said of anyone is no fact of the one
          // spoken to, either way.
          boolean anyone =
              first.equals("når") && k + 1 < words.size() && words.get(k + 1).lower().equals("man");
          inCondition = HYPOTHETICAL.contains(first) || anyone || consequence;
        }
      }
      out[i] = inCondition;
    }
    // "den manglende lægeerklæring", "registrerer den manglende ansøgning": what is described as
    // missing is named, not said to be there or not; the verb of its clause says what is done.
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).lower().equals("manglende")) {
        // Its noun phrase runs to the verb or the next clause ("den manglende lægeerklæring fra
        // din egen læge gør, at ...").
        for (int k = i + 1;
            k < words.size() && !opensClause(sentence, words, k) && !isFinite(words.get(k).lower());
            k++) {
          out[k] = true;
        }
      }
    }
    // "var bekymret for at miste pengene": what one fears is not said to be so or not.
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i).lower();
      boolean fears =
          FEARING.contains(w) && words.get(i + 1).lower().equals("for") || FEARS.contains(w);
      for (int k = i + 1; fears && k < words.size() && !opensClause(sentence, words, k); k++) {
        out[k] = true;
      }
    }
    return out;
  }

  /** What one is with "for" before what one fears: "bekymret for", "bange for". */
  private static final Set<String> FEARING =
      Set.of("bekymret", "bekymrede", "bange", "nervøs", "nervøse", "urolig", "ængstelig");

  /** Verbs of fearing: "frygter at miste". */
  private static final Set<String> FEARS = Set.of("frygter", "frygtede");

  /**
   * Marks as said neither way what a speaker says someone wishes, not denied: "de vil gerne have,
   * at man har kørekort" says nothing of who has one. (A wish denied, "jeg vil ikke have, at
   * lægekonsulenten får mine journaler", says what is not to be, and a note's wish is compared as
   * written.)
   */
  private static void wished(
      String sentence, List<DanishWords.Word> words, boolean[] covered, boolean[] condition) {
    int clauseStart = 0;
    boolean inWish = false;
    for (int i = 1; i < words.size(); i++) {
      if (opensClause(sentence, words, i)) {
        inWish =
            words.get(i).lower().equals("at")
                && !covered[i]
                && wishes(words, clauseStart, i)
                && !negatedBetween(words, clauseStart, i);
        clauseStart = i;
      }
      condition[i] |= inWish;
    }
  }

  private static boolean negatedBetween(List<DanishWords.Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (DanishWords.isNegation(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from..to say a wish: "ønsker", "håber", "vil gerne have", "gerne vil have".
   */
  private static boolean wishes(List<DanishWords.Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = words.get(k).lower();
      boolean haveAfter =
          k + 1 < to && words.get(k + 1).lower().equals("have")
              || k + 2 < to && words.get(k + 2).lower().equals("have");
      if (WISHING.contains(w) || w.equals("gerne") && haveAfter) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of wishing, whose at-clause says what is wished: "ønsker, at", "håber, at". */
  private static final Set<String> WISHING = Set.of("ønsker", "ønskede", "håber", "håbede");

  /** The words of time among {@link #NOW}. */
  private static final String TODAY_WORDS =
      "i dag|nu|lige nu|endnu|foreløbig|foreløbigt|i første omgang|på nuværende tidspunkt"
          + "|under samtalen";

  /**
   * Words that place what a clause says at the conversation's own time ("ikke i dag", "endnu ikke",
   * "under samtalen"): a "no" limited to now leaves open what comes later.
   */
  private static final Pattern NOW =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:" + TODAY_WORDS + "|på mødet|i mødet)(?![\\p{L}])");

  /**
   * Words that place what a clause says after the conversation ("bagefter", "senere") or put it off
   * ("bevillingen afventer lægens svar", "sagen udsættes").
   */
  private static final Pattern LATER =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:bagefter|senere|efterfølgende|hvorefter|herefter|siden hen"
              + "|til den tid|næste gang"
              + "|på et senere tidspunkt|venter|afventer|udsættes|udskydes)(?![\\p{L}])");

  /**
   * What is to be done ("dit CV skal opdateres", "papirerne skal lige sendes"): not done yet, so it
   * neither denies nor supports that it is not done.
   */
  private static final Pattern TO_BE_DONE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:skal|skulle)\\s+(?:(?:lige|også|først|nok|bare)\\s+)?"
              + "\\p{L}{3,}es(?![\\p{L}])");

  private static final Pattern DEADLINE_WORD =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:inden|senest|før)(?![\\p{L}])");

  /** A deadline's word just before a date ("inden", "senest", "før"). */
  private static final Pattern DEADLINE =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:inden|senest|før)\\s*$");

  /** The words of {@link #NOW} that name a time, not "the meeting", which may be the next one. */
  private static final Pattern TODAY =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:" + TODAY_WORDS + ")(?![\\p{L}])");

  /**
   * Whether a text places what it says on the conversation's day by a word of time ("i dag",
   * "endnu"); "i mødet" of a note's next steps is the next meeting.
   */
  static boolean placedToday(String text) {
    return TODAY.matcher(text).find();
  }

  /** Whether a text places what it says at the conversation's time (see {@link #NOW}). */
  static boolean placedNow(String text) {
    return NOW.matcher(text).find();
  }

  // The maps below are filled as checks ask; the evidence of one transcript is shared by the checks
  // of several requests at once (EvidenceCache), so they are safe for concurrent use.
  private final Map<Statement, Boolean> later =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /**
   * Whether a statement says what will happen after the conversation: a word of later time, or a
   * deadline on a day after the conversation's ("du sender lønsedlerne inden den 16."), which says
   * that it is not done yet.
   */
  boolean placedLater(Statement st) {
    return later.computeIfAbsent(st, s -> placedLater(s.text()));
  }

  /** As {@link #placedLater(Statement)}, for a text. */
  boolean placedLater(String text) {
    if (LATER.matcher(text).find() || TO_BE_DONE.matcher(text).find()) {
      return true;
    }
    if (!DEADLINE_WORD.matcher(text).find()) {
      // Most statements name no deadline: no need to read their dates.
      return false;
    }
    for (DateMention d : DanishDates.findDates(text, date)) {
      if (DEADLINE.matcher(text.substring(0, d.start())).find()
          && !d.candidates().isEmpty()
          && d.candidates().stream().allMatch(c -> c.from().isAfter(date))) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that join a clause to the one before it. */
  private static final Set<String> JOINING = Set.of("og", "men", "eller");

  /** Words that open a relative clause. */
  private static final Set<String> RELATIVE = Set.of("som", "der", "hvor");

  /**
   * The content keys of a sentence, each true when it stands in a negated clause (see {@link
   * #negated}). A key said both ways, or only in a condition, is left out.
   *
   * @param keep which words (lower case) count
   */
  static Map<String, Boolean> polarity(String sentence, Predicate<String> keep) {
    List<DanishWords.Word> words = DanishWords.words(sentence);
    boolean[] covered = negated(sentence, words);
    boolean[] condition = hypothetical(sentence, words);
    wished(sentence, words, covered, condition);
    boolean[] when = timeOnly(words);
    Map<String, Boolean> negated = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (!DanishWords.isContentWord(w)
          || !keep.test(w)
          || condition[i]
          || when[i]
          || RAISING.contains(w)
          || DanishWords.isAdverb(w)) {
        continue;
      }
      String unprefixed = DanishWords.withoutNegatingPrefix(w);
      boolean polarity = unprefixed == null ? covered[i] : !covered[i];
      for (String key : DanishWords.keys(unprefixed == null ? w : unprefixed)) {
        Boolean before = negated.put(key, polarity);
        if (before != null && before != polarity) {
          both.add(key);
        }
      }
    }
    both.forEach(negated::remove);
    Boolean on = goesOn(sentence);
    if (on != null) {
      negated.put(GOES_ON, !on);
    }
    return negated;
  }

  /** The content words of a draft's clause, each true when a negation covers it. */
  static Map<Term, Boolean> polarityOfTerms(String clause, Predicate<String> keep) {
    String standard = SpokenDanish.standardise(clause);
    List<DanishWords.Word> words = DanishWords.words(standard);
    boolean[] covered = negated(standard, words);
    boolean[] condition = hypothetical(standard, words);
    boolean[] when = timeOnly(words);
    Map<Term, Boolean> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (DanishWords.isContentWord(w)
          && keep.test(w)
          && !condition[i]
          && !when[i]
          && !RAISING.contains(w)
          && !DanishWords.isAdverb(w)) {
        putPolar(out, w, covered[i]);
      }
    }
    putGoesOn(out, standard);
    return out;
  }

  /**
   * The content words of each clause of a draft's sentence, each true when a negation covers it,
   * read over the whole sentence: a negation carries into the clause a negated verb of thinking
   * introduces ("han ikke selv mener, at han har ADHD") and into a relative clause ("ikke noget,
   * borger er sygemeldt for"), which a clause read alone would lose.
   *
   * @param clauses the clauses of the sentence, as {@link #clauses} gives them
   */
  static List<Map<Term, Boolean>> polarityOfClauses(
      String sentence, List<int[]> clauses, Predicate<String> keep) {
    List<Map<Term, Boolean>> out = new ArrayList<>();
    if (!SpokenDanish.standardise(sentence).equals(sentence)) {
      // Spoken forms change the words' places; read each clause alone.
      for (int[] c : clauses) {
        out.add(polarityOfTerms(sentence.substring(c[0], c[1]), keep));
      }
      return out;
    }
    List<DanishWords.Word> words = DanishWords.words(sentence);
    boolean[] covered = negated(sentence, words);
    boolean[] condition = hypothetical(sentence, words);
    boolean[] when = timeOnly(words);
    boolean[] subject = subjectsBeforeTheirNot(words, clauses);
    for (int[] c : clauses) {
      Map<Term, Boolean> terms = new java.util.LinkedHashMap<>();
      for (int i = 0; i < words.size(); i++) {
        DanishWords.Word word = words.get(i);
        String w = word.lower();
        if (word.start() >= c[0]
            && word.start() < c[1]
            && DanishWords.isContentWord(w)
            && keep.test(w)
            && !condition[i]
            && !when[i]
            && !RAISING.contains(w)
            && !DanishWords.isAdverb(w)) {
          if (subject[i] && covered[i]) {
            terms.put(new Term(w, DanishWords.keys(w), true), true);
          } else {
            putPolar(terms, w, covered[i]);
          }
        }
      }
      putGoesOn(terms, sentence.substring(c[0], c[1]));
      out.add(terms);
    }
    return out;
  }

  /** Words that open a clause before its subject: "at beløbet ikke er beregnet". */
  private static final Set<String> SUBJECT_OPENERS = Set.of("at", "og", "men", "eller", "så");

  /**
   * The words of each clause's subject, when the clause starts with it and a "not" follows it: "Det
   * planlagte møde er uændret", "Praktikken blev ikke ændret", "at beløbet ikke er beregnet". The
   * "not" denies what is said of the subject, not that the subject is: the meeting of "mødet er
   * ikke flyttet" is there, and the transcript naming it ("vi har et møde den 29. juni") does not
   * say the opposite. A note puts its subject first; a clause opening with a preposition ("I dag
   * blev der ikke ...") has none there.
   */
  private static boolean[] subjectsBeforeTheirNot(
      List<DanishWords.Word> words, List<int[]> clauses) {
    boolean[] subject = new boolean[words.size()];
    for (int[] c : clauses) {
      int first = 0;
      while (first < words.size() && words.get(first).start() < c[0]) {
        first++;
      }
      int end = first;
      while (end < words.size() && words.get(end).start() < c[1]) {
        end++;
      }
      boolean subordinate = false;
      while (first < end && SUBJECT_OPENERS.contains(words.get(first).lower())) {
        subordinate |= words.get(first).lower().equals("at");
        first++;
      }
      if (first >= end
          || TIME_PREPOSITIONS.contains(words.get(first).lower())
          || PREPOSITIONS.contains(words.get(first).lower())) {
        continue;
      }
      int k = first;
      while (k < end
          && !isFinite(words.get(k).lower())
          && !DanishWords.isNegation(words.get(k).lower())) {
        k++;
      }
      if (k == first || k >= end) {
        continue;
      }
      boolean notFollows = DanishWords.isNegation(words.get(k).lower());
      if (notFollows && !subordinate) {
        // A main clause puts its verb before its "not": no verb known before it, no subject
        // known either ("Sagsbehandler undersøger ikke").
        continue;
      }
      for (int n = k + 1; n < end && !notFollows; n++) {
        String w = words.get(n).lower();
        notFollows = DanishWords.isNegation(w) || DanishWords.withoutNegatingPrefix(w) != null;
      }
      if (notFollows) {
        for (int i = first; i < k; i++) {
          // "Sagsbehandler undersøger ikke": who is said not to do it is what the "not" is about.
          subject[i] = Roles.ofWord(words.get(i).lower()) == null;
        }
      }
    }
    return subject;
  }

  /**
   * A draft word with its polarity; a word with a negating prefix ("uændret") as the word it
   * negates ("ændret"), negated, so that "ydelsen er uændret" agrees with "ydelsen ændrer sig
   * ikke".
   */
  private static void putPolar(Map<Term, Boolean> terms, String lower, boolean covered) {
    String unprefixed = DanishWords.withoutNegatingPrefix(lower);
    if (unprefixed == null) {
      terms.put(new Term(lower, DanishWords.keys(lower)), covered);
    } else {
      terms.put(new Term(unprefixed, DanishWords.keys(unprefixed)), !covered);
    }
  }

  /** A clause's "goes on" or "no longer" as a term of its own (see {@link #GOES_ON}). */
  private static void putGoesOn(Map<Term, Boolean> terms, String clause) {
    Boolean on = Continuation.goesOn(clause);
    if (on != null) {
      terms.put(new Term(GOES_ON, Set.of(GOES_ON)), !on);
    }
  }

  /** Prepositions of time: "efter operationen", "under praktikken", "siden sommeren". */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("efter", "før", "inden", "under", "siden", "indtil");

  /**
   * For each word, whether a "not" in its clause leaves it open: the noun of a phrase of time ("...
   * ikke må køre bil efter operationen", "ydelsen ændrer sig ikke under praktikken"), which says
   * when, so that a "not" denies what happens then, not the operation itself; and what a decision
   * is about ("ingen afgørelse om tilskud"). The noun is the first content word after the
   * preposition, within three words, when it is a noun; a "før" or "inden" that opens a clause
   * ("før vi har besluttet noget") marks nothing.
   */
  static boolean[] timeOnly(List<DanishWords.Word> words) {
    boolean[] out = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (TIME_PREPOSITIONS.contains(w)) {
        markNounAfter(words, i, out);
      } else if (i + 1 < words.size()
          && words.get(i + 1).lower().equals("om")
          && DanishWords.sameWord(w, DECISION)) {
        // "Der blev ikke truffet beslutning om praktik": no decision says nothing of the
        // internship, which may well have been talked of.
        markNounAfter(words, i + 1, out);
      } else if (w.equals("om") && talkedAbout(words, i)) {
        // "Sagsbehandler rådgav ikke om pensionsopsparingen": a "not" denies the advice, not
        // the savings, which the citizen may well have named.
        markNounAfter(words, i, out);
      }
    }
    return out;
  }

  /**
   * Verbs (and the nouns "råd", "spørgsmål") of talking, advising, asking and informing, whose "om"
   * names what the talk is about: "rådgive om", "talte ikke om", "giver ikke råd om", "svarede ikke
   * på spørgsmålet om kurset".
   */
  private static final Pattern TALK_VERB =
      Pattern.compile(
          "(?iu)(?:rådgi(?:ve|ver|v|vet|vne)|rådgav|råd|rådgivning|vejled(?:e|er|te|t|ning)"
              + "|tal(?:e|er|te|t)|snak(?:ke|ker|kede|ket)|informer(?:e|er|ede|et)"
              + "|orienter(?:e|er|ede|et)|oplys(?:e|er|te|t|ning)|udtale|udtalte|udtalt"
              + "|spørg(?:e|er|smål|smålet|smålene)|spurgte|spurgt)");

  /** Words between a verb of talking and its "om": "talte vi ikke mere om". */
  private static final Set<String> BEFORE_ABOUT =
      Set.of("ikke", "ik", "aldrig", "noget", "nogen", "mere", "vi", "jeg", "han", "hun", "de");

  /** Whether the "om" at {@code at} follows a verb of talking (see {@link #TALK_VERB}). */
  private static boolean talkedAbout(List<DanishWords.Word> words, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 4); k--) {
      String w = words.get(k).lower();
      if (TALK_VERB.matcher(w).matches()) {
        return true;
      }
      if (!BEFORE_ABOUT.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The word for deciding: the note's "beslutning" and the speaker's "afgørelse", "beslutter",
   * "afgør" are one word (see {@code synonyms.txt}).
   */
  static final String DECISION = "beslutning";

  /** Marks the noun of the phrase a preposition at {@code at} opens (see {@link #timeOnly}). */
  private static void markNounAfter(List<DanishWords.Word> words, int at, boolean[] out) {
    for (int k = at + 1; k < Math.min(words.size(), at + 4); k++) {
      String w = words.get(k).lower();
      if (DanishWords.isContentWord(w)) {
        Set<DanishWords.WordClass> classes = DanishWords.wordClasses(w);
        if (classes.contains(DanishWords.WordClass.NOUN)) {
          out[k] = true;
        } else if (classes.contains(DanishWords.WordClass.ADJECTIVE)
            && k + 1 < words.size()
            && DanishWords.wordClasses(words.get(k + 1).lower())
                .contains(DanishWords.WordClass.NOUN)) {
          // "ingen afgørelse om delvis raskmelding": the adjective and its noun.
          out[k] = true;
          out[k + 1] = true;
        }
        return;
      }
    }
  }

  /** Where the clauses of a text start and end (see {@link #negated}). */
  static List<int[]> clauses(String text) {
    List<DanishWords.Word> words = DanishWords.words(text);
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < words.size(); i++) {
      if (opensClause(text, words, i)) {
        out.add(new int[] {start, words.get(i - 1).end()});
        start = words.get(i).start();
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  /** A word in a subordinate clause of a question ("..., når du søger job som smed?"). */
  private static boolean subordinate(String sentence, List<DanishWords.Word> words, int i) {
    for (int k = i; k > 0; k--) {
      if (opensClause(sentence, words, k)) {
        return CLAUSE_OPENERS.contains(words.get(k).lower());
      }
    }
    return false;
  }

  /** The comma of a decimal number ("3,5 time"), which ends no clause. */
  private static final Pattern NUMBER_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");

  private static boolean opensClause(String sentence, List<DanishWords.Word> words, int i) {
    String gap = sentence.substring(words.get(i - 1).end(), words.get(i).start());
    String w = words.get(i).lower();
    if (gap.contains("?")
        || gap.contains("!")
        || gap.contains(";")
        || gap.contains("–")
        || gap.contains(",") && NUMBER_COMMA.matcher(gap).replaceAll("").contains(",")
        || gap.contains(".") && Character.isUpperCase(words.get(i).text().charAt(0))) {
      return true;
    }
    if (w.equals("men")) {
      return true;
    }
    String previous = words.get(i - 1).lower();
    if ((previous.equals("og") || previous.equals("eller")) && i >= 2) {
      // The clause opens at "og": move the boundary back one word.
      return false;
    }
    if ((w.equals("og") || w.equals("eller")) && i + 1 < words.size()) {
      String next = words.get(i + 1).lower();
      if (AFTER_AND.contains(next)) {
        return true;
      }
      java.util.Set<DanishWords.WordClass> classes = DanishWords.wordClasses(next);
      // "har ikke bil og tager toget": a second finite verb is a predicate of its own; so is a
      // word a "not" follows ("laver pluklister og løfter ikke noget"), whatever else it can be.
      return SpokenDanish.isCommonFiniteVerb(next)
          || classes.contains(DanishWords.WordClass.VERB)
              && !classes.contains(DanishWords.WordClass.NOUN)
          || passive(next)
          || i + 2 < words.size()
              && (DanishWords.isNegation(words.get(i + 2).lower())
                  || AFTER_A_VERB.contains(words.get(i + 2).lower()))
              && classes.contains(DanishWords.WordClass.VERB)
          // "takkede nej til holdet og fortsætter hos psykologen", "får løn og modtager
          // samtidig ...": a present tense the dictionary knows, with a preposition or an adverb
          // of those that follow a verb after it, is a verb here, not a noun.
          || i + 2 < words.size()
              && presentTense(next)
              && (PREPOSITIONS.contains(words.get(i + 2).lower())
                  || AFTER_A_VERB.contains(words.get(i + 2).lower()));
    }
    return false;
  }

  /** "fortsætter", "arbejder": a word that is the present tense of a verb the dictionary knows. */
  private static boolean presentTense(String lower) {
    if (lower.length() <= 4 || !lower.endsWith("er")) {
      return false;
    }
    String infinitive = lower.substring(0, lower.length() - 1);
    // The dictionary tags irregular verbs ("fortsætte", "fortsatte") as other than a verb.
    java.util.Set<DanishWords.WordClass> classes = DanishWords.wordClasses(infinitive);
    return DanishWords.lemmas(lower).contains(infinitive)
        && (classes.contains(DanishWords.WordClass.VERB)
            || classes.contains(DanishWords.WordClass.OTHER));
  }

  private static final Set<String> PREPOSITIONS =
      Set.of("hos", "på", "med", "i", "til", "ved", "fra", "som", "efter", "under", "om");

  /**
   * Adverbs that follow a finite verb and no noun: "har kørekort og kører selv derud", "og tager
   * også bussen" - the word before them is the verb of a predicate of its own.
   */
  private static final Set<String> AFTER_A_VERB =
      Set.of(
          "selv",
          "også",
          "gerne",
          "altid",
          "aldrig",
          "stadig",
          "stadigvæk",
          "ofte",
          "sjældent",
          "samtidig",
          "fortsat",
          "desuden",
          "kun",
          "nu");

  /**
   * A verb in the s-passive ("tages", "søges"): the word without its s is an infinitive the
   * dictionary gives as its lemma. The dictionary tags some of these as nouns as well ("tages").
   */
  private static boolean passive(String lower) {
    return lower.length() > 4
        && lower.endsWith("es")
        && DanishWords.lemmas(lower).contains(lower.substring(0, lower.length() - 1));
  }

  // Matching -----------------------------------------------------------------------------------

  /** How much a key tells about where it stands: rare in the transcript, high. */
  double idf(String key) {
    int n = df.getOrDefault(key, 0);
    return Math.log((segs.size() + 1.0) / (n + 0.5));
  }

  /**
   * How well a key of the draft meets a set of transcript keys: 1 when the same word, 0.7 when it
   * is the last part of a transcript compound ("plan" in "fastholdelsesplan"), else 0.
   */
  static double meets(String key, Set<String> keys) {
    if (keys.contains(key)) {
      return 1;
    }
    if (key.length() >= 4) {
      double best = 0;
      for (String k : keys) {
        if (k.length() > key.length() + 2 && k.endsWith(key)) {
          return 0.7;
        }
        // A compound of the draft whose first or last part is said ("videomøde" and "video",
        // "stillingsopslag" and "opslag").
        if (k.length() >= 4
            && key.length() > k.length() + 2
            && (key.startsWith(k) || key.endsWith(k))) {
          best = 0.5;
        }
      }
      return best;
    }
    return 0;
  }

  /**
   * For each draft key asked about, the transcript keys it is part of: those it ends ("plan" in
   * "fastholdelsesplan", 0.7) and those it starts or ends with as a compound of the draft
   * ("videomøde" and "video", 0.5). Built once per key, since a check asks the same keys of every
   * segment and statement.
   */
  private final Map<String, Map<String, Double>> relatives =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Map<String, Double> relativesOf(String key) {
    return relatives.computeIfAbsent(
        key,
        k -> {
          Map<String, Double> out = new HashMap<>();
          if (k.length() < 4) {
            return out;
          }
          for (String t : keys) {
            if (t.length() > k.length() + 2 && t.endsWith(k)) {
              out.put(t, 0.7);
            } else if (t.length() >= 4
                && k.length() > t.length() + 2
                && (k.startsWith(t) || k.endsWith(t))) {
              out.putIfAbsent(t, 0.5);
            }
          }
          return out;
        });
  }

  /** {@link #meets(String, Set)} for a set of this transcript's keys, with the index above. */
  double meetsHere(String key, Set<String> target) {
    if (target.contains(key)) {
      return 1;
    }
    double best = 0;
    for (Map.Entry<String, Double> r : relativesOf(key).entrySet()) {
      if (r.getValue() > best && target.contains(r.getKey())) {
        best = r.getValue();
      }
    }
    String[] parts = partsSaid(key);
    if (best == 0 && parts != null && target.contains(parts[0]) && target.contains(parts[1])) {
      return 0.7;
    }
    return best;
  }

  private final Map<String, String[]> parts = new java.util.concurrent.ConcurrentHashMap<>();

  /** What {@link #parts} holds for a key with no parts said (a concurrent map holds no null). */
  private static final String[] NO_PARTS = new String[0];

  /**
   * A draft's compound said as two words of their own ("sygedag" of "syg en eneste dag",
   * "arbejdstid" of "arbejde" and "tid"): the keys of its first part, without a linking "s" or "e",
   * and of its last part, when the transcript says both and not the compound; else null. Both parts
   * have three letters or more.
   */
  String[] partsSaid(String key) {
    String[] said =
        parts.computeIfAbsent(
            key,
            k -> {
              if (k.startsWith("#") || keys.contains(k)) {
                return NO_PARTS;
              }
              for (int cut = 3; cut <= k.length() - 3; cut++) {
                String right = k.substring(cut);
                if (!keys.contains(right)) {
                  continue;
                }
                String left = k.substring(0, cut);
                if (keys.contains(left)) {
                  return new String[] {left, right};
                }
                boolean linked = left.endsWith("s") || left.endsWith("e");
                String bare = left.substring(0, left.length() - 1);
                if (linked && bare.length() >= 3 && keys.contains(bare)) {
                  return new String[] {bare, right};
                }
              }
              return NO_PARTS;
            });
    return said == NO_PARTS ? null : said;
  }

  /** How much a draft word tells where it is met: its rarest key met, by how well. */
  double weight(Term t, Set<String> target) {
    double best = 0;
    for (String k : t.keys()) {
      best = Math.max(best, meetsHere(k, target) * idf(k));
    }
    return best;
  }

  /** The words of a draft text shared with a segment, weighed by rarity; neighbours count half. */
  double score(List<Term> terms, int pos) {
    Set<String> own = segs.get(pos).keys();
    Set<String> near = new HashSet<>();
    if (pos > 0) {
      near.addAll(segs.get(pos - 1).keys());
    }
    if (pos + 1 < segs.size()) {
      near.addAll(segs.get(pos + 1).keys());
    }
    double s = 0;
    for (Term t : terms) {
      double w = weight(t, own);
      s += w > 0 ? w : weight(t, near) * 0.5;
    }
    return s;
  }

  /** The words of a draft text one segment says itself, weighed by rarity; not its neighbours'. */
  double scoreHere(List<Term> terms, int pos) {
    Set<String> own = segs.get(pos).keys();
    double s = 0;
    for (Term t : terms) {
      s += weight(t, own);
    }
    return s;
  }

  /** The words of a draft text shared with a statement, weighed by rarity. */
  double score(List<Term> terms, Statement st) {
    double s = 0;
    Set<String> all = st.all();
    for (Term t : terms) {
      s += weight(t, all);
    }
    return s;
  }

  /** Whether a draft's content key is said anywhere, or is the last part of a compound said. */
  boolean said(String key) {
    return keys.contains(key) || meetsHere(key, keys) >= 0.7;
  }

  /** Whether the words occur one after the other in a segment ("skovby fragt og lager"). */
  boolean saidAsPhrase(List<String> lowerCaseWords) {
    String phrase = " " + String.join(" ", lowerCaseWords) + " ";
    for (String p : phrases) {
      if (p.contains(phrase)) {
        return true;
      }
    }
    for (DraftParticipant p : participants) {
      String name =
          " "
              + String.join(
                  " ",
                  DanishWords.words(p.name() == null ? "" : p.name()).stream()
                      .map(DanishWords.Word::lower)
                      .toList())
              + " ";
      if (name.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is said, also as a genitive. */
  boolean mentions(String lowerCaseWord) {
    return words.contains(lowerCaseWord)
        || lowerCaseWord.endsWith("s")
            && words.contains(lowerCaseWord.substring(0, lowerCaseWord.length() - 1));
  }

  /** The content words of a text that {@code keep} accepts (lower case), with their keys. */
  static List<Term> terms(String text, Predicate<String> keep) {
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String v : valueKeys(text)) {
      terms.add(new Term(v, Set.of(v)));
    }
    for (DanishWords.Word w : DanishWords.contentWords(SpokenDanish.standardise(text))) {
      String lower = w.lower();
      if (keep.test(lower) && seen.add(lower)) {
        terms.add(new Term(lower, DanishWords.keys(lower)));
      }
    }
    return terms;
  }

  static boolean free(boolean[] taken, int start, int end) {
    for (int k = start; k < end && k < taken.length; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  static void mark(boolean[] taken, int start, int end) {
    for (int k = start; k < end && k < taken.length; k++) {
      taken[k] = true;
    }
  }
}
