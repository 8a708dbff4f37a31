package dk.samtalenotat.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline engine's steps one by one, on sentences of their own. */
class OfflineStepsTest {

  @Test
  void aStrongVerbWithAParticleGrownOnIsAFiniteVerb() {
    for (String verb : List.of("gennemgår", "foregår", "forstår", "opstod", "foreslår", "modtog")) {
      assertTrue(Clauses.isFiniteVerb(verb), verb);
    }
    for (String noun : List.of("forår", "gennemgang", "opgave", "ophold")) {
      assertFalse(Clauses.isFiniteVerb(noun), noun);
    }
  }

  @Test
  void aCompoundShortenedToItsLastPartIsNamedWhole() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dk.samtalenotat.language.DanishWords.dictionaryInstalled(), "needs hunspell-da");
    CompoundHeads heads = new CompoundHeads();
    Party employer = Party.of(ParticipantRole.ARBEJDSGIVER, "Chef");
    assertEquals(
        "Vi har et sommerkursus i juli.",
        heads.named("Vi har et sommerkursus i juli.", Party.CASEWORKER, 3));
    assertEquals(
        "Sommerkurset varer to uger, og sommerkurset er gratis.",
        heads.named("Kurset varer to uger, og kurset er gratis.", Party.CASEWORKER, 4));
    // Another speaker's short word may mean another thing of the kind.
    assertEquals("Kurset er dyrt.", heads.named("Kurset er dyrt.", employer, 5));
    // Said too long ago, the short word stays as said.
    assertEquals("Kurset er slut.", heads.named("Kurset er slut.", Party.CASEWORKER, 40));
    // A short word before the compound in the same sentence is another thing of the kind.
    assertEquals(
        "Vi sælger til butikkerne og i gårdbutikken.",
        new CompoundHeads()
            .named("Vi sælger til butikkerne og i gårdbutikken.", Party.CASEWORKER, 1));
    // Two compounds of the same kind: which one is meant cannot be told.
    CompoundHeads two = new CompoundHeads();
    two.named("Der er et sommerkursus og et vinterkursus.", Party.CASEWORKER, 1);
    assertEquals("Kurset er gratis.", two.named("Kurset er gratis.", Party.CASEWORKER, 2));
    // A noun after a number is a measure of its own: "400 meter" is no "400 kilometer".
    CompoundHeads measures = new CompoundHeads();
    measures.named("Jeg kan gå et par kilometer.", Party.CITIZEN, 1);
    assertEquals(
        "Det er nok mere sådan 400 meter.",
        measures.named("Det er nok mere sådan 400 meter.", Party.CITIZEN, 3));
    assertEquals("Det er et par meter.", measures.named("Det er et par meter.", Party.CITIZEN, 4));
    // A compound that describes a name said with it is spoken of by the name: a later "kontoret"
    // is another office.
    CompoundHeads described = new CompoundHeads();
    described.named(
        "Jeg kender et revisionskontor, Lundsted Revision, i byen.", Party.CASEWORKER, 1);
    assertEquals(
        "Du kan komme forbi kontoret.",
        described.named("Du kan komme forbi kontoret.", Party.CASEWORKER, 4));
  }

  @Test
  void someoneSaidUpIsOpsagt() {
    assertEquals(
        "Ja, men jeg er blevet opsagt. Jeg stoppede i november.",
        Register.dismissedAs("Ja, men de har sagt mig op. Jeg stoppede i november."));
    assertEquals("Hun blev opsagt i maj.", Register.dismissedAs("Chefen sagde hende op i maj."));
    assertEquals("Han blev opsagt.", Register.dismissedAs("Han blev sagt op."));
    assertEquals("De har sagt op til festen.", Register.dismissedAs("De har sagt op til festen."));
  }

  @Test
  void aQuestionOfWhatAThingIsNamesTheThing() {
    assertEquals("den næste modultest", Questions.topic("Hvornår er din næste modultest?"));
    assertEquals("timelønnen", Questions.topic("Og hvad er timelønnen?"));
    assertEquals("de nye vagter", Questions.topic("Hvordan er dine nye vagter?"));
    assertEquals(null, Questions.topic("Hvordan er det gået?"));
    assertEquals(null, Questions.topic("Hvor mange timer er han her nu?"));
    assertEquals(null, Questions.topic("Hvad er det?"));
    assertEquals(null, Questions.topic("Har du en bil?"));
  }

  @Test
  void aShortAnswerOfHowItGoesSaysWhatItGoesWith() {
    String topic = Questions.topic("Nå. Hvordan går det med genoptræningen hos fysioterapeuten?");
    assertEquals("med genoptræningen hos fysioterapeuten", topic);
    assertEquals(
        "Genoptræningen hos fysioterapeuten går rigtig godt.",
        Questions.withTopic("Det går rigtig godt.", topic));
    // Said in the answerer's words: the asker's "din" is the answerer's "min".
    assertEquals("med min praktik", Questions.topic("Hvordan går det med din praktik?"));
    // Not an evaluation: the answer stays as said.
    assertEquals(
        "Det går ud over min søvn.", Questions.withTopic("Det går ud over min søvn.", topic));
    // A person ("med dig") or a "jeres" nobody can be pinned to is no topic.
    assertEquals(null, Questions.topic("Hvordan går det med dig?"));
    assertEquals(null, Questions.topic("Hvordan går det med jeres flytning?"));
  }

  @Test
  void anAnswerOpeningWithDenOrDetNamesTheAskedAboutThing() {
    assertEquals(
        "Hun siger, at den næste modultest er i marts.",
        Questions.withTopic("Hun siger, at den er i marts.", "den næste modultest"));
    assertEquals(
        "Timelønnen er efter overenskomsten.",
        Questions.withTopic("Det er efter overenskomsten.", "timelønnen"));
    assertEquals("Det tror jeg ikke.", Questions.withTopic("Det tror jeg ikke.", "timelønnen"));
    assertEquals("Den er i marts.", Questions.withTopic("Den er i marts.", null));
  }

  @Test
  void selfCorrectionsKeepTheUnitAndTheClausesBefore() {
    assertEquals(
        "Hun skriver 16 timer. 16 timer om ugen.",
        SelfCorrections.resolve("Hun skriver 20 timer – nej, det er 16. 16 timer om ugen."));
    assertEquals(
        "Jeg stoppede i starten af november.",
        SelfCorrections.resolve("Jeg stoppede i oktober – nej, det var i starten af november."));
    assertEquals(
        "Praktikken varer 8 uger.",
        SelfCorrections.resolve(
            "Praktikken varer 8 uger, og den starter mandag den 16. februar 2026 – nej, vent."));
    assertEquals(
        "Det er 3 dage à 3 timer.",
        SelfCorrections.resolve("Det er 3 dage à 4 timer – nej, 3 timer."));
    assertEquals(
        "Mødet er onsdag den 4. marts 2026 kl. 10.00.",
        SelfCorrections.resolve(
            "Mødet er den 3. – nej undskyld, onsdag den 4. marts 2026 kl. 10.00."));
    // A time that opens the sentence ("Klokken et – nej, halv to.") is a time, capital or not.
    assertEquals(
        "Kl. 13.30. Det sagde han.",
        SelfCorrections.resolve("Kl. 13.00 – nej, kl. 13.30. Det sagde han."));
    assertEquals(
        "Jeg har søgt 12 stillinger.",
        SelfCorrections.resolve("Jeg har søgt 11 – no wait, 12 stillinger."));
    assertEquals(
        "Mandag og fredag.",
        SelfCorrections.resolve("Tirsdag og fredag – nej, det går jo ikke. Mandag og fredag."));
    // A day said back and turned down for a reason is an answer: the no and the reason stand.
    assertEquals(
        "Nej, det går ikke, der er jeg til kontrol på sygehuset.",
        SelfCorrections.resolve(
            "Onsdag klokken ti – nej, det går ikke, der er jeg til kontrol på sygehuset."));
    // Fewer days said instead replace the last days of the list; as many replace all of it.
    assertEquals(
        "Mandag, onsdag og fredag. For tirsdag har jeg træning.",
        SelfCorrections.resolve(
            "Mandag, onsdag og torsdag – nej, fredag. For tirsdag har jeg træning."));
    assertEquals(
        "Onsdag og fredag.",
        SelfCorrections.resolve("Tirsdag og torsdag – nej, onsdag og fredag."));
    // A day corrected without its month is a day of the month said before it.
    assertEquals(
        "Jeg blev indlagt tirsdag den fjerde februar.",
        SelfCorrections.resolve(
            "Jeg blev indlagt mandag den tredje februar – nej, det var tirsdag den fjerde."));
    assertEquals(
        "Han startede den 19. august 2025.",
        SelfCorrections.resolve("Han startede den 12. august 2025 – nej, den 19."));
  }

  @Test
  void everydayWordsBecomeTheNotesWords() {
    assertEquals(
        "Jeg har modtaget kontanthjælp siden maj, og han modtager stadig sin sygedagpenge.",
        Register.apply("Jeg har fået kontanthjælp siden maj, og han får stadig sin sygedagpenge."));
    assertEquals("Modtager du dagpenge?", Register.apply("Får du dagpenge?"));
    assertEquals("Jeg får løn for timerne.", Register.apply("Jeg får løn for timerne."));
    assertEquals("Jeg blev afskediget i maj.", Register.apply("Jeg blev fyret i maj."));
    assertEquals(
        "Jeg har søgt 5 job den seneste måned og 9 de seneste 2 uger.",
        Register.apply("Jeg har søgt 5 job den sidste måned og 9 de sidste 2 uger."));
    assertEquals(
        "Prøven er i den sidste uge af kurset.",
        Register.apply("Prøven er i den sidste uge af kurset."));
  }

  @Test
  void aNegationRaisedToTheVerbOfThinkingGoesToWhatWasJudged() {
    assertEquals(
        "Jeg vurderer også, at der ikke er brug for en ny attest.",
        Register.apply("Jeg vurderer heller ikke, at der er brug for en ny attest."));
    assertEquals(
        "Jeg tror altså, at jeg ikke har ondt i knæet.",
        Register.apply("Jeg tror altså ikke, jeg har ondt i knæet."));
    assertEquals(
        "Jeg tror ikke, at Lise kommer.", Register.apply("Jeg tror ikke, at Lise kommer."));
  }

  @Test
  void theSpeakersDialectAndFillersGo() {
    assertEquals(
        "Jeg kan godt tænke mig at starte med afstemninger.",
        SpokenCleaner.clean("Ja ka' godt tænke mæ at starte mæ afstemninger."));
    assertEquals(
        "Der står, at jeg måske kunne gå op i tid.",
        SpokenCleaner.clean("Der står, at a måske ku' gå op i tid."));
    assertEquals(
        "Det var en tur med det kolde køkken.",
        SpokenCleaner.clean("Det va' en tur mæ æ kolde køkken."));
    assertEquals(
        "Jeg ringer, fordi jeg har fået et brev om revurdering.",
        SpokenCleaner.clean("Øh, jeg ringer, fordi jeg har fået et brev om, øh, revurdering."));
    // The dashes of a pause around a filler go with it; a span's dash stays.
    assertEquals(
        "Jeg har været på lageret i 12 år, kl. 7–15.",
        SpokenCleaner.clean("Jeg har været på lageret i – øh – 12 år, kl. 7–15."));
    assertEquals(
        "Jeg har en diskusprolaps.",
        SpokenCleaner.clean("Jeg har en diskusprolaps, og det [uhørligt] ned i benet."));
    assertEquals("", SpokenCleaner.clean("Det er min søster, der [uhørligt]."));
  }

  @Test
  void aReportedClauseTakesSubordinateWordOrder() {
    assertEquals("han ikke har bil", Clauses.subordinate("han har ikke bil", 1));
    assertEquals("den ikke begrænser borger", Clauses.subordinate("den begrænser borger ikke", 1));
    assertEquals(
        "han stadig synes, det er svært", Clauses.subordinate("han synes stadig, det er svært", 1));
    assertEquals(
        "borger har bil, og borger ikke kan køre om natten",
        Clauses.subordinateAll("borger har bil, og borger kan ikke køre om natten", 1));
    // A party as the subject, with a verb the dictionary may not know as one.
    assertEquals(
        "kommunen ikke øger timerne nu", Clauses.subordinate("kommunen øger ikke timerne nu", 1));
    assertEquals(
        "praktikken øger ikke timerne", Clauses.subordinate("praktikken øger ikke timerne", 1));
    assertEquals("jeg ringer til dig", Clauses.subjectFirst("ringer jeg til dig"));
    assertEquals("have", Clauses.infinitive("har"));
    assertEquals("søge", Clauses.infinitive("søger"));
    // A present tense the dictionary knows only as a noun ("fortsætter", one who continues).
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dk.samtalenotat.language.DanishWords.dictionaryInstalled(), "needs hunspell-da");
    assertEquals("du fortsætter med at søge", Clauses.subjectFirst("fortsætter du med at søge"));
    assertEquals("efter du er gået", Clauses.subjectFirst("efter du er gået"));
  }

  @Test
  void sonderjyskVeAfterOrBeforeItsSubjectIsVil() {
    assertEquals("Jeg vil helst køre lastbil.", SpokenCleaner.dialect("A ve helst køre lastbil."));
    assertEquals(
        "Så vil jeg gerne have et svejsekursus.",
        SpokenCleaner.dialect("Så ve a gerne have et svejsekursus."));
  }

  /** Pia Sand (caseworker), Frederik Holt (citizen) and Jens Lund (employer). */
  private static Names caseworkerCitizenAndEmployer() {
    return new Names(
        List.of(
            new DraftParticipant("Pia Sand", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Frederik Holt", ParticipantRole.BORGER),
            new DraftParticipant("Jens Lund", ParticipantRole.ARBEJDSGIVER)));
  }

  @Test
  void aTitleSaidWithANameStandsBeforeTheName() {
    Names names = caseworkerCitizenAndEmployer();
    assertEquals(
        "Jeg har talt med butikschef Mona Riis. Hun er rar.",
        Titles.withName("Jeg har talt med butikschefen, Mona Riis. Hun er rar.", names));
    // The pronoun that repeats the subject just named goes before its verb.
    assertEquals(
        "Ja, værkfører Ole ringer hver uge.",
        Titles.withName("Ja, værkføreren, Ole, han ringer hver uge.", names));
    assertEquals(
        "Afdelingsleder Kim, hun og jeg taler sammen.",
        Titles.withName("Afdelingslederen, Kim, hun og jeg taler sammen.", names));
    // A participant's name stays as said; a word that is no title stays too.
    assertEquals(
        "Jeg talte med lederen, Jens, i går.",
        Titles.withName("Jeg talte med lederen, Jens, i går.", names));
    assertEquals(
        "Vi tager bilen, Ole og jeg.", Titles.withName("Vi tager bilen, Ole og jeg.", names));
  }

  @Test
  void aShortFormOfAFirstNameIsLearntFromWhatIsSaidToThePerson() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dk.samtalenotat.language.DanishWords.dictionaryInstalled(), "needs hunspell-da");
    Names names = caseworkerCitizenAndEmployer();
    names.learnShortForms(
        List.of(
            "Fredag, det passer fint.",
            "Hvornår kan du starte, Jensen?",
            "Godt. Freddie, har du fri om mandagen?",
            "Det er fint, Jensi."));
    // Said to someone, it shares the first four letters with one first name: that person's.
    assertTrue(names.partyNamed("Freddie").isCitizen());
    assertEquals(ParticipantRole.ARBEJDSGIVER, names.partyNamed("Jensi").role());
    // A word of the dictionary, and a surname made of the first name, are nobody's short form.
    assertEquals(null, names.partyNamed("Fredag"));
    assertEquals(null, names.partyNamed("Jensen"));
    assertEquals("borger har fri", names.citizenAsBorger("Freddie har fri", null));
  }

  @Test
  void aQuestionAndItsAnswer() {
    assertEquals(Questions.Form.POLAR, Questions.form("Har du bil?"));
    assertEquals("du har bil", Questions.asStatement("Har du bil?"));
    assertEquals("du har ikke bil", Questions.negate("du har bil"));
    // A verb the short list does not know, before its subject, asks too.
    assertEquals(Questions.Form.POLAR, Questions.form("Løfter du noget?"));
    assertEquals("du løfter noget", Questions.asStatement("Løfter du noget?"));
    assertEquals(
        "jeg behøver ikke sende kvitteringer", Questions.negate("jeg skal sende kvitteringer"));
    // Denied, the main clause turns; the "ikke" of the clause inside it stays.
    assertEquals(
        "der er ikke noget, du ikke kan søge på grund af ryggen",
        Questions.negate("der er noget, du ikke kan søge på grund af ryggen"));
    assertEquals(
        "du har bil, som du ikke bruger", Questions.negate("du har ikke bil, som du ikke bruger"));
    assertEquals(
        "Du har været sygemeldt siden 1. september",
        Questions.asStatement("Du har været sygemeldt siden 1. september, ikke?"));
    // A thing put first and taken up by a pronoun: the question is of the thing.
    assertEquals(
        "der er noget nyt fra din jobkonsulent",
        Questions.asStatement("Din jobkonsulent, er der noget nyt fra hende?"));
    assertEquals(
        "der er ikke noget nyt fra din jobkonsulent",
        Questions.negate(Questions.asStatement("Din jobkonsulent, er der noget nyt fra hende?")));
    assertEquals(
        "om du har snakket med dit fagforbund",
        Questions.indirect("Og dit fagforbund, har du snakket med dem?"));
    // Taken up by no pronoun after a preposition, the question stays as it was said.
    assertEquals("Din ryg, den er bedre nu", Questions.asStatement("Din ryg, den er bedre nu?"));
    assertEquals("om Lone må komme med", Questions.indirect("Må Lone komme med?"));
    assertEquals("hvor længe det varer", Questions.indirect("Hvor længe varer det?"));
  }

  @Test
  void theCaseworkersWeForTheMeetingHasNoSubject() {
    assertEquals("Der laves ikke praktik nu", Passive.apply("Vi laver ikke praktik nu"));
    assertEquals("Det tages op næste gang", Passive.apply("Det tager vi op næste gang"));
    assertEquals(
        "Praktikken forlænges til marts", Passive.apply("Så forlænger vi praktikken til marts"));
    assertEquals(
        "En plan, som besluttes på mødet", Passive.apply("En plan, som vi beslutter på mødet"));
    assertEquals(
        "Vi henter lønsedlerne", Passive.apply("Vi henter lønsedlerne"), "the municipality acts");
  }

  @Test
  void aMonthSaidAloneGetsItsYearNearTheConversation() {
    LocalDate march = LocalDate.of(2026, 3, 5);
    assertEquals(
        "Borger blev fyret i august 2025.",
        Dates.withYearOfMonth("Borger blev fyret i august.", march));
    assertEquals(
        "Modultesten er i maj 2026.", Dates.withYearOfMonth("Modultesten er i maj.", march));
    assertEquals(
        "Vi ringer i slutningen af februar 2026.",
        Dates.withYearOfMonth("Vi ringer i slutningen af februar.", LocalDate.of(2026, 1, 13)));
    assertEquals(
        "Min kæreste og jeg skal til Rom i juni 2026.",
        Dates.withYearOfMonth("Min kæreste og jeg skal til Rom i juni.", march));
    assertEquals("Hun flyttede i juni 2025.", Dates.withYearOfMonth("Hun flyttede i juni.", march));
    assertEquals(
        "Kurset er midt i september 2026, og mandag den 14. september 2026 er første dag.",
        Dates.withYearOfMonth(
            "Kurset er midt i september, og mandag den 14. september 2026 er første dag.",
            LocalDate.of(2026, 3, 14)));
  }

  @Test
  void aBareHourSaidAfterTheSameHourInTheMorningIsTheMorning() {
    LocalDate march = LocalDate.of(2026, 3, 5);
    assertEquals(
        "Turen starter kl. 6.00.",
        Dates.asNoteWrites("Turen starter klokken seks.", march, java.util.Set.of(6)));
    assertEquals(
        "Turen starter kl. 18.00.", Dates.asNoteWrites("Turen starter klokken seks.", march));
  }

  @Test
  void theNextMeetingIsOneSentence() {
    assertTrue(Meetings.isMeeting("Næste samtale er tirsdag den 10. marts 2026 kl. 10.00."));
    assertFalse(Meetings.isMeeting("Næste samtale tager vi om lidt."));
    assertEquals(
        "Næste jobsamtale afholdes tirsdag den 10. marts 2026 kl. 10.00 på kontoret",
        Meetings.write(
            "Og næste samtale, det bliver tirsdag den 10. marts 2026 kl. 10.00, her på kontoret.",
            "jobsamtale"));
    assertEquals(
        "Næste statusmøde afholdes fredag den 10. april 2026 kl. 9.00 på video",
        Meetings.write(
            "Næste statusmøde holder vi også på video, fredag den 10. april 2026 kl. 9.00.",
            "rundbordssamtale"));
  }

  @Test
  void theNextMeetingKeepsTheWordSaidWhenTheTypeNamesAnotherKind() {
    assertEquals(
        "Næste møde afholdes fredag den 12. juni 2026 kl. 14.00",
        Meetings.write(
            "Og vi holder et nyt møde fredag den 12. juni 2026 kl. 14.00.", "rundbordssamtale"));
    assertEquals(
        "Næste samtale afholdes onsdag den 3. februar 2027 kl. 11.00",
        Meetings.write(
            "Næste samtale er onsdag den 3. februar 2027 kl. 11.00.", "opfølgningsmøde"));
    assertEquals(
        "Næste rundbordssamtale afholdes onsdag den 3. februar 2027 kl. 11.00",
        Meetings.write(
            "Næste samtale er onsdag den 3. februar 2027 kl. 11.00.", "rundbordssamtale"));
  }

  @Test
  void whereTheNextMeetingIsMaySayBeforeItsDay() {
    assertEquals(
        "Næste jobsamtale afholdes tirsdag den 1. december 2026 kl. 9.15 på kontoret",
        Meetings.write(
            "Og næste samtale er her på kontoret tirsdag den 1. december 2026 kl. 9.15.",
            "jobsamtale"));
    assertEquals(
        "Næste jobsamtale afholdes torsdag den 10. december 2026 kl. 13.30 på kontoret",
        Meetings.write(
            "Og vi ses igen her på kontoret torsdag den 10. december 2026 kl. 13.30, når"
                + " praktikken er slut.",
            "jobsamtale"));
    assertTrue(Meetings.isMeeting("Så mødes vi igen torsdag den 19. november 2026 kl. 13.00."));
    // A day settled is a meeting with its time; without one it may be the day a job starts.
    assertTrue(Meetings.isMeeting("Så siger vi tirsdag den 10. marts 2026 kl. 10.00."));
    assertFalse(Meetings.isMeeting("Så siger vi mandag den 2. februar 2026."));
    assertEquals(
        "Næste jobsamtale afholdes onsdag den 9. december 2026 kl. 13.00",
        Meetings.write(
            "Så siger vi onsdag den 9. december 2026 kl. 13.00 i stedet.", "jobsamtale"));
  }

  @Test
  void aListJoinedToTheSentenceBeforeItIsLowerCaseButNamesAreNot() {
    assertEquals(
        "lager, chauffør på varebil, lidt pakkeri.",
        StatementReader.continuing("Lager, chauffør på varebil, lidt pakkeri."));
    assertEquals(
        "Bjerregaard, Fragtcentret og Netto.",
        StatementReader.continuing("Bjerregaard, Fragtcentret og Netto."));
  }

  @Test
  void sentencesSplitAtTheirEndsOnly() {
    assertEquals(
        List.of("Han arbejder hos Brdr. Hansen A/S.", "Det er kl. 10.", "12 timer om ugen."),
        Sentences.split("Han arbejder hos Brdr. Hansen A/S. Det er kl. 10. 12 timer om ugen."));
    assertEquals(
        List.of("Den 14. april kl. 9.30 passer."),
        Sentences.split("Den 14. april kl. 9.30 passer."));
    // A dash after a full stop, where a filler stood, opens the next sentence.
    assertEquals(
        List.of("Fedt.", "skal jeg have et hygiejnebevis?"),
        Sentences.split("Fedt. – skal jeg have et hygiejnebevis?"));
    assertEquals(List.of("Mødet er kl. – ti."), Sentences.split("Mødet er kl. – ti."));
  }

  @Test
  void aCorrectedValueThatOpensItsSentenceKeepsTheCapital() {
    assertEquals(
        "Nej, det passer ikke. Den 1. december var det.",
        SelfCorrections.resolve(
            "Nej, det passer ikke. Den 1. november – nej, den 1. december var det."));
  }

  @Test
  void aFrontedAdverbialGoesLastSoTheSubjectComesFirst() {
    assertEquals("jeg boede der 4 år", Clauses.subjectFirst("4 år boede jeg der"));
    assertEquals(
        "jeg ringede til dem i mandags, og så kom brevet",
        Clauses.subjectFirst("I mandags ringede jeg til dem, og så kom brevet"));
    assertEquals("han går en tur hver aften", Clauses.subjectFirst("Hver aften går han en tur"));
    assertEquals("vi bor i en lejlighed nu", Clauses.subjectFirst("Nu bor vi i en lejlighed"));
    // A fronted object, "der" pointing back, or a subject that is no pronoun: left as said.
    assertEquals("Den har jeg betalt", Clauses.subjectFirst("Den har jeg betalt"));
    assertEquals("Der var jeg syg", Clauses.subjectFirst("Der var jeg syg"));
    assertEquals(
        "I maj flytter min bror hjem", Clauses.subjectFirst("I maj flytter min bror hjem"));
  }
}
