package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who said what, where the caseworker reports back what the citizen said and where the citizen's
 * request is granted in the caseworker's words. For each a planted case and a correct one.
 */
class AttributionCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen. Vi skal følge op på din jobsøgning og din praktik."},
    {"Borger", "Jeg har søgt seks job, men ingen har svaret."},
    {"Sagsbehandler", "Du nævnte Vestby Maskinfabrik sidst, hvor du kender en af smedene."},
    {"Borger", "Ja, min gamle nabo Ole. Han sagde, de manglede folk."},
    {"Sagsbehandler", "Jeg har ringet til fabrikken. De vil gerne have dig i praktik i tre uger."},
    {"Borger", "Det lyder godt. Jeg er klar fra mandag."},
    {"Sagsbehandler", "Så mødes vi igen om en måned og ser, hvordan praktikken går."},
    {"Borger", "Må jeg spørge om noget? Kan vi holde en pause i optagelsen? Det er privat."},
    {"Sagsbehandler", "Ja, selvfølgelig. Jeg stopper optagelsen nu."},
    {"Sagsbehandler", "Husk at sige til din chef, at sygemeldingen skal opdateres i systemet."},
    {"Borger", "Kan kommunen betale et svejsecertifikat? Det var min egen idé."},
    {"Sagsbehandler", "Det er en god idé. Jeg vil foreslå, at du søger fire job om ugen."},
    {"Borger", "Jeg vil ikke have, at resten af samtalen bliver optaget."},
    {"Sagsbehandler", "Det er i orden. Jeg markerer, at optagelsen stopper her."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(SAID, Transcripts.roles(ParticipantRole.BORGER));
  }

  private static List<FactFlag> check(String text) {
    return Transcripts.check(text, transcript(), DAY);
  }

  private static void attribution(List<FactFlag> flags) {
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.ATTRIBUTION, flags.get(0).kind(), flags.toString());
  }

  @Test
  void whatTheCaseworkerReportsBackIsTheCitizens() {
    assertEquals(
        List.of(),
        check(
            "Borger har selv nævnt Vestby Maskinfabrik, hvor han kender en af smedene, og"
                + " sagsbehandler har efterfølgende ringet til fabrikken."));
    attribution(
        check(
            "Sagsbehandler har selv foreslået, at borger kommer i praktik på Vestby Maskinfabrik,"
                + " hvor borger kender en af smedene."));
  }

  @Test
  void eachJoinedMainClauseCreditsItsOwnSpeaker() {
    // The second clause's speaker is checked as the first's is: the certificate was the
    // citizen's idea, four applications a week the caseworker's.
    attribution(
        check(
            "Borger oplyste, at han har søgt seks job, men sagsbehandler foreslog et"
                + " svejsecertifikat."));
    attribution(
        check(
            "Sagsbehandler har ringet til fabrikken, og borger foreslog selv, at han søger fire"
                + " job om ugen."));
    attribution(check("Borger er klar fra mandag; sagsbehandler foreslog et svejsecertifikat."));
    assertEquals(
        List.of(),
        check(
            "Borger oplyste, at han har søgt seks job, og sagsbehandler foreslog, at borger søger"
                + " fire job om ugen."));
    assertEquals(
        List.of(),
        check(
            "Sagsbehandler foreslog, at borger søger fire job om ugen, men borger ønskede selv et"
                + " svejsecertifikat."));
    // A clause that credits nobody of its own is the first clause's content.
    assertEquals(
        List.of(),
        check(
            "Borger foreslog et svejsecertifikat, og kommunen skal vurdere, om det kan"
                + " betales."));
  }

  @Test
  void whatAnEarlierClauseSaidIsTheTopicNotWhatTheLaterClauseCredits() {
    // The course, the school and the week were the caseworker's words; what the citizen proposed
    // is only what the second clause adds: crane operation instead of the truck.
    String[][] said = {
      {
        "Sagsbehandler",
        "Jeg havde tænkt på et kursus i truckkørsel hos AMU Vest i Holstebro i uge ti."
      },
      {"Borger", "Truck er ikke lige mig. Jeg vil hellere lære kranførelse, det har jeg prøvet."},
      {"Sagsbehandler", "Det kan godt lade sig gøre, det har de også. Stedet er godt."}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said,
            "Sagsbehandler foreslog et kursus i truckkørsel hos AMU Vest i Holstebro i uge 10, men"
                + " borger foreslog i stedet et kursus i kranførelse hos AMU Vest i Holstebro i"
                + " uge 10.",
            DAY));
    // "I stedet" is no part of what was proposed, though the caseworker said "stedet" of a place.
    attribution(
        Transcripts.flagsInATalk(said, "Sagsbehandler foreslog i stedet kranførelse.", DAY));
    // What the later clause adds is still checked: crane operation was the citizen's idea.
    attribution(
        Transcripts.flagsInATalk(
            said,
            "Borger havde tænkt på et kursus i truckkørsel hos AMU Vest i Holstebro i uge 10, men"
                + " sagsbehandler foreslog i stedet et kursus i kranførelse hos AMU Vest i"
                + " Holstebro i uge 10.",
            DAY));
  }

  @Test
  void theReasonGivenForAProposalIsNotWhatWasProposed() {
    // The citizen's own circumstance given as the reason: the job search and the internship were
    // the caseworker's words, the certificate the citizen's idea.
    assertEquals(
        List.of(),
        check("Borger foreslog selv et svejsecertifikat ud fra sin jobsøgning og sin praktik."));
    assertEquals(
        List.of(),
        check(
            "Borger foreslog selv et svejsecertifikat på baggrund af sin jobsøgning og sin"
                + " praktik."));
  }

  @Test
  void aRequestGrantedInTheCaseworkersWordsIsTheAsker() {
    assertEquals(
        List.of(), check("Borger bad om, at optagelsen blev stoppet, da det var noget privat."));
    attribution(check("Borger bad om en praktik på fabrikken i tre uger."));
  }

  @Test
  void aQuestionToBeAskedOnALaterDayIsNoReport() {
    // The day after the verb is when the asking will be done: a plan, whoever said its words.
    assertEquals(
        List.of(),
        check(
            "Borger spørger fabrikken mandag den 9. marts 2026, om praktikken kan vare tre uger."));
    attribution(check("Borger spurgte, om praktikken på fabrikken kunne vare tre uger."));
  }

  @Test
  void whatASupportPersonSaidOfTheCitizenIsNotTheCitizensForAQuestionOrStrayWords() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. Hvordan går det med ryggen for tiden?"},
      {"Borger", "Op og ned. Jeg går til fysioterapeut om tirsdagen."},
      {
        "Bisidder",
        "Jeg skal lige sige, at hun ikke kan arbejde mere end en halv time ad gangen ved"
            + " computeren. Det glemmer hun selv at sige."
      },
      {"Sagsbehandler", "Birthe, kan du arbejde ved computeren en halv time ad gangen?"},
      {"Borger", "Computeren bruger jeg mest om aftenen."},
      {"Borger", "Jeg arbejder lidt i haven, når jeg kan."},
      {"Borger", "En time om dagen går jeg tur med hunden."},
      {"Sagsbehandler", "Tak. Så skriver vi det ind i sagen."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.BISIDDER));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Bisidder oplyste, at borger højst kan arbejde en halv time ad gangen ved computeren.",
            t,
            DAY));
    // The caseworker's question to the citizen is no answer of hers, and her words "computeren",
    // "gang" and "tiden", each in a sentence about something else, say nothing of the half hour.
    attribution(
        Transcripts.check(
            "Borger oplyste selv, at hun højst kan arbejde en halv time ad gangen ved computeren.",
            t,
            DAY));
  }

  @Test
  void whatTheSummarySaysTheCitizenSaidIsTheCitizensThoughTheSummaryGoesOn() {
    String[][] said = {
      {
        "Sagsbehandler", "Vi har også et hold med mindfulness på biblioteket. Er det noget for dig?"
      },
      {"Borger", "Det er pænt af dig, men jeg vil helst sige nej tak."},
      {"Sagsbehandler", "Så vil jeg lige opsummere."},
      {
        "Sagsbehandler",
        "Du har sagt nej tak til holdet med mindfulness, og du fortsætter hos psykologen."
      },
      {"Sagsbehandler", "Jeg ringer til dig igen om fire uger."},
      {"Borger", "Ja, det lyder godt."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger har sagt nej tak til holdet med mindfulness og fortsætter hos psykologen.",
            t,
            DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler har sagt nej tak til holdet med mindfulness og fortsætter hos"
                + " psykologen.",
            t,
            DAY));
  }

  @Test
  void whatTheCitizenFoundIsTheCitizensWhoeverTellsIt() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. Vi skal tale om, hvad der skal ske efter sommerferien."},
      {"Bisidder", "Han har faktisk selv fundet et sted, hvor han kan komme i lære som tømrer."},
      {"Sagsbehandler", "Det lyder godt. Hvor er det henne?"},
      {"Borger", "Hos Holm Byg i Vestby. Min onkel kender mester."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.BISIDDER));
    assertEquals(
        List.of(),
        Transcripts.check("Borger har selv fundet en læreplads som tømrer hos Holm Byg.", t, DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler har fundet en læreplads som tømrer til borger hos Holm Byg.", t, DAY));
  }

  @Test
  void whoIsToldAsTheFinderFoundItWhoeverNamedThePlaceFirst() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. Du skal i lære hos Holm Byg efter sommerferien, har jeg hørt."},
      {"Bisidder", "Ja, han har selv fundet stedet. Hans onkel kender mester."},
      {"Borger", "Det bliver som tømrer."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.BISIDDER));
    assertEquals(
        List.of(), Transcripts.check("Borger har selv fundet en læreplads hos Holm Byg.", t, DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler har fundet en læreplads til borger hos Holm Byg.", t, DAY));
  }

  @Test
  void aYouSaidToSomeoneElseIsNotTheCitizen() {
    // "Mette, du har fundet ...?" answered by the mentor: the mentor found it.
    String[][] said = {
      {"Sagsbehandler", "Velkommen. Mette, du har fundet en læreplads hos Holm Byg?"},
      {"Mentor", "Ja, de vil gerne have ham som tømrerlærling fra august."},
      {"Borger", "Det glæder jeg mig til."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.MENTOR));
    assertEquals(
        List.of(), Transcripts.check("Mentor har fundet en læreplads hos Holm Byg.", t, DAY));
  }

  @Test
  void aWishIsOfWhoSaysTheyWantIt() {
    // The caseworker names both choices and sums up the citizen's; the citizen's own words of
    // wanting are few ("det vil jeg helst vente med"), but the wish is the citizen's.
    String[][] said = {
      {
        "Sagsbehandler",
        "Skal praktikken på lageret starte nu, eller skal den vente til efter truckkurset?"
      },
      {"Borger", "Hmm. Det vil jeg helst vente med."},
      {"Sagsbehandler", "Fint, så venter vi med praktikken på lageret til efter truckkurset."},
      {"Arbejdsgiver", "Vi vil gerne have ham op på tyve timer om ugen efter kurset."},
      {"Borger", "Det ved jeg ikke rigtig. Min ryg er ikke god."}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said, "Borger ønsker at vente med praktikken på lageret til efter truckkurset.", DAY));
    // A wish the citizen never said they have is still the one's who said it.
    attribution(
        Transcripts.flagsInATalk(
            said, "Borger ønsker at komme op på tyve timer om ugen efter kurset.", DAY));
  }

  @Test
  void aTaskOfTellingSomeoneWhoWasNotThereIsNoReport() {
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            List.of(
                new DraftSentence(
                    NoteSection.AFTALER,
                    "Borger siger til sin chef, at sygemeldingen skal opdateres i systemet.",
                    List.of())),
            transcript(),
            DAY));
    attribution(check("Borger oplyste, at sygemeldingen skal opdateres i systemet."));
  }

  @Test
  void aTaskOfAskingSomeoneWhoWasNotThereIsNoReport() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan har skulderen det efter operationen?"},
      {"Borger", "Den er bedre, men jeg kan ikke løfte over hovedet endnu."},
      {
        "Sagsbehandler",
        "Du spørger din læge om en mulig attest til vognmanden, når du er til kontrol."
      },
      {"Borger", "Ja, det gør jeg."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.BORGER));
    // The caseworker said the words; the citizen is the one who will ask the doctor.
    assertEquals(
        List.of(),
        Transcripts.check("Borger spørger sin læge om en attest til vognmanden.", t, DAY));
    assertEquals(
        List.of(), Transcripts.check("Borger beder lægen om en attest til vognmanden.", t, DAY));
    // Asking in the conversation is a report, and the caseworker asked.
    attribution(
        Transcripts.check(
            "Borger spurgte, om lægen kunne skrive en attest til vognmanden.", t, DAY));
  }

  @Test
  void aWishTheCaseworkerSaysBackToTheCitizenIsTheCitizens() {
    String[][] said = {
      {"Sagsbehandler", "Så skal vi have styr på praktikken i butikken."},
      {
        "Sagsbehandler",
        "Du ønsker timerne lagt tirsdag og torsdag formiddag, så du kan hente Liva."
      },
      {"Borger", "Ja, præcis."},
      {"Sagsbehandler", "Så skriver jeg det til butikken."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.BORGER));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger ønskede, at timerne lægges tirsdag og torsdag formiddag.", t, DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler ønskede, at timerne lægges tirsdag og torsdag formiddag.", t, DAY));
  }

  @Test
  void aWishIsAlsoSaidAsNotWantingOrAsAskingForIt() {
    // The caseworker says the hours and the companion first and more fully; the citizen says what
    // they do not want, or asks for it.
    String[][] said = {
      {"Sagsbehandler", "Lageret kan bruge dig tre timer ad gangen, fire dage om ugen."},
      {"Borger", "Jeg vil ikke have mere end tre timer ad gangen. Min ryg kan ikke klare det."},
      {
        "Sagsbehandler",
        "Du kan tage en bisidder med næste gang, for eksempel din bror Kasper. Kasper kan godt"
            + " komme med som bisidder."
      },
      {"Borger", "Kan jeg tage min bror med?"}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(said, "Borger ønsker ikke mere end 3 timer ad gangen.", DAY));
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said, "Borger ønskede at tage sin bror Kasper med som bisidder.", DAY));
    // Not wanting more hours is no wish for the four days the caseworker named.
    attribution(Transcripts.flagsInATalk(said, "Borger ønsker at arbejde fire dage om ugen.", DAY));
  }

  @Test
  void aWishSaidBackToTheOneSpokenToIsTheirs() {
    String[][] said = {
      {"Mentor", "Hun har været glad for at være i butikken, og kunderne kan lide hende."},
      {"Sagsbehandler", "Det forstår jeg godt. Dit ønske er et fast job i detailhandlen."},
      {"Borger", "Ja, det har været godt for mig. Men jeg savner et rigtigt arbejde."}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(said, "Borger ønsker et fast job i detailhandlen.", DAY));
    // The one who said the words back does not have the wish.
    attribution(
        Transcripts.flagsInATalk(said, "Sagsbehandler ønsker et fast job i detailhandlen.", DAY));
    // Said back to the citizen just answered, though a coordinator speaks next.
    String[][] answered = {
      {"Borger", "Det har været godt for mig i butikken. Men jeg savner et rigtigt arbejde."},
      {"Sagsbehandler", "Det forstår jeg godt. Dit ønske er et fast job i detailhandlen."},
      {"Sundhedskoordinator", "Jeg vil foreslå, at psykologsamtalerne spredes lidt mere ud."}
    };
    List<DraftSegment> t =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(answered), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(), Transcripts.check("Borger ønsker et fast job i detailhandlen.", t, DAY));
  }

  @Test
  void aLightVerbSaysNothingOfWhoProposedItsObject() {
    // "tager" is said all over the talk; who proposed the certificate is who said it first.
    String[][] said = {
      {"Sagsbehandler", "Hvad har du selv tænkt på?"},
      {"Borger", "Jeg tænkte på et svejsecertifikat. Det mangler jeg, når jeg søger."},
      {"Sagsbehandler", "Det er en god idé. Tager du bussen herind?"},
      {"Borger", "Ja, jeg tager bussen. Den tager en halv time."},
      {"Sagsbehandler", "Så tager vi svejsecertifikatet op med a-kassen, og jeg tager kontakt."}
    };
    List<DraftSegment> t =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(Transcripts.withTheRestOfATalk(said)),
            Transcripts.roles(ParticipantRole.BORGER));
    attribution(
        Transcripts.check("Sagsbehandler foreslog, at borger tager et svejsecertifikat.", t, DAY));
    assertEquals(
        List.of(), Transcripts.check("Borger foreslog selv at tage et svejsecertifikat.", t, DAY));
    // With a particle the verb is one of its own ("tage ... med" is to bring): it stays.
    assertEquals(
        java.util.Set.of("tager"),
        SentenceCheck.lightVerbsWithoutParticle(
            "Borger tager et svejsecertifikat og vil tage dokumentationen med til mødet."));
  }

  @Test
  void aProposalSaidOverTwoSentencesOfOneSpeakerIsTheirs() {
    String[][] said = {
      {"Sagsbehandler", "Har du nogen idéer til en praktik?"},
      {"Mentor", "Ja, jeg har et forslag. Jeg kender en tømrer, Holm Byg, ude ved havnen."},
      {"Mentor", "Jeg tænkte, Emil kunne komme i praktik der, inden skolen starter."},
      {"Borger", "Det vil jeg gerne."},
      {
        "Sagsbehandler",
        "Så laver jeg en praktikaftale, og du kommer i praktik hos Holm Byg i to uger inden"
            + " skolestart."
      }
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.MENTOR));
    attribution(
        Transcripts.check(
            "Sagsbehandler foreslog, at borger kommer i praktik hos Holm Byg inden skolestart.",
            t,
            DAY));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Mentor foreslog, at borger kommer i praktik hos Holm Byg inden skolestart.", t, DAY));
  }

  @Test
  void whoFirstProposedOneRareThingIsWhoProposedIt() {
    attribution(check("Sagsbehandler foreslog, at borger tager et svejsecertifikat."));
    assertEquals(List.of(), check("Borger foreslog selv at tage et svejsecertifikat."));
  }

  @Test
  void aWishTheCaseworkerGrantsIsTheOneWhoWishedIt() {
    assertEquals(
        List.of(), check("Borger bad om, at optagelsen blev stoppet for resten af samtalen."));
  }

  @Test
  void aVerbOfJudgingCreditsNoOneWithoutWhatWasJudged() {
    String[][] judged = {
      {"Sagsbehandler", "Lægen vurderer, at du kan tåle at stå op i fire timer."},
      {"Borger", "Okay."},
      {"Sagsbehandler", "Jeg vurderer også, at et lagerjob med pauser kan passe til dig."},
      {"Borger", "Ja. Det tror jeg godt, jeg kan klare."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Stream.concat(Arrays.stream(SAID), Arrays.stream(judged)).toArray(String[][]::new),
            Transcripts.roles(ParticipantRole.BORGER));
    // Only the verb was said, by the caseworker: that tells nothing of who judged.
    assertEquals(
        List.of(),
        Transcripts.check("Borger vurderede selv, at det er overkommeligt.", transcript, DAY));
    attribution(
        Transcripts.check(
            "Borger vurderede, at et lagerjob med pauser kan passe.", transcript, DAY));
  }

  @Test
  void aShortRequestIsAboutWhatWasJustSaid() {
    String[][] asked = {
      {"Sagsbehandler", "Opfølgningsmødet er torsdag den tolvte marts klokken ti her på kontoret."},
      {"Borger", "Torsdag klokken ti. Må Gorm komme med?"},
      {"Sagsbehandler", "Ja, selvfølgelig."},
      {"Sagsbehandler", "Så ses vi til opfølgningsmødet på torsdag, og du tager Gorm med."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Stream.concat(Arrays.stream(asked), Arrays.stream(SAID)).toArray(String[][]::new),
            Transcripts.roles(ParticipantRole.BORGER));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger foreslog selv, at Gorm deltager i opfølgningsmødet.", transcript, DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler foreslog, at Gorm deltager i opfølgningsmødet.", transcript, DAY));
  }

  @Test
  void aProposalPutAsAQuestionIsTheAskers() {
    String[][] said = {
      {"Sagsbehandler", "Du har søgt som butiksassistent i seks måneder nu."},
      {"Borger", "Ja, og lagerjob har jeg aldrig prøvet."},
      {
        "Sagsbehandler",
        "Så vi skriver, at du udvider din jobsøgning til også at omfatte lagerjob i Esbjerg?"
      },
      {"Borger", "Ja, det kan du godt skrive."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    // The question is evidence of what the one asked holds, but the proposal in it is the asker's.
    assertEquals(
        List.of(),
        Transcripts.check(
            "Sagsbehandler foreslog at udvide jobsøgningen til lagerjob i Esbjerg.",
            transcript,
            DAY));
    attribution(
        Transcripts.check(
            "Borger foreslog selv at udvide jobsøgningen til lagerjob i Esbjerg.",
            transcript,
            DAY));
  }

  @Test
  void whatAnotherProposedToTheSpeakerIsNotTheSpeakersProposal() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan går det med ryggen?"},
      {"Borger", "Bedre. Min leder sagde, at jeg kunne starte med kontorarbejde og telefonvagter."},
      {"Sagsbehandler", "Godt. Så mit forslag er en opstart på ti timer om ugen."},
      {
        "Sagsbehandler",
        "Med kontorarbejdet og telefonvagterne kan du skifte mellem at stå og sidde."
      },
      {"Borger", "Ja, det vil jeg gerne prøve."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Sagsbehandler foreslog en opstart med kontorarbejde og telefonvagter.",
            transcript,
            DAY));
    attribution(
        Transcripts.check(
            "Borger foreslog selv en opstart med kontorarbejde og telefonvagter.",
            transcript,
            DAY));
  }

  @Test
  void whoFirstSaidOneDoesItOneselfTookTheInitiativeThoughASummarySaysMore() {
    // The caseworker's summary says when; the citizen said first that she would call herself.
    String[][] said = {
      {"Borger", "Min formand, Jytte Bødkerholm, hun har været sød og ringer tit."},
      {"Sagsbehandler", "Skal jeg kontakte din arbejdsplads, så vi kan lægge en plan?"},
      {"Borger", "Nej, hvis det er i orden, vil jeg hellere selv ringe til Jytte først."},
      {"Sagsbehandler", "Det er fint."},
      {
        "Sagsbehandler",
        "Så du ringer til Jytte i løbet af næste uge, og jeg ringer til hende efter din lægetid."
      },
      {"Borger", "Ja, det passer."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger ønskede selv at ringe til Jytte i løbet af næste uge.", transcript, DAY));
    attribution(
        Transcripts.check(
            "Sagsbehandler foreslog, at borger selv ringer til Jytte i løbet af næste uge.",
            transcript,
            DAY));
  }

  @Test
  void aQuestionFinishedByAnAfterthoughtIsTheAskers() {
    // The one who came along asks over two sentences; the second is a phrase without a verb.
    String[][] said = {
      {"Sagsbehandler", "Vi skal tale om din uddannelse til efteråret."},
      {"Borger", "Jeg vil gerne være tømrer ligesom min morbror."},
      {
        "Bisidder",
        "Må jeg spørge om noget? Hun har altid haft svært ved at følge med i timerne. Vi har"
            + " tænkt på, om hun skulle testes. For høretab, altså."
      },
      {"Sagsbehandler", "Det er et godt spørgsmål. Skolen har en sundhedsplejerske på stedet."}
    };
    List<DraftSegment> talk =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.BISIDDER));
    assertEquals(
        List.of(),
        Transcripts.check("Bisidder spurgte, om borger skal testes for høretab.", talk, DAY));
    attribution(
        Transcripts.check("Sagsbehandler spurgte, om borger skal testes for høretab.", talk, DAY));
  }

  /**
   * "Så noterer jeg, at der ikke er helbredsmæssige forhold, der begrænser dig": the caseworker
   * writes down, in their own words, what the citizen just answered; it stands as the citizen's
   * report as well as the caseworker's words, and as no one else's.
   */
  @Test
  void whatTheCaseworkerWritesDownIsTheReportOfTheOneJustAnswered() {
    String[][] said = {
      {"Arbejdsgiver", "Vi har brug for en, der kan løfte."},
      {"Sagsbehandler", "Er der noget med dit helbred, som arbejdsgiveren skal kende til?"},
      {
        "Borger",
        "Nej, jeg fejler ingenting. Knæet driller om vinteren, men det holder mig ikke"
            + " tilbage."
      },
      {
        "Sagsbehandler",
        "Så noterer jeg, at der ikke er helbredsmæssige forhold, der begrænser dig" + " i jobbet."
      },
      {"Borger", "Ja, det er rigtigt."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger oplyste, at der ikke er helbredsmæssige forhold, der begrænser ham i jobbet.",
            t,
            DAY));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Sagsbehandler noterede, at der ikke er helbredsmæssige forhold, der begrænser borger"
                + " i jobbet.",
            t,
            DAY));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        Transcripts.kinds(
            "Arbejdsgiver oplyste, at der ikke er helbredsmæssige forhold, der begrænser borger i"
                + " jobbet.",
            t,
            DAY));
  }

  /**
   * "Kan du ikke sende mig den liste?" asks for the list: "Borger bad om ..." is the citizen's,
   * though the caseworker said the list's words first, telling that it had come.
   */
  @Test
  void aRequestIsTheOnesWhoAsksTheOtherForIt() {
    String[][] said = {
      {"Sagsbehandler", "Listen over kurserne på mail fra jobcentret er kommet, og der er truck."},
      {"Borger", "Det lyder interessant."},
      {"Sagsbehandler", "Så skal vi lige tale om din joblog."},
      {"Borger", "Ja. Men kan du ikke sende mig den liste?"},
      {"Sagsbehandler", "Jo, den sender jeg i dag."}
    };
    List<DraftSegment> t = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(), Transcripts.check("Borger bad om at få listen over kurserne på mail.", t, DAY));
    // Without the citizen's question, the list is the caseworker's to have brought up.
    said[3] = new String[] {"Borger", "Ja. Den liste vil jeg kigge på en anden dag."};
    List<DraftSegment> unasked = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(FactKind.ATTRIBUTION),
        Transcripts.kinds("Borger bad om at få listen over kurserne på mail.", unasked, DAY));
  }

  /**
   * "Jeg vil foreslå et opfølgningsmøde i køkkenet ..." "Ja, det vil jeg gerne.": the citizen's
   * wish is said by taking what the caseworker proposed, also through an interpreter ("Det er fint.
   * Hun siger, at hun gerne vil have det møde."); a "no" to it is no wish.
   */
  @Test
  void aWishIsSaidByTakingWhatTheOneBeforeProposed() {
    String proposal =
        "Jeg vil foreslå, at vi holder et opfølgningsmøde i køkkenet om fire uger sammen med din"
            + " kontaktperson.";
    String sentence =
        "Sagsbehandler foreslog, og borger ønskede, et opfølgningsmøde i køkkenet om fire uger"
            + " sammen med kontaktpersonen.";
    String[][] taken = {
      {"Sagsbehandler", "Hvordan går det i køkkenet?"},
      {"Borger", "Godt, jeg er glad for det."},
      {"Sagsbehandler", proposal},
      {"Borger", "Ja, det vil jeg gerne."}
    };
    assertEquals(List.of(), Transcripts.flagsInATalk(taken, sentence, DAY));
    String[][] declined = {
      {"Sagsbehandler", "Hvordan går det i køkkenet?"},
      {"Borger", "Godt, jeg er glad for det."},
      {"Sagsbehandler", proposal},
      {"Borger", "Nej, det vil jeg ikke. Det klarer jeg selv."}
    };
    assertEquals(List.of(FactKind.ATTRIBUTION), Transcripts.kindsInATalk(declined, sentence, DAY));
    // Through an interpreter, in other words than the note's.
    String[][] interpreted = {
      {"Sagsbehandler", "Hvordan går det i køkkenet?"},
      {"Tolk", "Det går godt, siger hun. Hun er glad for det."},
      {
        "Sagsbehandler",
        "Jeg vil foreslå et møde ude i køkkenet om fire uger med din kontaktperson."
      },
      {"Tolk", "Det er fint. Hun siger, at hun gerne vil have det møde."}
    };
    assertEquals(List.of(), Transcripts.flagsInATalk(interpreted, sentence, DAY));
  }
}
