package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How names are written in Danish: a company form ends a firm's name, an abbreviation opens one, a
 * capital inside a word starts no name, and a hyphen compound with a lower-case last part is a
 * common noun.
 */
class NameFormsCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen. Vil du fortælle, hvor du har arbejdet?"},
    {
      "Borger",
      "Jeg var ved Brdr. Kjær Stålværk A/S ude i Tarmby i tolv år som svejser, indtil de"
          + " lukkede afdelingen."
    },
    {"Sagsbehandler", "Og så får du dagpenge, og det bliver indberettet via eIndkomst."},
    {"Borger", "Ja. Jeg vil gerne lære noget mere om CAD, måske et kursus i CAD-tegning."},
    {"Sagsbehandler", "Send mig to stillingsopslag, hvor CAD er et krav."},
    {"Borger", "Det gør jeg."}
  };

  private static List<FactFlag> check(String sentence) {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ANDEN));
    return Transcripts.check(sentence, transcript, DAY);
  }

  /** "Brdr. Kjær Stålværk A/S i Tarmby": the name ends at "A/S"; "i Tarmby" is where it is. */
  @Test
  void aCompanyFormEndsTheNameAndAnAbbreviationOpensIt() {
    assertEquals(
        List.of(),
        check("Borger har arbejdet 12 år som svejser hos Brdr. Kjær Stålværk A/S i Tarmby."));
    // Another firm's name is still flagged, from the abbreviation to the company form, with the
    // name the transcript says.
    List<FactFlag> other =
        check("Borger har arbejdet 12 år som svejser hos Brdr. Kjær Træværk A/S i Tarmby.");
    assertEquals(List.of(FactKind.ORGANISATION), other.stream().map(FactFlag::kind).toList());
    assertEquals("Brdr. Kjær Træværk A/S", other.get(0).fact());
    assertEquals("Brdr. Kjær Stålværk A/S", other.get(0).transcriptValue());
  }

  /** "eIndkomst" is one word; its capital starts no name "Indkomst". */
  @Test
  void aCapitalInsideAWordStartsNoName() {
    assertEquals(
        List.of(), check("Sagsbehandler oplyste, at dagpengene indberettes via eIndkomst."));
  }

  /** "CAD-kompetencer" is a common noun made with a name; only "CAD" must be said. */
  @Test
  void aHyphenCompoundWithALowerCaseLastPartIsNoName() {
    assertEquals(List.of(), check("Borger sender to stillingsopslag med krav om CAD-kompetencer."));
    assertEquals(
        List.of(FactKind.ORGANISATION),
        check("Borger sender to stillingsopslag med krav om SAP-kompetencer.").stream()
            .map(FactFlag::kind)
            .toList());
  }

  /**
   * "Og det var på Tarmby Erhvervsskole?" asks where what was just told happened: the school is
   * named of that, though a firm named later fits the sentence's words too.
   */
  @Test
  void aShortFollowUpQuestionNamesThePlaceOfWhatWasJustTold() {
    String[][] said = {
      {"Sagsbehandler", "Sidst vi talte sammen, var du lige stoppet på mureruddannelsen."},
      {"Borger", "Ja, jeg kom for sent om morgenen hele tiden, og så blev jeg smidt ud i marts."},
      {"Bisidder", "Han var ellers dygtig i værkstedet."},
      {"Sagsbehandler", "Okay. Og det var på Tarmby Erhvervsskole?"},
      {"Borger", "Ja."},
      {"Sagsbehandler", "Hvordan går det med at komme op om morgenen nu?"},
      {"Borger", "Bedre. Jeg har fået et vækkeur."},
      {
        "Sagsbehandler",
        "Jeg har talt med en murermester, Tarmby Murer ApS. De vil gerne tage dig i praktik, og"
            + " de ved godt, at du blev smidt ud af mureruddannelsen, fordi du kom for sent."
      },
      {"Borger", "Det lyder godt."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger blev i marts smidt ud af mureruddannelsen på Tarmby Erhvervsskole, fordi han"
                + " kom for sent.",
            transcript,
            DAY));
  }

  /**
   * A firm named in one turn and an internship with another firm in the next: what the next turn
   * says is said of the firm it names, so a sentence giving the internship to the first firm is
   * flagged.
   */
  @Test
  void whatTheNextTurnSaysOfAnotherFirmIsNotSaidOfThisOne() {
    String[][] said = {
      {"Sagsbehandler", "Og din kone, arbejder hun?"},
      {"Borger", "Ja, Mette arbejder hos Brdr. Holm Gartneri. Hun møder klokken seks."},
      {
        "Sagsbehandler",
        "Så vil jeg gerne tale om en virksomhedspraktik. Vi har en aftale med kantinen hos"
            + " Tarmby Plast A/S. Du skal hjælpe med madlavning og rengøring i køkkenet."
      },
      {"Borger", "Det vil jeg gerne."},
      {"Sagsbehandler", "Hvordan har børnene det i skolen?"},
      {"Borger", "Godt. De er glade for deres lærere."},
      {"Sagsbehandler", "Du starter i praktik i kantinen hos Tarmby Plast A/S på tirsdag."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger starter i virksomhedspraktik i kantinen hos Tarmby Plast A/S med madlavning og"
                + " rengøring.",
            transcript,
            DAY));
    assertEquals(
        List.of(),
        Transcripts.check("Borgers ægtefælle arbejder hos Brdr. Holm Gartneri.", transcript, DAY));
    List<FactFlag> flags =
        Transcripts.check(
            "Borger starter i virksomhedspraktik i kantinen hos Brdr. Holm Gartneri med madlavning"
                + " og rengøring.",
            transcript,
            DAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals("Tarmby Plast A/S", flags.get(0).transcriptValue());
  }

  /**
   * "Tarmby Bageri ApS" where the former job was at "Købmandsgården Tarmby ApS": the company form
   * both names share says nothing about which firm the sentence is about.
   */
  @Test
  void aCompanyFormSharedByTwoFirmsDoesNotTieASentenceToEither() {
    String[][] said = {
      {"Sagsbehandler", "Hvor har du søgt job siden sidst?"},
      {"Borger", "Et par steder i byen, blandt andet Tarmby Bageri ApS og et lager."},
      {"Sagsbehandler", "Har du hørt noget fra dem?"},
      {"Borger", "Nej, ikke endnu."},
      {"Sagsbehandler", "Godt. Du var jo ekspedient før, ikke?"},
      {"Borger", "Jo, i otte år hos Købmandsgården Tarmby ApS. Indtil de lukkede forretningen."},
      {"Sagsbehandler", "Hvordan går det med din søn?"},
      {"Borger", "Godt, han er glad for skolen."},
      {
        "Sagsbehandler",
        "Så opsummerer jeg. Du har søgt fire job og skal til samtale hos Tarmby Bageri ApS på"
            + " torsdag."
      }
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger var tidligere ekspedient i otte år hos Købmandsgården Tarmby ApS, indtil"
                + " forretningen lukkede.",
            transcript,
            DAY));
    List<FactFlag> flags =
        Transcripts.check(
            "Borger var tidligere ekspedient i otte år hos Tarmby Bageri ApS, indtil forretningen"
                + " lukkede.",
            transcript,
            DAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals("Købmandsgården Tarmby ApS", flags.get(0).transcriptValue());
  }

  /** "Og Rasmus, du har skrevet ...": the conjunction opening the sentence is no part of a name. */
  @Test
  void aCommonWordOpeningASentenceIsNoPartOfTheNameAfterIt() {
    String[][] said = {
      {
        "Sagsbehandler",
        "Vi sidder ude hos Nordby Snedkeri ApS. Jeg hedder Lone Berg og er sagsbehandler."
      },
      {"Borger", "Ja, goddag."},
      {"Sagsbehandler", "Hvordan går det med ryggen for tiden?"},
      {"Borger", "Det går bedre end sidst."},
      {
        "Sagsbehandler",
        "Og Rasmus, du har skrevet til os, at du gerne vil have flere timer i dit fleksjob?"
      },
      {"Borger", "Ja, jeg vil gerne op på seksten timer om ugen fordelt på fire dage."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger er i fleksjob hos Nordby Snedkeri ApS og vil gerne op på seksten timer om ugen"
                + " fordelt på fire dage.",
            transcript,
            DAY));
  }
}
