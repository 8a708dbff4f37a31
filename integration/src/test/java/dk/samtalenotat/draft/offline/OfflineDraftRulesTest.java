package dk.samtalenotat.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.template.DefaultTemplates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One rule of the offline engine per test, each on a short conversation of its own (invented for
 * the tests; names, firms and places are made up).
 */
class OfflineDraftRulesTest {

  private static final ParticipantRole SB = ParticipantRole.SAGSBEHANDLER;
  private static final ParticipantRole BO = ParticipantRole.BORGER;

  private final OfflineDraftEngine engine = new OfflineDraftEngine();

  /** A speaker's line: role (null for a cue without a speaker), label, text. */
  private record Line(ParticipantRole role, String label, String text) {}

  private static Line sb(String text) {
    return new Line(SB, "Sagsbehandler", text);
  }

  private static Line bo(String text) {
    return new Line(BO, "Borger", text);
  }

  private static Line other(ParticipantRole role, String label, String text) {
    return new Line(role, label, text);
  }

  private GeneratedDraft draft(ConversationType type, List<DraftParticipant> people, Line... lines)
      throws Exception {
    return draft(type, people, "Skovby Kommune", false, lines);
  }

  private GeneratedDraft draft(
      ConversationType type,
      List<DraftParticipant> people,
      String municipality,
      boolean stopped,
      Line... lines)
      throws Exception {
    List<DraftSegment> segments = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Line l = lines[i];
      segments.add(
          new DraftSegment(
              i + 1, i * 5000L, i * 5000L + 4000, l.label(), l.role(), "da", l.text()));
    }
    DraftRequest request =
        new DraftRequest(
            type,
            ConversationForm.FREMMOEDE,
            LocalDateTime.of(2026, 2, 10, 10, 0),
            "Pia Sand",
            people,
            segments,
            DefaultTemplates.of(type),
            municipality,
            stopped);
    GeneratedDraft draft = engine.generate(request);
    Set<Integer> indexes = segments.stream().map(DraftSegment::index).collect(Collectors.toSet());
    for (DraftSentence s : draft.sentences()) {
      assertFalse(s.citations().isEmpty(), "every sentence cites: " + s.text());
      assertTrue(indexes.containsAll(s.citations()), "cites a segment that exists: " + s);
    }
    return draft;
  }

  private static List<DraftParticipant> two() {
    return List.of(new DraftParticipant("Pia Sand", SB), new DraftParticipant("Kasper Lund", BO));
  }

  /** The caseworker and the citizen of {@link #two()} and one more person. */
  private static List<DraftParticipant> twoAnd(String name, ParticipantRole role) {
    return List.of(
        new DraftParticipant("Pia Sand", SB),
        new DraftParticipant("Kasper Lund", BO),
        new DraftParticipant(name, role));
  }

  /** The caseworker of {@link #two()}, a citizen and the interpreter between them. */
  private static List<DraftParticipant> withInterpreter(String citizen, String interpreter) {
    return List.of(
        new DraftParticipant("Pia Sand", SB),
        new DraftParticipant(citizen, BO),
        new DraftParticipant(interpreter, ParticipantRole.TOLK));
  }

  private static String all(GeneratedDraft draft) {
    return draft.sentences().stream().map(DraftSentence::text).collect(Collectors.joining("\n"));
  }

  private static String section(GeneratedDraft draft, NoteSection section) {
    return draft.sentences().stream()
        .filter(s -> s.section() == section)
        .map(DraftSentence::text)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void whatAPersonNamedWithATitleSaidIsTheirs() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Hvad siger lægen om din hånd?"),
                bo("Lægen siger, at jeg skal gå til fysioterapi."),
                sb("Fortæl lidt om kontakten til dit arbejde."),
                bo(
                    "Værkføreren, Ole, han ringer hver fredag. Han har sagt, at jeg kan"
                        + " starte på halv tid, når jeg er klar.")));
    assertTrue(all.contains("at værkfører Ole ringer hver fredag"), all);
    assertTrue(all.contains("værkfører Ole har sagt, at borger kan starte på halv tid"), all);
    assertFalse(all.contains("lægen har sagt, at borger kan starte"), all);
  }

  @Test
  void aFragmentWithoutAVerbJoinsTheSentenceBeforeIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvor mange timer bliver det?"),
                bo("Det ved jeg ikke."),
                sb(
                    "Praktikken er på femogtyve timer om ugen. Mandag til torsdag fra otte til fem."),
                bo("Det går fint.")));
    assertTrue(all.contains("25 timer om ugen, mandag til torsdag"), all);
  }

  @Test
  void anAnswerOfHowFarOneTravelsKeepsWhatItSays() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Er der noget, du ikke kan søge på grund af ryggen?"),
                bo("Nej. Som koordinator sidder jeg meget ved skærmen, og så kører jeg truck."),
                sb("Og hvor langt er du villig til at tage hen efter et job?"),
                bo("Jeg har ikke bil lige nu – den røg, da vi skulle spare. Så det er bussen."),
                bo("Men til Vesterå og Nordby, det er fint, det er en halv time med bussen."),
                sb("Er der andet, du vil spørge om?"),
                bo("Nej.")));
    // "Nej" to a question with "ikke" inside denies its main clause, not the "ikke".
    assertTrue(all.contains("der ikke er noget, borger ikke kan søge på grund af ryggen"), all);
    // Sitting at a screen is the job, not the video call.
    assertTrue(all.contains("sidder borger meget ved skærmen"), all);
    // "vi" cannot be told, so the reason goes; the statement before it stays.
    assertTrue(all.contains("borger ikke har bil lige nu"), all);
    assertFalse(all.contains("spare"), all);
    // A place put first and taken up by "det" is what the statement is said of.
    assertTrue(all.contains("det er fint til Vesterå og Nordby"), all);
    // The closing question stays out.
    assertFalse(all.contains("spørge"), all);
  }

  @Test
  void theVideoLinkIsNoPartOfTheNoteAndWhatIsSaidAgainIsSaidOnce() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Jeg deler lige min skærm. Kan du se den?"),
                bo("Vent, billedet er sort. Nu kan jeg se den."),
                sb("Kan du møde på fredag klokken ti?"),
                bo("Ja, det kan jeg godt. Jeg har også – du frøs lige. Hallo?"),
                sb("Kan du høre mig nu?"),
                bo("Ja. Jeg sagde bare, at jeg har fået en samtale hos Brødrene Holm."),
                bo("Jeg sagde til min chef, at jeg ville stoppe.")));
    assertFalse(all.contains("sort"), all);
    assertFalse(all.contains("frøs"), all);
    assertFalse(all.contains("allo"), all);
    assertFalse(all.contains("se den"), all);
    // Said again after the freeze: what was said, not that it was said.
    assertTrue(all.contains("oplyste at have fået en samtale hos Brødrene Holm"), all);
    assertFalse(all.contains("bare sagde"), all);
    // Seeing someone in a job, and a conversation the citizen reports, are no video talk.
    assertTrue(all.contains("sagde til sin chef"), all);
    assertFalse(Content.procedure("Jeg kan godt se dig som lagerarbejder."));
    assertFalse(Content.procedure("Jeg fryser på lageret om vinteren."));
    assertFalse(Content.procedure("Nu kan jeg godt se det, kurset er en god idé."));
  }

  @Test
  void theDateTheClockAndThePlaceAnnouncedAsTheRecordingStartsAreNoFact() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Velkommen. Det er onsdag den fjerde marts, klokken er kvart over ni, og vi"
                        + " sidder her på jobcentret i Skovby."),
                sb("Hvordan går det med jobsøgningen?"),
                bo("Jeg har søgt fire stillinger, blandt andet hos Vestkyst Lager."),
                sb("Hvornår skal du til lægen?"),
                bo("Det er mandag den niende marts.")));
    assertFalse(all.contains("klokken"), all);
    assertFalse(all.contains("sidder"), all);
    assertFalse(all.contains("4. marts"), all);
    assertTrue(all.contains("Vestkyst Lager"), all);
    // A date alone answers when something is.
    assertTrue(all.contains("9. marts"), all);
    assertTrue(Content.procedure("Så det er torsdag den 5. marts, og klokken er 10."));
    assertTrue(
        Content.procedure(
            "Vi sidder ude hos Nordby Træ A/S i Lundsted, det er fredag den 6. marts, og klokken"
                + " er kl. 13.30."));
    assertTrue(
        Content.procedure(
            "Det er tirsdag den 3. marts, klokken er kl. 8.30, og vi holder mødet på video."));
    assertFalse(Content.procedure("Det er mandag den 9. marts."));
    assertFalse(Content.procedure("Det er tirsdag den 3. marts, og du starter kl. 8.00."));
  }

  @Test
  void askingWhoCameInAndSayingItIsOneselfAreNoFact() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Kom bare ind. Jeg hedder Pia Sand. Og du er Kasper, ik'?"),
                bo("Jo, Kasper Lund. Det er mig. Jeg har fået tilbudt et job hos Nordby Tømrer."),
                sb("Hvornår starter du?"),
                bo("Og det er mig, det handler om. Jeg starter mandag den niende marts.")));
    assertFalse(all.contains("være borger"), all);
    assertFalse(all.contains("er borger"), all);
    assertFalse(all.contains("handler om"), all);
    assertTrue(all.contains("Nordby Tømrer"), all);
    assertTrue(all.contains("9. marts"), all);
  }

  @Test
  void aPluralYouOpeningAClauseIsNoPreposition() throws Exception {
    String all =
        all(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                twoAnd("Bent Kure", ParticipantRole.ARBEJDSGIVER),
                sb("Og Bent, du har skrevet til os, at I gerne vil have ham på flere timer?"),
                other(ParticipantRole.ARBEJDSGIVER, "Arbejdsgiver", "Ja, det er rigtigt."),
                bo("Jeg kan godt tage en dag mere om ugen.")));
    assertTrue(all.contains("arbejdsgiveren gerne vil have ham på flere timer"), all);
    assertFalse(Clauses.lowerFirst("I også øver at skrive ansøgninger").startsWith("i"));
    assertTrue(Clauses.lowerFirst("I Eritrea passede hun børn").startsWith("i "));
  }

  @Test
  void slangGladnessAndASlangAddressAreNoPartOfWhatIsReported() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du har fået job, har jeg hørt?"),
                bo(
                    "Ja. Fedt nok, at det gik så stærkt, mand. Jeg starter som chauffør hos Holm"
                        + " Transport på mandag. Jeg skal køre med en erfaren kollega, mand."),
                sb("Og hvor mange timer bliver det?"),
                bo("Det er fuld tid, og min mand kører mig derud.")));
    assertFalse(all.contains("edt nok"), all);
    assertFalse(all.contains("stærkt"), all);
    assertFalse(all.contains(", mand"), all);
    assertTrue(all.contains("Holm Transport"), all);
    assertTrue(all.contains("erfaren kollega"), all);
    assertTrue(all.contains("mand kører"), all);
  }

  @Test
  void aClauseThatOpenedOnSåKeepsItsSubjectBeforeItsVerb() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan ser forløbet ud?"),
                bo("Det ved jeg ikke helt."),
                sb(
                    "Kurset starter tirsdag den tredje marts og varer seks uger. Så slutter det"
                        + " fredag den tiende april. Så bliver prisen betalt af kommunen, og så"
                        + " får du kørsel dækket. Så er spørgsmålet om transporten."),
                bo("Og så har min bror tilbudt at køre mig.")));
    assertFalse(all.contains("at slutter"), all);
    assertFalse(all.contains("at bliver"), all);
    assertFalse(all.contains("at er"), all);
    assertFalse(all.contains("at har"), all);
    assertTrue(all.contains("10. april"), all);
    assertTrue(all.contains("betalt af kommunen"), all);
    assertTrue(all.contains("tilbudt at køre"), all);
  }

  @Test
  void aTrailOffBeforeANewSentenceEndsTheSentenceAndTheClauseBrokenOffGoes() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan har du det med at arbejde mere?"),
                bo(
                    "Jeg vil gerne arbejde mere, men min skulder… Jeg kan ikke løfte over"
                        + " hovedet."),
                sb("Hvor mange timer kan du klare?"),
                bo("Seks timer… Det tror jeg godt, jeg kan klare.")));
    assertFalse(all.contains("skulder"), all);
    assertTrue(all.contains("løfte over hovedet"), all);
    assertFalse(all.contains(" Det tror"), all);
  }

  @Test
  void aMeetingBeforeTheConversationsDayIsNoNextMeeting() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Det er tirsdag den tiende februar, klokken er ti. Vi havde et møde mandag den"
                        + " niende februar klokken ni, og du kom ikke. Hvad skete der?"),
                bo("Min datter var syg, og jeg glemte at ringe."),
                sb("Så skal vi finde en ny tid. Hvad med tirsdag den tredje marts klokken ti?"),
                bo("Ja, det passer fint.")));
    assertFalse(all.contains("afholdes mandag den 9. februar"), all);
    assertTrue(all.contains("9. februar"), all);
    assertTrue(all.contains("3. marts"), all);
  }

  @Test
  void admissionToAnEducationIsNoTalkAboutTheRecording() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Så vil jeg opsummere."),
                sb("Du søger ind via optagelse.dk senest fredag den 13. marts."),
                bo("Ja.")));
    assertTrue(all.contains("optagelse.dk senest fredag den 13. marts 2026"), all);
  }

  @Test
  void aPromiseOpeningWithDetKanJegIsNoReaction() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg vil gerne have et kursus i truckkørsel."),
                sb("Det kan jeg godt forstå."),
                sb("Det kan jeg undersøge til næste gang.")));
    assertTrue(all.contains("undersøge"), all);
    assertFalse(all.contains("forstå"), all);
  }

  @Test
  void omFollowedByOmIsNoStutter() {
    assertEquals(
        "Vi har talt om, om hun skulle have en mentor.",
        SpokenCleaner.tidySentence("Vi har talt om, om hun skulle have en mentor."));
    assertEquals("Det er en god ide.", SpokenCleaner.tidySentence("Det er en en god ide."));
    assertEquals(
        "Jeg har kørt reachtruck i 15 år.",
        SpokenCleaner.tidySentence("Jeg har kørt reachtruck i, hvad, 15 år."));
    assertEquals(
        "Du får løn fra arbejdsgiveren.",
        SpokenCleaner.tidySentence("Bare så du ved det: du får løn fra arbejdsgiveren."));
    assertEquals(
        "Det står ikke på dit CV.", SpokenCleaner.tidySentence("For det står ikke på dit CV."));
    assertEquals(
        "Lørdag er vores største dag.",
        SpokenCleaner.tidySentence("For lørdag er vores største dag."));
    assertEquals(
        "For eksempel kan du søge bredere.",
        SpokenCleaner.tidySentence("For eksempel kan du søge bredere."));
    assertEquals(
        "For to uger siden var jeg syg.",
        SpokenCleaner.tidySentence("For to uger siden var jeg syg."));
    assertTrue(Content.reaction("Undskyld rodet, jeg er midt i forårssæsonen."));
    assertTrue(Content.reaction("Det hører jeg tit."));
    assertFalse(Content.reaction("Undskyld, det var 12 timer."));
    assertTrue(Content.reaction("Undskyld, jeg hakker lidt."));
    assertTrue(Content.reaction("Ah, du har helt ret, undskyld."));
    assertFalse(Content.reaction("Du har ret til at få dækket transporten."));
    // An apology that corrects in words is a correction, not a reaction.
    assertFalse(Content.reaction("Undskyld, jeg mener Vesterå."));
    assertFalse(Content.reaction("Undskyld, det var ikke min mand, det var min bror."));
    // The telephone call itself is no fact of the case.
    assertTrue(Content.procedure("Hallo, det er Louise Berg fra sygedagpengeafdelingen."));
    assertTrue(Content.procedure("Er det Jannik Lund?"));
    assertTrue(Content.procedure("Jeg ringer, som aftalt, kl. 10.40 til din opfølgningssamtale."));
    assertTrue(Content.procedure("Nu kan jeg se, Birgitte ringer ind."));
    assertTrue(Content.procedure("Torsdag den 3., sagde du?"));
    assertFalse(Content.procedure("Jeg ringer til dig til næste samtale fredag kl. 10."));
    assertFalse(Content.procedure("Er det Nordvest Logistik, du har søgt hos?"));
    assertTrue(Content.procedure("Birgitte Holst, Holst Tømrer og Snedker."));
    assertFalse(Content.procedure("Birgitte Holst, hun er min leder."));
    assertTrue(Content.procedure("Det er Mette Brink, A-kassen Fremad."));
    assertTrue(Content.procedure("Har jeg fat i Tobias Lindqvist?"));
    assertTrue(Content.procedure("Så lad mig lige gentage, hvad jeg har skrevet."));
    assertTrue(Content.procedure("Jeg læser lige op."));
    assertFalse(Content.procedure("Lad mig gentage: du starter mandag."));
    assertTrue(Content.procedure("Jeg fik ikke det hele med."));
    assertTrue(Content.procedure("Jeg kiggede lige på den forkerte linje i skemaet."));
    assertTrue(Content.reaction("Jo, selvfølgelig, det havde jeg ikke tænkt på."));
    assertFalse(Content.reaction("Det havde jeg ikke regnet med, at jeg skulle."));
    // The pause after the opening particles goes with them.
    assertEquals(
        "jeg har ikke fået at vide, hvorfor.",
        SpokenCleaner.tidySentence("Men altså – jeg har ikke fået at vide, hvorfor."));
    assertEquals(
        "Jeg har ikke fået at vide, hvorfor.",
        SpokenCleaner.tidySentence("– Jeg har ikke fået at vide, hvorfor."));
  }

  @Test
  void aYesNoQuestionAnsweredWithoutJaStatesTheAnswer() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Har du fået svar på ansøgningerne?"),
                bo("Et afslag fra Lyngby Tømrerfirma."),
                sb("Skal vi tage en kort runde?"),
                other(ParticipantRole.MENTOR, "Mentor", "Mentor fra projektet.")));
    assertTrue(all.contains("svarede borger: et afslag fra Lyngby Tømrerfirma"), all);
    assertFalse(all.contains("runde"), all);
  }

  @Test
  void aValueAddedToAConfirmationIsKept() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du har arbejdet på et bageri, ikke?"),
                bo("Jo, i tre et halvt år.")));
    assertTrue(all.contains("bageri, i 3,5 år"), all);
  }

  @Test
  void theFirstDayOfASpanSaidWithoutItsMonthHasTheMonthOfTheLastDay() {
    LocalDate date = LocalDate.of(2026, 6, 10);
    String span =
        Dates.asNoteWrites(
            "Hun er i praktik på lageret fra den tredje til den fjortende august.", date);
    assertTrue(span.contains("3. august 2026"), span);
    assertTrue(span.contains("14. august 2026"), span);
    String withWeekday =
        Dates.asNoteWrites(
            "Kurset går fra den anden til og med torsdag den tiende september.", date);
    assertTrue(withWeekday.contains("2. september 2026"), withWeekday);
    // Over the turn of a month the first day's month is not the last day's: nothing is added.
    String overTheTurn =
        Dates.asNoteWrites("Han er på ferie fra den otteogtyvende til den fjerde juli.", date);
    assertFalse(overTheTurn.contains("28. juli"), overTheTurn);
    // A first day taken back is no span of its own.
    String corrected =
        Dates.asNoteWrites(
            "Det er fra den femte, nej, fra den sjette til den tolvte oktober.", date);
    assertFalse(corrected.contains("5. oktober"), corrected);
  }

  @Test
  void timesSaidRelativeToTheConversationGetTheirYear() {
    LocalDate date = LocalDate.of(2026, 2, 10);
    assertEquals(
        "Jeg startede i sommeren 2025 og blev fyret i 2025.",
        Dates.asNoteWrites("Jeg startede i sommers og blev fyret sidste år.", date));
    assertEquals(
        "Jeg har søgt meget det sidste år.",
        Dates.asNoteWrites("Jeg har søgt meget det sidste år.", date));
    assertEquals("Han går i 3. klasse.", Dates.asNoteWrites("Han går i tredje klasse.", date));
    assertEquals(
        "Vi startede i sommeren 2026.",
        Dates.asNoteWrites("Vi startede i sommers.", LocalDate.of(2026, 9, 1)));
  }

  @Test
  void theVerblessPointsOfASummaryShareASentence() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du har fået en praktikplads hos Lindholm Tømrer."),
                bo("Ja, det glæder jeg mig til."),
                sb("Så vil jeg opsummere."),
                sb("Praktik hos Lindholm Tømrer som tømrerlærling. Tyve timer om ugen."),
                sb("Start mandag den 2. marts klokken syv."),
                bo("Ja.")));
    String start =
        all.lines().filter(l -> l.contains("mandag den 2. marts")).findFirst().orElse("");
    assertTrue(start.contains("Lindholm Tømrer") && start.contains("20 timer"), all);
  }

  @Test
  void theDaysOfAStatementAreNotRepeatedByASummaryWithoutThem() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Hvor mange timer er det?"),
                sb("Det er tyve timer om ugen. Mandag til torsdag fra otte til tretten."),
                sb("Så vil jeg opsummere."),
                sb(
                    "Du er i praktik hos Lindholm Tømrer fra mandag den 2. marts, tyve timer om ugen."),
                bo("Ja.")));
    assertTrue(all.contains("mandag til torsdag"), all);
  }

  @Test
  void aFragmentOpeningTheSpeakersNextSegmentCompletesTheStatementBefore() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Hvad står der i attesten?"),
                sb("Lægen skriver, at du kan arbejde fire timer om dagen."),
                sb("Og ingen arbejde på stiger, og ikke over tolv kilo."),
                bo("Det passer fint.")));
    assertTrue(
        all.contains("4 timer om dagen, og ingen arbejde på stiger, og ikke over 12 kilo"), all);
  }

  @Test
  void aNameAddedToAConfirmationAndASegmentOpenedByNoiseAreKept() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du er startet i job?"),
                bo("Ja, på Bageriet Solsiden. Jeg startede den 2. marts. Det er 18 timer om ugen."),
                bo("Jeg var lige ved at sige forkert. 18. Mest formiddage og lørdage.")));
    assertTrue(all.contains("startet i job, på Bageriet Solsiden"), all);
    assertTrue(all.contains("18 timer om ugen, mest formiddage og lørdage"), all);
  }

  @Test
  void aPluralNounInErIsNoVerb() {
    assertFalse(Content.hasVerb("Mest eftermiddage og weekender, fra kl. 12.00."));
    assertTrue(Content.hasVerb("Kommunen udbetaler tilskuddet hver måned."));
  }

  @Test
  void aValueAddedToAJaCompletesTheStatementItConfirms() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du har været sygemeldt, og du har fået sygedagpenge siden."),
                bo("Ja, fra den tredje november."),
                sb("Hvordan går det så?")));
    assertTrue(all.contains("sygedagpenge siden, fra 3. november 2025"), all);
  }

  @Test
  void aSelfCorrectionLeavesOnlyTheCorrectedValue() throws Exception {
    GeneratedDraft d =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Hvordan går det med at søge?"),
            bo("Jeg har sendt syv – nej, otte ansøgninger siden sidst."),
            bo("Og jeg har været ledig siden den første oktober – nej, november."),
            bo("Jeg har været i praktik i tre - nej, fire uger hos en tømrer."));
    String all = all(d);
    assertTrue(all.contains("8 ansøgninger"), all);
    assertFalse(all.contains("7 ansøgninger"), all);
    assertTrue(all.contains("1. november 2025"), all);
    assertFalse(all.contains("oktober"), all);
    assertTrue(all.contains("4 uger"), all);
    assertFalse(all.matches("(?s).*\\b3 uger.*"), all);
  }

  @Test
  void aValueTheOtherPartyDeniesIsReplacedByTheValueTheyGive() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Jeg læser lige op. Du begynder i praktik hos Fabers Cykler tirsdag den tredje"
                        + " marts, og –"),
                bo(
                    "– nej, det er ikke den tredje. Ejeren sagde tirsdag den tiende, fordi de holder"
                        + " lukket i uge ti."),
                sb("Nå. Så tirsdag den tiende marts."),
                bo("Og jeg har otte timer om dagen – nej, syv."),
                sb("Syv, ikke otte? Ja, godt.")));
    assertTrue(all.contains("tirsdag den 10. marts 2026"), all);
    assertFalse(all.contains("3. marts"), all);
    assertFalse(all.contains("ikke den"), all);
  }

  @Test
  void aNameTheOtherPartyDeniesIsReplacedByTheNameTheyGive() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Din kontaktperson i praktikken er Bjarne Kvistgaard, han er værkfører."),
                bo("Øh, nej, det tror jeg ikke passer. Det var en kvinde, der viste mig rundt."),
                bo("Henny Faurskov, hed hun."),
                sb("Nå ja, Henny Faurskov. Undskyld.")));
    assertTrue(all.contains("kontaktperson i praktikken er Henny Faurskov"), all);
    assertFalse(all.contains("Kvistgaard"), all);
    assertFalse(all.contains("passer"), all);
  }

  @Test
  void whatTheCitizensViDidInThePastTheCitizenDidButNotWhatTheyTalkedAbout() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvilke systemer kender du fra dit gamle job?"),
                bo("Vi brugte et gammelt lønsystem på lageret i Tarm."),
                sb("Og hvad med timerne?"),
                bo("Vi snakkede om, at jeg kunne gå op til seks timer om dagen.")));
    assertTrue(all.contains("borger brugte et gammelt lønsystem på lageret i Tarm"), all);
    assertFalse(all.contains("borger snakkede"), all);
  }

  @Test
  void aValueTakenBackWithNothingInsteadIsLeftOut() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg stoppede i marts – nej, vent, det passer ikke. Det var senere."),
                bo("Jeg har arbejdet som maler i tolv år.")));
    assertFalse(all.contains("marts"), all);
    assertTrue(all.contains("maler i 12 år"), all);
  }

  @Test
  void whatAWordMeansIsTheInterpretersRemarkAndStaysTheInterpreters() throws Exception {
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                withInterpreter("Yonas Tesfay", "Omar Said"),
                sb("Hvad lavede du, før du kom til Danmark?"),
                other(tolk, "Tolk", "Jeg var tømrer i Asmara. Jeg havde mit eget – øh –"),
                other(
                    tolk,
                    "Tolk",
                    "Undskyld, tolken her. Han bruger et ord, der på tigrinya både kan betyde"
                        + " lager og butik."),
                sb("Tak. Spørg ham gerne.")));
    assertTrue(all.contains("Tolken oplyste for egen regning"), all);
    assertTrue(all.contains("både kan betyde lager og butik"), all);
    assertFalse(all.contains("via tolk, at borger bruger et ord"), all);
  }

  @Test
  void wordsSaidAsTheCitizensWithWhoSaidThemAfterAreTheCitizens() throws Exception {
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                withInterpreter("Hawa Ali", "Omar Said"),
                sb("Og din datter, hun går i skole?"),
                other(tolk, "Tolk", "[taler somali]"),
                other(BO, "Borger", "[taler somali]"),
                other(
                    tolk,
                    "Tolk",
                    "Ja, hun går i fjerde klasse. Hun taler allerede bedre dansk end mig, siger"
                        + " hun."),
                other(tolk, "Tolk", "Men hun siger, at naboen ikke kan passe drengen længere.")));
    assertTrue(all.contains("hun allerede taler bedre dansk end"), all);
    assertFalse(all.contains("siger hun"), all);
    // "Men hun siger, at ...": the frame goes with its "men".
    assertTrue(all.contains("at naboen ikke kan passe drengen længere"), all);
    assertFalse(all.contains("hun siger"), all);
  }

  @Test
  void aProposedMeetingSaidBackBeforeTheYesIsNoStatement() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvad med torsdag den nittende marts klokken halv to, her på kontoret?"),
                bo("Torsdag den nittende... ja, det kan jeg godt.")));
    assertTrue(all.contains("torsdag den 19. marts 2026 kl. 13.30"), all);
    assertFalse(all.contains("det kan borger godt"), all);
  }

  @Test
  void theInterpretersFirstPersonIsTheCitizensAndOwnRemarksAreLeftOut() throws Exception {
    List<DraftParticipant> people = withInterpreter("Hawa Ali", "Omar Said");
    ParticipantRole tolk = ParticipantRole.TOLK;
    GeneratedDraft d =
        draft(
            ConversationType.INTEGRATIONSSAMTALE,
            people,
            sb("Hvad lavede du, før du kom til Danmark?"),
            other(tolk, "Tolk", "[taler somali]"),
            other(BO, "Borger", "[taler somali]"),
            other(tolk, "Tolk", "Jeg var frisør i seks år i Mogadishu. Jeg har tre børn."),
            other(tolk, "Tolk", "Hun siger, at hun gerne vil arbejde i en salon igen."),
            other(tolk, "Tolk", "Hun siger også, at hun har sit eget sakse-sæt."),
            other(tolk, "Tolk", "Jeg forklarer hende lige, hvad en praktik er."));
    String situation = section(d, NoteSection.BORGERENS_SITUATION);
    assertTrue(situation.startsWith("Borger oplyste via tolk, at"), situation);
    assertTrue(situation.contains("frisør i 6 år i Mogadishu"), situation);
    assertTrue(situation.contains("gerne vil arbejde i en salon"), situation);
    // "Hun siger også, at ...": the frame goes, "også" with it.
    assertTrue(situation.contains(", at hun har sit eget sakse-sæt"), situation);
    assertFalse(situation.contains("også, at"), situation);
    String all = all(d).toLowerCase(Locale.ROOT);
    assertFalse(all.contains("tolken var frisør"), all);
    assertFalse(all.contains("forklarer"), all);
    assertFalse(all.contains("somali]"), all);
    assertTrue(all.contains("tolk"), "the note says an interpreter took part: " + all);
  }

  @Test
  void anAnswerCallingTheAskedAboutThingDenOrDetNamesIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvad er timelønnen?"),
                bo("Hundrede og halvfems kroner i timen. Det er efter overenskomsten."),
                sb("Hvornår er din næste eksamen?"),
                bo("Den er i maj. Jeg kender ikke datoen endnu.")));
    assertTrue(all.contains("timelønnen er efter overenskomsten"), all);
    assertTrue(all.toLowerCase(Locale.ROOT).contains("den næste eksamen er i maj"), all);
  }

  @Test
  void theAskedAboutThingWaitsForTheInterpretersAnswer() throws Exception {
    List<DraftParticipant> people = withInterpreter("Hawa Ali", "Omar Said");
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                people,
                sb("Hvornår er din næste modultest?"),
                other(tolk, "Tolk", "[taler somali]"),
                other(BO, "Borger", "[taler somali]"),
                other(tolk, "Tolk", "Hun siger, at den er i april. Hun ved ikke datoen endnu.")));
    assertTrue(all.contains("den næste modultest er i april"), all);
  }

  @Test
  void presentingAnAssignmentIsNoIntroduction() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvornår er samtalen?"),
                bo("Torsdag den tolvte februar. Jeg skal præsentere et redesign af deres app."),
                sb("Skal vi lige præsentere os?"),
                bo("Jeg vil gerne præsentere mig selv først.")));
    assertTrue(all.contains("præsentere et redesign"), all);
    assertFalse(all.contains("præsentere mig"), all);
  }

  @Test
  void whatTheAnswerSaysOfTheAskedAboutThingStaysWithTheAnswer() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Hos Lerbæk Data er jeg videre til anden runde."),
                sb("Det er da flot. Hvornår er det?"),
                bo(
                    "Torsdag den tolvte februar. Det er en case-opgave, hvor jeg skal lave et oplæg."),
                bo("Jeg har også søgt to job i Vesterå.")));
    assertTrue(
        all.contains(
            "torsdag den 12. februar 2026; det er en case-opgave, hvor borger skal lave et oplæg."),
        all);
  }

  @Test
  void aCallSetAfterAFollowUpWasAnnouncedIsTheFollowUp() throws Exception {
    String steps =
        section(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Og så en opfølgning. Vil du komme ind, eller skal vi tage det i telefonen?"),
                bo("Helst i telefonen."),
                sb("Det kan vi godt. Så ringer jeg til dig onsdag den fjerde marts klokken ti."),
                sb("Jeg ringer også til din læge i morgen.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(
        steps.contains(
            "Som opfølgning ringer sagsbehandler til borger onsdag den 4. marts 2026 kl. 10.00."),
        steps);
    assertFalse(steps.contains("Som opfølgning ringer sagsbehandler til borgers læge"), steps);
  }

  @Test
  void aYesToTheCitizensQuestionIsTheCitizensQuestionConfirmed() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Mødet er onsdag den fjerde februar klokken ni her på kontoret."),
                bo("Må min søster komme med?"),
                sb("Ja, selvfølgelig."),
                bo("Må hun også sige noget på mødet?"),
                sb("Ja. Du må altid tage en bisidder med.")));
    assertTrue(
        all.contains(
            "Borger spurgte, om borgers søster må komme med, og sagsbehandler bekræftede det."),
        all);
    assertTrue(
        all.contains("og sagsbehandler bekræftede, at borger altid må tage en bisidder med."), all);
    assertFalse(all.contains("Sagsbehandler bekræftede, at borgers søster"), all);
  }

  @Test
  void aDaySaidAfterANoToAnotherDayTakesItsPlaceAndIsNotGluedToTheReason() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du mangler at skrive dit kørekort på dit CV."),
                bo(
                    "Det gør jeg. Skal vi sige på mandag? Nej, på mandag er jeg hos tandlægen hele"
                        + " formiddagen. Senest torsdag den niende april."),
                sb("Torsdag den niende april er fint.")));
    // The day turned down and its reason are not the day agreed (before: "Borger oplyste at være
    // hos tandlægen hele formiddagen på mandag, senest torsdag den 9. april 2026.").
    for (String sentence : all.split("\n")) {
      assertFalse(sentence.contains("tandlægen") && sentence.contains("april"), all);
    }
    assertTrue(all.contains("torsdag den 9. april 2026"), "the day itself is kept: " + all);
  }

  @Test
  void aYesTakenBackIsANo() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Så bliver det tre dage på lageret. Tirsdag til torsdag?"),
                bo(
                    "Ja, det kan jeg godt – åh nej. Om torsdagen kører jeg min mor til dialyse."
                        + " Det er hver torsdag formiddag."),
                sb("Så tager vi fredag i stedet for torsdag.")));
    assertFalse(all.contains("bekræftede"), "no yes to tuesday to thursday: " + all);
    assertTrue(all.contains("dialyse"), all);
  }

  @Test
  void aDayHadInMindThatTheConversationPutElsewhereIsNotStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                twoAnd("Bent Kure", ParticipantRole.ARBEJDSGIVER),
                sb("Hvornår kan du begynde på nedsat tid på værkstedet?"),
                other(
                    ParticipantRole.ARBEJDSGIVER,
                    "Arbejdsgiver",
                    "Vi havde tænkt tirsdag den tredje marts."),
                bo(
                    "Det er lidt tidligt, jeg skal til scanning den fjerde. Kan vi tage ugen efter?"),
                other(
                    ParticipantRole.ARBEJDSGIVER,
                    "Arbejdsgiver",
                    "Ja, så siger vi tirsdag den tiende marts. Det passer fint med vagterne."),
                sb("Så starter du tirsdag den tiende marts med tolv timer om ugen.")));
    assertFalse(all.contains("3. marts"), "the day given up: " + all);
    assertTrue(all.contains("10. marts"), all);
    assertTrue(all.contains("scanning"), "the reason stays: " + all);
  }

  @Test
  void weeklyHoursPutForwardAndThenChangedAreLeftOut() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Praktikken hos Nordvang Tømmer er fire timer om dagen. Det bliver tolv timer om ugen."),
                bo("Onsdag skal jeg til fysioterapeut, så onsdag kan jeg ikke."),
                sb("Så tager vi mandag og fredag. Så bliver det otte timer."),
                bo("Det er fint."),
                sb("Godt, praktik mandag og fredag, otte timer om ugen.")));
    assertFalse(all.contains("12 timer"), "the hours given up: " + all);
    assertTrue(all.contains("8 timer"), all);
  }

  @Test
  void weeklyHoursPutForwardThatStayAreStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Det bliver tolv timer om ugen på lageret."),
                bo("Hvad med ti timer i stedet?"),
                sb("Nej, vi holder fast i tolv timer om ugen, det har arbejdsgiveren sagt.")));
    assertTrue(all.contains("12 timer"), all);
  }

  @Test
  void aDayHadInMindThatStaysIsStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Jeg havde skrevet torsdag den femte marts klokken ti til næste møde."),
                bo("Det passer mig fint."),
                sb("Godt, så siger vi torsdag den femte marts klokken ti.")));
    assertTrue(all.contains("5. marts"), all);
  }

  @Test
  void aValueSetRightLaterInTheSameTurnReplacesTheOneSaidFirst() throws Exception {
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                withInterpreter("Amina Yusuf", "Karim Haddad"),
                sb("Hvilke dage kan hun være i praktik?"),
                other(
                    ParticipantRole.TOLK,
                    "Tolk",
                    "Hun siger, at mandag er svær. Hun skal til lægen hver mandag eftermiddag."
                        + " Øh, jeg mener – hun siger onsdag, ikke mandag. Det er om onsdagen,"
                        + " hun går til lægen."),
                sb("Så lægger vi praktikken mandag og fredag.")));
    assertFalse(all.contains("lægen hver mandag"), all);
    assertFalse(all.contains("ikke mandag"), "the correction itself states nothing: " + all);
    assertTrue(all.contains("onsdag"), all);
  }

  @Test
  void aSpeakerSettingRightAValueSaidTurnsBeforeReplacesIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                twoAnd("Ole Brink", ParticipantRole.ANDEN),
                sb("Hvor mange timer er det?"),
                other(
                    ParticipantRole.ANDEN,
                    "Virksomhedskonsulent",
                    "Tømrerfirmaet tilbyder otte timer om ugen til at starte med."),
                bo("Det lyder fint. Jeg kan ikke så meget mere."),
                sb("Og lønnen?"),
                other(ParticipantRole.ANDEN, "Virksomhedskonsulent", "Det følger overenskomsten."),
                bo("Okay."),
                other(
                    ParticipantRole.ANDEN,
                    "Virksomhedskonsulent",
                    "Og undskyld, jeg skal lige rette mig selv fra før – det var ti timer, ikke"
                        + " otte. Det står i mailen.")));
    assertFalse(all.contains("8 timer"), all);
    assertTrue(all.contains("10 timer om ugen"), all);
    assertFalse(all.contains("ikke 8"), "the correction itself states nothing: " + all);
  }

  @Test
  void aNoToTheCitizensQuestionFromWhoeverAnswersItIsWhatTheNoteStates() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                twoAnd("Lotte Sandahl", ParticipantRole.ANDEN),
                sb("Lotte er med i dag, fordi hun har talt med bageriet."),
                bo(
                    "Skal jeg have et hygiejnebevis, inden jeg starter? Det havde jeg i kantinen,"
                        + " men det er udløbet."),
                other(
                    ParticipantRole.ANDEN,
                    "Virksomhedskonsulent",
                    "Nej, det skal du ikke have inden. Hanne gennemgår hygiejnereglerne med dig i"
                        + " den første uge."),
                bo("Okay, det var godt.")));
    // Answered by the consultant, not the caseworker the question was put to, and past the
    // citizen's own remark after it: the answer is what the note states, not the question.
    assertTrue(
        all.contains("at borger ikke behøver have et hygiejnebevis, inden borger starter"), all);
    assertFalse(all.contains("om borger skal have et hygiejnebevis"), all);
    // Not the no's own words, put back into a clause they do not fit.
    assertFalse(all.contains("det ikke skal borger have"), all);
    assertTrue(all.contains("Hanne gennemgår hygiejnereglerne med borger i den første uge"), all);
  }

  @Test
  void dialectFormsBecomeStandardDanish() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Fortæl lidt om dig selv."),
                bo("A har været chauffør i femten år, og a ka' itj løfte tungt mere."),
                bo("Ja har fået nyt job å ja starter på mandag."),
                bo("Det va' mæ, der ringede til æ vognmand.")));
    assertTrue(all.contains("chauffør i 15 år"), all);
    assertTrue(all.contains("ikke kan løfte tungt"), all);
    // "A" opening a sentence before a verb the dictionary knows, not only before a common one.
    String office =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Hvad laver du så på arbejdet nu?"),
                bo("A sidder mest på kontoret. A løfter it noget tungt."),
                sb("Godt.")));
    assertTrue(office.contains("ikke løfter noget tungt"), office);
    assertFalse(all.matches("(?s).*\\b(a|itj|ka'|ja har|mæ|æ)\\b.*"), all);
  }

  @Test
  void aSpeakerWhoSaysAeForJegIsReadAsJegTheArticleStaysForOthers() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan går det med ryggen?"),
                bo("Æ har ondt om morgenen, men æ kan godt gå tur."),
                bo("Nu sover æ bedre, og æ vil gerne prøve et lager.")));
    assertTrue(all.contains("Borger oplyste at have ondt om morgenen"), all);
    assertTrue(all.contains("borger gerne vil prøve et lager"), all);
    assertFalse(all.matches("(?s).*\\b(æ|Æ|det har ondt)\\b.*"), all);
    // West Jutland: "a" is the speaker, "æ" the article.
    String west =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvad med bilen?"),
                bo("A har solgt æ bil, og a kører med æ bus nu.")));
    assertFalse(west.contains("jeg bil"), west);
    assertFalse(west.matches("(?s).*\\b(æ|a)\\b.*"), west);
  }

  @Test
  void nothingAfterTheRecordingStopIsUsedAndTheNoteSaysItStopped() throws Exception {
    GeneratedDraft d =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Så aftaler vi, at du søger tre job om ugen."),
            bo("Kan vi slukke for optagelsen? Det er noget privat."),
            new Line(null, null, "[optagelse stoppet]"),
            bo("Jeg skylder tredive tusind kroner til min udlejer."),
            sb("Så rykker vi næste møde til fredag den tyvende februar."));
    String all = all(d);
    assertTrue(all.contains("3 job om ugen"), all);
    assertFalse(all.contains("30.000"), all);
    assertFalse(all.contains("udlejer"), all);
    assertFalse(all.contains("20. februar"), all);
    assertTrue(all.contains("optagelsen blev stoppet"), all);
  }

  @Test
  void theApplicationsOwnStopMarkIsStatedToo() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                "Skovby Kommune",
                true,
                sb("Du har været ledig i fire måneder."),
                bo("Ja, siden oktober.")));
    assertTrue(all.contains("Optagelsen blev stoppet undervejs"), all);
  }

  @Test
  void theNextMeetingIsWrittenWithWeekdayDateYearAndTime() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Næste samtale bliver onsdag den fjerde marts klokken halv elleve her på kontoret."),
                bo("Den fjerde marts. Det passer fint.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals("Næste jobsamtale afholdes onsdag den 4. marts 2026 kl. 10.30 på kontoret.", next);
  }

  @Test
  void aMeetingDayCorrectedWithAReasonKeepsTheMeetingAndHowItIsHeld() throws Exception {
    // The day taken back, the reason a sentence of its own, the day said again in the next one.
    String video =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Næste samtale tager vi også på video, onsdag den fjerde marts – nej, det er for"
                        + " tidligt. Lad os sige onsdag den ellevte marts klokken ti."),
                bo("Det passer mig.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals("Næste jobsamtale afholdes onsdag den 11. marts 2026 kl. 10.00 på video.", video);
    String seen =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Vi ses igen torsdag den femte marts – nej, det er forkert. Det bliver fredag"
                        + " den sjette marts klokken elleve. Her på kontoret."),
                bo("Det passer.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(seen.contains("fredag den 6. marts 2026 kl. 11.00"), seen);
    assertFalse(seen.contains("5. marts"), seen);
    // "Som video" says how the meeting is held, as "på video" does.
    String as =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Næste samtale bliver også som video, tirsdag den tiende marts klokken halv ni."),
                bo("Halv ni. Det er fint.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals("Næste jobsamtale afholdes tirsdag den 10. marts 2026 kl. 8.30 på video.", as);
  }

  @Test
  void aMeetingMovedToAnotherHourKeepsWhereAndWithWhomSaidBefore() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Og så ses vi her igen onsdag den fjerde marts klokken ti, også med tolk."),
                bo("Om onsdagen har jeg skole til klokken tolv."),
                sb("Så siger vi onsdag den fjerde marts klokken et i stedet."),
                bo("Ja, det er bedre.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals("Næste jobsamtale afholdes onsdag den 4. marts 2026 kl. 13.00 med tolk.", next);
  }

  @Test
  void theSameMeetingSaidAgainWithWhereItIsKeepsWhereItIs() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Næste samtale er onsdag den fjerde marts klokken ti."),
                bo("Fint."),
                sb("Så vi mødes igen onsdag den fjerde marts klokken ti her på rådhuset."),
                bo("Ja.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals("Næste jobsamtale afholdes onsdag den 4. marts 2026 kl. 10.00 på rådhuset.", next);
  }

  @Test
  void aMeetingAnnouncedWithWhereAndWhoTakesItsDayFromTheNextSentence() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Så aftaler vi et opfølgningsmøde ude på produktionsskolen, sammen med Lærke."
                        + " Torsdag den tiende december klokken ti."),
                bo("Ja, det er fint.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals(
        "Næste opfølgningsmøde afholdes torsdag den 10. december 2026 kl. 10.00 på"
            + " produktionsskolen, med Lærke.",
        next);
  }

  @Test
  void aMeetingSaidInWeeksTakesTheDayAndTimeSaidNext() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Og næste samtale, den holder vi om fem uger. Onsdag den fjerde marts klokken"
                        + " ti. Uden a-kassen."),
                bo("Den fjerde. Ja.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals(
        "Næste jobsamtale afholdes onsdag den 4. marts 2026 kl. 10.00 uden a-kassen.", next);
  }

  @Test
  void aMeetingProposedAsAQuestionAndTakenIsTheNextMeeting() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Så, øh, næste samtale. Tirsdag den femte maj klokken ti, kan det passe?"),
                bo("Lad mig lige kigge. Jo, det passer fint, der er jeg ikke på kursus."),
                sb("Og vi tager stilling til flere timer, når vi ses den femte maj.")),
            NoteSection.NAESTE_SKRIDT);
    // "når vi ses den femte maj" says when something is to be done, not that a meeting is set.
    assertEquals(
        "Næste jobsamtale afholdes tirsdag den 5. maj 2026 kl. 10.00.\n"
            + "Der tages stilling til flere timer, når sagsbehandler og borger ses den 5. maj 2026.",
        next);
    // "Hvad siger du til ...?" proposes too, and "der har jeg ikke noget" says one is free.
    assertEquals(
        "Næste jobsamtale afholdes tirsdag den 5. maj 2026 kl. 10.00 på kontoret.",
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Så skal vi finde en ny tid. Hvad siger du til tirsdag den femte maj klokken ti,"
                        + " her på kontoret?"),
                bo("Tirsdag den femte maj, klokken ti. Ja, det passer. Der har jeg ikke noget.")),
            NoteSection.NAESTE_SKRIDT));
    for (String turnedDown :
        List.of(
            "Nej, der er jeg til tandlæge.",
            "Det passer desværre ikke, der er jeg til tandlæge.")) {
      String all =
          all(
              draft(
                  ConversationType.JOBSAMTALE,
                  two(),
                  sb("Så, øh, næste samtale. Tirsdag den femte maj klokken ti, kan det passe?"),
                  bo(turnedDown)));
      assertFalse(all.contains("afholdes tirsdag den 5. maj"), all);
    }
  }

  @Test
  void aQuestionOfWhenPutAsAQuestionOfTellingIsAnsweredWithTheDay() throws Exception {
    String situation =
        section(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Kan du starte med at fortælle, hvornår du blev sygemeldt?"),
                bo("Ja, øh, det var den tolvte januar. Jeg faldt på en stige.")),
            NoteSection.BORGERENS_SITUATION);
    // The day with what it is the day of; the yes to telling is no answer of its own.
    assertTrue(
        situation.contains("sygemeldt")
            && situation.contains("12. januar 2026")
            && !situation.contains("Borger bekræftede"),
        situation);
  }

  @Test
  void aPurposeThatNamesWhatTheMeetingIsSaysWhatItWas() throws Exception {
    String purpose =
        section(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                two(),
                sb("Formålet er et statusmøde om jobsøgningen: hvad du har søgt, og hvad nu."),
                bo("Det er fint.")),
            NoteSection.FORMAAL);
    assertEquals(
        "Samtalen var et statusmøde om jobsøgningen: hvad borger har søgt, og hvad nu.", purpose);
  }

  @Test
  void aMeetingThatRecursIsNoNextMeeting() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                twoAnd("Bente Holm", ParticipantRole.MENTOR),
                sb("Hvordan går det med jeres samarbejde, Bente?"),
                other(
                    ParticipantRole.MENTOR,
                    "Mentor",
                    "Godt. Vi mødes hver torsdag klokken ti på biblioteket og skriver ansøgninger."),
                sb("Og næste samtale er tirsdag den tiende marts klokken ni her på kontoret."),
                bo("Det skriver jeg ned.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals(
        List.of("Næste jobsamtale afholdes tirsdag den 10. marts 2026 kl. 9.00 på kontoret."),
        next.lines().filter(l -> l.startsWith("Næste")).toList());
  }

  @Test
  void daysOfTheWeekWithTheirHoursAreTheScheduleNotAMeeting() throws Exception {
    GeneratedDraft draft =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Hvilke dage kan du være i praktik på værkstedet?"),
            bo("Helst ikke om fredagen."),
            sb(
                "Så siger vi tirsdag, onsdag og torsdag, klokken otte til elleve. Og praktikken"
                    + " begynder mandag den niende marts."),
            bo("Det er fint."));
    String all = all(draft);
    assertFalse(all.contains("Næste"), all);
    assertTrue(
        section(draft, NoteSection.AFTALER)
            .contains("Praktikken er tirsdag, onsdag og torsdag kl. 8.00 til 11.00."),
        all);
  }

  @Test
  void workingHoursSaidAsDaysAndHoursAreNoMeeting() throws Exception {
    GeneratedDraft draft =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Arbejdstiden er mandag og onsdag fra klokken syv til elleve."),
            bo("Det passer mig godt."));
    String all = all(draft);
    assertFalse(all.contains("Næste"), all);
    assertTrue(all.contains("Arbejdstiden er mandag og onsdag fra kl. 7.00 til 11.00."), all);
  }

  @Test
  void aMeetingSaidInWeeksAndThenItsDayIsOneMeetingLine() throws Exception {
    GeneratedDraft draft =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Så ses vi igen om fem uger."),
            bo("Men der er jeg på ferie."),
            sb(
                "Så tager vi det i uge 12. Torsdag den nittende marts, klokken ti, her på kontoret."),
            bo("Det kan jeg godt."),
            sb("Og vi ses torsdag den nittende marts klokken ti."));
    List<String> meetings =
        section(draft, NoteSection.NAESTE_SKRIDT)
            .lines()
            .filter(l -> l.contains("marts") || l.contains("uger"))
            .toList();
    assertEquals(
        List.of("Næste jobsamtale afholdes torsdag den 19. marts 2026 kl. 10.00 på kontoret."),
        meetings,
        all(draft));
  }

  @Test
  void aMeetingTurnedDownIsReplacedByTheOneSetAfterIt() throws Exception {
    GeneratedDraft moved =
        draft(
            ConversationType.SYGEOPFOELGNING,
            two(),
            sb(
                "Og så skal vi have en ny samtale. Jeg foreslår mandag den niende marts klokken"
                    + " ni, igen over telefonen."),
            bo("Mandag klokken ni – nej, det går ikke, der skal jeg til scanning."),
            bo("Kan vi tage det tirsdag i stedet?"),
            sb("Det kan vi godt. Så siger vi tirsdag den tiende marts klokken ti."),
            bo("Tirsdag den tiende klokken ti. Fint."),
            sb("Husk at sende lægens svar, inden vi ses igen."),
            bo("Det gør jeg."),
            sb("Så ses vi tirsdag. Hav det godt."));
    // The day set after the one turned down is the meeting, where it is as proposed; "inden vi
    // ses igen" and "så ses vi tirsdag" set no meeting of their own.
    assertEquals(
        List.of(
            "Næste opfølgningssamtale afholdes tirsdag den 10. marts 2026 kl. 10.00 over telefonen."),
        section(moved, NoteSection.NAESTE_SKRIDT)
            .lines()
            .filter(l -> l.startsWith("Næste"))
            .toList());
  }

  @Test
  void aNoAfterTheMeetingIsTakenDoesNotTurnItDown() throws Exception {
    // A "nej" or "kan ikke" that answers something else - after a "ja", or later in the turn than
    // its first two sentences - leaves the meeting as set when another is set after it.
    for (String answer :
        List.of(
            "Ja, det passer fint. Om fredagen kan jeg ikke, der har jeg min datter.",
            "Det skriver jeg lige ned. Jeg har kalenderen med i tasken. Min bil kan ikke starte"
                + " for tiden, så jeg tager bussen.")) {
      GeneratedDraft kept =
          draft(
              ConversationType.SYGEOPFOELGNING,
              two(),
              sb("Næste samtale bliver mandag den niende marts klokken ni her på kontoret."),
              bo(answer),
              sb("Og så ses vi igen torsdag den nittende marts klokken tretten."),
              bo("Det er noteret."));
      assertEquals(
          List.of(
              "Næste opfølgningssamtale afholdes mandag den 9. marts 2026 kl. 9.00 på kontoret."),
          section(kept, NoteSection.NAESTE_SKRIDT)
              .lines()
              .filter(l -> l.contains("mandag"))
              .toList(),
          answer + "\n" + section(kept, NoteSection.NAESTE_SKRIDT));
    }
  }

  @Test
  void aCallBackWithItsDayIsTheNextMeetingByTelephone() throws Exception {
    String next =
        section(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb(
                    "Og så ringer jeg dig op igen om fjorten dage. Det bliver torsdag den femte"
                        + " marts, samme tid, klokken ni."),
                bo("Torsdag den femte, klokken ni. Det skriver jeg i kalenderen."),
                sb("Godt, så snakkes vi ved den femte.")),
            NoteSection.NAESTE_SKRIDT);
    assertEquals(
        "Næste opfølgningssamtale afholdes torsdag den 5. marts 2026 kl. 9.00 telefonisk.", next);
  }

  @Test
  void wantingToSeeTheCitizenAgainOnADayIsTheNextMeeting() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Jeg vil gerne se dig igen onsdag den ellevte marts klokken halv tolv. Passer det?"),
                bo("Ja, det passer.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(
        next.contains("Næste jobsamtale afholdes onsdag den 11. marts 2026 kl. 11.30."), next);
  }

  @Test
  void aCallAnnouncedBeforeTheDayProposedIsTheNextMeetingByTelephone() throws Exception {
    String next =
        section(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb(
                    "Så ringer jeg til dig igen. Fredag den trettende marts klokken ti, passer det?"),
                bo("Ja, det passer fint.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(
        next.contains(
            "Næste opfølgningssamtale afholdes fredag den 13. marts 2026 kl. 10.00 telefonisk."),
        next);
  }

  @Test
  void whereTheMeetingIsHeldMayFollowInAPhraseOfItsOwn() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Så siger vi torsdag den tolvte marts klokken to. Klokken fjorten. Her på"
                        + " rådhuset, på første sal, lokale syv."),
                bo("Torsdag klokken to. Det skriver jeg ned.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(
        next.contains(
            "Næste jobsamtale afholdes torsdag den 12. marts 2026 kl. 14.00 på rådhuset, på"
                + " første sal, lokale 7."),
        next);
  }

  @Test
  void aDateIsResolvedToTheYearItsWeekdayFits() throws Exception {
    // Said in December 2026, "mandag den 4. januar" is in 2027.
    List<DraftSegment> segments =
        List.of(
            new DraftSegment(
                1,
                0,
                4000,
                "Sagsbehandler",
                SB,
                "da",
                "Vi ses igen mandag den fjerde januar klokken ni."));
    DraftRequest request =
        new DraftRequest(
            ConversationType.JOBSAMTALE,
            ConversationForm.TELEFON,
            LocalDateTime.of(2026, 12, 15, 10, 0),
            "Pia Sand",
            two(),
            segments);
    String all = all(engine.generate(request));
    assertTrue(all.contains("mandag den 4. januar 2027 kl. 9.00"), all);
  }

  @Test
  void aCompanyNameIsNotCutAtItsAbbreviation() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo(
                    "Jeg har været lagerarbejder hos Brdr. Jensen A/S i fire år. Nu vil jeg prøve noget nyt."),
                bo("Min kone arbejder hos Nordlys Service ApS. Hun er glad for det.")));
    assertTrue(all.contains("Brdr. Jensen A/S"), all);
    assertTrue(all.contains("Nordlys Service ApS"), all);
  }

  @Test
  void jobcenterBecomesTheMunicipalitysName() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                "Vejby Kommune",
                false,
                bo("Jeg var til et kursus hos Jobcenter Vejby sidste år."),
                bo("Og jeg har aldrig været på jobcentret før i dag."),
                sb("Du kan altid ringe til jobcentret, hvis der er noget.")));
    assertTrue(all.contains("Vejby Kommune"), all);
    assertTrue(all.contains("i kommunen"), all);
    assertFalse(all.toLowerCase(Locale.ROOT).contains("jobcent"), all);
    assertFalse(all.contains("Kommune Vejby"), all);
    assertFalse(all.contains("på kommunen"), all);
  }

  @Test
  void theClosingSummaryIsPreferredForAgreements() throws Exception {
    GeneratedDraft d =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Du skal sende mig dit CV inden fredag."),
            bo("Det gør jeg."),
            sb(
                "Så vil jeg lige opsummere. Du sender mig dit CV senest fredag den trettende februar."),
            sb("Du søger mindst fem job om ugen. Vi laver ikke en praktik nu."),
            bo("Ja, det er rigtigt."));
    String aftaler = section(d, NoteSection.AFTALER);
    assertTrue(
        aftaler.contains("Borger sender sagsbehandler sit CV senest fredag den 13. februar 2026."),
        aftaler);
    assertTrue(aftaler.contains("Borger søger mindst 5 job om ugen."), aftaler);
    assertFalse(aftaler.contains("inden fredag"), "the earlier wording gives way: " + aftaler);
    assertTrue(all(d).contains("Der laves ikke en praktik nu."), all(d));
  }

  @Test
  void aYesOrNoAnswerSettlesTheQuestion() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Har du kørekort?"),
                bo("Ja."),
                sb("Har du en bil?"),
                bo("Nej, den blev solgt."),
                sb("Du er stadig medlem af en a-kasse, ikke?"),
                bo("Jo.")));
    assertTrue(all.contains("Borger bekræftede at have kørekort"), all);
    assertTrue(all.contains("ikke har en bil"), all);
    assertTrue(all.contains("medlem af en a-kasse"), all);
  }

  @Test
  void aQuestionNobodyAnsweredStatesNothing() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Har du overvejet at tage et truckcertifikat?"),
                bo("Hvad koster sådan et?"),
                sb("Det ved jeg ikke helt.")));
    assertFalse(all.contains("Borger bekræftede"), all);
    assertFalse(all.contains("har overvejet"), all);
  }

  @Test
  void aCprNumberSaidAloudNeverReachesTheNote() throws Exception {
    String all =
        all(
            draft(
                ConversationType.ANDEN,
                two(),
                sb("Må jeg få dit CPR-nummer?"),
                bo("Ja, det er et to et to otte fem, fire fire to et."),
                sb("Tak. Du er 40 år og bor i Vesterby."),
                bo("Ja, 121285-4421, det står også i brevet.")));
    assertFalse(all.matches("(?s).*\\d{6}.*"), all);
    assertFalse(all.toLowerCase(Locale.ROOT).contains("cpr"), all);
    assertFalse(all.contains("4 4 2"), all);
  }

  @Test
  void availabilityAndSanctionsAreNeverJudgedInTheNote() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvis du ikke møder op, kan det give en sanktion."),
                sb("Du skal stå til rådighed for arbejdsmarkedet."),
                bo("Jeg har søgt fire job i denne uge.")));
    assertFalse(all.toLowerCase(Locale.ROOT).matches("(?s).*(sanktion|rådighed).*"), all);
    assertTrue(all.contains("4 job"), all);
  }

  @Test
  void theCaseworkerSayingOutrightThatNoSanctionIsGivenIsRecorded() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du ringede i god tid om tirsdagen, så der kommer ingen sanktion for det."),
                sb("Vi stopper din kontanthjælp fra næste måned."),
                bo("Tak, det var rart at høre.")));
    assertTrue(all.contains("ingen sanktion"), all);
    // A stop of benefits is still never the note's to state.
    assertFalse(all.toLowerCase(Locale.ROOT).contains("kontanthjælp"), all);
    assertTrue(Content.noSanctionStated("Jeg giver dig ikke en sanktion for de to dage."));
    assertFalse(Content.noSanctionStated("Hvis du ikke kommer, giver jeg en sanktion."));
    assertFalse(Content.noSanctionStated("Giver du ikke en sanktion?"));
    assertFalse(Content.noSanctionStated("Der er ingen sanktion, men vi stopper din ydelse."));
    assertFalse(Content.noSanctionStated("Du får en sanktion, og du står ikke til rådighed."));
  }

  @Test
  void agreementsAreBindingOnlyInTheJobConversationTypes() throws Exception {
    GeneratedDraft job =
        draft(
            ConversationType.JOBSAMTALE, two(), sb("Vi aftaler, at du ringer til lægen i morgen."));
    assertTrue(section(job, NoteSection.AFTALER).startsWith("Det blev aftalt, at borger ringer"));
    GeneratedDraft sick =
        draft(
            ConversationType.SYGEOPFOELGNING,
            two(),
            sb("Vi aftaler, at du ringer til lægen i morgen."));
    assertEquals("", section(sick, NoteSection.AFTALER));
    assertTrue(
        section(sick, NoteSection.NAESTE_SKRIDT).startsWith("Planen er, at borger ringer"),
        all(sick));
  }

  @Test
  void whatWasInaudibleIsNeverAsserted() throws Exception {
    String all =
        all(
            draft(
                ConversationType.ANDEN,
                two(),
                bo("Min søster arbejder på et plejehjem. [uhørligt] fuld tid."),
                bo("Jeg har fået en ny diagnose, og lægen siger [uhørligt] operation."),
                bo("Det er min nabo, der [uhørligt].")));
    assertFalse(all.contains("fuld tid"), all);
    assertFalse(all.contains("operation"), all);
    assertFalse(all.contains("nabo"), all);
    assertTrue(all.contains("ny diagnose"), all);
  }

  @Test
  void aDecisionNotMadeKeepsItsNegation() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Vi venter med praktikken, til kurset er slut."),
                sb("Et løntilskudsjob er ikke besluttet endnu.")));
    assertTrue(all.contains("ventes med praktikken"), all);
    assertTrue(all.contains("ikke er besluttet"), all);
    assertFalse(all.contains("Det blev aftalt"), all);
  }

  @Test
  void theCitizensPronounComesFromHowOthersReferToThem() throws Exception {
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Pia Sand", SB),
            new DraftParticipant("Mads Kirk", BO),
            new DraftParticipant("Ulla Berg", ParticipantRole.ARBEJDSGIVER));
    GeneratedDraft d =
        draft(
            ConversationType.RUNDBORDSSAMTALE,
            people,
            sb("Ulla, hvordan går det med Mads?"),
            other(
                ParticipantRole.ARBEJDSGIVER,
                "Arbejdsgiver",
                "Mads er flink. Han kommer til tiden hver dag."),
            bo("Jeg kunne godt tænke mig flere timer, og min mor kan køre mig."));
    String all = all(d);
    assertTrue(all.contains("Borger oplyste, at han godt kunne tænke sig flere timer"), all);
    assertTrue(all.contains("hans mor"), all);
    assertTrue(all.contains("borger kommer til tiden"), all);
    assertFalse(all.contains("tænke borger"), all);
  }

  @Test
  void withoutSuchEvidenceTheNoteWritesBorgerAndReflexives() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg kunne godt tænke mig at arbejde med mine hænder."),
                bo("Min bror har hjulpet mig med min ansøgning.")));
    assertTrue(all.contains("godt kunne tænke sig at arbejde med sine hænder"), all);
    assertTrue(all.contains("borgers bror har hjulpet borger med borgers ansøgning"), all);
  }

  @Test
  void theDaySaidBackInAConfirmationIsNotSaidTwice() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du begyndte på kurset torsdag den femte februar, ikke?"),
                bo("Jo, torsdag den femte. Det går fint.")));
    assertTrue(all.contains("begyndte på kurset torsdag den 5. februar 2026"), all);
    assertFalse(all.contains("torsdag den femte"), all);
  }

  @Test
  void aYesOrNoToAnOfferIsWrittenAsTakenOrDeclined() throws Exception {
    String declined =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Jeg kunne også tilbyde dig et madlavningskursus i aftenskolen, men det er vel"
                        + " ikke nødvendigt?"),
                bo("Nej, det vil jeg helst takke nej til. Jeg har travlt nok.")));
    assertTrue(
        declined.contains(
            "Borger takkede nej til tilbuddet om et madlavningskursus i aftenskolen."),
        declined);
    assertFalse(declined.contains("bekræftede"), declined);
    String taken =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Vi har en netværksgruppe for ledige i borgerhuset. Er det noget for dig?"),
                bo("Ja, det vil jeg gerne prøve.")));
    assertTrue(
        taken.contains(
            "Borger takkede ja til tilbuddet om en netværksgruppe for ledige i borgerhuset."),
        taken);
    // A "ja" to a question with "ikke" says neither.
    String unclear =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Vi har en netværksgruppe i borgerhuset. Det er vel ikke noget for dig?"),
                bo("Ja.")));
    assertFalse(unclear.contains("takkede"), unclear);
    // A "ja" to whether something said was understood takes no offer.
    String understood =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Vi har en frist på fjorten dage for klagen. Er det forstået?"),
                bo("Ja.")));
    assertFalse(understood.contains("takkede"), understood);
  }

  @Test
  void greetingsAndProcedureTalkAreLeftOut() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Goddag, og velkommen til samtalen her på kommunen i dag."),
                sb("Jeg optager samtalen, så jeg kan skrive notatet bagefter. Jeg skriver lige."),
                sb("Formålet i dag er at se på din jobsøgning."),
                bo("Øh, jamen, jeg har søgt, øh, seks job."),
                sb("Så laver vi aftalerne. Du søger to job om ugen.")));
    assertFalse(
        all.toLowerCase(Locale.ROOT)
            .matches("(?s).*(goddag|velkommen|optag|notat|øh|jamen|aftalerne).*"),
        all);
    assertTrue(all.contains("2 job om ugen"), all);
    assertTrue(all.contains("Formålet med samtalen var at se på borgers jobsøgning."), all);
    assertTrue(all.contains("6 job"), all);
  }

  @Test
  void aFactTheSummarySaysAgainStaysWhereItWasSaidAndIsNoAgreement() throws Exception {
    GeneratedDraft draft =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Hvordan er det gået med ansøgningerne?"),
            bo("Jeg har sendt ni – nej, otte ansøgninger siden sidst. Otte."),
            bo("Fem til lagerjob og tre til chauffør."),
            sb("Så vil jeg opsummere. Du har sendt 8 ansøgninger siden sidst."),
            sb("Du sender mig dit CV senest fredag den 20. februar."));
    String situation = section(draft, NoteSection.BORGERENS_SITUATION);
    assertTrue(situation.contains("8 ansøgninger siden sidst, 5 til lagerjob"), situation);
    assertTrue(situation.contains("5 til lagerjob og 3 til chauffør"), situation);
    assertFalse(situation.contains("sidst, 8"), situation);
    String agreed = section(draft, NoteSection.AFTALER);
    assertFalse(agreed.contains("ansøgninger"), agreed);
    assertTrue(agreed.contains("CV"), agreed);
  }

  @Test
  void aCompanionWhoSaysHowTheyAreRelatedIsIntroducedByName() throws Exception {
    GeneratedDraft draft =
        draft(
            ConversationType.JOBSAMTALE,
            List.of(
                new DraftParticipant("Pia Sand", SB),
                new DraftParticipant("Jonas Berg", BO),
                new DraftParticipant("Hanne Berg", ParticipantRole.BISIDDER)),
            sb("Hanne, du er med i dag for at støtte Jonas?"),
            other(ParticipantRole.BISIDDER, "Bisidder", "Ja. Jeg er Jonas' faster."),
            sb("Hvad har du lavet siden sommer, Jonas?"),
            bo("Ikke så meget, hvis jeg skal være ærlig. Hjulpet min onkel lidt."));
    String purpose = section(draft, NoteSection.FORMAAL);
    assertTrue(purpose.contains("Hanne Berg, borgers faster, deltog som bisidder."), purpose);
    String all = all(draft);
    assertTrue(all.contains("hvis borger skal være ærlig, hjulpet borgers onkel lidt"), all);
    assertFalse(all.matches("(?s).*\\b(?:jeg|min)\\b.*"), all);
  }

  @Test
  void whatADoctorOrABossSaidIsReportedWithWhoSaidIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Hvad siger din chef til det?"),
                bo("Han siger, at jeg kan starte på nedsat tid efter påske."),
                sb("Og din læge?"),
                bo("Hun mener, jeg skal holde en pause fra træningen.")));
    assertTrue(
        all.contains("borgers chef siger, at borger kan starte på nedsat tid efter påske"), all);
    assertTrue(all.contains("borgers læge mener, borger skal holde en pause"), all);
  }

  @Test
  void whatOthersDidToTheCitizenIsKeptThoughShort() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Du var ansat på et lager, ikke?"),
                bo("Jo, men de har sagt mig op. Jeg sluttede den sidste oktober.")));
    assertTrue(all.contains("Borger oplyste at være blevet opsagt"), all); // "sagt op": Register
    assertTrue(all.contains("sluttede med udgangen af oktober 2025"), all);
  }

  @Test
  void aFirmNamedByItsFirstWordIsWrittenWhole() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvor har du været til samtale?"),
                bo("Hos Solbakke Montage, og jeg skal derud igen i næste uge."),
                bo("Hvis jeg får jobbet hos Solbakke, så ringer jeg til dig."),
                bo("Jeg bor i Skovby, så det er tæt på.")));
    assertTrue(all.contains("får jobbet hos Solbakke Montage, så"), all);
    assertFalse(all.contains("Skovby Kommune, så det er tæt på"), all);
  }

  @Test
  void aSpokenYesOrNoSettlesTheQuestionAndABareConfirmationSaysNothing() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Og du bor stadig i Østerby?"),
                bo("Jep."),
                sb("Har du et kørekort?"),
                bo("Nix."),
                sb("Så du har søgt lagerjob?"),
                bo("Yes, det er korrekt. Tre styk.")));
    assertTrue(all.contains("borger stadig bor i Østerby"), all);
    assertTrue(all.contains("borger ikke har et kørekort"), all);
    assertFalse(all.contains("korrekt"), all);
  }

  @Test
  void aReportedClauseDoesNotOpenWithTheAnswersConjunction() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du er stadig ansat på værftet, ikke?"),
                bo("Jo, og jeg har været der i tolv år nu.")));
    assertTrue(all.contains("været der i 12 år"), all);
    assertFalse(all.contains("at og"), all);
  }

  @Test
  void aDecisionLeftOpenIsStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                two(),
                sb("Formålet i dag er at se på dit forløb."),
                bo("Jeg vil gerne have et seniorjob på biblioteket."),
                sb(
                    "Vi skal først have lægens vurdering. Så det er ikke en ting, vi skal tage stilling til her."),
                bo("Okay.")));
    assertTrue(
        all.contains("Sagsbehandler oplyste hertil, at der ikke tages stilling til det her."), all);
  }

  @Test
  void whatHappensAtTheNextMeetingGoesWithIt() throws Exception {
    GeneratedDraft d =
        draft(
            ConversationType.JOBSAMTALE,
            two(),
            sb("Formålet i dag er at se på din jobplan."),
            bo("Jeg har været i praktik i et supermarked i tre uger."),
            sb(
                "Næste samtale er mandag den sekstende marts klokken ni. Der evaluerer vi dit forløb i butikken."),
            bo("Den sekstende. Det er fint."),
            sb("Og så taler vi også om dit CV på mødet."),
            sb("Der er mange ledige stillinger i butik lige nu."));
    String next = section(d, NoteSection.NAESTE_SKRIDT);
    assertTrue(next.contains("16. marts 2026"), all(d));
    assertTrue(next.contains("forløb i butikken"), all(d));
    assertTrue(next.contains("CV"), all(d));
    assertFalse(next.contains("ledige"), all(d));
  }

  @Test
  void aRemarkFromEarlierDoesNotCutTheFollowUpThatSettlesIt() {
    Party companion = Party.of(ParticipantRole.BISIDDER, "Bisidder");
    String frame = "Bisidderen oplyste, at";
    List<Statement> said =
        List.of(
            told(companion, frame, "borger har hjulpet sin søster med at male huset", 1, 0),
            told(companion, frame, "der har været talt om en test for ordblindhed i skolen", 20, 1),
            told(companion, frame, "testen ikke blev til mere end en snak", 20, 2),
            told(companion, frame, "borger ikke er blevet testet", 21, 3));
    String all =
        NoteWriter.write(said, DefaultTemplates.of(ConversationType.RUNDBORDSSAMTALE), false)
            .stream()
            .map(DraftSentence::text)
            .collect(Collectors.joining("\n"));
    String settled = all.lines().filter(l -> l.contains("ordblindhed")).findFirst().orElse("");
    assertTrue(settled.contains("ikke er blevet testet"), all);
    assertFalse(settled.contains("huset"), all);
  }

  @Test
  void whatAPartySaysOfThemselvesJoinsWhatTheySaidNextToIt() {
    Party employer = Party.of(ParticipantRole.ARBEJDSGIVER, "Arbejdsgiver");
    String frame = "Arbejdsgiveren oplyste, at";
    List<Statement> said =
        List.of(
            told(employer, "", "Arbejdsgiveren har 3 ansatte på værkstedet", 3, 0),
            told(employer, frame, "borger har været her i 4 uger", 5, 1),
            told(employer, "", "Arbejdsgiveren holder lukket i juli", 40, 2));
    String all =
        NoteWriter.write(said, DefaultTemplates.of(ConversationType.RUNDBORDSSAMTALE), false)
            .stream()
            .map(DraftSentence::text)
            .collect(Collectors.joining("\n"));
    assertTrue(
        all.contains(
            "Arbejdsgiveren oplyste at have 3 ansatte på værkstedet, og at borger har været her i"
                + " 4 uger."),
        all);
    // Said long after, it is a sentence of its own.
    assertTrue(all.contains("\nArbejdsgiveren holder lukket i juli."), all);
  }

  @Test
  void aClauseAfterADenialIsJoinedWithOgAt() {
    String frame = "Borger oplyste, at";
    List<Statement> said =
        List.of(
            told(Party.CITIZEN, frame, "borger ikke kan sidde i en bil mere end en time", 7, 0),
            told(Party.CITIZEN, frame, "borger er blevet opsagt", 8, 1),
            told(Party.CITIZEN, frame, "borger stoppede med udgangen af maj", 9, 2));
    String all =
        NoteWriter.write(said, DefaultTemplates.of(ConversationType.SYGEOPFOELGNING), false)
            .stream()
            .map(DraftSentence::text)
            .collect(Collectors.joining("\n"));
    assertTrue(
        all.contains(
            "Borger oplyste, at borger ikke kan sidde i en bil mere end en time, og at borger er"
                + " blevet opsagt, og at borger stoppede med udgangen af maj."),
        all);
  }

  @Test
  void aPersonAtTheCitizensSideIsNamedWhereTheNoteFirstSpeaksOfThem() throws Exception {
    List<DraftParticipant> people = twoAnd("Ida Kronborg", ParticipantRole.ANDEN);
    GeneratedDraft d =
        draft(
            ConversationType.JOBSAMTALE,
            people,
            sb("Godmorgen begge to. Jeg hedder Pia Sand."),
            sb(
                "Ida, du er med i dag, fordi I er gift og begge får kontanthjælp, og fordi der er"
                    + " sket noget med dit arbejde."),
            sb("Formålet er at tale om Kaspers jobsøgning og om Idas nye arbejde."),
            bo("Godmorgen. Kasper Lund."),
            other(ParticipantRole.ANDEN, "Partner", "Godmorgen. Ida Kronborg."),
            sb("Lad os starte med dig, Ida. Du er startet i job?"),
            other(
                ParticipantRole.ANDEN,
                "Partner",
                "Ja, på Bageriet Solsikken. Jeg startede den anden februar. Det er atten timer om"
                    + " ugen."),
            other(ParticipantRole.ANDEN, "Partner", "Mest formiddage, fra klokken seks."),
            sb("Så skal I vide, at din løn bliver trukket fra i jeres kontanthjælp."));
    String all = all(d);
    assertTrue(all.contains("ægtefællen Ida Kronborg"), all);
    assertEquals(1, all.split("Ida Kronborg", -1).length - 1, all);
    assertTrue(
        all.lines().anyMatch(l -> l.contains("2. februar 2026") && l.contains("18 timer")), all);
  }

  @Test
  void aPartnerTheTalkCallsABoyfriendIsNoSpouseInTheNote() throws Exception {
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Pia Sand", SB),
            new DraftParticipant("Sofie Lund", BO),
            new DraftParticipant("Jonas Krogh", ParticipantRole.ANDEN));
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                people,
                sb(
                    "Jonas, du er med i dag som Sofies kæreste, fordi I skal finde ud af pasningen."),
                bo("Ja, min kæreste kører tidligt om morgenen."),
                other(
                    ParticipantRole.ANDEN,
                    "Partner",
                    "Jeg kører fra klokken fem, så jeg kan ikke aflevere om morgenen."),
                sb("Så det er dig, Sofie, der afleverer om morgenen?"),
                bo("Ja, det gør jeg.")));
    assertTrue(all.contains("Kæresten") || all.contains("kæresten"), all);
    assertFalse(all.contains("ægtefælle") || all.contains("Ægtefælle"), all);
  }

  @Test
  void aWordEndingInSBeforeMandIsNoGenitiveOfAName() throws Exception {
    List<DraftParticipant> people = twoAnd("Jonas Krogh", ParticipantRole.ANDEN);
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                people,
                sb("Jonas, du er med i dag, fordi I skal finde ud af pasningen."),
                bo("Ja, min kæreste kører tidligt om morgenen."),
                sb(
                    "Forsørgelsespligten gælder kun, hvis mand og kone er gift, og det er I ikke,"
                        + " vel?"),
                bo("Nej. Og vi har heller ingen aftale om, hvis kone eller mand der passer hvad."),
                other(
                    ParticipantRole.ANDEN,
                    "Partner",
                    "Jeg kører fra klokken fem, så jeg kan ikke aflevere om morgenen."),
                sb("Så det er dig, Kasper, der afleverer om morgenen?"),
                bo("Ja, det gør jeg.")));
    assertTrue(all.contains("Kæresten") || all.contains("kæresten"), all);
    assertFalse(all.contains("ægtefælle") || all.contains("Ægtefælle"), all);
  }

  @Test
  void whoWeAreIsTheMunicipalityForItsOwnPeopleAndTheTwoForTheCaseworker() throws Exception {
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Pia Sand", SB),
            new DraftParticipant("Kasper Lund", BO),
            new DraftParticipant("Mette Holm", ParticipantRole.ANDEN),
            new DraftParticipant("Karsten Bo", ParticipantRole.MENTOR));
    String all =
        all(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                people,
                other(
                    ParticipantRole.ANDEN,
                    "Sundhedskoordinator",
                    "Jeg vil anbefale, at vi ikke starter en praktik, før vi har fået en status fra"
                        + " ambulatoriet."),
                other(
                    ParticipantRole.MENTOR,
                    "Mentor",
                    "Vi sætter os sammen på torsdag og skriver ansøgningen til skolen."),
                sb("Næste gang er det kun os to, uden mentor og sundhedskoordinator."),
                bo("Det er fint.")));
    assertTrue(all.contains("at kommunen ikke starter en praktik, før kommunen har fået"), all);
    assertTrue(all.contains("mentor og borger sætter sig sammen"), all);
    assertTrue(all.contains("kun sagsbehandler og borger"), all);
  }

  @Test
  void aDayAnsweringWhenSomethingHappenedStatesWhatHappened() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Og hvornår var det, du blev ledig?"),
                bo(
                    "Det var den første juli – nej, vent, det var den første august. Vi fik lov at"
                        + " gå juli ud."),
                sb("Hvornår starter du på kurset?"),
                bo("Det er mandag den niende marts.")));
    assertTrue(all.contains("Borger oplyste, at borger blev ledig den 1. august"), all);
    assertTrue(all.contains("borger starter på kurset mandag den 9. marts 2026"), all);
  }

  @Test
  void aValueAfterAnAgreeingYesCompletesWhatTheCaseworkerRead() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Du er otteoghalvtreds, og du har arbejdet på lager det meste af dit liv, kan"
                        + " jeg se."),
                bo(
                    "Ja, det kan du nok sige. Toogtyve år hos Bjerregaard Logistik ude ved motorvejen."),
                bo("Og så lukkede de lageret.")));
    // Where the caseworker read it is no fact; the 22 years belong to the working life confirmed.
    assertFalse(all.contains("kan sagsbehandler se"), all);
    assertTrue(
        all.contains("det meste af sit liv, 22 år hos Bjerregaard Logistik ude ved motorvejen"),
        all);
    assertFalse(all.contains("at 22 år"), all);
  }

  @Test
  void sheWhoSaysItIsThePersonSpokenOfLastEvenAFamilyMember() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvad siger din fysioterapeut om at stå op?"),
                bo("Hun siger, at jeg højst kan stå en halv time ad gangen."),
                sb("Har du tænkt over, hvor du kunne være i praktik?"),
                bo(
                    "Ja. Min svigerinde arbejder i genbrugsbutikken ved kirken. Hun siger, at de"
                        + " mangler folk til at sortere tøj.")));
    assertTrue(all.contains("borgers fysioterapeut siger"), all);
    assertTrue(all.contains("borgers svigerinde siger, at de mangler folk"), all);
    assertFalse(all.contains("fysioterapeut siger, at de mangler"), all);
  }

  @Test
  void whatAnotherPartyReportsIsThePersonTheyJustSpokeOf() throws Exception {
    List<DraftParticipant> people = twoAnd("Mette Holm", ParticipantRole.ANDEN);
    String all =
        all(
            draft(
                ConversationType.RUNDBORDSSAMTALE,
                people,
                bo("Ryggen er den samme, men jeg sover bedre."),
                other(
                    ParticipantRole.ANDEN,
                    "Sundhedskoordinator",
                    "Jeg har talt med Kaspers læge om en ny speciallægeerklæring."),
                other(
                    ParticipantRole.ANDEN,
                    "Sundhedskoordinator",
                    "Det mener hun ikke, der er brug for lige nu."),
                sb("Så bestiller vi ikke en speciallægeerklæring nu.")));
    assertTrue(all.contains("borgers læge ikke mener, at der er brug for lige nu"), all);
    assertFalse(all.contains("mener borger"), all);
  }

  @Test
  void theKindOfConversationComesBeforeWhyTheCitizenCalled() {
    List<Statement> said =
        List.of(
            new Statement(
                NoteSection.FORMAAL,
                Statement.Kind.PURPOSE,
                Party.CITIZEN,
                "",
                "Borger ringede om brevet om boligstøtte",
                List.of(3),
                40,
                0),
            new Statement(
                NoteSection.FORMAAL,
                Statement.Kind.PURPOSE,
                Party.CASEWORKER,
                "",
                "Samtalen var en informationssamtale",
                List.of(9),
                40,
                1),
            told(
                Party.CITIZEN, "Borger oplyste, at", "borgers boligstøtte skal genberegnes", 4, 2));
    List<String> lines =
        NoteWriter.write(said, DefaultTemplates.of(ConversationType.ANDEN), false).stream()
            .map(DraftSentence::text)
            .toList();
    assertEquals("Samtalen var en informationssamtale.", lines.get(0), lines.toString());
    assertEquals("Borger ringede om brevet om boligstøtte.", lines.get(1), lines.toString());
  }

  @Test
  void aShortFormOfTheCitizensNameTurnsTheCaseworkerBackToTheCitizen() throws Exception {
    List<DraftParticipant> people =
        List.of(
            new DraftParticipant("Pia Sand", SB),
            new DraftParticipant("Benjamin Holt", BO),
            new DraftParticipant("Rikke Holm", ParticipantRole.MENTOR));
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                people,
                sb("Formålet er at tale om din praktik på værkstedet."),
                sb("Rikke, kan du følge med ud på værkstedet første dag?"),
                other(ParticipantRole.MENTOR, "Mentor", "Ja, det kan jeg godt."),
                sb("Benji, du får arbejdstøjet og sikkerhedsskoene betalt af værkstedet."),
                bo("Okay, det var jeg bange for."),
                other(
                    ParticipantRole.MENTOR,
                    "Mentor",
                    "Benji er rigtig god til at komme til tiden om morgenen.")));
    // "Benji" is no registered name, but said to someone it is Benjamin's short form: the
    // caseworker turned from the mentor to the citizen, and the note calls him "borger".
    assertTrue(all.contains("borger får arbejdstøjet og sikkerhedsskoene betalt"), all);
    assertFalse(all.contains("mentor får arbejdstøjet"), all);
    assertFalse(all.contains("Benji"), all);
  }

  @Test
  void whatTheListenerIsAskedToRememberIsAStatementNotAQuestion() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Formålet er at følge op på din sygemelding."),
                bo("Jeg har allerede sendt lægeerklæringen til jer, kan du ikke huske det?"),
                sb("Nå jo, nu du siger det."),
                bo("Vi havde en lang snak om deltidsraskmelding sidste gang, husker du det?"),
                sb("Ja, det er rigtigt.")));
    assertTrue(all.contains("Borger oplyste, at borger allerede har sendt lægeerklæringen"), all);
    // Neither is the citizen's question, and the "vi" of the second is the two of them, which
    // the note cannot tell from the citizen and someone else: it is left out.
    assertFalse(all.contains("spurgte"), all);
    assertFalse(all.contains("huske"), all);
    assertFalse(all.contains("deltidsraskmelding"), all);
  }

  @Test
  void aRoleSaidOfAnyoneIsNotThePersonNamed() throws Exception {
    List<DraftParticipant> people = twoAnd("Rikke Holm", ParticipantRole.MENTOR);
    GeneratedDraft d =
        draft(
            ConversationType.RUNDBORDSSAMTALE,
            people,
            sb("Formålet er at gøre status på din praktik på lageret."),
            bo("Jeg vil gerne have en mentor i den næste praktik også."),
            other(
                ParticipantRole.MENTOR,
                "Mentor",
                "Jeg ringer til Kasper hver mandag klokken otte, og det har hjulpet."));
    String all = all(d);
    assertFalse(all.contains("en mentor Rikke Holm"), all);
    assertTrue(all.contains("Rikke Holm"), all);
  }

  @Test
  void aShortDenialAfterTheSameSpeakersStatementLimitsIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Formålet er at tale om dit nye job på bageriet."),
                bo("Ja, det glæder jeg mig til."),
                sb("Du får et tilskud til arbejdspladsen i tre år. Det er altså ikke permanent."),
                bo("Jeg har søgt to kurser i denne uge."),
                sb("Det tæller ikke.")));
    assertTrue(all.contains("og at det altså ikke er permanent"), all);
    // After another party's statement a short denial says too little to keep.
    assertFalse(all.contains("tæller"), all);
  }

  @Test
  void anAnswerToWhatAboutAThingCallsItByItsPronoun() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Formålet er at tale om din praktik i butikken."),
                bo("Ja."),
                sb("Hvad med hundene om dagen?"),
                bo("Min søster kan godt passe dem. Hun bor lige ved siden af.")));
    assertTrue(all.contains("passe hundene"), all);
  }

  @Test
  void aQuestionWhetherOneMayDoItAsksOfWhatOneJustSaidOnePlans() throws Exception {
    String all =
        all(
            draft(
                ConversationType.ANDEN,
                two(),
                sb("Formålet er at tale om din sygemelding."),
                bo("Vi har talt om at rejse til Skotland i juni, en uge i bjergene."),
                bo("Må jeg det?"),
                sb("Det skal du søge om skriftligt, inden du rejser.")));
    assertTrue(all.contains("Borger spurgte, om borger må rejse til Skotland i juni"), all);
  }

  @Test
  void aBareRefusalToPromiseIsWrittenWithTheQuestionItAnswers() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Formålet er at tale om din jobsøgning."),
                bo("Min cykel er gået i stykker. Kan jeg få hjælp til et buskort?"),
                sb("Det kan jeg ikke love dig. Transport betaler du selv af din ydelse."),
                bo("Kan jeg få et kursus i regnskab bagefter?"),
                sb("Jeg kan ikke love dig det i dag. Det afhænger af, hvordan det går.")));
    // "Det" is what was just asked for: the note says it was not promised.
    assertTrue(
        all.contains(
            "Borger spurgte, om borger kan få hjælp til et buskort, men sagsbehandler kunne ikke"
                + " love det"),
        all);
    assertTrue(
        all.contains(
            "om borger kan få et kursus i regnskab bagefter, men sagsbehandler kunne ikke love"
                + " det"),
        all);
  }

  @Test
  void aDecisionLeftOpenIsWhatTheNextSentenceSaysWillBeDecided() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Formålet er at følge op på din sygemelding."),
                bo("Min leder vil gerne have mig tilbage på nedsat tid."),
                sb(
                    "Det er ikke noget, vi beslutter i dag. Vi tager stilling til nedsat tid, når"
                        + " kiropraktoren har set dig igen."),
                bo("Hvornår kan jeg komme op på flere timer?"),
                sb(
                    "Det aftaler vi ikke i dag. Vi ser, hvordan det går, og så tager vi stilling"
                        + " til flere timer ved næste møde.")));
    // The "det" left open is what the next sentence names, said once and negated.
    assertTrue(
        all.contains(
            "der ikke tages stilling til nedsat tid i dag, men det tages op, når kiropraktoren"
                + " har set borger igen"),
        all);
    assertFalse(all.contains("stilling til det"), all);
    assertTrue(
        all.contains(
            "der ikke tages stilling til flere timer i dag, men det tages op ved næste møde"),
        all);
  }

  private static Statement told(Party who, String frame, String text, int segment, int order) {
    return new Statement(
        NoteSection.DROEFTET,
        Statement.Kind.INFORMATION,
        who,
        frame,
        text,
        List.of(segment),
        5,
        order);
  }

  @Test
  void greetingsIntroductionsAndTheCallCheckAreNoFacts() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hej, det er Pia Sand fra jobindsatsen i Skovby Kommune."),
                sb("Taler jeg med Kasper Lund?"),
                bo("Ja, det gør du."),
                sb("Jeg er Pia Sand, din sagsbehandler, og vi sidder i lokale to."),
                sb("Det her er en almindelig jobsamtale, mens du får dagpenge."),
                sb("Hvor mange job har du søgt?"),
                bo("Jeg har søgt fire job siden sidst."),
                sb("Næste møde er tirsdag den tredje marts klokken ti."),
                bo("Tirsdag den tredje marts. Det skriver jeg lige ind i telefonen.")));
    assertFalse(all.contains("Pia Sand fra"), all);
    assertFalse(all.toLowerCase(Locale.ROOT).contains("taler"), all);
    assertFalse(all.contains("lokale"), all);
    assertFalse(all.contains("almindelig jobsamtale"), all);
    assertFalse(all.contains("telefonen"), all);
    assertTrue(all.contains("4 job"), all);
  }

  @Test
  void sympathyAndPraiseAreNoFacts() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg har haft det svært, og jeg har søgt seks job."),
                sb("Seks ansøgninger, det er flot."),
                bo("Det tager halvanden time hver vej med bussen."),
                sb("Halvanden time hver vej, det er lang tid."),
                sb("Det lyder som en hård tid."),
                sb("Det synes jeg lyder som en god idé."),
                sb("Det er lang tid siden, du har haft et fast job.")));
    assertFalse(all.contains("flot"), all);
    assertFalse(all.contains("lang tid,"), all);
    assertTrue(all.contains("1,5 time hver vej"), all);
    assertFalse(all.contains("hård tid"), all);
    assertFalse(all.contains("god idé"), all);
    assertTrue(all.contains("6 job"), all);
  }

  @Test
  void aTagQuestionAsksForConfirmationAndIsNotStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du arbejder som tømrer hos Lunds Byg, er det rigtigt?"),
                bo("Ja.")));
    assertTrue(all.contains("tømrer hos Lunds Byg"), all);
    assertFalse(all.contains("rigtigt"), all);
  }

  @Test
  void aValueTheAnswerCorrectsReplacesTheOneAskedAbout() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du har boet i Skovby siden den første september, ikke?"),
                bo("Nej, det passer ikke helt. Den første oktober."),
                sb("Og du har tre børn, ikke?"),
                bo("Nej, fire.")));
    assertTrue(all.contains("1. oktober"), all);
    assertFalse(all.contains("september"), all);
    assertFalse(all.contains("passer"), all);
    assertTrue(all.contains("4 børn"), all);
    assertFalse(all.contains("3 børn"), all);
  }

  @Test
  void whatAnnouncesAQuestionBeforeAColonIsNoPartOfIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Lige for at være sikker: Du bor stadig i Vesterå, ikke?"),
                bo("Jo.")));
    assertTrue(all.contains("bor i Vesterå"), all);
    assertFalse(all.contains("sikker"), all);
  }

  @Test
  void theAnyOfAQuestionAnsweredYesIsDropped() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Har du nogen ferie planlagt?"),
                bo("Ja."),
                sb("Har du gjort noget andet for at komme i gang?"),
                bo("Ja.")));
    assertTrue(all.contains("ferie planlagt"), all);
    assertFalse(all.contains("nogen ferie"), all);
    assertTrue(all.contains("noget andet"), all);
  }

  @Test
  void sayingOnesNameForTheRecordingIsNoFact() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Vil du starte med at sige dit fulde navn?"),
                bo("Mit navn er Kasper Lund."),
                bo("Jeg har arbejdet som maler i ti år.")));
    assertFalse(all.contains("navn"), all);
    assertTrue(all.contains("maler i 10 år"), all);
  }

  @Test
  void askingToAskReportsTheQuestionAsked() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Må jeg spørge, om jeg kan få en mentor?"),
                sb("Det vil jeg undersøge."),
                sb("Hvilken slags arbejde er det, du søger?"),
                bo("Lager og butik.")));
    assertFalse(all.contains("spørge"), all);
    assertTrue(all.contains("om borger kan få en mentor"), all);
    assertFalse(all.contains("er det,"), all);
  }

  @Test
  void anInterpreterDescribingTheInterpretingSpeaksForThemselves() throws Exception {
    List<DraftParticipant> people = withInterpreter("Amir Said", "Lene Holt");
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                people,
                sb("Lene tolker i dag mellem dansk og arabisk."),
                other(
                    ParticipantRole.TOLK,
                    "Tolk",
                    "Jeg tolker i jeg-form. Hvis jeg selv har en bemærkning, siger jeg det."),
                other(ParticipantRole.TOLK, "Tolk", "Jeg har arbejdet som elektriker i fem år.")));
    assertFalse(all.contains("bemærkning"), all);
    assertTrue(all.contains("elektriker i 5 år"), all);
  }

  @Test
  void aWhatPhraseKeepsItsNounWhenReported() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Hvad tid skal jeg møde på lageret?"),
                sb("Klokken syv."),
                bo("Skal jeg bare tage en kopi med, eller hvad?"),
                sb("Ja.")));
    assertTrue(all.contains("hvad tid borger skal møde"), all);
    assertFalse(all.contains("eller hvad"), all);
  }

  @Test
  void anImperativeAfterSoOrBeforeAtIsAnObligation() {
    assertEquals(
        "Så skal du også søge som tømrer, det tæller med.",
        Imperatives.asObligation("Så søg også som tømrer, det tæller med."));
    assertEquals(
        "Og du skal huske, at kalenderen skal være opdateret.",
        Imperatives.asObligation("Og husk, at kalenderen skal være opdateret."));
    assertEquals("Så kom min søster hjem.", Imperatives.asObligation("Så kom min søster hjem."));
  }

  @Test
  void aParentsHeRightAfterTheCitizenIsTheCitizen() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                List.of(
                    new DraftParticipant("Tove Berg", SB),
                    new DraftParticipant("Ali Berg", BO),
                    new DraftParticipant("Lars Berg", ParticipantRole.BISIDDER)),
                sb("Hvordan går det med at læse?"),
                bo("Jeg er ikke så god til at læse."),
                other(
                    ParticipantRole.BISIDDER,
                    "Bisidder",
                    "Han blev testet ordblind i 5. klasse.")));
    assertTrue(all.contains("at borger blev testet ordblind"), all);
  }

  @Test
  void aSummaryCueWithLigeIsNotAStatement() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg har søgt tre job i denne uge."),
                sb(
                    "Så lad mig lige samle op, så vi er enige. Du sender ti ansøgninger om måneden.")));
    assertFalse(all.contains("samle op"), all);
    assertTrue(all.contains("10 ansøgninger"), all);
  }

  @Test
  void aNameSaidToSomeoneMidSentenceIsLeftOut() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Formålet med samtalen er at tale om din praktik, Kasper, og at lægge en plan.")));
    assertFalse(all.contains("borger og at"), all);
    assertTrue(all.contains("praktik og at lægge en plan"), all);
  }

  @Test
  void aReportedQuestionPutsItsAdverbBeforeTheVerb() {
    assertEquals(
        "om borger bare skal starte på en uddannelse",
        Questions.adverbBeforeVerb("om borger skal bare starte på en uddannelse"));
    assertEquals("borger skal bare starte", Questions.adverbBeforeVerb("borger skal bare starte"));
  }

  @Test
  void aReportedQuestionLosesItsEllerHvadTag() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Skal jeg bare starte på et kursus, eller hvad?"),
                sb("Det finder vi ud af.")));
    assertFalse(all.contains("eller hvad"), all);
  }

  @Test
  void aFrontedDurationIsReportedWithTheSubjectFirst() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du var på lageret i Ravnsbjerg, ikke?"),
                bo("Jo. Fem år var jeg der, og så lukkede de.")));
    assertTrue(all.contains("borger var der 5 år"), all);
    assertFalse(all.contains("5 år var"), all);
  }

  @Test
  void aWhWordBeforeAPronounInAConfirmationQuestionIsNoSecondQuestion() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Og det var hos Møllers Murer, hvor du var lærling?"),
                bo("Ja, præcis."),
                sb("Du har søgt job, hvor mange har du søgt?"),
                bo("Ja.")));
    assertTrue(
        all.contains("bekræftede, at det var hos Møllers Murer, hvor borger var lærling"), all);
    assertFalse(all.contains("hvor mange"), all);
  }

  @Test
  void aClauseJoinedToAReactionIsStated() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                bo("Jeg har været på værkstedet hver dag."),
                sb("Det er flot, og praktikken bliver forlænget med to uger."),
                bo("Det er jeg glad for."),
                sb("Det er godt, og det er vigtigt.")));
    assertTrue(all.contains("praktikken bliver forlænget med 2 uger"), all);
    assertFalse(all.contains("flot"), all);
    assertFalse(all.contains("vigtigt"), all);
  }

  @Test
  void takingABusOrStartingSchoolIsNoTalkAboutTheConversation() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan kommer du ud til lageret?"),
                bo("Jeg kan tage toget til Ravnsbjerg. Og jeg skal starte på skolen til sommer."),
                sb("Så vil jeg lige tage det næste punkt. Vi skal starte med at kigge på dit CV."),
                bo("Ja.")));
    assertTrue(all.contains("tage toget til Ravnsbjerg"), all);
    assertTrue(all.contains("starte på skolen"), all);
    assertFalse(all.contains("næste punkt"), all);
    assertFalse(all.contains("kigge på"), all);
  }

  @Test
  void anInfinitiveEndingInTeTellsNothingOfThePast() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dk.samtalenotat.language.DanishWords.dictionaryInstalled(), "needs hunspell-da");
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan går det?"),
                bo("Jeg skal hente papirerne på skolen i april. Min søster flyttede i april."),
                sb("Godt.")));
    assertTrue(all.contains("hente papirerne på skolen i april 2026"), all);
    assertTrue(all.contains("flyttede i april 2025"), all);
  }

  @Test
  void whatAYesAddsOfThePlaceAskedAboutStaysWithTheConfirmation() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Du arbejder som lagermand hos Ravnsbjerg Træ, er det rigtigt?"),
                bo("Ja, jeg har været der i fire år. Jeg pakker ordrer."),
                sb("Har du fået hjælp?"),
                bo("Ja, jeg går til fysioterapeut. Jeg har været der tre gange.")));
    assertTrue(
        all.contains("lagermand hos Ravnsbjerg Træ, og at borger har været der i 4 år"), all);
    // "Ja, jeg går til fysioterapeut" names its own thing: it stays with what follows of it.
    assertTrue(all.contains("fysioterapeut, og at borger har været der 3 gange"), all);
  }

  @Test
  void anUnnamedYouIsWhoeverAnswers() throws Exception {
    List<DraftParticipant> three = twoAnd("Mette Lund", ParticipantRole.BISIDDER);
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                three,
                other(ParticipantRole.BISIDDER, "Bisidder", "Jeg hedder Mette Lund."),
                sb("Dejligt, at du er med, Mette. Formålet i dag er at følge op på dit forløb."),
                sb("Du har været ledig siden den femte oktober, ikke?"),
                bo("Jo. Det var en fredag.")));
    assertTrue(all.contains("Borger bekræftede at have været ledig siden den 5. oktober"), all);
  }

  @Test
  void anAndThenWeRightAfterThePurposeAddsToIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Formålet i dag er at snakke om din praktik."),
                sb("Og så lægger vi en plan for foråret."),
                bo("Fint."),
                sb("Og så ringer vi til værkstedet.")));
    assertTrue(
        all.contains(
            "Formålet med samtalen var at snakke om borgers praktik og at lægge en plan for"
                + " foråret."),
        all);
    // Said later, after the citizen spoke, it is no part of the purpose.
    assertFalse(all.contains("praktik og at ringe"), all);
  }

  @Test
  void aCountAnsweredAloneStatesWhatWasCounted() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvor mange har du søgt siden sidst?"),
                bo("Tolv, tror jeg. Ja, tolv."),
                sb("Hvor mange timer om ugen arbejder du i genbrugsbutikken?"),
                bo("Seks."),
                sb("Hvor mange har du ringet til?"),
                bo("Fire.")));
    assertTrue(all.contains("Borger oplyste, at borger har søgt 12 job siden sidst"), all);
    assertTrue(
        all.contains("Borger oplyste, at borger arbejder 6 timer om ugen i genbrugsbutikken"), all);
    // Nothing says what "fire" counts: the question and its answer stay side by side.
    assertTrue(all.contains("svarede borger: 4"), all);
  }

  @Test
  void aCountReadsItsQuestionsVerbChain() {
    assertEquals(
        "du har været 3 gange hos lægen",
        CountAnswers.statement("Hvor mange gange har du været hos lægen?", "Tre."));
    assertEquals("I har 2 børn", CountAnswers.statement("Hvor mange børn har I?", "To"));
    assertEquals("de lukkede lageret", Clauses.subjectFirst("lukkede de lageret"));
    assertEquals(null, CountAnswers.statement("Hvor mange børn har I?", "To piger"));
    // The count said with the noun the question counted, and more after a comma.
    assertEquals(
        "han er 15 timer her nu, mandag, tirsdag og torsdag",
        CountAnswers.statement(
            "Hvor mange timer er han her nu?", "Femten timer, mandag, tirsdag og torsdag."));
    assertEquals("I har 2 børn", CountAnswers.statement("Hvor mange børn har I?", "To børn."));
    assertEquals(null, CountAnswers.statement("Hvor mange er der på holdet?", "Otte"));
    assertEquals(
        "du skal til kontrol på sygehuset torsdag den tredje",
        CountAnswers.statement(
            "Og hvornår skal du til kontrol på sygehuset?", "Torsdag den tredje."));
    assertEquals(
        "I starter mandag klokken otte",
        CountAnswers.statement("Hvornår starter I?", "Mandag klokken otte."));
    // An answer that says more than when is left as said.
    assertEquals(
        null, CountAnswers.statement("Hvornår starter du?", "Når lægen siger god for det."));
  }

  @Test
  void aNameThatIsAlsoAWordKeepsItsCapitalWhereAClauseOpens() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb(
                    "Du har været i praktik på lageret siden mandag den anden februar. Bo har"
                        + " skrevet til mig, at du ikke mødte op i fredags."),
                bo("Nej, jeg var syg. Jeg sendte en sms til Bo om morgenen."),
                sb("Det koster 120 kroner per time.")));
    assertTrue(all.contains("at Bo har skrevet"), all);
    assertFalse(all.contains(" bo "), all);
    assertTrue(all.contains("per time"), all);
  }

  @Test
  void aMeetingMovedToAnotherTimeKeepsTheTimeSaidLast() throws Exception {
    String next =
        section(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Så ses vi igen torsdag den femte marts klokken ni."),
                bo("Torsdag har jeg tandlæge om morgenen. Kan vi tage det om eftermiddagen?"),
                sb("Ja. Så siger vi torsdag den femte marts klokken tretten i stedet.")),
            NoteSection.NAESTE_SKRIDT);
    assertTrue(next.contains("torsdag den 5. marts 2026 kl. 13.00"), next);
    assertFalse(next.contains("kl. 9.00"), next);
  }

  @Test
  void sonderjyskSpeechReadsAsStandardDanish() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan går det med skolen?"),
                bo("A ka' godt li' å arbejd' med træ. Men a har it nogen bil, så a ta'r æ bus.")));
    assertTrue(all.contains("godt kan lide at arbejde med træ"), all);
    assertTrue(all.contains("ikke har nogen bil"), all);
    assertTrue(all.contains("tager bussen"), all);
  }

  @Test
  void anInterpretersRemarkOfTheirOwnIsTheInterpretersToTheEndOfTheTurn() throws Exception {
    List<DraftParticipant> people = withInterpreter("Amal Yusuf", "Leyla Demir");
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                people,
                sb("Velkommen, Amal. Og Leyla, du tolker på somali i dag, ikke?"),
                other(tolk, "Tolk", "Jo, det gør jeg."),
                sb("Hvordan går det med skolen?"),
                other(tolk, "Tolk", "Det går fint. Jeg går på modul tre nu."),
                other(
                    tolk,
                    "Tolk",
                    "Tolken vil lige tilføje for egen regning: Ordet, hun bruger, kan betyde både"
                        + " kursus og skole. Jeg har oversat det som skole.")));
    assertTrue(all.contains("Tolken oplyste for egen regning, at"), all);
    assertFalse(all.contains("borger har oversat"), all);
    assertFalse(all.contains("borger tolker"), all);
    assertTrue(all.contains("modul 3"), all);
  }

  @Test
  void aSentenceTheInterpreterMarksAsTheirOwnIsNotTheCitizens() throws Exception {
    List<DraftParticipant> people = withInterpreter("Amal Yusuf", "Leyla Demir");
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                people,
                sb("Hvordan har du det med at starte i praktikken i køkkenet?"),
                other(tolk, "Tolk", "Det er godt. Jeg vil gerne lave mad igen."),
                other(
                    tolk,
                    "Tolk",
                    "Må jeg lige sige noget fra mig selv? Det er ikke noget, hun har sagt."),
                other(
                    tolk,
                    "Tolk",
                    "Jeg tror, hun er bekymret for de lange arbejdsdage i køkkenet. Men det er"
                        + " min egen vurdering."),
                sb("Tak. Det spørger jeg hende selv om.")));
    assertTrue(all.contains("gerne vil lave mad igen"), all);
    assertFalse(all.contains("Borger oplyste via tolk, at hun tror"), all);
    assertFalse(all.contains("min egen vurdering"), all);
    assertFalse(all.contains("hendes egen vurdering"), all);
    assertTrue(all.contains("Tolken tror, hun er bekymret for de lange arbejdsdage"), all);
  }

  @Test
  void anInterpreterSpeakingOfTheTranslatingIsNotTheCitizen() throws Exception {
    List<DraftParticipant> people = withInterpreter("Yusuf Haddad", "Leyla Demir");
    ParticipantRole tolk = ParticipantRole.TOLK;
    String all =
        all(
            draft(
                ConversationType.INTEGRATIONSSAMTALE,
                people,
                sb("Velkommen, Yusuf. Hvad lavede du, før du kom til Danmark?"),
                other(tolk, "Tolk", "Jeg var bager i Aleppo i tolv år. Jeg havde min egen butik."),
                other(
                    tolk,
                    "Tolk",
                    "Jeg kan lave alt. Brød, kager, ma'amoul – undskyld, det ord kan jeg ikke"
                        + " oversætte. Der findes ikke et dansk ord for det, så jeg lader det stå."),
                sb("Det lyder godt.")));
    assertTrue(all.contains("bager i Aleppo i 12 år"), all);
    assertFalse(all.contains("dansk ord"), all);
    assertFalse(all.contains("oversætte"), all);
  }

  @Test
  void anAnswerThatSaysTheQuestionAgainAndAgreesConfirmsIt() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Hvordan går det med at være hjemme?"),
                bo("Det er lidt mærkeligt. Jeg har været på lageret i otteogtyve år."),
                sb("Og du blev ledig den første august, ikke?"),
                bo("Den første august, ja. Og så har jeg fået dagpenge fra a-kassen siden."),
                sb("Godt. Hvor gammel er du nu?"),
                bo("Jeg er enogtres nu, ikke. Så jeg har tænkt på efterløn.")));
    assertTrue(all.contains("blev ledig den 1. august 2026"), all);
    assertTrue(all.contains("61 år"), all);
  }

  @Test
  void aMeetingProposedIsAnsweredThoughARemarkFollowsTheQuestion() throws Exception {
    String all =
        all(
            draft(
                ConversationType.JOBSAMTALE,
                two(),
                sb("Det ser fint ud. Skal vi så finde en ny tid? Hvad med lidt efter kurset?"),
                bo(
                    "Kurset er jo i uge elleve. Hvad med fredag den tyvende – nej, vent, der er"
                        + " jeg til min søsters fødselsdag."),
                sb(
                    "Hvad så med fredag den trettende marts, sådan ved kvart over ti? Det er før"
                        + " kurset, men så når vi at snakke om det."),
                bo("Fredag den trettende marts kvart over ti. Ja, det passer. Over video igen?"),
                sb("Ja, over video igen. Jeg sender et link.")));
    assertTrue(all.contains("fredag den 13. marts 2026 kl. 10.15 over video"), all);
    assertFalse(all.contains("20. marts"), all);
    // "Over video igen?" "Ja, over video igen.": how it is held goes with the meeting.
    assertFalse(all.contains("bekræftede, at over video"), all);
  }

  @Test
  void aNoToAnOfferMadeWithoutAQuestionIsWrittenAsDeclined() throws Exception {
    String declined =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb(
                    "Dejligt. Jeg vil også gerne tilbyde dig at komme på kommunens"
                        + " mindfulnessforløb på biblioteket. Det er seks gange i grupper."),
                bo(
                    "Åh, det er pænt af dig at tilbyde det, men jeg vil helst sige nej tak lige nu."),
                sb("Det er helt i orden.")));
    assertTrue(
        declined.contains(
            "Borger takkede nej til tilbuddet om at komme på kommunens mindfulnessforløb på"
                + " biblioteket."),
        declined);
    assertFalse(declined.contains("pænt af"), declined);
  }

  @Test
  void valuesSaidAfterTheYesJoinTheConfirmation() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Formålet i dag er at følge op på din sygemelding."),
                sb("Får du hjælp til rengøring?"),
                bo("Ja, fra hjemmeplejen i Ringe. En gang om ugen, om mandagen."),
                sb("Du har været sygemeldt siden den tolvte januar, ikke?"),
                bo("Ja. Fra den tolvte januar.")));
    assertTrue(
        all.contains("hjælp til rengøring, fra hjemmeplejen i Ringe, en gang om ugen, om mandagen"),
        all);
    // A value said again adds nothing.
    assertTrue(all.contains("sygemeldt siden den 12. januar 2026"), all);
    assertFalse(all.contains("12. januar 2026, fra"), all);
  }

  @Test
  void aSentenceLeftOpenIsFinishedByTheNextSpeakersValue() throws Exception {
    String all =
        all(
            draft(
                ConversationType.SYGEOPFOELGNING,
                two(),
                sb("Formålet i dag er at følge op på din sygemelding."),
                sb("Og du har været sygemeldt siden..."),
                bo("Siden den syvogtyvende januar.")));
    assertTrue(all.contains("borger har været sygemeldt siden den 27. januar 2026"), all);
  }
}
