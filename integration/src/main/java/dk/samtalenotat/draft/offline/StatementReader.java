package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.offline.Statement.Kind;
import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.InterpreterRemarks;
import dk.samtalenotat.language.YesOrNo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what the conversation established, turn by turn: the purpose the caseworker gave, what the
 * citizen told (directly or through the interpreter), what the caseworker and the other parties
 * told, what a question answered "ja" or "nej" settled, what was agreed (from the caseworker's
 * closing summary where there is one), who does what next, and the next meeting. Greetings, talk
 * about the recording, reactions, fillers, questions nobody answered, a CPR number and any
 * assessment of availability or sanctions are left out.
 */
final class StatementReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern PURPOSE =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?(?:det\\s+her\\s+er\\s+[^,]+,\\s+og\\s+)?formålet(?:\\s+med\\s+(?:samtalen|mødet|dagens\\s+samtale|det\\s+her|opkaldet))?"
              + "(?:\\s+i\\s+dag)?\\s+(?:er|var)\\s*,?\\s*(.+)$",
          FLAGS);
  private static final Pattern THIS_IS =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?det\\s+her\\s+er\\s+((?:en|et|den|vores|din|dit|jeres)\\s+[^,]+?)(?:,\\s+(?:og|hvor)\\s+(.+))?$",
          FLAGS);
  private static final Pattern EMBEDDED_THIS_IS =
      Pattern.compile(
          ",?\\s+at\\s+det\\s+her\\s+er\\s+((?:en|et)\\s+\\p{L}*samtale\\p{L}*|(?:en|et)\\s+\\p{L}*møde\\p{L}*)$",
          FLAGS);
  private static final Pattern TODAY_WE =
      Pattern.compile(
          "^(?:(?:og|men)\\s+)?(?:(?:i\\s+dag|så)\\s+skal\\s+vi(?:\\s+også)?|vi\\s+skal(?:\\s+også)?(?:\\s+i\\s+dag)?)\\s+"
              + "((?:tale|snakke|kigge|se|følge|høre|gennemgå|drøfte|lægge|lave|planlægge)\\b.+)$",
          FLAGS);
  private static final Pattern SUMMARY_CUE =
      Pattern.compile(
          "opsummer\\w*|lad\\s+(?:mig|os)\\s+(?:lige\\s+)?samle\\s+op|for\\s+at\\s+samle\\s+op|så\\s+det\\s+vi\\s+har\\s+aftalt",
          FLAGS);
  private static final Pattern AGREED =
      Pattern.compile(
          "^(?:(?:og|men|så|godt)[,]?\\s+)*(?:(?:jeg\\s+vil\\s+foreslå,?\\s+at\\s+)?vi\\s+aftaler|aftaler\\s+vi|det\\s+aftaler\\s+vi|vi\\s+har\\s+aftalt"
              + "|aftalen\\s+er|det\\s+er\\s+aftalt|vi\\s+er\\s+enige\\s+om)\\s*,?\\s*(?:at\\s+)?(.+)$",
          FLAGS);
  private static final Pattern NOT_AGREED =
      Pattern.compile(
          "(?:aftaler|aftales|aftalt|beslutter|besluttet|afgøre|afgjort|love)\\w*\\s+(?:vi\\s+)?(?:\\p{L}+\\s+)?ikke|ikke\\s+(?:noget,?\\s+)?(?:vi\\s+)?(?:aftaler|aftalt|besluttet|love)",
          FLAGS);
  private static final Set<String> ACTION_VERBS =
      Set.of(
          "sende",
          "søge",
          "opdatere",
          "give",
          "ringe",
          "deltage",
          "møde",
          "skrive",
          "tilføje",
          "huske",
          "aflevere",
          "kontakte",
          "uploade",
          "melde",
          "registrere",
          "starte",
          "udfylde",
          "indsende",
          "oplyse",
          "informere",
          "bede",
          "lave",
          "tage",
          "holde",
          "fortsætte",
          "gå",
          "komme",
          "hente",
          "booke",
          "tilmelde",
          "finde",
          "købe",
          "læse",
          "aftale");
  private static final Set<String> COMMITMENT_VERBS =
      Set.of(
          "ringer",
          "sender",
          "kontakter",
          "bestiller",
          "booker",
          "skriver",
          "godkender",
          "opdaterer",
          "tilmelder",
          "indkalder",
          "sørger",
          "ordner",
          "henter",
          "giver",
          "følger",
          "fortsætter",
          "tager",
          "laver",
          "undersøger",
          "finder",
          "melder",
          "registrerer",
          "beder",
          "hjælper",
          "afleverer");
  private static final Pattern CITIZEN_CALLS =
      Pattern.compile(
          "^(?:borger|han|hun)\\s+ringer\\s+((?:om|fordi|angående|for at)\\b.+)$", FLAGS);
  private static final Pattern REPORTED =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?(han|hun)\\s+(siger|fortæller|mener|svarer|spørger)"
              + "(?:\\s+(?:også|desuden|videre|endvidere|lige))?(?:\\s+om)?\\s*,?\\s*(?:at\\s+)?(.*)$",
          FLAGS);

  /** "..., siger hun": the interpreter saying after the words whose they are. */
  private static final Pattern REPORTED_AFTER =
      Pattern.compile("^(.+?),\\s*(?:siger|fortæller|mener|svarer)\\s+(?:han|hun)$", FLAGS);

  private static final Pattern OWN_REMARK =
      Pattern.compile(
          "(?<![\\p{L}])(?:jeg\\s+(?:forklarer|oversætter|tolker|spørger\\s+(?:hende|ham)|siger\\s+det\\s+til|har\\s+oversat|oversatte)|tolk\\w*)(?![\\p{L}])",
          FLAGS);

  /** A question to the interpreter about the interpreting: "Du tolker på dari i dag, ikke?". */
  private static final Pattern ASKS_INTERPRETER =
      Pattern.compile("(?<![\\p{L}])(?:du\\s+tolker|tolker\\s+du)(?![\\p{L}])", FLAGS);

  /** "Den første august, ja.": an answer that says again what was asked, then agrees. */
  private static final Pattern ECHO_YES =
      Pattern.compile("^(\\S.{0,60}?),\\s*(?:ja|jo|jep|præcis|netop)(?:\\s+da)?[.!]?$", FLAGS);

  private static final Pattern INTRODUCTION =
      Pattern.compile(
          "^(?:(?:og|ja)[,]?\\s+)?(?:jeg\\s+hedder\\s+)?(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}),?\\s+(?:og\\s+)?"
              + "(?:jeg\\s+er\\s+|jeg\\s+ejer\\s+)?((?:fra|tolk|mentor|driftschef|leder|ejer|virksomhedskonsulent|sundhedskoordinator|konsulent|chef|indehaver|praktikvejleder|mor|far|hos|i)\\b.+)$",
          Pattern.UNICODE_CASE);

  private static final Pattern REQUEST =
      Pattern.compile(
          "(?:vil|kan|gider)\\s+(?:du|i)\\s+(?:lige\\s+|ikke\\s+)*(?:fortælle|sige|præsentere|forklare|starte|høre|tage)"
              + "|(?:det\\s+er|er\\s+det)\\s+(?:dig|jer|mig)\\b",
          FLAGS);
  private static final Pattern SAID_BEFORE =
      Pattern.compile(
          "^(?:du|i)\\s+(?:sagde|nævnte|fortalte|skrev|har\\s+sagt|har\\s+nævnt|har\\s+skrevet)\\b",
          FLAGS);

  private final Talk talk;

  /** The party the caseworker spoke with in the last turn. */
  private Party threadWith;

  private final boolean binding;

  /** Compounds said, for the short forms that follow them. */
  private final CompoundHeads compounds = new CompoundHeads();

  private final List<Statement> out = new ArrayList<>();
  private int order;

  private StatementReader(Talk talk, boolean binding) {
    this.talk = talk;
    this.binding = binding;
  }

  /** The statements of the conversation, in the order they were said. */
  static List<Statement> read(Talk talk, boolean binding) {
    StatementReader r = new StatementReader(talk, binding);
    r.readAll();
    return r.out;
  }

  /**
   * What the caseworker's last question asked about by name ("din næste modultest"), for the answer
   * that calls it "den"; kept over a turn that says nothing, such as a passage nobody translated,
   * since the interpreter answers after it.
   */
  private String askedTopic;

  private Party topicAsker;

  /**
   * "Det er en case-opgave" after an answer: said of what was asked about, kept with the answer.
   */
  private static final Pattern DESCRIBES_IT =
      Pattern.compile("^(?:og\\s+)?(?:det|den)\\s+(?:er|var|bliver)\\s+(?:en|et)\\s+", FLAGS);

  /** Sentences of the current turn already written into the answer to a question. */
  private final Set<String> describedInAnswer = new HashSet<>();

  /** A phrase of where or with whom, said alone after a meeting's day: "Uden a-kassen." */
  private static final Pattern WHERE_OR_WITH =
      Pattern.compile("(?iu)(?:og\\s+)?(?:her\\s+)?(?:på|hos|med|uden|via)\\s+[^.?!,]{2,40}[.!]?");

  /** "jeg ringer til dig", "så ringer jeg": the caseworker will call. */
  private static final Pattern CALLS =
      Pattern.compile("^(?:(?:og\\s+)?så\\s+)?(?:jeg\\s+ringer|ringer\\s+jeg)(?![\\p{L}])", FLAGS);

  private static final Pattern CALLER = Pattern.compile("^(Sagsbehandler)\\s+ringer\\s+(.+)$");

  /** A follow-up said without its day ("Og så en opfølgning."), and the turn it was said in. */
  private static final Pattern FOLLOW_UP =
      Pattern.compile("(?<![\\p{L}])opfølgning(?:en|sopkald|ssamtale)?(?![\\p{L}])", FLAGS);

  /** Turns within which a call with a day and time is the follow-up announced before it. */
  private static final int FOLLOW_UP_TURNS = 3;

  private int followUpAnnounced = -99;

  /** The segment of an interpreter's turn that turned to a remark of their own, or -1. */
  private int ownRemarkSegment = -1;

  /** Whether the statement being read is an interpreter's own remark. */
  private boolean ownRemark;

  private int turnNo;

  /** The meeting last written, and the turn it was said in: the next speaker may turn it down. */
  private Statement lastMeeting;

  private int lastMeetingTurn;

  /** A meeting the next speaker turned down ("det går ikke, der er jeg til kontrol"). */
  private Statement turnedDown;

  /**
   * An offer the caseworker made without asking ("Jeg vil gerne tilbyde dig at komme på
   * stresshåndteringsforløbet."), which the citizen's next turn may take or decline.
   */
  private Asked offered;

  /**
   * The last turn's yes/no question that a remark of the asker's own followed ("Skal jeg have et
   * hygiejnebevis? Det havde jeg i kantinen."), which the next turn answers only if it says so.
   */
  private Asked questionRemarkedOn;

  /**
   * "Nej, det skal du ikke": a no that takes up the question's verb. Only a no: a yes after a
   * remark may agree with the remark, and a yes is written with what the answer says after it,
   * which a remark's answer would mix into the question's.
   */
  private static final Pattern TAKES_UP_THE_VERB =
      Pattern.compile(
          "^(?:det|den|dem|de)\\s+(\\p{L}+)\\s+(?:du|i|jeg|vi|han|hun)(?![\\p{L}])", FLAGS);

  private static boolean answersInItsWords(String question, String answer) {
    Optional<YesOrNo.Opening> opening = YesOrNo.opening(answer);
    if (opening.isEmpty() || !opening.get().firstWordIs("nej")) {
      return false;
    }
    Matcher m = TAKES_UP_THE_VERB.matcher(answer.substring(opening.get().end()).strip());
    List<String> asked = Clauses.words(question.strip());
    return m.lookingAt()
        && !asked.isEmpty()
        && Clauses.bare(asked.get(0)).equals(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** A question waiting for its answer. */
  private record Asked(
      Party party, String question, int segment, Party addressee, boolean byName, String before) {}

  private void readAll() {
    Asked asked = null;
    Party lastSpeaker = null;
    boolean summary = false;
    turnNo = 0;
    int previousSpokenTurn = -1;
    Party previousParty = null;
    String previousTurn = "";
    String previousSentence = null;
    int previousStatement = -1;
    boolean previousLeftOpen = false;
    for (Talk.Turn turn : talk.turns) {
      turnNo++;
      int outBefore = out.size();
      if (turn.isForeign()) {
        // The interpreter speaking the citizen's language renders what someone else said (the
        // caseworker's question, the plan) for the citizen: no statement of its own for the note.
        if (!turn.party().isInterpreter()) {
          notTranslated(turn);
          asked = null;
        }
        continue; // the asked-about thing waits for the interpreter's answer
      }
      Party speaker = turn.party();
      if (!speaker.isCaseworker()
          && lastMeeting != null
          && lastMeetingTurn == previousSpokenTurn
          && turnsDown(turn)) {
        // "Onsdag klokken ti – nej, vent, det går ikke.": the day proposed is not the meeting, if
        // another is set after it.
        turnedDown = lastMeeting;
      }
      previousSpokenTurn = turnNo;
      // The interpreter saying how they interpret: the turn is their own words, not the
      // citizen's; only what introduces them is read.
      boolean interpretersOwn =
          speaker.isInterpreter()
              && talk.interpreted
              && turn.sentences().stream().anyMatch(x -> INTERPRETING.matcher(x).find());
      String topic = topicAsker != null && !topicAsker.equals(speaker) ? askedTopic : null;
      String newTopic = null;
      Party newAsker = null;
      boolean spoke = false;
      if (!speaker.isCaseworker()) {
        summary = false;
      }
      Party addressee = addressee(turn, lastSpeaker);
      if (speaker.isCaseworker()) {
        threadWith = addressee;
      }
      if (!speaker.isCaseworker()) {
        lastSpeaker = speaker;
      }
      Asked next = null;
      Asked remarkedOn = null;
      Asked offerMade = null;
      boolean announced = false;
      String announcement = null;
      List<String> sentences = withFragmentsJoined(turn.sentences());
      // What opens the turn before its first statement: "Jeg var lige ved at sige forkert. 22."
      int opening = 0;
      while (opening < sentences.size() - 1 && noise(sentences.get(opening))) {
        opening++;
      }
      describedInAnswer.clear();
      // "Må jeg sige noget fra mig selv, som tolk? ... Jeg tror, han er nervøs. Men det er min egen
      // fornemmelse.": the interpreter's own remark, not the citizen's words in the first person.
      boolean[] interpretersRemark =
          speaker.isInterpreter() && talk.interpreted
              ? InterpreterRemarks.ownSentences(sentences, false)
              : new boolean[sentences.size()];
      for (int k = 0; k < sentences.size(); k++) {
        String raw = sentences.get(k);
        if (describedInAnswer.contains(raw)) {
          continue;
        }
        raw = compounds.named(raw, speaker, turn.segment());
        Party named = talk.names.addressed(raw);
        String s = talk.names.withoutVocatives(raw);
        if (s.isBlank() || interpretersOwn && !Content.procedure(s)) {
          continue;
        }
        spoke = true;
        if (interpretersRemark[k] && InterpreterRemarks.remarkStart(s) < 0) {
          String own = InterpreterRemarks.remarkIn(s);
          if (!own.isEmpty() && !own.endsWith("?") && Content.hasVerb(own)) {
            ownRemark = true;
            infoStatement(turn, Clauses.upperFirst(own), speaker, addressee, false);
            ownRemark = false;
          }
          continue;
        }
        if (topic != null && !s.endsWith("?")) {
          String answered = Questions.withTopic(s, topic);
          if (!answered.equals(s)) {
            s = answered;
            topic = null;
          }
        }
        if (k == opening && citizenJustSpoke(previousParty, previousTurn, speaker)) {
          s = citizenAsHeOrShe(s);
        }
        s = Clauses.upperFirst(s);
        String spokenOf =
            personSpokenOf(talk.names.citizenAsBorger(raw, talk.perspective.citizen()), speaker);
        if (spokenOf != null) {
          lastPersonSpokenOf = spokenOf;
          lastPersonSpokenOfBy = speaker;
          lastPersonSpokenOfAt = turnNo;
        }
        boolean last = k == sentences.size() - 1;
        if (!s.endsWith("?")) {
          said.addFirst(new Said(s, speaker, turn.segment()));
          if (said.size() > SAID_KEPT) {
            said.removeLast();
          }
        }
        if (Content.cpr(s) || Content.forbidden(s)) {
          if (s.endsWith("?")) {
            next = null;
          }
          asked = k == 0 ? null : asked;
          continue;
        }
        if (k == opening
            && asked == null
            && speaker.equals(previousParty)
            && previousStatement >= 0
            && previousStatement == out.size() - 1
            && addsTo(previousSentence, s)
            && continued(turn, s, addressee, previousStatement)) {
          continue;
        }
        // "Du har fået ledighedsydelse siden." "Ja, fra den 1. december.": the "ja" confirms the
        // statement just made and the value completes it.
        Optional<YesOrNo.Opening> yes = YesOrNo.opening(s);
        if (k == opening
            && asked == null
            && previousParty != null
            && !speaker.equals(previousParty)
            && previousStatement >= 0
            && previousStatement == out.size() - 1
            && yes.isPresent()
            && yes.get().firstWordIs("ja", "jo", "jep", "jeps", "præcis", "korrekt", "rigtigt")
            && Content.hasValue(s.substring(yes.get().end()))
            && addsTo(previousSentence, s.substring(yes.get().end()).strip())
            && continued(
                turn, s.substring(yes.get().end()).strip(), addressee, previousStatement)) {
          continue;
        }
        // "Og du har været ledig siden ..." "Siden den syvende januar.": the other speaker
        // finishes the sentence left open with its value.
        if (k == opening
            && asked == null
            && previousLeftOpen
            && previousParty != null
            && !speaker.equals(previousParty)
            && previousStatement >= 0
            && previousStatement == out.size() - 1
            && Content.hasValue(s)
            && addsTo(previousSentence, s)
            && finishedOpen(turn, s, addressee, previousStatement)) {
          continue;
        }
        // "Du har arbejdet på lager hele dit liv." "Ja, det kan du nok sige. 22 år hos X.": the
        // value after an agreeing "ja" completes the statement confirmed.
        String afterAgreeing = k == opening && yes.isPresent() ? afterAgreeing(s, yes.get()) : null;
        boolean nextSentence = "".equals(afterAgreeing) && k + 1 < sentences.size();
        if (nextSentence) {
          afterAgreeing = sentences.get(k + 1);
        }
        if (afterAgreeing != null
            && !afterAgreeing.isEmpty()
            && asked == null
            && previousParty != null
            && !speaker.equals(previousParty)
            && previousStatement >= 0
            && previousStatement == out.size() - 1
            && Content.hasValue(afterAgreeing)
            && addsTo(previousSentence, afterAgreeing)
            && continued(turn, afterAgreeing, addressee, previousStatement)) {
          if (nextSentence) {
            describedInAnswer.add(afterAgreeing);
          }
          continue;
        }
        if (k == 0
            && asked == null
            && questionRemarkedOn != null
            && !questionRemarkedOn.party().equals(speaker)
            && answersInItsWords(questionRemarkedOn.question(), s)) {
          // "Skal jeg have et hygiejnebevis, inden jeg starter? Det havde jeg i kantinen." "Nej,
          // det skal du ikke have inden.": the answer takes up the question's verb, past the
          // remark.
          asked = questionRemarkedOn;
        }
        if (k == 0 && asked != null && !asked.party().equals(speaker)) {
          s = answer(asked, turn, s);
          asked = null;
          if (s == null || s.isBlank()) {
            continue;
          }
        } else if (k == 0 && offered != null && !offered.party().equals(speaker)) {
          // "Jeg vil gerne tilbyde dig at komme på forløbet." "Det er sødt af dig, men jeg vil
          // helst sige nej tak.": the yes or no to an offer made without a question.
          String taken = offerAnswered(offered, turn, s);
          if (taken != null) {
            writeOfferAnswer(offered, turn, taken);
            String rest = besidesTheAnswer(s);
            if (rest.isEmpty()) {
              continue;
            }
            s = Clauses.upperFirst(rest);
          }
        }
        String recalled = speaker.isCaseworker() ? null : SpokenCleaner.recalled(s);
        if (recalled != null && Questions.form(recalled) == Questions.Form.DECLARATIVE) {
          // "Jeg sendte den i mandags, kan du ikke huske det?": a statement, not the citizen's
          // question. A "vi" there is the speaker and the one asked to remember it ("Vi havde
          // lukket for varetælling, kan du ikke huske det?", said to the employer), whom the
          // note cannot always name: such a sentence is left out.
          if (WE.matcher(recalled).find()) {
            continue;
          }
          s = recalled + ".";
        }
        if (speaker.isCaseworker() && !s.endsWith("?") && makesAnOffer(s)) {
          offerMade = new Asked(speaker, s, turn.segment(), addressee, false, null);
        }
        if (s.endsWith("?")) {
          if (speaker.isCitizen() || speaker.isInterpreter() && talk.interpreted) {
            String plan = askedOfOwnPlan(turn, s);
            citizenQuestion(turn, plan == null ? s : plan, plan != null);
          }
          // "Hvad så med fredag den 13. marts ved kvart over ti? Det er før kurset, men ...": a
          // meeting proposed is what the next turn answers, whatever remark follows the question.
          List<String> rest = sentences.subList(k + 1, sentences.size());
          Asked asking =
              new Asked(
                  speaker,
                  Questions.embeddedAsked(s),
                  turn.segment(),
                  named == null ? addressee : named,
                  named != null,
                  k > 0
                      ? sentences.get(k - 1)
                      : speaker.equals(previousParty) ? previousSentence : null);
          if (last
              || rest.stream().allMatch(Content::procedure)
              || proposesAMeeting(s) && rest.stream().noneMatch(x -> x.strip().endsWith("?"))) {
            next = asking;
            newTopic = speaker.isCaseworker() ? Questions.topic(s) : null;
            newAsker = newTopic == null ? null : speaker;
          } else if (Questions.form(s) == Questions.Form.POLAR) {
            remarkedOn = asking;
          }
          continue;
        }
        if (speaker.isCaseworker() && SUMMARY_CUE.matcher(s).find()) {
          summary = true;
          int colon = s.indexOf(':');
          if (colon < 0 || colon == s.length() - 1) {
            continue;
          }
          s = Clauses.upperFirst(s.substring(colon + 1).strip());
        }
        if (speaker.isCaseworker() && (purposeContinues(turn, s) || purpose(turn, s, turnNo))) {
          continue;
        }
        if (!speaker.isCaseworker() && !speaker.isCitizen() && introduction(turn, s)) {
          continue;
        }
        String afterReaction = Content.afterReaction(s);
        if (afterReaction != null && !Content.procedure(s)) {
          s = Clauses.upperFirst(afterReaction);
        }
        if (Content.procedure(s) || Content.reaction(s)) {
          continue;
        }
        String schedule =
            speaker.isCitizen() || !Schedules.namesDaysAndHours(s)
                ? null
                : Schedules.write(
                    s, INTERNSHIP.matcher(String.join(" ", sentences) + " " + previousTurn).find());
        if (schedule != null) {
          // "Så siger vi mandag, tirsdag og torsdag, klokken ni til tolv": the days of the work or
          // the internship, agreed, not a meeting.
          add(
              template(NoteSection.AFTALER),
              Kind.AGREEMENT,
              speaker,
              "",
              schedule,
              turn.segment(),
              80 + Content.weight(schedule));
          continue;
        }
        if (!speaker.isCitizen()
            && Meetings.isMeeting(s)
            && !Meetings.hasDayAndTime(s)
            && k + 1 < sentences.size()
            && Meetings.hasDayAndTime(sentences.get(k + 1))
            && !Meetings.isMeeting(sentences.get(k + 1))) {
          // "Og næste samtale, den holder vi om fem uger. Onsdag den 25. marts klokken ti.": the
          // day said exactly, and the time, follow in the next sentence.
          describedInAnswer.add(sentences.get(k + 1));
          s = s.replaceAll("[.!]+$", "") + ", " + Clauses.lowerFirst(sentences.get(k + 1));
          if (k + 2 < sentences.size() && WHERE_OR_WITH.matcher(sentences.get(k + 2)).matches()) {
            // "... klokken ti. Uden a-kassen.": where, or with whom, as a phrase of its own.
            describedInAnswer.add(sentences.get(k + 2));
            s = s.replaceAll("[.!]+$", "") + " " + Clauses.lowerFirst(sentences.get(k + 2));
          }
        }
        boolean madePrecise = speaker.isCaseworker() && makesTheMeetingPrecise(s);
        if (!speaker.isCitizen()
            && (Meetings.isMeeting(s) || announced && Meetings.hasDayAndTime(s) || madePrecise)
            && !beforeToday(s)) {
          String said = s;
          if (madePrecise && !Meetings.isMeeting(s)) {
            // "Vi ses om fem uger. [...] Så tager vi det i uge 14. Torsdag den 2. april klokken
            // ni.": the meeting said in weeks, now with its day.
            Matcher before = PRECISE.matcher(s);
            said =
                "Næste samtale er "
                    + Clauses.lowerFirst(before.lookingAt() ? s.substring(before.end()) : s);
          }
          if (announced && !Meetings.isMeeting(s)) {
            // "Så aftaler vi et opfølgningsmøde ude på skolen. Torsdag den 10. december klokken
            // ti.": the meeting, where and with whom from the first sentence, the day from this.
            said =
                announcement != null
                    ? announcement.replaceAll("[.!]+$", "") + ", " + Clauses.lowerFirst(s)
                    : "Næste samtale er " + s;
          }
          String where = placeSaidAfter(sentences, k);
          if (where != null) {
            said = said.strip().replaceAll("[.!]+$", "") + ", " + Clauses.lowerFirst(where);
          }
          meeting(turn, said, addressee);
          announced = false;
          announcement = null;
          continue;
        }
        if (speaker.isCaseworker() && FOLLOW_UP.matcher(s).find() && !Meetings.hasDayAndTime(s)) {
          followUpAnnounced = turnNo;
        }
        announced = !speaker.isCitizen() && Meetings.announces(s);
        announcement = null;
        if (announced && Content.contentWords(s) <= 2) {
          continue; // "Og så næste samtale.": the day follows
        }
        if (announced
            && k + 1 < sentences.size()
            && Meetings.hasDayAndTime(sentences.get(k + 1))
            && !Meetings.isMeeting(sentences.get(k + 1))) {
          announcement = s; // the day follows in the next sentence, which writes the meeting
          continue;
        }
        if (summary) {
          summaryItem(turn, s);
          continue;
        }
        if (speaker.isCitizen()
            || !speaker.isCaseworker()
                && !speaker.isInterpreter()
                && speaker.equals(lastPersonSpokenOfBy)
                && turnNo - lastPersonSpokenOfAt <= 1) {
          // Another party's "hun mener" reports the person they have just spoken of ("jeg har
          // talt med Lones læge ... Det mener hun ikke"), not the citizen.
          s = withReporterNamed(s);
        }
        statement(turn, s, addressee);
      }
      asked = next;
      questionRemarkedOn = next == null ? remarkedOn : null;
      offered = next == null ? offerMade : null;
      if (spoke) { // a turn that says nothing ("[taler somali]") leaves the question open
        askedTopic = newTopic;
        topicAsker = newAsker;
      }
      previousParty = speaker;
      previousTurn = String.join(" ", sentences);
      previousSentence = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
      previousStatement = out.size() > outBefore ? out.size() - 1 : -1;
      previousLeftOpen = talk.leftOpen.contains(turn.segment());
    }
    if (talk.stopped) {
      String text =
          talk.citizenAskedToStop
              ? "Borger bad om, at optagelsen blev stoppet, og det efterfølgende indgår ikke i notatet"
              : "Optagelsen blev stoppet undervejs, og det efterfølgende indgår ikke i notatet";
      add(
          NoteSection.DROEFTET,
          Kind.RECORDING_STOPPED,
          Party.CITIZEN,
          "",
          text,
          talk.stopCitation,
          100);
    }
  }

  /** Words that open a fragment in lower case when it joins the sentence before it. */
  private static final Pattern FRAGMENT_OPENER =
      Pattern.compile(
          "^(?:og|men|eller|både|kun|ikke|ingen|hver|fra|til|i|på|med|om|efter|før|inden|senest"
              + "|cirka|ca\\.|omkring|"
              + DanishDates.WEEKDAY_NAMES
              + "|kl\\.)(?![\\p{L}])",
          FLAGS);

  /**
   * A fragment as it continues a sentence: its first word in lower case unless it is a name ("Mest
   * eftermiddage", but "Café Havnelyst").
   */
  static String continuing(String fragment) {
    return FRAGMENT_OPENER.matcher(fragment).lookingAt()
        ? fragment.substring(0, 1).toLowerCase(Locale.ROOT) + fragment.substring(1)
        : Clauses.lowerFirst(fragment);
  }

  /**
   * A fragment without a verb that adds to the statement before it in the same turn ("Det er 30
   * timer om ugen. Mandag til fredag fra kl. 7.00 til 13.00.") is said of the same thing: it joins
   * that sentence, which would otherwise lose it as an echo. A first sentence without a verb (the
   * answer to a question), a question, a reaction, the summary's announcement and the next meeting
   * keep their own sentences.
   */
  static List<String> withFragmentsJoined(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String s : sentences) {
      if (!out.isEmpty() && echo(out.get(out.size() - 1), s)) {
        continue;
      }
      if (!out.isEmpty() && addsTo(out.get(out.size() - 1), s)) {
        String before = out.remove(out.size() - 1).replaceAll("[.!]+$", "");
        out.add(before + ", " + continuing(s.strip()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A number said again on its own right after the sentence that has it ("Jeg har søgt 6 job. 6."):
   * an echo, not a fragment to join.
   */
  private static boolean echo(String before, String s) {
    String number = s.strip().replaceAll("[.!]+$", "");
    return number.matches("\\d+(?:[.,]\\d+)?")
        && Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d,]|\\.\\d)")
            .matcher(before)
            .find();
  }

  /**
   * People the citizen may report what they said: the doctor, the boss, family. A closed class of
   * nouns for persons by role or relation, not a list of phrases.
   */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "læge",
          "egen læge",
          "speciallæge",
          "psykolog",
          "psykiater",
          "fysioterapeut",
          "sygeplejerske",
          "chef",
          "leder",
          "mester",
          "arbejdsgiver",
          "tillidsmand",
          "tillidsrepræsentant",
          "kollega",
          "mand",
          "kone",
          "kæreste",
          "ægtefælle",
          "mor",
          "far",
          "søster",
          "bror",
          "datter",
          "søn",
          "advokat",
          "rådgiver",
          "vejleder",
          "lærer",
          "underviser",
          "pædagog",
          "kontaktperson",
          "tandlæge",
          "kiropraktor",
          "samlever",
          "svigerinde",
          "svoger",
          "svigermor",
          "svigerfar",
          "veninde",
          "ven",
          "nabo",
          "moster",
          "faster",
          "morbror",
          "farbror",
          "onkel",
          "tante",
          "mormor",
          "farmor",
          "morfar",
          "farfar",
          "fætter",
          "kusine");

  private static final Pattern POSSESSED_PERSON =
      Pattern.compile("(?<![\\p{L}])(din|dit|min|mit)\\s+(\\p{L}+)(?![\\p{L}])", FLAGS);

  /** "Lones læge" with the citizen's name made "borgers": "borgers læge". */
  private static final Pattern CITIZENS_PERSON =
      Pattern.compile("(?<![\\p{L}])borgers\\s+(\\p{L}+)(?![\\p{L}])", FLAGS);

  private static final Pattern DEFINITE_PERSON =
      Pattern.compile("(?<![\\p{L}])\\p{L}+n(?![\\p{L}])", FLAGS);

  /** "han siger", "hun mente": a third party's words the citizen reports. */
  private static final Pattern REPORTER =
      Pattern.compile(
          "^((?:og|men|så)\\s+)?(han|hun)\\s+(?=(?:siger|sagde|mener|mente|synes|syntes|skriver|skrev"
              + "|vurderer|vurderede|anbefaler|anbefalede|har\\s+sagt|har\\s+skrevet)(?![\\p{L}]))",
          FLAGS);

  private static final Pattern FIRST_PERSON =
      Pattern.compile("(?<![\\p{L}])(?:mig|min|mit|mine)(?![\\p{L}])", FLAGS);

  /** The person last spoken of by role or relation, as the note names them. */
  private String lastPersonSpokenOf;

  private Party lastPersonSpokenOfBy;
  private int lastPersonSpokenOfAt;

  /** "Det mener hun ikke, der er brug for": the reporting verb before its subject. */
  private static final Pattern FRONTED_REPORTER =
      Pattern.compile(
          "^((?:og|men|så)\\s+)?det\\s+(mener|siger|synes|skriver|vurderer|anbefaler|tror)\\s+(?:han|hun)"
              + "(\\s+ikke)?\\s*,?\\s+(?!at\\s)",
          FLAGS);

  /**
   * The person a sentence speaks of, as the note names them: "din læge" or the citizen's "min chef"
   * is "borgers læge"/"borgers chef", "lægen" stays "lægen", "værkfører Ole" stays "værkfører Ole".
   * Null when it speaks of none.
   */
  private static String personSpokenOf(String sentence, Party speaker) {
    String found = null;
    int at = -1;
    Matcher b = CITIZENS_PERSON.matcher(sentence);
    while (b.find()) {
      if (PERSON_NOUNS.contains(b.group(1).toLowerCase(Locale.ROOT))) {
        found = "borgers " + b.group(1).toLowerCase(Locale.ROOT);
        at = b.start();
      }
    }
    Matcher m = POSSESSED_PERSON.matcher(sentence);
    while (m.find()) {
      String noun = m.group(2).toLowerCase(Locale.ROOT);
      boolean citizens = m.group(1).toLowerCase(Locale.ROOT).startsWith("d") != speaker.isCitizen();
      if (PERSON_NOUNS.contains(noun) && citizens && m.start() > at) {
        found = "borgers " + noun;
        at = m.start();
      }
    }
    Matcher d = DEFINITE_PERSON.matcher(sentence);
    while (d.find()) {
      String word = d.group().toLowerCase(Locale.ROOT);
      boolean person =
          word.endsWith("en") && PERSON_NOUNS.contains(word.substring(0, word.length() - 2))
              || PERSON_NOUNS.contains(word.substring(0, word.length() - 1));
      if (person && d.start() > at) {
        found = word;
        at = d.start();
      }
    }
    // "Værkfører Ole ringer en gang imellem. Han har sagt, ...": the person named with a title.
    Matcher t = Titles.TITLED_NAME.matcher(sentence);
    while (t.find()) {
      if (t.start() > at) {
        found = t.group(1).toLowerCase(Locale.ROOT) + " " + t.group(2);
        at = t.start();
      }
    }
    return found;
  }

  /**
   * "Hun siger, at jeg skal vente" after "Hvad siger din læge?": the citizen reports what the
   * person just spoken of said, and the note names that person ("borgers læge siger, at ...").
   */
  private String withReporterNamed(String s) {
    if (lastPersonSpokenOf == null) {
      return s;
    }
    Matcher fronted = FRONTED_REPORTER.matcher(s);
    if (fronted.lookingAt()) {
      // "Det mener hun ikke, der er brug for nu." as "borgers læge mener ikke, at der er brug for
      // nu": the subject first, what is reported as the clause it is.
      String lead = fronted.group(1) == null ? "" : fronted.group(1);
      String not = fronted.group(3) == null ? "" : " ikke";
      return Clauses.upperFirst(
          lead
              + lastPersonSpokenOf
              + " "
              + fronted.group(2).toLowerCase(Locale.ROOT)
              + not
              + ", at "
              + s.substring(fronted.end()));
    }
    Matcher m = REPORTER.matcher(s);
    if (!m.lookingAt()) {
      return s;
    }
    String lead = m.group(1) == null ? "" : m.group(1);
    return Clauses.upperFirst(lead + lastPersonSpokenOf + " " + s.substring(m.end()));
  }

  /** A sentence that states nothing: procedure, a reaction, or a number said again alone. */
  private static boolean noise(String s) {
    return Content.procedure(s) || Content.reaction(s) || s.strip().matches("^[\\d.,]+[.!]?$");
  }

  /**
   * A speaker's turn split over several segments: a fragment without a verb that opens the next
   * segment ("Og ingen tunge løft over 10 kilo.") completes the statement the last one made.
   */
  private boolean continued(Talk.Turn turn, String fragment, Party addressee, int statement) {
    return addFragment(turn, fragment, addressee, statement, false);
  }

  /**
   * A sentence left open ("Og du har været ledig siden ...") finished by the next speaker's words
   * without a verb ("Siden den syvende januar."): they go on the statement with a space, not a
   * comma, and a preposition the open sentence ended with is not said twice.
   */
  private boolean finishedOpen(Talk.Turn turn, String fragment, Party addressee, int statement) {
    return addFragment(turn, fragment, addressee, statement, true);
  }

  /**
   * The fragment, in the note's perspective, added to the statement at {@code statement} with the
   * turn's segment among its citations: after a comma, or, finishing a sentence left open, after a
   * space and without the open sentence's last word said again. False when the statement is a
   * meeting or the fragment cannot be rewritten.
   */
  private boolean addFragment(
      Talk.Turn turn, String fragment, Party addressee, int statement, boolean finishesOpen) {
    Statement before = out.get(statement);
    if (before.kind() == Kind.MEETING || before.kind() == Kind.RECORDING_STOPPED) {
      return false;
    }
    Perspective.Rewritten r = rewrite(turn, fragment.replaceAll("[.!]+$", ""), addressee);
    if (!r.resolved()) {
      return false;
    }
    String text = continuing(r.text().strip());
    String joined;
    if (finishesOpen) {
      String open = before.text().replaceAll("[.!]+$", "").stripTrailing();
      String lastWord = open.substring(open.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      String firstWord = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      if (!lastWord.isEmpty() && lastWord.equals(firstWord) && text.contains(" ")) {
        text = text.substring(text.indexOf(' ') + 1);
      }
      joined = open + " " + text;
    } else {
      joined = before.text() + ", " + text;
    }
    List<Integer> cites = new ArrayList<>(before.citations());
    cites.add(turn.segment());
    out.set(
        statement,
        new Statement(
            before.section(),
            before.kind(),
            before.source(),
            before.frame(),
            joined,
            cites.stream().distinct().sorted().toList(),
            before.weight() + Content.weight(text),
            before.order()));
    return true;
  }

  /**
   * "Nej, i morgen har jeg Anton hele dagen. Senest fredag den trettende marts.": a day said right
   * after a no to another day is the day that takes its place, not more about the one turned down.
   */
  private static boolean dayInPlaceOfOneTurnedDown(String before, String fragment) {
    return YesOrNo.opensWithNo(before) && namesADay(before) && namesADay(fragment);
  }

  private static boolean namesADay(String s) {
    return !DanishDates.findDates(s, LocalDate.of(2026, 1, 1)).isEmpty();
  }

  private static boolean addsTo(String before, String fragment) {
    if (before == null) {
      return false;
    }
    String f = fragment.strip();
    if (f.endsWith("?")
        || before.strip().endsWith("?")
        || Content.hasVerb(f)
        || !Content.hasVerb(before)
        || YesOrNo.opening(f).isPresent()
        || !(Content.hasValue(f) || Content.contentWords(f) >= 2)
        || dayInPlaceOfOneTurnedDown(before, f)) {
      return false;
    }
    for (String s : List.of(before, f)) {
      if (Content.procedure(s)
          || Content.reaction(s)
          || Content.cpr(s)
          || SUMMARY_CUE.matcher(s).find()
          || Meetings.isMeeting(s)
          || Meetings.announces(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Who "du" is in this turn: the party named at its start, else for the caseworker the one who
   * spoke last (the citizen in a conversation of two), for anyone else the caseworker or the
   * citizen.
   */
  private Party addressee(Talk.Turn turn, Party lastSpeaker) {
    for (String s : turn.sentences()) {
      Party named = talk.names.addressed(s);
      if (named != null && !named.equals(turn.party())) {
        return named;
      }
    }
    if (turn.party().isCitizen() || turn.party().isInterpreter() && talk.interpreted) {
      return Party.CASEWORKER;
    }
    if (turn.party().isCaseworker()
        && threadWith != null
        && threadWith.equals(lastSpeaker)
        && !threadWith.isCitizen()
        && threadWith.group() != null
        && threadWith.group().endsWith(" og borger")) {
      return threadWith; // still talking with the party addressed by name before
    }
    return Party.CITIZEN;
  }

  // Purpose and participation --------------------------------------------------------------

  /** "Og så tager vi ...", "Og så skal vi ...": one more thing the meeting is for. */
  private static final Pattern AND_THEN_WE =
      Pattern.compile(
          "^og\\s+så\\s+(?:(?:skal|vil)\\s+vi\\s+(?:også\\s+|lige\\s+)*(\\p{L}+)|(\\p{L}+)\\s+vi(?:\\s+også|\\s+lige)*)"
              + "\\s+(.+?)[.!]?$",
          FLAGS);

  /**
   * "Formålet i dag er at snakke om din praktik. Og så lægger vi en plan for foråret.": the
   * caseworker's "og så" right after the purpose adds to it what else the meeting is for, so it
   * joins the purpose ("... og at lægge en plan for foråret") instead of standing as a statement of
   * its own. True when it did.
   */
  private boolean purposeContinues(Talk.Turn turn, String s) {
    if (out.isEmpty()) {
      return false;
    }
    Statement last = out.get(out.size() - 1);
    int said = last.citations().stream().mapToInt(Integer::intValue).max().orElse(-99);
    Matcher m = AND_THEN_WE.matcher(s.strip());
    if (last.kind() != Kind.PURPOSE
        || !last.text().startsWith("Formålet med samtalen var ")
        || !last.source().equals(turn.party())
        || turn.segment() - said > 1
        || !m.matches()) {
      return false;
    }
    String verb = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    String inf = m.group(1) != null ? verb : presentAsInfinitive(verb);
    if (inf == null || Content.procedure(s) || meta("vi skal " + inf + " " + m.group(3))) {
      return false;
    }
    Perspective.Rewritten r =
        rewrite(turn, Passive.apply("at " + inf + " " + m.group(3)), Party.CITIZEN);
    if (!r.resolved()) {
      return false;
    }
    List<Integer> cites = new ArrayList<>(last.citations());
    cites.add(turn.segment());
    out.set(
        out.size() - 1,
        new Statement(
            last.section(),
            last.kind(),
            last.source(),
            last.frame(),
            last.text() + " og " + lower(r.text()),
            cites.stream().distinct().sorted().toList(),
            last.weight(),
            last.order()));
    return true;
  }

  /**
   * "kigger" gives "kigge": a present tense in -er whose dictionary form is the word without -r.
   */
  private static String presentAsInfinitive(String verb) {
    String known = Clauses.infinitive(verb);
    if (known != null) {
      return known;
    }
    String stem = verb.substring(0, verb.length() - 1);
    return verb.endsWith("er") && DanishWords.lemmas(verb).contains(stem) ? stem : null;
  }

  private boolean purpose(Talk.Turn turn, String s, int turnNo) {
    Matcher p = PURPOSE.matcher(s);
    if (p.matches() && p.group(1).matches("(?iu)^(?:en|et)\\s.+")) {
      // "Formålet er et rundbordsmøde om praktikken: ...": what the conversation is, not what it
      // is to do.
      add(
          NoteSection.FORMAAL,
          Kind.PURPOSE,
          turn.party(),
          "",
          thisIs("det her er " + p.group(1)),
          turn.segment(),
          50);
      return true;
    }
    if (p.matches()) {
      String goal = purposeClause(p.group(1));
      String lead = s.toLowerCase(Locale.ROOT).startsWith("det her er") ? thisIs(s) : null;
      if (lead != null) {
        add(NoteSection.FORMAAL, Kind.PURPOSE, turn.party(), "", lead, turn.segment(), 50);
      }
      add(
          NoteSection.FORMAAL,
          Kind.PURPOSE,
          turn.party(),
          "",
          "Formålet med samtalen var " + goal,
          turn.segment(),
          50);
      return true;
    }
    if (turnNo > 12) {
      return false;
    }
    Matcher embedded = EMBEDDED_THIS_IS.matcher(s.replaceAll("[.!]$", ""));
    if (embedded.find()) {
      add(
          NoteSection.FORMAAL,
          Kind.PURPOSE,
          turn.party(),
          "",
          thisIs("det her er " + embedded.group(1)),
          turn.segment(),
          40);
      return true;
    }
    Matcher t = THIS_IS.matcher(s.replaceAll("[.!]$", ""));
    if (t.matches() && !Content.hasValue(t.group(1))) {
      add(NoteSection.FORMAAL, Kind.PURPOSE, turn.party(), "", thisIs(s), turn.segment(), 40);
      if (t.group(2) != null) {
        Matcher inner = PURPOSE.matcher(t.group(2));
        if (inner.matches()) {
          add(
              NoteSection.FORMAAL,
              Kind.PURPOSE,
              turn.party(),
              "",
              "Formålet med samtalen var " + purposeClause(inner.group(1)),
              turn.segment(),
              50);
        }
      }
      return true;
    }
    Matcher w = TODAY_WE.matcher(s.replaceAll("[.!]$", ""));
    if (w.matches()) {
      String goal = rewrite(turn, "at " + w.group(1), Party.CITIZEN).text();
      boolean first = out.stream().noneMatch(x -> x.kind() == Kind.PURPOSE);
      String text =
          first
              ? "Formålet med samtalen var " + goal
              : "Samtalen handlede også om " + goal.replaceFirst("^at (?:tale|snakke) om ", "");
      add(NoteSection.FORMAAL, Kind.PURPOSE, turn.party(), "", text, turn.segment(), 40);
      return true;
    }
    return false;
  }

  /**
   * "Det her er en fælles samtale, hvor a-kassen også er med" gives "Samtalen var en fælles ...".
   */
  private String thisIs(String s) {
    String body =
        s.replaceAll("[.!]$", "")
            .replaceFirst("(?i)^(?:(?:og|men|så)\\s+)?det\\s+her\\s+er\\s+", "");
    body = body.replaceFirst("(?i),\\s+og\\s+formålet.*$", "");
    body = body.replaceFirst("(?i)^vores\\s+", "den ");
    Perspective.Rewritten r =
        talk.perspective.rewrite(
            Passive.apply(body), Party.CASEWORKER, Party.CASEWORKER, Party.CITIZEN);
    return "Samtalen var " + lower(r.text());
  }

  /**
   * "at vi sammen kigger på din jobsøgning, og at vi lægger en plan" gives "at kigge sammen på
   * borgers jobsøgning og at lægge en plan".
   */
  private String purposeClause(String raw) {
    String s = raw.strip().replaceAll("[.!]$", "");
    s = s.replaceFirst("^,\\s*", "");
    Pattern weDo =
        Pattern.compile(
            "(?<![\\p{L}])at\\s+(?:vi|jeg)\\s+((?:(?:sammen|lige|også|gerne)\\s+)*)(\\p{L}+)",
            FLAGS);
    Matcher m = weDo.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String inf = Clauses.infinitive(m.group(2));
      if (inf == null) {
        m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String adverbs = m.group(1).strip();
      m.appendReplacement(
          b, Matcher.quoteReplacement("at " + inf + (adverbs.isEmpty() ? "" : " " + adverbs)));
    }
    m.appendTail(b);
    s = b.toString();
    s = s.replaceAll("(?i)(?:,\\s*)?og\\s+så\\s+skal\\s+vi\\s+", " og at ");
    s = s.replaceAll("(?i),\\s+og\\s+at\\s+", " og at ");
    if (!s.toLowerCase(Locale.ROOT).startsWith("at ")) {
      s = "at " + s;
    }
    return lower(
        talk.perspective
            .rewrite(Passive.apply(s), Party.CASEWORKER, Party.CASEWORKER, Party.CITIZEN)
            .text());
  }

  /**
   * "Birgitte Munk, jeg er fra A-kassen Vestfag" gives "Birgitte Munk deltog fra A-kassen Vestfag".
   */
  private boolean introduction(Talk.Turn turn, String s) {
    String body = s.replaceAll("[.!]$", "").replaceFirst("(?i)^(?:og|ja)[,]?\\s+", "");
    body =
        body.replaceFirst("(?i)^og\\s+jeg\\s+hedder\\s+", "")
            .replaceFirst("(?i)^jeg\\s+hedder\\s+", "");
    Matcher m = INTRODUCTION.matcher(body);
    if (!m.matches() || talk.names.partyNamed(m.group(1)) == null && !isPersonName(m.group(1))) {
      return false;
    }
    String role = m.group(2).replaceAll("(?i)\\s+i\\s+dag$", "").strip();
    role = role.replaceFirst("(?i),?\\s+og\\s+jeg\\s+har\\s+tavshedspligt.*$", "");
    String text;
    if (role.toLowerCase(Locale.ROOT).startsWith("fra ")
        || role.toLowerCase(Locale.ROOT).startsWith("hos ")) {
      text = m.group(1) + " deltog " + role;
    } else {
      String r = talk.perspective.rewrite(role, turn.party(), turn.party(), Party.CITIZEN).text();
      text = m.group(1) + " deltog som " + r;
    }
    if (Content.procedure(text) && !turn.party().isInterpreter()) {
      return false;
    }
    add(
        NoteSection.FORMAAL,
        Kind.PARTICIPATION,
        turn.party(),
        "",
        text.replaceAll("\\s+", " "),
        turn.segment(),
        20);
    return true;
  }

  private boolean isPersonName(String s) {
    return s.matches("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2}");
  }

  // Answers ---------------------------------------------------------------------------------

  /**
   * What may follow a "ja" that only agrees: "det kan du godt sige", "det passer", "helt rigtigt".
   */
  private static final Pattern AGREEING =
      Pattern.compile(
          "(?:det\\s+ka(?:n|')?\\s+du\\s+(?:\\p{L}+\\s+){0,2}sige|det\\s+(?:passer|stemmer)(?:\\s+godt)?"
              + "|det\\s+er\\s+(?:helt\\s+)?(?:rigtigt|korrekt|det)|helt\\s+rigtigt|klart|bestemt)"
              + "\\s*(?:[,.!]\\s*|$)",
          FLAGS);

  /**
   * Whether an answer's opening says again what the question said ("Den 1. august" to "Og du blev
   * ledig den 1. august 2026, ikke?"): each of its words stands in the question.
   */
  private static boolean echoes(String question, String said) {
    Set<String> asked =
        Clauses.words(question).stream().map(Clauses::bare).collect(Collectors.toSet());
    List<String> words = Clauses.words(said);
    return !words.isEmpty() && words.stream().map(Clauses::bare).allMatch(asked::contains);
  }

  /** What a "ja" and a phrase that only agrees are followed by in the sentence, or null. */
  private static String afterAgreeing(String s, YesOrNo.Opening yes) {
    if (!yes.firstWordIs("ja", "jo", "jep", "jeps")) {
      return null;
    }
    String said = s.substring(yes.end()).strip();
    Matcher agreeing = AGREEING.matcher(said);
    if (!agreeing.lookingAt() && !said.isEmpty()) {
      return null;
    }
    return said.isEmpty() ? "" : Clauses.upperFirst(said.substring(agreeing.end()).strip());
  }

  /** "Borger takkede nej til tilbuddet om ...", citing the offer and the answer. */
  private void writeOfferAnswer(Asked offer, Talk.Turn turn, String taken) {
    add(
        NoteSection.DROEFTET,
        Kind.INFORMATION,
        Party.CITIZEN,
        "",
        taken,
        List.of(offer.segment(), turn.segment()),
        Content.weight(taken) + 2);
  }

  /**
   * What an answer to an offer says besides its yes or no, which stays ("Nej tak, jeg har travlt
   * med min mor"); "" when it says no more than that.
   */
  private static String besidesTheAnswer(String s) {
    String rest = afterTheAnswerWord(s);
    return YesOrNo.turnsDownAnOffer(rest) || Content.contentWords(rest) < 2 ? "" : rest;
  }

  /** Whether a sentence offers something to the one spoken to: "Jeg vil tilbyde dig et forløb". */
  private static boolean makesAnOffer(String s) {
    Matcher offer = OFFER.matcher(s);
    while (offer.find()) {
      if (offer.group().toLowerCase(Locale.ROOT).startsWith("tilbyde")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an answer says after the "ja" or "nej" it opens with; all of it when it opens with none.
   */
  private static String afterTheAnswerWord(String s) {
    return YesOrNo.opening(s).map(o -> s.substring(o.end()).strip()).orElse(s);
  }

  private static final Pattern WHEN_ASKED =
      Pattern.compile("(?:(?:og|men|så)\\s+)?hvornår(?![\\p{L}])", FLAGS);

  /** "Det var", "den er": the opening of an answer that points at what was asked about. */
  private static final Pattern IT_WAS =
      Pattern.compile("^(?:det|den)\\s+(?:var|er|bliver|blev)\\s+(?:vist\\s+|nok\\s+)?", FLAGS);

  /**
   * The first sentence of a turn after a question from someone else. A "ja"/"nej" settles a yes/no
   * question; a short answer with a value answers a "hvor mange"/"hvornår". Returns what is left of
   * the sentence to read on its own.
   */
  private String answer(Asked asked, Talk.Turn turn, String s) {
    String proposed = proposedMeeting(asked, turn);
    if (proposed != null) {
      // "Tirsdag den femte maj klokken ti, kan det passe?" "Jo, det passer fint.": the meeting.
      meeting(turn, proposed, asked.addressee());
      // "Torsdag den nittende... ja, det kan jeg godt.": the day said back before the yes.
      Matcher echo = DAY_SAID_BACK.matcher(s.strip());
      String answer = echo.matches() && !Content.hasVerb(echo.group(1)) ? echo.group(2) : s;
      return YesOrNo.opening(answer).isPresent() ? "" : s;
    }
    String taken = offerAnswered(asked, turn, s);
    if (taken != null) {
      writeOfferAnswer(asked, turn, taken);
      return besidesTheAnswer(s);
    }
    if (!asked.addressee().isCitizen()
        && !asked.addressee().equals(turn.party())
        && (asked.byName() || !turn.party().isCitizen() && !asked.party().isCitizen())) {
      // Asked someone else by name. A "du" without a name is whoever takes the turn to answer
      // it: the citizen answering a question the caseworker put while talking with a relative
      // answers it of themself, and the consultant answering the citizen's "skal jeg have et
      // hygiejnebevis?" answers for the meeting.
      return s;
    }
    if (turn.party().isInterpreter()
        && talk.interpreted
        && ASKS_INTERPRETER.matcher(asked.question()).find()) {
      // "Du tolker på dari i dag, ikke?" "Jo.": the interpreter on the interpreting.
      return YesOrNo.opening(s).isPresent() ? "" : s;
    }
    if (Content.procedure(asked.question())
        || Content.cpr(asked.question())
        || Content.forbidden(asked.question())) {
      return afterTheAnswerWord(s);
    }
    if (promiseRefused(asked, turn, s)) {
      return "";
    }
    Questions.Form form = Questions.form(asked.question());
    Matcher echo = ECHO_YES.matcher(s.strip());
    if (form != Questions.Form.WH && echo.matches() && echoes(asked.question(), echo.group(1))) {
      // The echo says nothing the question did not: the question, agreed to, is the statement.
      confirm(asked, turn, true, "");
      return "";
    }
    Optional<YesOrNo.Opening> a = YesOrNo.opening(s);
    if (form != Questions.Form.WH && a.isPresent()) {
      String rest = s.substring(a.get().end()).strip();
      return confirm(asked, turn, a.get().yes(), rest) ? "" : rest;
    }
    if (form == Questions.Form.WH && a.isPresent() && a.get().yes()) {
      // "Kan du fortælle, hvornår du blev sygemeldt?" "Ja, det var den første december.": the yes
      // to telling is no answer; what follows it is.
      s = Clauses.upperFirst(s.substring(a.get().end()).strip());
    }
    if (form == Questions.Form.WH && WHEN_ASKED.matcher(asked.question().strip()).lookingAt()) {
      // "Hvornår var det, du blev ledig?" "Det var den 1. august.": "det var" only points at the
      // day, which answers the question as the day alone would.
      String day = IT_WAS.matcher(s).replaceFirst("");
      if (!day.equals(s) && !Content.hasVerb(day.split(",")[0])) {
        s = Clauses.upperFirst(day);
      }
    }
    // A yes/no question answered with what it asked about, without "ja" ("Har du hørt fra
    // dem?" "Et afslag fra Brugsen."), is answered as a question of what.
    // A question of what "we" do ("Skal vi tage en runde?") is answered by doing it.
    boolean fragmentAnswer =
        form == Questions.Form.WH
            || form == Questions.Form.POLAR
                && !asked
                    .question()
                    .toLowerCase(Locale.ROOT)
                    .matches("^(?:\\p{L}+\\s+){0,2}vi(?![\\p{L}]).*");
    if (fragmentAnswer
        && !Content.hasVerb(s.split(",")[0])
        && (Content.hasValue(s) || Content.names(s) > 0 || Content.contentWords(s) >= 2)) {
      StringBuilder fragment = new StringBuilder(answerFragment(s));
      List<Integer> cites = new ArrayList<>(List.of(asked.segment(), turn.segment()));
      List<String> rest = turn.sentences().subList(1, turn.sentences().size());
      for (String more : rest) {
        if (DESCRIBES_IT.matcher(more).lookingAt()
            && !more.endsWith("?")
            && !Content.procedure(more)
            && rewrite(turn, more, asked.party()).resolved()) {
          // "Hvornår er det?" "Torsdag den 12. Det er en case-opgave.": "det" is what was asked
          // about; the description stays with the answer instead of a sentence of its own.
          fragment.append("; ").append(lower(more.replaceAll("[.!]+$", "")));
          describedInAnswer.add(more);
          break;
        }
        if (Content.hasVerb(more) || more.endsWith("?")) {
          break;
        }
        String extra = answerFragment(more);
        if (!extra.isBlank()
            && !fragment
                .toString()
                .toLowerCase(Locale.ROOT)
                .contains(extra.toLowerCase(Locale.ROOT))) {
          fragment.append(", ").append(lower(extra));
        }
      }
      String counted = CountAnswers.statement(asked.question(), fragment.toString());
      if (counted != null && !Content.procedure(counted)) {
        Perspective.Rewritten said = rewrite(asked.party(), turn.party(), counted);
        if (said.resolved()) {
          String who =
              turn.party().isInterpreter() && talk.interpreted
                  ? "Borger oplyste via tolk"
                  : Clauses.upperFirst(turn.party().noun()) + " oplyste";
          add(
              turn.party().isCitizen() || turn.party().isInterpreter()
                  ? NoteSection.BORGERENS_SITUATION
                  : NoteSection.DROEFTET,
              Kind.CONFIRMATION,
              turn.party(),
              "",
              who + ", at " + said.text(),
              cites,
              Content.weight(fragment.toString()) + 3);
          return "";
        }
      }
      String indirect = Questions.indirect(asked.question());
      if (indirect != null && !Content.procedure(indirect)) {
        String q = rewrite(asked.party(), turn.party(), indirect).text();
        String who =
            turn.party().isInterpreter() && talk.interpreted
                ? "borger via tolk"
                : turn.party().noun();
        // The answer in the third person too: "hvis jeg skal være ærlig" is the answerer's.
        Perspective.Rewritten said = rewrite(turn, fragment.toString(), asked.party());
        String answered = said.resolved() ? said.text() : fragment.toString();
        String text = "Adspurgt, " + q + ", svarede " + who + ": " + lower(answered);
        NoteSection section =
            turn.party().isCitizen() || turn.party().isInterpreter()
                ? NoteSection.BORGERENS_SITUATION
                : NoteSection.DROEFTET;
        add(
            section,
            Kind.CONFIRMATION,
            turn.party(),
            "",
            text,
            cites,
            Content.weight(fragment.toString()) + 3);
        return "";
      }
    }
    return s;
  }

  /** A short answer without "tror jeg", "ja" and the like: "Otte, tror jeg." gives "8". */
  private static String answerFragment(String s) {
    String f = s.replaceAll("[.!]$", "").strip();
    f = f.replaceAll("(?i),?\\s*(?:tror|mener|synes)\\s+jeg\\b", "");
    f = f.replaceAll("(?i)^(?:ja|jo|nej|øh|altså)[,.]?\\s+", "");
    f = f.replaceAll("(?i)^(?:ja|jo)$", "");
    return f.strip();
  }

  /**
   * ", hvor mange har du søgt?": a second question after a comma, its wh-word followed by the verb
   * or the rest of its phrase. A wh-word followed by a personal pronoun opens a relative or
   * reported clause instead ("Det var hos Vesterå Træ, hvor du var lagermand?"), which is part of
   * the one thing asked.
   */
  private static final Pattern SECOND_QUESTION =
      Pattern.compile(
          ".*,\\s*(?:og\\s+)?hv\\p{L}+\\s+(?!(?:jeg|du|han|hun|vi|de|man|I)(?![\\p{L}])).*", FLAGS);

  /**
   * "Jeg kunne tilbyde dig et genoptræningsforløb ..., men det er vel ikke nødvendigt?" "Nej, det
   * vil jeg helst takke nej til.", "Vi har en jobcafé på biblioteket. Er det noget for dig?" "Næh,
   * det tror jeg ikke.": the citizen's yes or no to an offer, as "Borger takkede nej til tilbuddet
   * om ...", or null. A "ja" to a question with "ikke" says neither.
   */
  private String offerAnswered(Asked asked, Talk.Turn turn, String s) {
    if (!asked.party().isCaseworker()
        || !(turn.party().isCitizen() || turn.party().isInterpreter() && talk.interpreted)) {
      return null;
    }
    // The question makes the offer ("Jeg kunne tilbyde dig ...?"), or asks whether what was just
    // said is wanted ("Er det noget for dig?", "Hvad tænker du om det?"); "Er det forstået?"
    // after "Vi har en frist på fjorten dage" asks nothing of an offer.
    Matcher offer = OFFER.matcher(asked.question());
    boolean found = offer.find() && offer.group().toLowerCase(Locale.ROOT).startsWith("tilbyde");
    if (!found) {
      if (!OFFER_QUESTION.matcher(asked.question()).find()) {
        return null;
      }
      offer = OFFER.matcher(asked.question());
      found = offer.find();
      if (!found && asked.before() != null && asked.question().split("\\s+").length <= 7) {
        offer = OFFER.matcher(asked.before());
        found = offer.find();
      }
      if (!found) {
        return null;
      }
    }
    String answer = s.strip();
    boolean no = YesOrNo.turnsDownAnOffer(answer);
    boolean yes = !no && YesOrNo.opensTakingIt(answer) && !Content.negated(asked.question());
    if (!no && !yes) {
      return null;
    }
    String offered = offer.group(1).strip().replaceAll("[,.;:]+$", "");
    return "Borger takkede " + (no ? "nej" : "ja") + " til tilbuddet om " + offered + ".";
  }

  /** An offer and what it offers: "tilbyde dig et forløb ...", "vi har en jobcafé ...". */
  private static final Pattern OFFER =
      Pattern.compile(
          "(?<![\\p{L}])(?:tilbyde\\s+(?:dig|jer)|vi\\s+har\\s+(?:også\\s+)?)"
              + "\\s*((?:en|et)\\s+[^,.?!;]+?"
              + "|(?<=tilbyde\\s(?:dig|jer)\\s)at\\s+(?:komme|starte|deltage|være\\s+med)"
              + "\\s+(?:på|i)\\s+[^,.?!;]+?)"
              + "(?=\\s*(?:[,.?!;]|$)|\\s+(?:hvor|der|som|hvis|men|og\\s+det)(?![\\p{L}]))",
          FLAGS);

  /** A question whether something just offered is wanted. */
  private static final Pattern OFFER_QUESTION =
      Pattern.compile(
          "(?<![\\p{L}])(?:noget\\s+for\\s+(?:dig|jer)|kunne\\s+det\\s+være\\s+noget"
              + "|(?:har\\s+du|have)\\s+lyst|vil\\s+du\\s+(?:gerne\\s+)?(?:det|være\\s+med|prøve)"
              + "|hvad\\s+(?:siger|tænker|synes)\\s+du\\s+(?:til|om)\\s+det)(?![\\p{L}])",
          FLAGS);

  /**
   * A yes/no question settled by the answer, written as what it establishes. True when the answer's
   * first sentence went into it whole (a value the answer corrected).
   */
  private boolean confirm(Asked asked, Talk.Turn turn, boolean yes, String rest) {
    String q = asked.question();
    if (SECOND_QUESTION.matcher(q).matches() || q.indexOf('?') < q.length() - 1) {
      return false; // two questions in one: the answer cannot be told apart
    }
    Questions.Form form = Questions.form(q);
    if (REQUEST.matcher(q).find()) {
      return false; // "Vil du fortælle om stillingen?": a request, answered by doing it
    }
    String statement = Questions.asStatement(q);
    if (statement != null) {
      Matcher said = SAID_BEFORE.matcher(statement);
      if (said.lookingAt()) {
        // "Du sagde i telefonen, at dit certifikat er udløbet?" asks about the certificate.
        int at = statement.toLowerCase(Locale.ROOT).indexOf(", at ");
        statement = at < 0 ? null : statement.substring(at + 5);
      }
    }
    if (statement == null || Content.contentWords(statement) < 1 && !Content.hasValue(statement)) {
      return false;
    }
    if (yes && !Content.hasVerb(statement) && heldAs(statement, asked, turn)) {
      return true;
    }
    boolean negativeQuestion = Content.negated(statement);
    if (form == Questions.Form.DECLARATIVE && !yes && !negativeQuestion) {
      String corrected = correctedByAnswer(statement, turn, rest);
      if (corrected != null) {
        told(asked, turn, corrected);
        return true;
      }
    }
    boolean holds = form == Questions.Form.DECLARATIVE ? (yes || negativeQuestion) : yes;
    if (form == Questions.Form.DECLARATIVE && !yes && negativeQuestion) {
      holds = true;
    } else if (form == Questions.Form.DECLARATIVE && !yes) {
      holds = false;
    }
    String said = holds ? statement : Questions.negate(statement);
    if (said == null) {
      return false;
    }
    if (holds && form == Questions.Form.POLAR) {
      said = Questions.withoutAnyWord(said);
    }
    said = withFullerName(said, rest);
    said = withAddedValue(said, rest, holds);
    said = withValuesSaidAfter(said, turn, rest, holds);
    Perspective.Rewritten r = rewrite(asked.party(), turn.party(), said);
    if (!r.resolved()) {
      return false;
    }
    Party who = turn.party();
    boolean viaInterpreter = who.isInterpreter() && talk.interpreted;
    Matcher calls = CITIZEN_CALLS.matcher(r.text());
    if ((who.isCitizen() || viaInterpreter) && calls.matches()) {
      add(
          NoteSection.FORMAAL,
          Kind.PURPOSE,
          Party.CITIZEN,
          "",
          "Borger ringede " + calls.group(1),
          List.of(asked.segment(), turn.segment()),
          40);
      return false;
    }
    if (asked.party().isCitizen() && who.isCaseworker() && holds && form == Questions.Form.POLAR) {
      // "Må Lone komme med?" "Ja.": the citizen asked and the caseworker said yes; the
      // caseworker did not state what the citizen asked.
      String indirect = Questions.indirect(q);
      Perspective.Rewritten asking =
          indirect == null ? null : rewrite(asked.party(), turn.party(), indirect);
      if (asking != null && asking.resolved()) {
        out.removeIf(
            x -> x.kind() == Kind.QUESTION && x.citations().equals(List.of(asked.segment())));
        String confirmed = " bekræftede det";
        List<String> answer = turn.sentences();
        if (answer.size() > 1) {
          // "Ja. Du må altid tage en bisidder med.": what the yes says, in the same sentence.
          String next = answer.get(1);
          Perspective.Rewritten why = rewrite(turn, next.replaceAll("[.!]+$", ""), Party.CITIZEN);
          if (!next.endsWith("?")
              && Content.hasVerb(next)
              && !Content.procedure(next)
              && !Content.reaction(next)
              && !Content.forbidden(next)
              && why.resolved()) {
            confirmed =
                " bekræftede, at "
                    + Clauses.subordinateAll(lower(why.text()), Questions.subjectWords(why.text()));
            describedInAnswer.add(next);
          }
        }
        add(
            NoteSection.DROEFTET,
            Kind.CONFIRMATION,
            who,
            "",
            "Borger spurgte, "
                + asking.text()
                + ", og "
                + who.subject().toLowerCase(Locale.ROOT)
                + confirmed,
            List.of(asked.segment(), turn.segment()),
            Content.weight(said) + 2);
        return false;
      }
    }
    String clause = Clauses.subordinateAll(lower(r.text()), Questions.subjectWords(r.text()));
    String added = holds ? addedToConfirmation(turn, rest, asked.party()) : null;
    if (added != null) {
      clause = clause + ", og at " + added;
    }
    String frame =
        (who.isCitizen() || viaInterpreter ? "Borger" : who.subject())
            + (holds ? " bekræftede" : " oplyste")
            + (viaInterpreter ? " via tolk" : "")
            + ", at";
    NoteSection section =
        who.isCitizen() || viaInterpreter ? NoteSection.BORGERENS_SITUATION : NoteSection.DROEFTET;
    if (asked.party().isCitizen()) {
      // The citizen's question, answered: the answer says what it asked.
      out.removeIf(
          x -> x.kind() == Kind.QUESTION && x.citations().equals(List.of(asked.segment())));
    }
    add(
        section,
        Kind.CONFIRMATION,
        who,
        frame,
        clause,
        List.of(asked.segment(), turn.segment()),
        Content.weight(said) + 2 + (added == null ? 0 : Content.weight(added)));
    return added != null;
  }

  /**
   * "Du arbejder som lagermand hos X, ikke?" "Ja, jeg har været der i fire år.": what the answer
   * says after its "ja" in the same sentence is said of what it confirmed (its "der" is the
   * workplace asked about), so it stays in the confirmation's sentence instead of one of its own
   * where "der" would point nowhere. Only a clause that points back so: "Ja, jeg går til psykolog"
   * names its own thing and stays a statement of its own, next to what the turn says of it after.
   * The clause in the note's words, or null.
   */
  private String addedToConfirmation(Talk.Turn turn, String rest, Party asker) {
    String body = rest.replaceAll("[.!]+$", "").strip();
    if (body.isEmpty()
        || body.endsWith("?")
        || !Content.hasVerb(body)
        || Content.procedure(body)
        || Content.reaction(body)
        || Content.forbidden(body)
        || Content.cpr(body)
        || Content.contentWords(body) < 1 && !Content.hasValue(body)
        || meta(body)
        || subordinateOnly(body)) {
      return null;
    }
    String ordered = Clauses.subjectFirst(Clauses.withoutLeadingMarkers(body));
    if (!pointsBackByThere(ordered)) {
      return null;
    }
    Perspective.Rewritten r = rewrite(turn, ordered, asker);
    if (!r.resolved()) {
      return null;
    }
    return Clauses.subordinateAll(lower(r.text()), Questions.subjectWords(r.text()));
  }

  /**
   * A form of a verb by the dictionary: "boede", or a past participle ("været", "arbejdet"), a form
   * in -t of another dictionary word.
   */
  private static boolean verbForm(String word) {
    if (DanishWords.wordClasses(word).contains(DanishWords.WordClass.VERB)) {
      return true;
    }
    List<String> lemmas = DanishWords.lemmas(word);
    return word.endsWith("t") && !lemmas.isEmpty() && !lemmas.contains(word)
        || lemmas.stream()
            .anyMatch(l -> DanishWords.wordClasses(l).contains(DanishWords.WordClass.VERB));
  }

  /** "der" after a word: "været der", "var der", or "der" that opens a clause ("der er ..."). */
  private static final Pattern THERE =
      Pattern.compile("(?<![\\p{L}])(\\p{L}+)\\s+der(?![\\p{L}])", FLAGS);

  /**
   * Whether the clause says "der" of a place it does not name ("jeg har været der i fire år"): the
   * adverb right after a verb, not followed by a verb of its own, which would make it the formal
   * subject or a relative pronoun ("så der er", "et firma, der laver").
   */
  private static boolean pointsBackByThere(String clause) {
    Matcher m = THERE.matcher(clause);
    while (m.find()) {
      String before = m.group(1).toLowerCase(Locale.ROOT);
      String after = clause.substring(m.end()).strip();
      String next = after.isEmpty() ? "" : Clauses.bare(after.split("\\s+")[0]);
      boolean afterVerb = Clauses.isFiniteVerb(before) || verbForm(before);
      if (afterVerb && !Clauses.isFiniteVerb(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Du har været ledig siden 1. november, ikke?" answered "Nej, det passer ikke helt. Den 1.
   * december.": the question with the answer's value in place of the one it asked about, or null
   * when the answer gives no such value in the rest of its first sentence or in its next one.
   */
  private String correctedByAnswer(String statement, Talk.Turn turn, String rest) {
    String corrected = givesValue(rest) ? SelfCorrections.withAnswersValue(statement, rest) : null;
    if (corrected != null) {
      return corrected;
    }
    List<String> answer = turn.sentences();
    if (answer.size() < 2 || !givesValue(answer.get(1))) {
      return null;
    }
    corrected = SelfCorrections.withAnswersValue(statement, answer.get(1));
    if (corrected != null) {
      describedInAnswer.add(answer.get(1));
    }
    return corrected;
  }

  /**
   * "Jeg tolker alt, hvad der bliver sagt, i jeg-form": an interpreter describing the interpreting,
   * which makes the whole turn theirs ("Hvis jeg selv har en bemærkning, siger jeg det").
   */
  private static final Pattern INTERPRETING =
      Pattern.compile(
          "(?<![\\p{L}])(?:jeg\\s+(?:tolker|oversætter)|i\\s+jeg-form|i\\s+første\\s+person)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "Den 1. december.", "Det var den 1. december.": a value said, nothing else. */
  private static final Pattern GIVES_VALUE =
      Pattern.compile(
          "^(?:(?:nej|men|altså)[,]?\\s+)*(?:(?:det|den)\\s+(?:var|er)\\s+)?[^,;]{1,40}[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static boolean givesValue(String sentence) {
    Matcher m = GIVES_VALUE.matcher(sentence.strip());
    if (!m.matches() || sentence.endsWith("?")) {
      return false;
    }
    String value =
        sentence
            .strip()
            .replaceFirst(
                "(?i)^(?:(?:nej|men|altså)[,]?\\s+)*(?:(?:det|den)\\s+(?:var|er)\\s+)?", "");
    return !Content.hasVerb(value);
  }

  /** What the answerer told instead of what they were asked to confirm. */
  private void told(Asked asked, Talk.Turn turn, String statement) {
    Perspective.Rewritten r = rewrite(asked.party(), turn.party(), statement);
    if (!r.resolved()) {
      return;
    }
    Party who = turn.party();
    boolean viaInterpreter = who.isInterpreter() && talk.interpreted;
    String clause = Clauses.subordinateAll(lower(r.text()), Questions.subjectWords(r.text()));
    add(
        who.isCitizen() || viaInterpreter ? NoteSection.BORGERENS_SITUATION : NoteSection.DROEFTET,
        Kind.CONFIRMATION,
        who,
        (who.isCitizen() || viaInterpreter ? "Borger" : who.subject())
            + " oplyste"
            + (viaInterpreter ? " via tolk" : "")
            + ", at",
        clause,
        List.of(asked.segment(), turn.segment()),
        Content.weight(statement) + 2);
  }

  /**
   * "Det var på Hotellet, ikke?" answered "Jo, i 2 år.": a value the answer adds without a verb of
   * its own belongs to what was confirmed.
   */
  private static String withAddedValue(String statement, String answer, boolean holds) {
    String fragment = answerFragment(answer);
    if (!holds
        || fragment.isBlank()
        || Content.hasVerb(fragment)
        || !Content.hasValue(fragment) && Content.names(" " + fragment) == 0
        || fragment.endsWith("?")
        || statement.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT))
        || sameDaySaidBack(fragment, statement)) {
      return statement;
    }
    return statement + ", " + continuing(fragment);
  }

  /**
   * "Får du hjælp til rengøring?" "Ja, fra hjemmeplejen. En gang om ugen, om mandagen.": the
   * sentences without a verb right after the yes name how often, which day or how much of what was
   * confirmed; they join the confirmation, which would otherwise lose them as fragments. The first
   * sentence with a verb, a question or a reaction ends what is added.
   */
  private String withValuesSaidAfter(String statement, Talk.Turn turn, String rest, boolean holds) {
    List<String> sentences = turn.sentences();
    if (!holds || sentences.size() < 2 || Content.hasVerb(rest)) {
      return statement;
    }
    String with = statement;
    for (String more : sentences.subList(1, sentences.size())) {
      if (more.endsWith("?")
          || Content.hasVerb(more)
          || Content.procedure(more)
          || Content.reaction(more)
          || Content.cpr(more)
          || Content.forbidden(more)
          || Meetings.isMeeting(more)) {
        break;
      }
      String added = valuesSaidAgain(with, more) ? with : withAddedValue(with, more, true);
      if (!added.equals(with)) {
        with = added;
        describedInAnswer.add(more);
      }
    }
    return with;
  }

  /**
   * "Jeg har været sygemeldt siden den 12. januar. Fra 12. januar.": a sentence whose numbers,
   * weekdays and months the statement has already says them again, and adds nothing.
   */
  private static boolean valuesSaidAgain(String statement, String fragment) {
    Set<String> said = new HashSet<>();
    for (String word : statement.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      said.add(word);
    }
    boolean any = false;
    for (String word : fragment.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      boolean value =
          word.matches("\\d+")
              || DanishDates.weekday(word).isPresent()
              || DanishDates.month(word).isPresent();
      if (value && !said.contains(word)) {
        return false;
      }
      any |= value;
    }
    return any;
  }

  /**
   * "Du startede mandag den niende februar, ikke?" "Jo, mandag den niende.": the answer says back
   * the day the question named, in words the question no longer has once its date is written.
   */
  private static boolean sameDaySaidBack(String fragment, String statement) {
    String lower = statement.toLowerCase(Locale.ROOT);
    boolean any = false;
    for (String word : fragment.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (word.isEmpty() || word.equals("den")) {
        continue;
      }
      java.util.Optional<Integer> day = DanishNumbers.ordinal(word);
      if (DanishDates.weekday(word).isPresent() || DanishDates.month(word).isPresent()) {
        if (!lower.contains(word)) {
          return false;
        }
      } else if (day.isPresent()) {
        if (!lower.contains("den " + day.get() + ".") && !lower.contains("den " + word)) {
          return false;
        }
      } else {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * "Og det var fra Vestkyst Stål?" answered "Jo, Vestkyst Stål ApS ude i Vesterå": the answer's
   * fuller name replaces the question's.
   */
  private static String withFullerName(String statement, String answer) {
    if (answer.isBlank() || Content.hasVerb(answer.split(",")[0])) {
      return statement;
    }
    Matcher name =
        Pattern.compile("\\p{Lu}[\\p{L}&-]*(?:\\s+(?:\\p{Lu}[\\p{L}&/.-]*|og|&))*").matcher(answer);
    while (name.find()) {
      String longer = name.group().replaceAll("\\s+(?:og|&)$", "");
      String first = longer.split("\\s+")[0];
      Matcher shorter =
          Pattern.compile(Pattern.quote(first) + "(?:\\s+\\p{Lu}[\\p{L}&/.-]*)*")
              .matcher(statement);
      if (longer.contains(" ")
          && shorter.find()
          && longer.startsWith(shorter.group())
          && !longer.equals(shorter.group())) {
        return statement.substring(0, shorter.start())
            + longer
            + statement.substring(shorter.end());
      }
    }
    return statement;
  }

  /** A sentence said that was not a question, who said it and in which segment. */
  private record Said(String sentence, Party party, int segment) {}

  /** The last sentences said, the latest first. */
  private final java.util.Deque<Said> said = new java.util.ArrayDeque<>();

  private static final int SAID_KEPT = 4;

  /** Where the plan a question asks of was said, cited with the question. */
  private int planSegment;

  /** "Må jeg det?", "Kan jeg godt det?": a question of whether one may do what one just said. */
  private static final Pattern MAY_I_THAT =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)?(må|kan|skal|bør)\\s+(jeg|vi)\\s+(?:(?:så|godt|egentlig|overhovedet|også)\\s+)*det\\?$",
          FLAGS);

  /** "vi", "os", "vores" as words. */
  private static final Pattern WE =
      Pattern.compile("(?<![\\p{L}])(?:vi|os|vores)(?![\\p{L}])", FLAGS);

  /** "at tage til Tyskland i maj": what one plans to do, an infinitive with what follows it. */
  private static final Pattern TO_DO =
      Pattern.compile("(?<![\\p{L}])at\\s+(\\p{L}+e\\s+[^,.;:!?]+)", FLAGS);

  /**
   * "Vi har snakket om at tage til Tyskland i maj. Må jeg det?": the "det" of the question is what
   * the same speaker just said they plan to do, and the question is asked of that ("Må jeg tage til
   * Tyskland i maj?"). Null when the question is not of that form or nothing was said before it.
   */
  private String askedOfOwnPlan(Talk.Turn turn, String question) {
    Matcher m = MAY_I_THAT.matcher(question.strip());
    if (!m.matches()) {
      return null;
    }
    Matcher plan = null;
    for (Said before : said) {
      if (!turn.party().equals(before.party()) || before.segment() < turn.segment() - 1) {
        return null; // someone else spoke in between, or it was said too long ago
      }
      Matcher p = TO_DO.matcher(before.sentence());
      if (p.find() && verb(p.group(1).split("\\s+")[0])) {
        plan = p;
        planSegment = before.segment();
        break;
      }
    }
    if (plan == null) {
      return null;
    }
    return Clauses.upperFirst(m.group(1).toLowerCase(Locale.ROOT))
        + " "
        + m.group(2).toLowerCase(Locale.ROOT)
        + " "
        + plan.group(1).strip()
        + "?";
  }

  /**
   * Whether the word after "at" can be a verb: the dictionary marks regular verbs as such and
   * leaves the irregular ones ("tage", "gå") unmarked; a word it knows only as a noun or an
   * adjective is not one. Any word passes where no dictionary is installed.
   */
  private static boolean verb(String word) {
    java.util.Set<dk.samtalenotat.language.DanishWords.WordClass> classes =
        dk.samtalenotat.language.DanishWords.wordClasses(word);
    return classes.isEmpty()
        || classes.contains(dk.samtalenotat.language.DanishWords.WordClass.VERB)
        || classes.contains(dk.samtalenotat.language.DanishWords.WordClass.OTHER);
  }

  /**
   * "Kan jeg få hjælp til en taxa?" "Det kan jeg ikke love dig.": the citizen's question, written
   * as asked, gets the refusal ("Borger spurgte, om borger kan få hjælp til en taxa, men
   * sagsbehandler kunne ikke love det"), so the note says what was not promised and never reads as
   * if it had been. False when the refusal answers no question the note kept.
   */
  private boolean promiseRefused(Asked asked, Talk.Turn turn, String s) {
    boolean citizenAsked =
        asked.party().isCitizen() || asked.party().isInterpreter() && talk.interpreted;
    if (!citizenAsked || !turn.party().isCaseworker() || !YesOrNo.refusesAPromise(s.strip())) {
      return false;
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      Statement q = out.get(i);
      if (q.kind() == Kind.QUESTION && q.citations().contains(asked.segment())) {
        List<Integer> cites = new ArrayList<>(q.citations());
        cites.add(turn.segment());
        out.set(
            i,
            new Statement(
                q.section(),
                q.kind(),
                q.source(),
                q.frame(),
                q.text()
                    + ", men "
                    + turn.party().subject().toLowerCase(Locale.ROOT)
                    + " kunne ikke love det",
                cites,
                q.weight() + 2,
                q.order()));
        return true;
      }
    }
    return false;
  }

  private void citizenQuestion(Talk.Turn turn, String s, boolean ownPlan) {
    String q = s;
    boolean viaInterpreter = turn.party().isInterpreter();
    if (viaInterpreter) {
      return; // the interpreter's own question, or the citizen's reported below
    }
    // A question with a number or a date in it reads too easily as a fact, unless it asks about
    // what the citizen just said they plan.
    if (Content.procedure(q) || Content.contentWords(q) < 2 || Content.hasValue(q) && !ownPlan) {
      return; // a question with a number or a date in it reads too easily as a fact
    }
    String indirect = Questions.indirect(q);
    if (indirect == null) {
      return;
    }
    Perspective.Rewritten r = rewrite(turn, indirect, Party.CASEWORKER);
    if (!r.resolved()) {
      return;
    }
    add(
        NoteSection.DROEFTET,
        Kind.QUESTION,
        turn.party(),
        "Borger spurgte,",
        r.text(),
        ownPlan ? List.of(planSegment, turn.segment()) : List.of(turn.segment()),
        Content.weight(q) / 2);
  }

  // Meetings and the summary -----------------------------------------------------------------

  /**
   * "..., kan det passe?", "..., passer det?", "hvad med ...", "hvad siger du til ...": the asking
   * around a day.
   */
  private static final Pattern PROPOSAL =
      Pattern.compile(
          "(?iu)^(?:(?:og\\s+)?(?:hvad\\s+med|kan\\s+du|kan\\s+i|passer\\s+det"
              + "|hvad\\s+siger\\s+(?:du|i)\\s+til)\\s+)?(.+?)"
              + "(?:,\\s*(?:kan\\s+det\\s+passe|passer\\s+det|går\\s+det|er\\s+det\\s+ok(?:ay)?"
              + "|kan\\s+du\\s+det|kan\\s+i\\s+det|hvad\\s+siger\\s+(?:du|i)))?\\s*\\?$");

  /**
   * "Over video igen?" "Ja, over video igen.": how the meeting just agreed is held, added to it
   * ("Næste jobsamtale afholdes fredag den 13. marts 2026 kl. 10.15 over video"). False when no
   * meeting was written in the last turns or it says already how it is held.
   */
  private boolean heldAs(String statement, Asked asked, Talk.Turn turn) {
    Matcher form = MEETING_FORM.matcher(statement);
    if (!form.find()) {
      return false;
    }
    for (int i = out.size() - 1; i >= 0 && i >= out.size() - 4; i--) {
      Statement st = out.get(i);
      if (st.kind() != Kind.MEETING
          || st.citations().stream().noneMatch(c -> c >= asked.segment() - 3)
          || MEETING_FORM.matcher(st.text()).find()
          || st.text().contains("kontoret")) {
        continue;
      }
      String how = form.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (how.startsWith("på video") || how.startsWith("via video")) {
        how = "over video";
      } else if (how.matches(".*telefon.*")) {
        how = "telefonisk";
      }
      List<Integer> cited = new ArrayList<>(st.citations());
      for (int c : List.of(asked.segment(), turn.segment())) {
        if (!cited.contains(c)) {
          cited.add(c);
        }
      }
      out.set(
          i,
          new Statement(
              st.section(),
              st.kind(),
              st.source(),
              st.frame(),
              st.text().replaceAll("[.\\s]+$", "") + " " + how,
              cited,
              st.weight(),
              st.order()));
      return true;
    }
    return false;
  }

  /** An internship spoken of: "praktikken", "virksomhedspraktik", "praktikstedet". */
  private static final Pattern INTERNSHIP =
      Pattern.compile("praktik", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How a meeting is held: "over video", "på Teams", "i telefonen", "telefonisk". */
  private static final Pattern MEETING_FORM =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:over|på|via)\\s+(?:video|teams|skype)|(?:over|i|på)\\s+telefonen"
              + "|telefonisk)(?![\\p{L}])",
          FLAGS);

  /** A question proposing a day and a time: "Hvad så med fredag den 13. marts kl. 10.15?". */
  private static boolean proposesAMeeting(String question) {
    Matcher m = PROPOSAL.matcher(question.strip());
    return Meetings.hasDayAndTime(question) && m.matches() && !Content.hasVerb(m.group(1));
  }

  /** A few words said back, then (after a pause) a yes: "Torsdag den nittende... ja". */
  private static final Pattern DAY_SAID_BACK =
      Pattern.compile(
          "^(.{1,40}?)(?:\\.{2,}|…|,|\\s[–-])?\\s+((?:ja|jo|jep|jeps|okay|ok|fint)(?![\\p{L}]).*)$",
          FLAGS);

  /**
   * The meeting a question proposes that the answer takes ("Tirsdag den femte maj klokken ti, kan
   * det passe?" "Lad mig lige kigge. Jo, det passer fint."), as "Næste samtale er ...", or null: a
   * caseworker's question of a day and a time alone, and a turn that takes it and turns nothing
   * down.
   */
  private String proposedMeeting(Asked asked, Talk.Turn turn) {
    if (asked.party().isCitizen() || !Meetings.hasDayAndTime(asked.question())) {
      return null;
    }
    Matcher m = PROPOSAL.matcher(asked.question().strip());
    if (!m.matches() || Content.hasVerb(m.group(1))) {
      return null;
    }
    boolean taken = false;
    for (String sentence : turn.sentences()) {
      if (YesOrNo.turnsDownAProposal(sentence)) {
        return null;
      }
      taken |= YesOrNo.takesAProposal(sentence);
    }
    if (!taken) {
      return null;
    }
    String day = Clauses.lowerFirst(m.group(1).strip());
    String before = asked.before();
    if (before != null && Meetings.announces(before) && !before.strip().endsWith("?")) {
      // "Så ringer jeg til dig igen. Onsdag den 7. oktober klokken ni, passer det?": the meeting
      // as the sentence before said it (a call), its day from the question.
      return before.strip().replaceAll("[.!]+$", "") + ", " + day + ".";
    }
    return "Næste samtale er " + day + ".";
  }

  /**
   * Whether a turn answers a meeting just proposed with a no: "Onsdag klokken ti – nej, det går
   * ikke", in its first two sentences, and not after a "ja".
   */
  private static boolean turnsDown(Talk.Turn turn) {
    List<String> first = turn.sentences().subList(0, Math.min(2, turn.sentences().size()));
    return !first.isEmpty()
        && !YesOrNo.opensTakingIt(first.get(0))
        && first.stream().anyMatch(YesOrNo::turnsDownAProposal);
  }

  /**
   * "Vi havde et møde tirsdag den 28. april klokken ni, og du kom ikke": a meeting on a day before
   * the conversation's is one that was, not the next one.
   */
  private boolean beforeToday(String s) {
    List<DanishDates.DateMention> dates = DanishDates.findDates(s, talk.date);
    return !dates.isEmpty()
        && dates.stream().allMatch(d -> d.day().isPresent() && d.day().get().isBefore(talk.date));
  }

  /**
   * What may stand before the day that makes a meeting said in weeks precise: "Så tager vi det i
   * uge 14,", "Det bliver", or nothing.
   */
  private static final Pattern PRECISE =
      Pattern.compile(
          "^(?:(?:så|og|men|ja|okay|godt)[,\\s]+)*"
              + "(?:(?:tager|holder|lægger|siger)\\s+vi\\s+(?:det|den|mødet|samtalen)?"
              + "|(?:det|den)\\s+(?:bliver|er))?"
              + "(?:\\s*i\\s+uge\\s+\\d+)?[\\s,.]*",
          FLAGS);

  /**
   * Whether a sentence gives the day and time of the meeting set just before in weeks only ("vi
   * mødes igen om seks uger"): a date and a time with nothing else before them.
   */
  private boolean makesTheMeetingPrecise(String s) {
    if (lastMeeting == null
        || !out.contains(lastMeeting)
        || turnNo - lastMeetingTurn > 4
        || DAY_OF_MONTH.matcher(lastMeeting.text()).find()
        || clockTime(lastMeeting.text()) != null
        || !Meetings.hasDayAndTime(s)
        || !DAY_OF_MONTH.matcher(s).find()
        || s.strip().endsWith("?")) {
      return false;
    }
    Matcher m = PRECISE.matcher(s);
    return m.lookingAt()
        && s.substring(m.end())
            .matches("(?is)^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag)\\s+)?den\\s.*");
  }

  /** "Klokken tretten.": the time said again, before where the meeting is held or alone. */
  private static final Pattern TIME_AGAIN =
      Pattern.compile(
          "(?iu)^(?:(?:altså|så)\\s+)?(?:kl\\.|klokken)\\s*\\d{1,2}(?:\\.\\d{2})?[.!]?\\s*");

  /**
   * "Her på rådhuset, i stueetagen, lokale 4.": where, said as a phrase of its own; no verb, so
   * nothing else is said in it, and not a time ("i morgen", "i næste uge").
   */
  private static final Pattern PLACE_ALONE =
      Pattern.compile(
          "(?iu)^(?:og\\s+)?(?:her\\s+|ude\\s+|inde\\s+)?(?:på|hos|i)\\s+"
              + "(?!(?:dag|morgen|aften|går|næste|sidste|denne|weekenden|ugen)(?![\\p{L}]))"
              + "[^.?!]{2,80}[.!]?$");

  /**
   * Where the meeting just set is held, said in the sentence after it, after the time said again or
   * not: "Så siger vi tirsdag den 5. maj klokken et. Klokken tretten. Her på rådhuset, i
   * stueetagen, lokale 4." The sentence taken is not read again; null when none says where.
   */
  private String placeSaidAfter(List<String> sentences, int k) {
    for (int i = k + 1; i < sentences.size() && i <= k + 2; i++) {
      String next = TIME_AGAIN.matcher(sentences.get(i).strip()).replaceFirst("");
      if (next.isEmpty()) {
        continue; // "Klokken tretten." alone: where may follow
      }
      if (!PLACE_ALONE.matcher(next).matches() || Content.hasVerb(next)) {
        return null;
      }
      describedInAnswer.add(sentences.get(i));
      return next.replaceAll("[.!]+$", "");
    }
    return null;
  }

  private void meeting(Talk.Turn turn, String s, Party addressee) {
    String written = Meetings.write(s, talk.meetingKind());
    if (written == null) {
      statement(turn, s, addressee);
      return;
    }
    Perspective.Rewritten r = rewrite(turn, Passive.apply(written), addressee);
    String text = r.text().replaceAll("(?i)\\bkun borger\\b", "kun borger");
    if (!DAY_OF_MONTH.matcher(text).find() && clockTime(text) == null) {
      // "Så snakkes vi ved torsdag.": a weekday alone, said after a meeting on that weekday was
      // set, is that meeting again.
      String day = weekdayNamed(text);
      if (day != null) {
        for (Statement earlier : out) {
          if (earlier.kind() == Kind.MEETING
              && earlier.text().toLowerCase(Locale.ROOT).contains(day)) {
            return;
          }
        }
      }
    }
    if (turnedDown != null && out.remove(turnedDown)) {
      // The meeting set after one turned down replaces it; where and with whom, when not said
      // again, stay as proposed ("også over telefonen").
      String placeBefore = placeOf(turnedDown.text());
      if (placeOf(text).isEmpty() && !placeBefore.isEmpty() && clockTime(text) != null) {
        text = text.replaceFirst("[.\\s]*$", "") + " " + placeBefore;
      }
      turnedDown = null;
    }
    if (DAY_OF_MONTH.matcher(text).find()) {
      // "Næste samtale afholdes om 6 uger", then its day: one meeting line, the precise one.
      out.removeIf(
          earlier ->
              earlier.kind() == Kind.MEETING
                  && !DAY_OF_MONTH.matcher(earlier.text()).find()
                  && clockTime(earlier.text()) == null
                  && IN_WEEKS.matcher(earlier.text()).find());
    }
    for (int k = 0; k < out.size(); k++) {
      Statement earlier = out.get(k);
      if (earlier.kind() == Kind.MEETING && sameDay(earlier.text(), text)) {
        String time = clockTime(text);
        String place = placeOf(text);
        String placeBefore = placeOf(earlier.text());
        if (time == null || time.equals(clockTime(earlier.text()))) {
          if (place.length() <= placeBefore.length()) {
            return;
          }
          // The same meeting said again with where or with whom ("og vi ses onsdag klokken 13
          // med tolk"): the fuller saying is the one a reader needs.
          out.remove(k);
          break;
        }
        // The same day said again with another time ("klokken et i stedet", or the closing
        // summary): the time said last is the one agreed; where and with whom, when not said
        // again, stay as said before.
        if (place.isEmpty() && !placeBefore.isEmpty()) {
          text = text.replaceFirst("[.\\s]*$", "") + " " + placeBefore;
        }
        out.remove(k);
        break;
      }
    }
    int before = out.size();
    add(NoteSection.NAESTE_SKRIDT, Kind.MEETING, turn.party(), "", text, turn.segment(), 100);
    if (out.size() > before) {
      lastMeeting = out.get(out.size() - 1);
      lastMeetingTurn = turnNo;
    }
  }

  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}\\. \\p{L}+");

  /** A meeting said only as "om 6 uger", "om 2 måneder". */
  private static final Pattern IN_WEEKS =
      Pattern.compile("afholdes om \\d+ (?:uger|uge|måneder|måned|dage)\\.?$");

  /** The first weekday a text names, in lower case ("torsdag"), or null. */
  private static String weekdayNamed(String text) {
    for (String word : text.split("[^\\p{L}]+")) {
      if (DanishDates.weekday(word).isPresent()) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static final Pattern CLOCK_TIME = Pattern.compile("kl\\. (\\d{1,2}\\.\\d{2})");

  private static String clockTime(String meeting) {
    Matcher m = CLOCK_TIME.matcher(meeting);
    return m.find() ? m.group(1) : null;
  }

  /** What a written meeting says after its time: where and with whom ("på kontoret, med tolk"). */
  private static final Pattern AFTER_THE_TIME = Pattern.compile("kl\\. \\d{1,2}\\.\\d{2}(.*)$");

  private static String placeOf(String meeting) {
    Matcher m = AFTER_THE_TIME.matcher(meeting);
    return m.find() ? m.group(1).replaceAll("[.\\s]+$", "").strip() : "";
  }

  private static boolean sameDay(String a, String b) {
    Matcher ma = DAY_OF_MONTH.matcher(a);
    Matcher mb = DAY_OF_MONTH.matcher(b);
    return ma.find() && mb.find() && ma.group().equals(mb.group());
  }

  /**
   * What the citizen has done, said in the perfect tense ("du har søgt 6 job siden sidst", "han har
   * været i praktik i 5 uger"): in a summary a fact said again, not something agreed. A promise or
   * an agreement in the perfect ("du har lovet at ...", "vi har aftalt ...") is not.
   */
  private static final Pattern RESTATED_PAST =
      Pattern.compile(
          "(?:du|han|hun)\\s+har\\s+(?:(?:også|allerede|nu|jo|faktisk)\\s+)*"
              + "(?!lovet|aftalt|sagt\\s+ja|besluttet|accepteret|godkendt)\\p{L}+t(?![\\p{L}])",
          FLAGS);

  /**
   * One line of the caseworker's closing summary: an agreement, a decision or a fact stated again.
   */
  private void summaryItem(Talk.Turn turn, String s) {
    String body = Clauses.subjectFirst(Clauses.withoutLeadingMarkers(s.replaceAll("[.!]$", "")));
    Perspective.Rewritten r = rewrite(turn, Passive.apply(body), Party.CITIZEN);
    if (!r.resolved()) {
      return;
    }
    String text = Clauses.upperFirst(r.text());
    String lower = body.toLowerCase(Locale.ROOT);
    boolean negative = Content.negated(body);
    boolean fact =
        lower.matches(
                "^(?:du|han|hun|\\p{L}+)\\s+(?:har\\s+været|er\\s+(?:startet|gået|blevet)|var|blev)\\b.*")
            || lower.matches("^(?:jeg|vi)\\s+har\\s+\\p{L}+et\\b.*")
            || RESTATED_PAST.matcher(lower).lookingAt();
    NoteSection section;
    Kind kind;
    if (negative) {
      section = NoteSection.DROEFTET;
      kind = Kind.RESTATED;
    } else if (fact) {
      section =
          lower.startsWith("du ") || lower.startsWith("jeg ")
              ? NoteSection.BORGERENS_SITUATION
              : NoteSection.DROEFTET;
      if (lower.startsWith("jeg ")) {
        section = NoteSection.DROEFTET;
      }
      kind = Kind.RESTATED;
    } else {
      section = NoteSection.AFTALER;
      kind = Kind.SUMMARY;
    }
    add(template(section), kind, turn.party(), "", text, turn.segment(), 60 + Content.weight(text));
  }

  // Everything else ---------------------------------------------------------------------------

  private void statement(Talk.Turn turn, String s, Party addressee) {
    Party speaker = turn.party();
    Party voice = speaker;
    String body = s.replaceAll("[.!]$", "");
    boolean viaInterpreter = false;
    if (speaker.isInterpreter() && talk.interpreted) {
      int remark = InterpreterRemarks.remarkStart(body);
      if (remark >= 0 || ownRemarkSegment == turn.segment()) {
        ownRemarkSegment = turn.segment();
        String own = remark >= 0 ? body.substring(remark).strip() : body;
        if (!own.isEmpty() && Content.hasVerb(own)) {
          ownRemark = true;
          infoStatement(turn, Clauses.upperFirst(own), speaker, addressee, false);
          ownRemark = false;
        }
        return;
      }
      if (OWN_REMARK.matcher(body).find() || InterpreterRemarks.aboutTranslating(body)) {
        return;
      }
      Matcher saysAfter = REPORTED_AFTER.matcher(body);
      if (saysAfter.matches()
          && (FIRST_PERSON.matcher(saysAfter.group(1)).find()
              || Clauses.words(saysAfter.group(1)).stream()
                  .anyMatch(x -> Clauses.bare(x).equals("jeg")))) {
        // "Hun taler allerede bedre dansk end mig, siger hun.": the citizen's own words in the
        // first person, with who said them after; "hun" inside is someone else (the daughter).
        body = saysAfter.group(1).strip();
      }
      Matcher reported = REPORTED.matcher(body);
      if (reported.matches()) {
        String verb = reported.group(2).toLowerCase(Locale.ROOT);
        String content = reported.group(3).strip();
        if (content.isEmpty() || Content.contentWords(content) < 2 && !Content.hasValue(content)) {
          return;
        }
        if (verb.equals("spørger")) {
          String clause =
              content.matches("(?i)^(om|hvad|hvor|hvordan|hvornår|hvem|hvilke)\\b.*")
                  ? content
                  : "om " + content;
          add(
              NoteSection.DROEFTET,
              Kind.QUESTION,
              Party.CITIZEN,
              "Borger spurgte via tolk,",
              thirdOfCitizen(clause, reported.group(1)),
              turn.segment(),
              Content.weight(content) / 2);
          return;
        }
        body = thirdOfCitizen(content, reported.group(1));
        voice = Party.CITIZEN;
        viaInterpreter = true;
        infoStatement(turn, body, voice, addressee, true);
        return;
      }
      voice = Party.CITIZEN;
      viaInterpreter = true;
    }
    if (!Content.hasVerb(body)) {
      return; // a fragment: an echo, a back-channel, a date or number repeated back
    }
    Matcher agreed = AGREED.matcher(body);
    if (agreed.matches() && !NOT_AGREED.matcher(body).find() && !voice.isCitizen()) {
      String content = Clauses.subjectFirst(agreed.group(1));
      Perspective.Rewritten r = rewrite(turn, passiveIfCaseworker(turn, content), addressee);
      if (r.resolved()) {
        String clause = Clauses.subordinateAll(lower(r.text()), Questions.subjectWords(r.text()));
        add(
            template(NoteSection.AFTALER),
            Kind.AGREEMENT,
            speaker,
            binding ? "Det blev aftalt, at" : "Det blev aftalt, at",
            clause,
            turn.segment(),
            80 + Content.weight(clause));
      }
      return;
    }
    if (!voice.isCitizen()) {
      body = Imperatives.asObligation(body);
    }
    String ordered = Clauses.subjectFirst(Clauses.withoutLeadingMarkers(body));
    String lower = ordered.toLowerCase(Locale.ROOT);
    if (speaker.isCaseworker()
        && addressee.isCitizen()
        && directive(lower)
        && !NOT_AGREED.matcher(lower).find()) {
      Perspective.Rewritten r = rewrite(turn, passiveIfCaseworker(turn, ordered), addressee);
      if (r.resolved()) {
        add(
            template(NoteSection.AFTALER),
            Kind.AGREEMENT,
            speaker,
            "",
            Clauses.upperFirst(r.text()),
            turn.segment(),
            70 + Content.weight(ordered));
      }
      return;
    }
    if (!voice.isCitizen() && commitment(lower)) {
      Perspective.Rewritten r = rewrite(turn, passiveIfCaseworker(turn, ordered), addressee);
      if (r.resolved()) {
        String text = Clauses.upperFirst(r.text());
        if (speaker.isCaseworker()
            && CALLS.matcher(lower).lookingAt()
            && Meetings.hasDayAndTime(ordered)
            && turnNo - followUpAnnounced <= FOLLOW_UP_TURNS) {
          // "Og så en opfølgning. [...] Så ringer jeg til dig torsdag den 5. februar kl. 10.": the
          // call is the follow-up announced a few turns before.
          Matcher subject = CALLER.matcher(text);
          if (subject.matches()) {
            text = "Som opfølgning ringer " + lower(subject.group(1)) + " " + subject.group(2);
          }
        }
        add(
            NoteSection.NAESTE_SKRIDT,
            Kind.COMMITMENT,
            speaker,
            "",
            text,
            turn.segment(),
            50 + Content.weight(ordered));
      }
      return;
    }
    infoStatement(turn, ordered, voice, addressee, viaInterpreter);
  }

  /**
   * The caseworker tells the citizen to do something: "du skal sende ...", "du søger ... senest".
   */
  private boolean directive(String lower) {
    Matcher m =
        Pattern.compile("^du\\s+(?:skal|må)\\s+(?:(?:også|lige|huske\\s+at|selv)\\s+)*(\\p{L}+)")
            .matcher(lower);
    if (m.find()) {
      return ACTION_VERBS.contains(m.group(1))
          && !lower.matches("^du\\s+skal\\s+(?:ikke|bare|stadig)\\b.*");
    }
    Matcher present =
        Pattern.compile("^du\\s+(\\p{L}+)r\\s+.*\\b(?:senest|inden|hver|mindst)\\b.*")
            .matcher(lower);
    return present.matches() && ACTION_VERBS.contains(present.group(1));
  }

  /** Someone other than the citizen says what they will do: "jeg sender", "vi ringer til dig". */
  private boolean commitment(String lower) {
    Matcher m = Pattern.compile("^(?:jeg|vi|\\p{L}+)\\s+(\\p{L}+)\\b").matcher(lower);
    if (!m.find() || !lower.matches("^(?:jeg|vi)\\s.*")) {
      return false;
    }
    return COMMITMENT_VERBS.contains(m.group(1))
        && !Content.negated(lower.split(",")[0])
        && (Content.contentWords(lower) >= 2 || Content.hasValue(lower));
  }

  private void infoStatement(
      Talk.Turn turn, String body, Party voice, Party addressee, boolean viaInterpreter) {
    Matcher undecided = UNDECIDED.matcher(body.strip());
    Matcher bare = BARE_UNDECIDED.matcher(body.strip());
    boolean notDecided = !voice.isCitizen() && (undecided.matches() || bare.matches());
    if (notDecided) {
      // "Det er ikke noget, vi beslutter her": what was left open is a fact of the note, though it
      // has hardly a content word of its own.
      String when = (undecided.matches() ? undecided : bare).group(1).stripTrailing();
      String named = notDecidedNamed(turn, when);
      if (named != null) {
        body = named;
      } else if (undecided.matches()) {
        body = "Der tages ikke stilling til det" + when;
      } else {
        notDecided = false;
      }
    }
    if (Content.procedure(body) || Content.reaction(body) || subordinateOnly(body)) {
      return;
    }
    if (!voice.isCitizen() && relation(turn, body, addressee)) {
      return; // "jeg er hans mor": one word, but who took part
    }
    int words = Content.contentWords(body);
    boolean value = Content.hasValue(body) || Content.names(body) > 0;
    boolean citizen = voice.isCitizen();
    // "De har sagt mig op": what others did to the citizen, in a verb and a pronoun.
    boolean doneToCitizen = citizen && FIRST_PERSON.matcher(body).find() && Content.hasVerb(body);
    if (!value && !notDecided && !doneToCitizen && words < (citizen ? 1 : 2)) {
      negationContinues(turn, body, voice, addressee);
      return;
    }
    if (meta(body)) {
      return;
    }
    Perspective.Rewritten r = stated(turn, body, voice, addressee);
    if (!r.resolved()) {
      // "Jeg har ikke bil lige nu – den røg, da vi skulle spare.": who "vi" are cannot be told,
      // but the statement before the aside or the reason stands on its own.
      String main = withoutAsideOrReason(body);
      if (main == null) {
        return;
      }
      body = main;
      r = stated(turn, body, voice, addressee);
      if (!r.resolved()) {
        return;
      }
    }
    String text = r.text();
    int wordsAfter = Content.contentWords(text);
    // "De har sagt mig op": said of the citizen though someone else is the subject.
    boolean aboutCitizen =
        citizen && (r.citizenIsSubject() || FIRST_PERSON.matcher(body).find() && !viaInterpreter);
    if (!Content.hasValue(text)
        && Content.names(text) == 0
        && !notDecided
        && !doneToCitizen
        && wordsAfter < (aboutCitizen ? 1 : 2)) {
      return;
    }
    Matcher calls = CITIZEN_CALLS.matcher(text);
    if (citizen && calls.matches()) {
      add(
          NoteSection.FORMAAL,
          Kind.PURPOSE,
          Party.CITIZEN,
          "",
          "Borger ringede " + calls.group(1),
          turn.segment(),
          40);
      return;
    }
    int weight = Content.weight(body);
    if (citizen) {
      String clause = Clauses.subordinateAll(lower(text), Questions.subjectWords(text));
      String frame = viaInterpreter ? "Borger oplyste via tolk, at" : "Borger oplyste, at";
      add(
          NoteSection.BORGERENS_SITUATION,
          Kind.INFORMATION,
          Party.CITIZEN,
          frame,
          clause,
          turn.segment(),
          weight);
      return;
    }
    Party speaker = turn.party();
    if (r.speakerIsSubject() && text.toLowerCase(Locale.ROOT).startsWith(speaker.noun())) {
      add(
          NoteSection.DROEFTET,
          Kind.INFORMATION,
          speaker,
          "",
          Clauses.upperFirst(text),
          turn.segment(),
          weight);
      return;
    }
    String clause = Clauses.subordinateAll(lower(text), Questions.subjectWords(text));
    // A decision left open refers to what was just said: a sentence of its own, never a clause
    // joined to something else the speaker said, where its "det" would point elsewhere.
    add(
        NoteSection.DROEFTET,
        Kind.INFORMATION,
        speaker,
        speaker.subject()
            + (notDecided
                ? " oplyste hertil, at"
                : ownRemark ? " oplyste for egen regning, at" : " oplyste, at"),
        clause,
        turn.segment(),
        weight);
  }

  /**
   * "Det er en bevilling for 5 år. Den er ikke permanent.": a short denial right after the same
   * speaker's statement is said of what that statement is about and limits it. Too short to stand
   * alone (its "den" would point nowhere), it becomes the statement's last clause ("..., og at den
   * ikke er permanent"). A denial after anything else says too little to keep.
   */
  private void negationContinues(Talk.Turn turn, String body, Party voice, Party addressee) {
    if (!Content.negated(body) || Content.contentWords(body) < 1 || meta(body) || out.isEmpty()) {
      return;
    }
    Statement before = out.get(out.size() - 1);
    int last = before.citations().stream().mapToInt(Integer::intValue).max().orElse(-1);
    if (!before.reported()
        || before.kind() != Kind.INFORMATION
        || !before.source().equals(voice)
        || last < turn.segment() - 1
        || last > turn.segment()) {
      return;
    }
    Perspective.Rewritten r = stated(turn, body, voice, addressee);
    if (!r.resolved()) {
      return;
    }
    String clause =
        Clauses.subordinateAll(lower(r.text().strip()), Questions.subjectWords(r.text().strip()));
    List<Integer> cites = new ArrayList<>(before.citations());
    cites.add(turn.segment());
    out.set(
        out.size() - 1,
        new Statement(
            before.section(),
            before.kind(),
            before.source(),
            before.frame(),
            before.text() + ", og at " + clause,
            cites.stream().distinct().sorted().toList(),
            before.weight() + 1,
            before.order()));
  }

  /**
   * A party at the meeting who says how they are related to the citizen ("jeg er hans mor", "jeg er
   * Emils kæreste") is introduced by name with it: "Tina Nørgaard, borgers mor, deltog som
   * bisidder", a line of "Formål" that says who took part, unless the party was introduced already.
   */
  private boolean relation(Talk.Turn turn, String body, Party addressee) {
    Party speaker = turn.party();
    if (speaker.isCaseworker()
        || speaker.isCitizen()
        || speaker.isInterpreter()
        || speaker.role() == null
        || speaker.role() == dk.samtalenotat.conversation.ParticipantRole.ANDEN) {
      return false;
    }
    Perspective.Rewritten r = talk.perspective.rewrite(body, speaker, speaker, addressee);
    if (!r.resolved() || !r.speakerIsSubject()) {
      return false;
    }
    String text = r.text();
    Matcher m =
        Pattern.compile(
                "^" + Pattern.quote(speaker.noun()) + "\\s+er\\s+(borgers\\s+\\p{L}+)$", FLAGS)
            .matcher(text.strip());
    String name = talk.names.nameOf(speaker);
    if (!m.matches() || name == null || !name.contains(" ")) {
      return false;
    }
    boolean introduced =
        out.stream().anyMatch(x -> x.kind() == Kind.PARTICIPATION && x.source().equals(speaker));
    if (introduced) {
      return false;
    }
    add(
        NoteSection.FORMAAL,
        Kind.PARTICIPATION,
        speaker,
        "",
        name
            + ", "
            + m.group(1).toLowerCase(Locale.ROOT)
            + ", deltog som "
            + speaker.role().danishName().toLowerCase(Locale.ROOT),
        turn.segment(),
        25);
    return true;
  }

  /**
   * "Også selvom jeg bliver lidt sur, når telefonen ringer": a subordinate clause with no main
   * clause says nothing on its own.
   */
  private static boolean subordinateOnly(String body) {
    String lower = body.toLowerCase(Locale.ROOT).strip();
    if (!lower.matches(
        "^(?:(?:og|men|også|altså)\\s+)*(?:selvom|hvis|når|fordi|mens|så længe|at|om|da)\\b.*")) {
      return false;
    }
    // A main clause follows a comma with its verb first ("Hvis det går godt, kan vi ...") or "så".
    for (String part : lower.split(",\\s*")) {
      String first = part.split("\\s+")[0];
      if (first.equals("så") || Clauses.isFiniteVerb(first)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A decision left open, said with "det" for what was just talked about: "Det er ikke en ting, I
   * skal tage stilling til endnu", "det er ikke noget, jeg kan beslutte nu". Group 1 is what
   * follows the verb ("endnu", "nu").
   */
  private static final Pattern UNDECIDED =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)*(?:det|dét)\\s+er\\s+ikke\\s+(?:noget|en\\s+ting),?\\s+"
              + "(?:som\\s+|der\\s+)?(?:vi|jeg|du|I|man)\\s+(?:skal\\s+|kan\\s+|vil\\s+|behøver\\s+at\\s+)?"
              + "(?:tage[rs]?\\s+stilling\\s+til|beslutte[rs]?|afgøre[rs]?)((?:\\s+[\\p{L}\\d.]+)*?)[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A decision left open in a verb of its own with "det" first: "Det aftaler vi ikke i dag", "det
   * tager vi heller ikke stilling til her". Group 1 is what follows ("i dag").
   */
  private static final Pattern BARE_UNDECIDED =
      Pattern.compile(
          "^(?:(?:og|men|så)\\s+)*(?:det|dét)\\s+(?:aftaler|beslutter|afgør|tager)\\s+vi\\s+(?:heller\\s+)?ikke"
              + "(?:\\s+stilling\\s+til)?((?:\\s+[\\p{L}\\d.]+)*?)[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Where the decision left open is named after it: "..., og så tager vi stilling til en optrapning
   * ved næste møde". Group 1 is what is decided, group 2 when.
   */
  private static final Pattern TAKES_A_STAND =
      Pattern.compile(
          "(?:^|,\\s+(?:og\\s+)?(?:så\\s+)?)(?:(?:så\\s+)?vi\\s+tager|(?:så\\s+)?tager\\s+vi)\\s+stilling\\s+til\\s+"
              + "(\\p{L}[^,]*?)(?:,?\\s+((?:når|ved|på|efter|senere)\\b[^.?!]*))?[.!]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "Det er ikke noget, vi beslutter i dag. Vi tager stilling til delvis raskmelding, når lægen har
   * set dig igen.": the "det" left open is what the next sentence of the turn says a decision will
   * be taken on, and the note says so in one sentence ("Der tages ikke stilling til delvis
   * raskmelding i dag, men det tages op, når lægen har set dig igen"); that sentence is then read.
   * Null when no later sentence of the turn names it.
   */
  private String notDecidedNamed(Talk.Turn turn, String when) {
    List<String> sentences = turn.sentences();
    int from = -1;
    for (int i = 0; i < sentences.size(); i++) {
      String x = sentences.get(i).strip();
      if (from < 0 && (UNDECIDED.matcher(x).matches() || BARE_UNDECIDED.matcher(x).matches())) {
        from = i;
        continue;
      }
      if (from < 0 || i > from + 1) {
        continue;
      }
      Matcher stand = TAKES_A_STAND.matcher(x);
      if (stand.find() && !Content.negated(x)) {
        describedInAnswer.add(sentences.get(i));
        String today = when.isBlank() ? "" : " " + when.strip();
        return "Der tages ikke stilling til "
            + stand.group(1).strip()
            + today
            + (stand.group(2) == null ? "" : ", men det tages op" + when(stand.group(2).strip()));
      }
    }
    return null;
  }

  /** "ved næste møde" follows its verb; a clause of time ("når lægen har set dig") a comma. */
  private static String when(String part) {
    return (part.toLowerCase(Locale.ROOT).matches("^(?:når|efter\\s+at)\\b.*") ? ", " : " ") + part;
  }

  /**
   * Talk about the conversation itself: what the speaker will say, ask or go through next, or a
   * remark of their own on what was said ("Det har jeg skrevet"). No fact of the note.
   */
  private static boolean meta(String body) {
    return body.toLowerCase(Locale.ROOT)
        .matches(
            "^(?:(?:og|men|så|nu)\\s+)*(?:jeg|vi)\\s+(?:skal|vil|må|kan)\\s+(?:lige\\s+|også\\s+|gerne\\s+|bare\\s+)*"
                + "(?:sige|forklare|fortælle|spørge|snakke|tale|høre|gennemgå|vende|nævne|kigge)\\b.*"
                // "Vi skal lige tage det næste", "Jeg vil starte med at ...": steering the talk;
                // "Jeg kan tage bussen", "Jeg skal starte på skolen" say what the speaker does.
                + "|^(?:(?:og|men|så|nu)\\s+)*(?:jeg|vi)\\s+(?:skal|vil|må|kan)\\s+(?:lige\\s+|også\\s+|gerne\\s+|bare\\s+)*"
                + "(?:tage(?:\\s+(?:lige\\s+)?(?:det|den|dem|fat|hul|op|forfra|stilling|næste|resten"
                + "|en\\s+(?:snak|runde)|et\\s+kig)(?![\\p{L}]).*)?"
                + "|starte(?:\\s+(?:lige\\s+)?(?:med\\s+(?:at|det|dig|jer|en|et|noget|nogle)|forfra|ud)(?![\\p{L}]).*)?)[.!]?"
                + "|^(?:jeg|vi)\\s+spørger(?:\\s+bare)?,?\\s+fordi\\b.*"
                + "|^(?:det|der)\\s+(?:har|er)\\s+jeg\\s+.*|^(?:jeg|vi)\\s+(?:har|havde)\\s+(?:noget|et\\s+spørgsmål).*"
                + "|^nu\\s+til\\s+.*|^(?:så|og)?\\s*(?:var|er)\\s+der\\s+noget\\s+med\\b.*");
  }

  private static final Pattern HE_OR_SHE_FIRST =
      Pattern.compile(
          "^(?:(?:og|men|altså|jamen|jo)\\s*,?\\s+)?(han|hun)\\s", Pattern.CASE_INSENSITIVE);

  private static final Pattern THIRD_PERSON =
      Pattern.compile(
          "(?<![\\p{L}])(?:han|hun|ham|hende|hans|hendes)(?![\\p{L}])|\\b(?:min|mit|mine)\\s",
          Pattern.CASE_INSENSITIVE);

  /** A capitalised word inside a sentence: a name, so someone else may be meant. */
  private static final Pattern NAME_INSIDE = Pattern.compile("[\\p{Ll},]\\s+\\p{Lu}");

  /**
   * Someone with the citizen (a parent, partner, bisidder) who answers right after the citizen and
   * opens with "han"/"hun" speaks of the citizen: "Han blev testet ordblind" is the citizen's test,
   * not the speaker's. Only when the citizen's own turn spoke of nobody else, so no one else can be
   * meant.
   */
  private boolean citizenJustSpoke(Party previous, String previousTurn, Party speaker) {
    return previous != null
        && previous.isCitizen()
        && !speaker.isCitizen()
        && !speaker.isCaseworker()
        && !speaker.isInterpreter()
        && !THIRD_PERSON.matcher(previousTurn).find()
        && !NAME_INSIDE.matcher(previousTurn).find();
  }

  private String citizenAsHeOrShe(String sentence) {
    Matcher m = HE_OR_SHE_FIRST.matcher(sentence);
    if (!m.lookingAt()) {
      return sentence;
    }
    String pronoun = m.group(1).toLowerCase(Locale.ROOT);
    return thirdOfCitizen(
        sentence.substring(0, m.start(1)) + pronoun + sentence.substring(m.end(1)), pronoun);
  }

  /** The interpreter's "hun"/"han" for the citizen, as the citizen's own words in third person. */
  private String thirdOfCitizen(String content, String pronoun) {
    boolean she = pronoun.equalsIgnoreCase("hun");
    String subject = she ? "hun" : "han";
    String object = she ? "hende" : "ham";
    String poss = she ? "hendes" : "hans";
    Perspective.Reference c = talk.perspective.citizen();
    String s = content;
    s = s.replaceAll("(?<![\\p{L}])" + subject + "(?![\\p{L}])", "\u0001");
    s = s.replaceAll("(?<![\\p{L}])" + object + "(?![\\p{L}])", "\u0002");
    s = s.replaceAll("(?<![\\p{L}])" + poss + "(?![\\p{L}])", "\u0003");
    return s.replace("\u0001", c.subject())
        .replace("\u0002", c.object())
        .replace("\u0003", c.possessive());
  }

  private void notTranslated(Talk.Turn turn) {
    String who = turn.party().isCitizen() ? "Borger" : turn.party().subject();
    String text =
        who
            + " sagde på "
            + dk.samtalenotat.transcript.SpokenLanguage.danishName(turn.language())
            + ": \""
            + turn.foreign()
            + "\" (ikke oversat)";
    NoteSection section =
        turn.party().isCitizen() ? NoteSection.BORGERENS_SITUATION : NoteSection.DROEFTET;
    add(section, Kind.NOT_TRANSLATED, turn.party(), "", text, turn.segment(), 5);
  }

  // Helpers --------------------------------------------------------------------------------

  /** The caseworker's "vi" for the meeting itself, without a subject; others keep theirs. */
  private String passiveIfCaseworker(Talk.Turn turn, String text) {
    return turn.party().isCaseworker() ? Passive.apply(text) : text;
  }

  /**
   * First letter lower case, unless the sentence opens with a participant's name ("Kim er ...").
   */
  private String lower(String s) {
    String first = s.strip().split("[\\s,]", 2)[0];
    if (!first.isEmpty() && talk.names.partyNamed(first) != null) {
      return s;
    }
    return Clauses.lowerFirst(s);
  }

  /** Where an aside ("– den røg") or a reason (", da ...", ", fordi ...") joins a statement. */
  private static final Pattern ASIDE_OR_REASON =
      Pattern.compile("\\s+[–-]\\s+|,\\s+(?:da|fordi|for)\\s+(?=\\p{L})", FLAGS);

  /**
   * The statement before its first aside or reason, when that part has a verb and says something of
   * its own; null otherwise. A condition ("hvis ...") or a contrast ("men ...") is never cut away,
   * since without it the statement says more than was said.
   */
  private static String withoutAsideOrReason(String body) {
    Matcher m = ASIDE_OR_REASON.matcher(body);
    if (!m.find() || m.start() == 0) {
      return null;
    }
    String main = body.substring(0, m.start()).strip();
    return Content.hasVerb(main) && (Content.contentWords(main) >= 1 || Content.hasValue(main))
        ? main
        : null;
  }

  /** A statement's body in the note's third person; the caseworker's "vi" as the passive. */
  private Perspective.Rewritten stated(Talk.Turn turn, String body, Party voice, Party addressee) {
    return talk.perspective.rewrite(
        turn.party().isCaseworker() ? Passive.apply(body) : body, turn.party(), voice, addressee);
  }

  private Perspective.Rewritten rewrite(Talk.Turn turn, String text, Party addressee) {
    Party voice = turn.party().isInterpreter() && talk.interpreted ? Party.CITIZEN : turn.party();
    return talk.perspective.rewrite(text, turn.party(), voice, addressee);
  }

  /** A question asked by {@code asker} to {@code answerer}: its "du" is the one who answered. */
  private Perspective.Rewritten rewrite(Party asker, Party answerer, String text) {
    Party you = answerer.isInterpreter() && talk.interpreted ? Party.CITIZEN : answerer;
    Party voice = asker.isInterpreter() && talk.interpreted ? Party.CITIZEN : asker;
    return talk.perspective.rewrite(text, asker, voice, you);
  }

  private NoteSection template(NoteSection wanted) {
    return wanted;
  }

  private void add(
      NoteSection section,
      Kind kind,
      Party source,
      String frame,
      String text,
      int citation,
      int weight) {
    add(section, kind, source, frame, text, List.of(citation), weight);
  }

  private void add(
      NoteSection section,
      Kind kind,
      Party source,
      String frame,
      String text,
      List<Integer> citations,
      int weight) {
    String t =
        Questions.adverbBeforeVerb(
            text.strip().replaceAll("\\s+", " ").replaceAll("[.,;:!]+$", ""));
    if (t.matches("(?is)^om\\s.*")) {
      // "om jeg skal starte, eller hvad": the tag asks for an answer, it is not an alternative.
      t = t.replaceFirst("(?i),?\\s+eller\\s+hvad$", "");
    }
    if (!frame.isEmpty()) {
      // "Ja, og jeg har været der i 9 år": the "og" joined the answer, not the reported clause.
      t = t.replaceFirst("^(?i:og|men)\\s+(?=\\p{L})", "");
    }
    if (t.isEmpty() || Content.forbidden(t) || Content.cpr(t)) {
      return;
    }
    out.add(
        new Statement(
            section,
            kind,
            source,
            frame,
            t,
            citations.stream().distinct().sorted().toList(),
            weight,
            order++));
  }
}
