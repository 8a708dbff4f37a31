package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFactTest {

  private static final SentenceFact UNEMPLOYED =
      new SentenceFact("f1", "Borger har været ledig siden 1. november 2025.");
  private static final SentenceFact JOBS =
      new SentenceFact(
          "f2", "Borger har søgt 4 job den seneste måned, hvoraf 3 er registreret i jobloggen.");
  private static final SentenceFact CAR =
      new SentenceFact("f3", "Borger har bil og kan pendle op til en time hver vej.");
  private static final SentenceFact NO_PLACEMENT =
      new SentenceFact("f4", "Der blev ikke aftalt virksomhedspraktik, før kurset er gennemført.");
  private static final SentenceFact MEETING =
      new SentenceFact(
          "f5", "Næste jobsamtale afholdes tirsdag den 10. marts 2026 kl. 10.00 på kontoret.");

  @Test
  void aSentenceThatSaysTheFactStatesIt() {
    assertTrue(UNEMPLOYED.foundIn(List.of("Borger har været ledig siden 1. november 2025.")));
  }

  @Test
  void aParaphraseWithTheSameValuesStatesIt() {
    assertTrue(
        JOBS.foundIn(
            List.of(
                "Borger oplyste, at han den seneste måned har søgt fire job, og at tre af dem"
                    + " er registreret i jobloggen.")));
    assertTrue(
        UNEMPLOYED.foundIn(List.of("Borger oplyste, at han er ledig fra den 1. november 2025.")));
    // A writer may put the day and the time in two adjacent sentences.
    assertTrue(
        MEETING.foundIn(
            List.of(
                "Næste jobsamtale afholdes på kontoret tirsdag den 10. marts 2026.",
                "Samtalen begynder kl. 10.")));
  }

  @Test
  void aDifferentValueDoesNotStateIt() {
    assertFalse(UNEMPLOYED.foundIn(List.of("Borger har været ledig siden 1. oktober 2025.")));
    assertFalse(JOBS.foundIn(List.of("Borger har søgt 5 job den seneste måned, 3 i jobloggen.")));
    assertFalse(
        MEETING.foundIn(
            List.of(
                "Næste jobsamtale afholdes tirsdag den 17. marts 2026 kl. 10.00 på kontoret.")));
  }

  @Test
  void aNegatedStatementDoesNotStateTheFactNorTheReverse() {
    assertFalse(
        CAR.foundIn(
            List.of("Borger oplyste, at han ikke har bil og derfor ikke kan pendle en time.")));
    assertTrue(
        CAR.foundIn(
            List.of("Borger oplyste, at han har bil og godt kan pendle en time hver vej.")));
    assertTrue(
        NO_PLACEMENT.foundIn(
            List.of("Virksomhedspraktik blev ikke aftalt, før kurset er gennemført.")));
    assertFalse(
        NO_PLACEMENT.foundIn(
            List.of(
                "Det blev aftalt, at borger starter i virksomhedspraktik, når kurset er gennemført.")));
  }

  @Test
  void sentencesFarApartDoNotTogetherStateIt() {
    assertFalse(
        MEETING.foundIn(
            List.of(
                "Næste jobsamtale afholdes på kontoret tirsdag den 10. marts 2026.",
                "Borger søger job som smed.",
                "Samtalen begynder kl. 10.")));
  }

  @Test
  void genericWordsAloneDoNotStateAFact() {
    SentenceFact smith = new SentenceFact("f", "Borger søger job som smed og svejser.");
    assertFalse(smith.foundIn(List.of("Borger oplyste, at samtalen var aftalt.")));
  }

  @Test
  void wordsNobodySaidAreTheWritersAndNeedNotBeRepeated() {
    String vtt =
        "WEBVTT\n\nabc/1-0\n00:00:01.000 --> 00:00:04.000\n<v Borger>Jeg var smed hos Vestkyst"
            + " Stål i syvogtyve år, så røg der fire mand.</v>\n\nabc/2-0\n00:00:05.000 -->"
            + " 00:00:06.000\n[optagelse stoppet]\n\nabc/3-0\n00:00:07.000 -->"
            + " 00:00:08.000\n<v Borger>Jeg blev afskediget.</v>\n";
    SentenceFact fired =
        new SentenceFact(
            "f",
            "Borger var smed hos Vestkyst Stål i 27 år og blev afskediget ved nedskæringer.",
            DevsetReader.spokenStems(vtt));
    List<String> note =
        List.of(
            "Borger oplyste, at han var smed hos Vestkyst Stål i 27 år, før han mistede jobbet.");
    assertTrue(fired.foundIn(note));
    // Read strictly, "afskediget" and "nedskæringer" are missing; "afskediget" was said only
    // after the recording stopped, so it is not among the words spoken.
    assertFalse(fired.foundStrictlyIn(note));
    // Values and names are required whole in either reading.
    assertFalse(
        fired.foundIn(List.of("Borger oplyste, at han var smed hos Vestkyst Stål i 25 år.")));
  }
}
