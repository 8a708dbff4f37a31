package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A person's name said in the conversation, but of someone in another role. */
class NameContextCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Velkommen. I dag skal vi tale om opstarten i praktikken på lageret."},
    {
      "Virksomhedskonsulent",
      "Jeg går på orlov fra juni, så min kollega Ulrik Damsgaard overtager sagen."
    },
    {"Sagsbehandler", "Tak. Hvem bliver borgers daglige kontaktperson på lageret?"},
    {
      "Arbejdsgiver",
      "Det er Birthe Kjærsgaard, vores lagerformand. Hun viser rundt den første dag."
    },
    {"Borger", "Det lyder fint. Jeg møder klokken syv."}
  };

  private static List<DraftSegment> transcript() {
    return Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ANDEN));
  }

  private static List<FactFlag> check(String text) {
    return Transcripts.check(text, transcript(), DAY);
  }

  @Test
  void aNameSaidOfSomeoneInAnotherRoleIsFlaggedWithTheNameOfTheRole() {
    assertEquals(
        List.of(),
        check("Borgers daglige kontaktperson på lageret er lagerformand Birthe Kjærsgaard."));
    List<FactFlag> flags =
        check("Borgers daglige kontaktperson på lageret er lagerformand Ulrik Damsgaard.");
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NAME, flags.get(0).kind());
    assertEquals("Birthe Kjærsgaard", flags.get(0).transcriptValue());
    assertEquals(
        List.of(),
        check("Virksomhedskonsulentens kollega Ulrik Damsgaard overtager sagen i juni."));
  }

  @Test
  void anotherNameTheSentenceAlsoWritesIsNoAlternativeToTheFirst() {
    String[][] said = {
      {"Sagsbehandler", "Jeg har talt med Brøndeløkke Auto, og de vil gerne have dig i praktik."},
      {"Borger", "Det lyder godt. Jeg har været i praktik før, på et lager."},
      {"Sagsbehandler", "Det er værkføreren, Henrik Mølgaard, der bliver din kontaktperson."},
      {"Borger", "Hvornår starter praktikken?"},
      {"Sagsbehandler", "Praktikken starter mandag, og den varer fire uger."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    // The segment that fits the sentence best names the contact person, whom the sentence names
    // too: neither name is said of something else.
    assertEquals(
        List.of(),
        Transcripts.check(
            "Brøndeløkke Auto har tilbudt borger praktik med værkfører Henrik Mølgaard som"
                + " kontaktperson.",
            transcript,
            DAY));
  }

  @Test
  void aNameMadeOfTwoRegisteredPeoplesNamesIsNoOnesName() {
    List<String> registered = List.of("Gitte Bundgaard", "Preben Ravn");
    Function<String, List<FactFlag>> check =
        text ->
            UnsupportedFactCheck.check(
                List.of(new DraftSentence(NoteSection.DROEFTET, text, List.of())),
                transcript(),
                DAY,
                registered);
    assertEquals(List.of(), check.apply("Borgers mor, Gitte Bundgaard, deltog i samtalen."));
    List<FactFlag> flags = check.apply("Borgers mor, Gitte Ravn, deltog i samtalen.");
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NAME, flags.get(0).kind());
  }

  @Test
  void aParticipantSaidByTheFirstNameIsThatParticipant() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen, Jonna. Og velkommen til dig, Kasper, fra a-kassen."},
      {"A-kasse", "Tak. Kasper Holm fra Lagerarbejdernes A-kasse."},
      {"Sagsbehandler", "Jonna Vinther, du har søgt otte stillinger siden sidst."},
      {"Sagsbehandler", "Kasper finder et hold på truckkurset og hjælper dig med ansøgningen."},
      {"Borger", "Det er fint."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(said, Transcripts.roles(ParticipantRole.A_KASSE));
    FactCheckContext context =
        new FactCheckContext(
            transcript,
            DAY,
            List.of(
                new dk.samtalenotat.draft.DraftParticipant("Jonna Vinther", ParticipantRole.BORGER),
                new dk.samtalenotat.draft.DraftParticipant("Kasper Holm", ParticipantRole.A_KASSE),
                new dk.samtalenotat.draft.DraftParticipant(
                    "Lise Dam", ParticipantRole.SAGSBEHANDLER)));
    assertEquals(
        List.of(),
        UnsupportedFactCheck.check(
            List.of(
                new DraftSentence(
                    NoteSection.AFTALER,
                    "Kasper Holm finder et hold på truckkurset og hjælper borger med ansøgningen.",
                    List.of())),
            context));
  }

  @Test
  void aPersonIntroducedByTheFullNameIsThenSaidByTheFirstName() {
    // "til Henrik": Henrik is Henrik Holm, introduced by the full name, and no one else.
    assertEquals(
        List.of(),
        whenSick(
            "Hvis du bliver syg, så ringer du både til Henrik og til mig om morgenen.",
            "Ved sygdom ringer borger om morgenen til Henrik Holm."));
  }

  @Test
  void aParticipantTheSentenceNamesByTheRoleIsNoOtherPersonForTheName() {
    // The caseworker, whom the sentence names by the role, is not who "Henrik Holm" should be.
    assertEquals(
        List.of(),
        whenSick(
            "Hvis du bliver syg, så ringer du både til værkføreren og til mig om morgenen.",
            "Ved sygdom ringer borger om morgenen til både Henrik Holm og sagsbehandler."));
  }

  /** A telephone call about a placement where the caseworker says what to do when sick. */
  private static List<FactFlag> whenSick(String whenSick, String sentence) {
    String[][] said = {
      {
        "Sagsbehandler", "Hej Mads, det er Lone Friis. Jeg ringer, som vi aftalte, her om morgenen."
      },
      {"Borger", "Jeg var derude i går og snakkede med Henrik Holm, han er værkfører."},
      {"Sagsbehandler", whenSick},
      {"Borger", "Det gør jeg."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    FactCheckContext context =
        new FactCheckContext(
            transcript,
            DAY,
            List.of(
                new dk.samtalenotat.draft.DraftParticipant("Mads Berg", ParticipantRole.BORGER),
                new dk.samtalenotat.draft.DraftParticipant(
                    "Lone Friis", ParticipantRole.SAGSBEHANDLER)));
    return UnsupportedFactCheck.check(
        List.of(new DraftSentence(NoteSection.AFTALER, sentence, List.of())), context);
  }

  /** A firm named in the talk only of something else, where another firm fits the sentence. */
  @Test
  void aFirmSaidOnlyOfSomethingElseIsFlaggedWithTheFirmThatFits() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. I dag skal vi finde en praktikplads til dig."},
      {"Sagsbehandler", "Jeg har talt med Cykelhuset Enghave om en praktik."},
      {
        "Borger",
        "Ja, Cykelhuset Enghave vil jeg gerne. Der kan jeg reparere cykler og hjælpe kunderne."
      },
      {"Sagsbehandler", "Så starter praktikken på mandag, og den varer fire uger."},
      {"Borger", "Det lyder godt. Så skal jeg have arbejdstøj på."},
      {"Sagsbehandler", "Hvordan går det ellers derhjemme med familien?"},
      {"Borger", "Fint. Min søster er flyttet til Aarhus med sine to drenge."},
      {"Sagsbehandler", "Og din svoger, har han stadig travlt?"},
      {"Borger", "Ja, han har sit malerfirma, Nørrevangs Malerservice, og tre svende ansat."},
      {"Sagsbehandler", "Godt at høre. Vi ses om en måned."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger starter i praktik hos Cykelhuset Enghave og skal reparere cykler og hjælpe"
                + " kunderne.",
            transcript,
            DAY));
    List<FactFlag> flags =
        Transcripts.check(
            "Borger starter i praktik hos Nørrevangs Malerservice og skal reparere cykler og hjælpe"
                + " kunderne.",
            transcript,
            DAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals("Cykelhuset Enghave", flags.get(0).transcriptValue());
    // What the sentence says of the brother-in-law's firm is said where the firm is.
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borgers svoger har sit malerfirma, Nørrevangs Malerservice, med tre svende ansat.",
            transcript,
            DAY));
  }

  /** A person whose surname is also a common word ("Lund", "Skov") is a person all the same. */
  @Test
  void aPersonWhoseSurnameIsACommonWordIsAnAlternativeToo() {
    String[][] said = {
      {"Sagsbehandler", "Velkommen. I dag taler vi om løntilskudsjobbet i gartneriet."},
      {"Virksomhedskonsulent", "Gartneriet ejes af Torben Kragelund, han er der mest om morgenen."},
      {"Sagsbehandler", "Hvem skal borger henvende sig til i det daglige?"},
      {
        "Virksomhedskonsulent",
        "Det er driftslederen Mette Skov. Hun er din kontaktperson og viser dig drivhusene."
      },
      {"Borger", "Fint. Jeg møder klokken seks."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borgers kontaktperson i gartneriet er driftsleder Mette Skov, som viser drivhusene.",
            transcript,
            DAY));
    List<FactFlag> flags =
        Transcripts.check(
            "Borgers kontaktperson i gartneriet er driftsleder Torben Kragelund, som viser"
                + " drivhusene.",
            transcript,
            DAY);
    assertEquals(1, flags.size(), flags.toString());
    assertEquals(FactKind.NAME, flags.get(0).kind());
    assertEquals("Mette Skov", flags.get(0).transcriptValue());
  }

  /**
   * "Fleksbonussen udbetales ...": a sentence's first word, capitalised, that the dictionary does
   * not know but reads as a compound whose head was said ("bonussen"), is the note's word for what
   * was talked of, not a name; a name nobody said there still is one.
   */
  @Test
  void aCompoundOpeningTheSentenceWithASaidHeadIsNoName() {
    String[][] said = {
      {"Sagsbehandler", "Når du har været i job i et halvt år, får du en bonus fra kommunen."},
      {"Borger", "Hvor stor er den bonus?"},
      {"Sagsbehandler", "Bonussen er på fem tusind kroner, og den udbetales til din konto."},
      {"Borger", "Det lyder godt."}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said, "Fleksbonussen udbetales til borgers konto og er på 5.000 kr.", DAY));
    assertEquals(
        List.of(FactKind.NAME),
        Transcripts.kindsInATalk(said, "Kjølbyhøj udbetaler bonussen til borgers konto.", DAY));
  }
}
