package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Content nobody said, against the words a caseworker writes for what was said: a noun derived from
 * a verb with a prefix, a noun of action for the verb said ("evaluering" for "vi evaluerer"), a
 * paraphrase in a clause otherwise said, speech quoted as nobody translated it. For each a planted
 * case and a correct one.
 */
class InventedCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  /** Speaker label, language, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "da", "Velkommen. Vi skal tale om din sygemelding og om jobsøgningen."},
    {"Borger", "da", "Tak. Ryggen er bedre, men jeg kan stadig ikke løfte noget."},
    {
      "Sagsbehandler", "da", "Du skal søge mindst to stillinger om ugen, og de skal være relevante."
    },
    {"Borger", "da", "Det kan jeg godt. Jeg kigger mest på kontorjob."},
    {"Borger", "ar", "شكراً جزيلاً."},
    {"Borger", "da", "Må jeg tage på ferie til Spanien i maj?"},
    {
      "Sagsbehandler",
      "da",
      "Når du er sygemeldt, skal du søge om det skriftligt, før du tager af sted."
    },
    {"Sagsbehandler", "da", "Og så vurderer vi, om rejsen kan forværre din ryg."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(
        SAID,
        label -> label.equals("Borger") ? ParticipantRole.BORGER : ParticipantRole.SAGSBEHANDLER);
  }

  private static List<FactFlag> check(String text) {
    return Transcripts.check(text, transcript(), DAY);
  }

  private static void invented(List<FactFlag> flags) {
    assertTrue(flags.stream().anyMatch(f -> f.kind() == FactKind.INVENTED), flags.toString());
  }

  @Test
  void aNounDerivedFromAVerbWithAPrefixIsWhatTheVerbSays() {
    assertEquals(List.of(), check("Ansøgningerne skal være relevante for borgers profil."));
    invented(check("Ansøgningerne sendes til et rekrutteringsbureau med en karriererådgiver."));
  }

  @Test
  void aNounOfActionIsTheVerbASpeakerSaid() {
    String[][] placement = {
      {"Sagsbehandler", "Praktikken i Havnekantinen er tolv timer om ugen i otte uger."},
      {
        "Sagsbehandler",
        "Efter de otte uger evaluerer vi forløbet, og så afklarer vi, om du kan fortsætte."
      },
      {"Borger", "Det lyder godt."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(placement), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Efter otte uger følger en evaluering af forløbet og en afklaring af, om borger kan"
                + " fortsætte.",
            transcript,
            DAY));
    invented(
        Transcripts.check(
            "Efter otte uger følger en certificering af forløbet og en akkreditering af"
                + " kantinen.",
            transcript,
            DAY));
  }

  @Test
  void aPartOfACompoundIsANounMadeOfAVerbSaid() {
    String[][] work = {
      {"Borger", "Jeg har kørt truck og plukket varer på et fryselager i seks år."},
      {"Sagsbehandler", "Det er god erfaring."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(work), Transcripts.roles(ParticipantRole.ANDEN));
    // "truckkørsel" from "kørt truck", "vareplukning" from "plukket varer".
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger har i 6 år arbejdet med truckkørsel og vareplukning på et fryselager.",
            transcript,
            DAY));
    invented(
        Transcripts.check(
            "Borger har i 6 år arbejdet med kranføring og vareindkøb på et fryselager.",
            transcript,
            DAY));
  }

  @Test
  void aNoteWritesTheFormalWordForFatherAndMother() {
    String[][] said = {
      {"Sagsbehandler", "Jeg kan tilbyde dig en mentor, som du ser en gang om ugen."},
      {"Borger", "Nej tak. Min far og min mor synes ellers, det er en god idé."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger takkede nej til en mentor, selv om faderen og moderen synes, det er en god"
                + " idé.",
            transcript,
            DAY));
    invented(
        Transcripts.check(
            "Borger takkede nej til en mentor, selv om faderen har lovet at betale kørekortet.",
            transcript,
            DAY));
  }

  @Test
  void aNoteWritesANoThanksAsDeclining() {
    String[][] offer = {
      {"Sagsbehandler", "Jeg vil gerne tilbyde dig et forløb med motion i Sundhedshuset."},
      {"Borger", "Det er sødt af dig, men jeg vil helst sige nej tak lige nu. Men tak."},
      {"Sagsbehandler", "Det er helt i orden."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(offer), Transcripts.roles(ParticipantRole.ANDEN));
    // "takkede nej" is how a note writes "nej tak"; how politely is the note's wording.
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger takkede høfligt nej til forløbet med motion i Sundhedshuset.",
            transcript,
            DAY));
    invented(
        Transcripts.check(
            "Borger takkede nej til forløbet og bad om en henvisning til fysioterapeut.",
            transcript,
            DAY));
  }

  @Test
  void aCaseworkersWordsInAClauseOtherwiseSaidAreAParaphrase() {
    assertEquals(
        List.of(),
        check(
            "Sagsbehandler oplyste, at ophold i udlandet under sygemeldingen skal søges"
                + " skriftligt, før borger tager af sted, og at det vurderes, om rejsen kan"
                + " forværre ryggen."));
    invented(
        check(
            "Sagsbehandler oplyste, at borger har fået bevilget et ophold på et rekreationshjem"
                + " i udlandet."));
  }

  @Test
  void wordsOfTheNotesOwnInDifferentClausesAreItsWordingOfWhatWasSaid() {
    assertEquals(
        List.of(),
        check(
            "Borger søger primært stillinger som kontorassistent, men også kontorjob med"
                + " telefonvagt."));
    invented(check("Borger har fået tilbudt et vikariat med fokus på lønbogholderi."));
  }

  @Test
  void whatTheCitizenDescribedIsReportedWithAVerbOfSaying() {
    assertEquals(
        List.of(), check("Borger beskrev, at ryggen er bedre, men at hun ikke kan løfte noget."));
  }

  @Test
  void speechNobodyTranslatedIsSupportedByBeingSaidAsWritten() {
    assertEquals(List.of(), check("Borger sagde på arabisk: \"شكراً جزيلاً.\" (ikke oversat)."));
    assertFalse(
        check("Borger sagde på arabisk: \"مرحبا بكم في المركز.\" (ikke oversat).").isEmpty());
    assertFalse(check("Borger sagde på persisk: \"شكراً جزيلاً.\" (ikke oversat).").isEmpty());
  }

  @Test
  void aClauseWhosePrepositionGovernsTheAtClauseFramesWhatWasSaid() {
    // "satte fokus på" nobody said; what the caseworker reserved is said.
    assertEquals(
        List.of(),
        check(
            "Sagsbehandler satte fokus på, at rejsen kan forværre borgers ryg under"
                + " sygemeldingen."));
    // What the at-clause says is still checked.
    invented(
        check(
            "Sagsbehandler satte fokus på, at borger har fået bevilget et ophold på et"
                + " rekreationshjem i udlandet."));
  }

  @Test
  void theNotesOwnStandardWordingIsNoContent() {
    for (String standard :
        List.of(
            "Det blev aftalt, at borger søger mindst to stillinger om ugen.",
            "Som næste skridt og opfølgning søger borger mindst to stillinger om ugen.",
            "Drøftet og vurderet: borger kigger mest på kontorjob.",
            "Næste samtale afholdes som videomøde, og borger søger to stillinger om ugen.")) {
      assertEquals(
          List.of(),
          check(standard).stream().filter(f -> f.kind() == FactKind.INVENTED).toList(),
          standard);
    }
    invented(check("Som næste skridt søger borger et fleksjob som parkeringsvagt i lufthavnen."));
  }

  @Test
  void aNounMadeWithAWholeSyllableOfAShortStemIsWhatTheStemSays() {
    // "sygdom" of "syg", "pakning" of "pakke": stems of three letters.
    List<DraftSegment> said =
        Transcripts.of(
            new String[][] {
              {"Sagsbehandler", "På lageret skal du pakke reservedele til værkstederne."},
              {"Borger", "Fint. Hvad gør jeg, hvis jeg bliver syg?"},
              {"Sagsbehandler", "Så ringer du til lageret inden klokken syv om morgenen."}
            },
            label ->
                label.equals("Borger") ? ParticipantRole.BORGER : ParticipantRole.SAGSBEHANDLER);
    assertEquals(
        List.of(),
        Transcripts.check(
            "Ved sygdom ringer borger til lageret og melder, at pakningen må vente.", said, DAY));
    invented(
        Transcripts.check(
            "Ved sygdom ringer borger til sin fagforening og sin kontaktperson i jobcentret.",
            said,
            DAY));
  }

  @Test
  void theCaseworkersAssessmentOfWhatTheCitizenWantsFramesWhatWasSaid() {
    // "motiveret" is the note's word for the citizen's wish; "arbejde" alone may paraphrase.
    assertEquals(List.of(), check("Borger er motiveret for arbejde på kontor."));
    invented(check("Borger er motiveret for et fleksjob som parkeringsvagt i lufthavnen."));
  }

  @Test
  void aCompoundWhoseFirstPartIsSaidNamesWhatWasTalkedOf() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. Fortæl lidt om virksomheden."},
      {"Arbejdsgiver", "Det er mig og min mand, der ejer værkstedet, og så har vi to svende."},
      {"Sagsbehandler", "Og hvad skal borger lave hos jer?"},
      {"Arbejdsgiver", "Han skal slibe og lakere møbler sammen med svendene."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(), Transcripts.check("Værkstedet er en ApS med ejerparret.", transcript, DAY));
    invented(Transcripts.check("Værkstedet har en kaffemaskine.", transcript, DAY));
  }

  @Test
  void aWordWithANegatingPrefixIsSaidByItsWordNegated() {
    String[][] hours = {
      {"Sagsbehandler", "Hvor mange timer er du i praktikken nu?"},
      {"Borger", "Det er tolv timer om ugen hos Vognmand Dahl."},
      {"Sagsbehandler", "Timetallet ændrer vi ikke, det bliver ved tolv timer."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(hours), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Praktikken er på tolv timer, og timetallet står uændret.", transcript, DAY));
    invented(
        Transcripts.check(
            "Praktikken er på tolv timer, og timetallet står uafklaret hos fagforeningen.",
            transcript,
            DAY));
  }

  /** "primært", "oplæsning", "opsummering", "dato": the note's own framing (and any adverb). */
  @Test
  void wordsOfEmphasisAndOfTheReadBackAreTheNotesFraming() {
    List<String> invented = new java.util.ArrayList<>();
    for (String framed :
        List.of(
            "Ved oplæsning og opsummering bekræftede borger, at borger mest kigger på kontorjob.",
            "Ved opsummering blev dato for ferien i Spanien gennemgået.",
            "Ved opsummering blev det primært ferien i Spanien, der blev drøftet.",
            "Borger kigger hovedsageligt på kontorjob.")) {
      if (check(framed).stream().anyMatch(f -> f.kind() == FactKind.INVENTED)) {
        invented.add(framed);
      }
    }
    assertEquals(List.of(), invented);
    invented(check("Borger kigger primært på et fleksjob som parkeringsvagt i lufthavnen."));
  }

  /** "Må jeg tage på ferie til Spanien?": a note writes that the citizen asked a "spørgsmål". */
  @Test
  void aQuestionAskedIsTheNotesWordForWhatWasAsked() {
    assertEquals(
        List.of(),
        check("Borger stillede spørgsmål om ferie til Spanien i maj.").stream()
            .filter(f -> f.kind() == FactKind.INVENTED)
            .toList());
    invented(check("Borger stillede spørgsmål om et fleksjob som parkeringsvagt i lufthavnen."));
  }

  /** "Det gør ondt i knæet": a note writes it as "smerter". */
  @Test
  void aNoteWritesWhatHurtsAsPain() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan går det med knæet?"},
      {"Borger", "Det gør ondt i knæet, når jeg går på trapper i opgangen."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check("Borger har smerter i knæet ved trappegang.", transcript, DAY));
    invented(
        Transcripts.check(
            "Borger har smerter i knæet og bruger en knæskinne fra fysioterapeuten.",
            transcript,
            DAY));
  }

  @Test
  void aNoteFramesWhatWasToldInItsOwnWords() {
    String[][] said = {
      {
        "Borger",
        "Jeg har været til samtale på et lager i Vestby. Nu venter jeg bare på svar. Indtil da"
            + " søger jeg videre."
      },
      {"Sagsbehandler", "Og hvordan går det med knæet?"},
      {"Borger", "Bedre. Men når jeg står op i lang tid ved kassen, så gør det ondt."}
    };
    // "mens" opens a clause, "oplever" and "særligt" frame what was told: none of them is content
    // nobody said.
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said,
            "Borger søger videre, mens hun venter på en tilbagemelding fra lageret i Vestby.",
            DAY));
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said,
            "Borger oplever bedring i knæet, men har ondt, særligt ved lang tids stående arbejde"
                + " ved kassen.",
            DAY));
    invented(
        Transcripts.flagsInATalk(
            said, "Borger oplever bedring i knæet efter en operation hos ortopædkirurgen.", DAY));
  }
}
