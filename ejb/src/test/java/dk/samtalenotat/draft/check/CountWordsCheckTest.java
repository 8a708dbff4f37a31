package dk.samtalenotat.draft.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts a note writes in words or with a fraction against how they were said (invented). */
class CountWordsCheckTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 9);

  /** Speaker label, then what was said. */
  private static final String[][] SAID = {
    {"Sagsbehandler", "Hvordan går det med kurset?"},
    {"Borger", "Godt. Jeg har kun været syg én dag i oktober, da jeg havde influenza."},
    {"Borger", "Det er tre en halv time om dagen, fra ni til halv et."},
    {"Sagsbehandler", "Hvor mange ansøgninger har du sendt?"},
    {"Borger", "Ti – nej, elleve, for jeg skrev også en i søndags. Den står ikke i loggen endnu."}
  };

  private static List<FactKind> check(String sentence) {
    List<DraftSegment> transcript = Transcripts.of(SAID, Transcripts.roles(ParticipantRole.ANDEN));
    return Transcripts.kinds(sentence, transcript, DAY);
  }

  @Test
  void aValueSaidBareInACitedSegmentIsTheValueWithItsUnit() {
    String[][] said = {
      {"Sagsbehandler", "Du er otteoghalvtreds, og du har arbejdet på lager det meste af dit liv."},
      {"Borger", "Ja. Toogtyve år hos Bjerregaard Logistik ude ved motorvejen."},
      {"Borger", "Og så lukkede de lageret, og det hele blev flyttet til Jylland."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    String note =
        "Sagsbehandler oplyste, at borger er %s år, og borger har arbejdet på lager det meste af"
            + " sit liv, 22 år hos Bjerregaard Logistik ude ved motorvejen.";
    assertEquals(List.of(), cited(String.format(note, "58"), transcript));
    assertEquals(List.of(FactKind.NUMBER), cited(String.format(note, "59"), transcript));
  }

  @Test
  void aNumberWithAnAdverbAfterItCountsWhatWasNamedBefore() {
    String[][] said = {
      {"Sagsbehandler", "Og hvordan går det med fysioterapeuten?"},
      {
        "Borger",
        "Fint. Jeg har haft seks behandlinger gennem min fagforening, og jeg har tre tilbage."
      }
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    // "tre tilbage": "tilbage" counts nothing, so the three are treatments too.
    assertEquals(
        List.of(),
        Transcripts.kinds(
            "Borger har haft 6 behandlinger og har 3 behandlinger tilbage.", transcript, DAY));
    assertEquals(
        List.of(FactKind.NUMBER),
        Transcripts.kinds(
            "Borger har haft 6 behandlinger og har 4 behandlinger tilbage.", transcript, DAY));
  }

  @Test
  void aPersonSaidToBeANumberIsThatManyYearsOld() {
    String[][] said = {
      {
        "Borger",
        "Æ har jo været på lageret ved Rørby Engros i – hvad er det – otteogtyve år, ikk'."
      },
      {"Sagsbehandler", "Og nu er afdelingen lukket, og du blev ledig den første august."},
      {"Borger", "Ja. Altså, æ er enogtres nu, ikk'. Og så er det ikke så let."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    String note =
        "Borger er %s år og blev ledig den 1. august 2026, efter at afdelingen hos Rørby Engros"
            + " blev lukket.";
    assertEquals(
        List.of(),
        Transcripts.check(String.format(note, "61"), transcript, DAY).stream()
            .map(FactFlag::kind)
            .toList());
    assertEquals(
        List.of(FactKind.NUMBER), Transcripts.kinds(String.format(note, "59"), transcript, DAY));
  }

  private static List<FactKind> cited(String sentence, List<DraftSegment> transcript) {
    return UnsupportedFactCheck.check(
            List.of(
                new dk.samtalenotat.draft.DraftSentence(
                    dk.samtalenotat.draft.NoteSection.DROEFTET, sentence, List.of(1, 2))),
            transcript,
            DAY)
        .stream()
        .map(FactFlag::kind)
        .distinct()
        .toList();
  }

  @Test
  void oneSaidAsAWordSupportsOneInACompound() {
    assertEquals(List.of(), check("Borger har kun haft én sygedag i oktober."));
    assertEquals(List.of(FactKind.NUMBER), check("Borger har haft 3 sygedage i oktober."));
  }

  @Test
  void anHourInTheGenitiveCountsHours() {
    assertEquals(List.of(), check("Kurset er 3½ times undervisning om dagen."));
    assertEquals(List.of(FactKind.HOURS), check("Kurset er 4½ times undervisning om dagen."));
  }

  @Test
  void oneIsSupportedByAnEnSaidAsAPronoun() {
    String[][] said = {
      {"Sagsbehandler", "Hvor mange ansøgninger har du sendt?"},
      {"Borger", "Ti – nej, elleve, for jeg skrev også en i søndags. Den står ikke i loggen endnu."}
    };
    List<DraftSegment> transcript = Transcripts.of(said, Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.check(
            "Borger har sendt 11 ansøgninger, heraf ét, der ikke står i loggen.", transcript, DAY));
    // Where nothing fits the words around it, one is not said.
    assertEquals(
        List.of(FactKind.NUMBER),
        Transcripts.check("Borger har ét barn i vuggestue.", transcript, DAY).stream()
            .map(FactFlag::kind)
            .filter(k -> k == FactKind.NUMBER)
            .toList());
  }

  /**
   * "i ni år. Som chauffør på natruten de sidste tre.": "de sidste" is no noun the number counts,
   * and the bare number meets the note's "3 år".
   */
  @Test
  void aWordOfOrderBeforeANumberIsNotWhatItCounts() {
    String[][] said = {
      {"Sagsbehandler", "Hvor længe har du kørt bus?"},
      {"Borger", "Jeg har kørt bus i ni år. Som chauffør på natruten de sidste tre."}
    };
    List<DraftSegment> transcript =
        Transcripts.of(
            Transcripts.withTheRestOfATalk(said), Transcripts.roles(ParticipantRole.ANDEN));
    assertEquals(
        List.of(),
        Transcripts.kinds(
                "Borger har kørt bus i 9 år, de sidste 3 år som chauffør på natruten.",
                transcript,
                DAY)
            .stream()
            .filter(k -> k == FactKind.NUMBER)
            .toList());
    assertEquals(
        List.of(FactKind.NUMBER),
        Transcripts.kinds(
                "Borger har kørt bus i 9 år, de sidste 5 år som chauffør på natruten.",
                transcript,
                DAY)
            .stream()
            .filter(k -> k == FactKind.NUMBER)
            .toList());
  }

  /**
   * "Vi har snakket om fire dage á seks timer": "om fire dage" reads as a day counted from now, but
   * here it counts the days; its number is a number said too.
   */
  @Test
  void daysCountedAfterOmAreANumberSaid() {
    String[][] said = {
      {"Sagsbehandler", "Hvordan skal timerne ligge, når hun starter?"},
      {"Arbejdsgiver", "Vi har snakket om fire dage á seks timer, altså fireogtyve timer i alt."},
      {"Borger", "Ja, det kan jeg godt klare."}
    };
    assertEquals(
        List.of(),
        Transcripts.flagsInATalk(
            said, "Arbejdsgiver og borger har talt om 24 timer, fire dage á seks timer.", DAY));
    assertEquals(
        List.of(FactKind.NUMBER),
        Transcripts.kindsInATalk(
            said, "Arbejdsgiver og borger har talt om 24 timer, fem dage á seks timer.", DAY));
  }
}
