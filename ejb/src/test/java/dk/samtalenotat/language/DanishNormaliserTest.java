package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishNormaliserTest {

  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 13);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tirsdag den tiende marts klokken ti|tirsdag den 10. marts 2026 kl. 10.00",
        "den tiende marts|tirsdag den 10. marts 2026",
        "Det koster tolv hundrede kroner.|Det koster 1.200 kr.",
        "hundrede og femogfirs kroner i timen|185 kr. i timen",
        "Vi ses halv ti.|Vi ses kl. 9.30.",
        "kvart over otte|kl. 8.15",
        "fra ni til tolv|fra kl. 9.00 til 12.00",
        "fra seks til ti|fra kl. 6.00 til 10.00",
        "fra ti til to|fra kl. 10.00 til 14.00",
        "fra to til fire|fra kl. 14.00 til 16.00",
        "Klokken to.|Kl. 14.00.",
        "Han vågner klokken fire om natten.|Han vågner kl. 4.00 om natten.",
        "Klokken fem om morgenen.|Kl. 5.00 om morgenen.",
        "Jeg kører fra klokken fem, så jeg kan ikke aflevere om morgenen.|Jeg kører fra kl. 5.00,"
            + " så jeg kan ikke aflevere om morgenen.",
        "Han møder tidligt, klokken fire.|Han møder tidligt, kl. 4.00.",
        "Jeg er jo vant til at stå op klokken fem.|Jeg er jo vant til at stå op kl. 5.00.",
        "Hun står op klokken seks.|Hun står op kl. 6.00.",
        "Jeg går sådan i seng klokken tre nogle gange.|Jeg går sådan i seng kl. 3.00 nogle gange.",
        "Jeg afleverer om morgenen og henter klokken to.|Jeg afleverer om morgenen og henter kl."
            + " 14.00.",
        "Jeg møder tidligt og har fri klokken fem om eftermiddagen.|Jeg møder tidligt og har fri"
            + " kl. 17.00 om eftermiddagen.",
        "Hun vågner klokken tre om natten.|Hun vågner kl. 3.00 om natten.",
        "klokken syv om aftenen|kl. 19.00 om aftenen",
        "Vi ses klokken halv et.|Vi ses kl. 12.30.",
        "fra otte til halv et|fra kl. 8.00 til 12.30",
        "fra ni til halv tolv|fra kl. 9.00 til 11.30",
        "fire en halv time|4,5 time",
        "Han har fri klokken halv tre.|Han har fri kl. 14.30.",
        "Vi ses torsdag klokken halv to.|Vi ses torsdag kl. 13.30.",
        "Mentor ringer kvart over seks.|Mentor ringer kl. 6.15.",
        "Bussen kører fem over halv syv.|Bussen kører kl. 6.35.",
        "uge seks|uge 6",
        "mandag den syvogtyvende januar|mandag den syvogtyvende januar",
        "Den første november|Lørdag den 1. november 2025"
      })
  void writesFactsAsANoteWritesThem(String said, String written) {
    assertEquals(written, DanishNormaliser.normalise(said, JANUARY));
  }

  @Test
  void anHourPlacedBeforeNoonEarlierIsTheSameHourWhenSaidAgainBare() {
    Set<Integer> morning =
        DanishNormaliser.hoursSaidBeforeNoon("Vi mødes klokken fire om morgenen.");
    assertEquals(Set.of(4), morning);
    assertEquals(
        "Du møder kl. 4.00 på lageret.",
        DanishNormaliser.normalise("Du møder klokken fire på lageret.", JANUARY, morning));
    assertEquals(
        "Vi ringer kl. 15.00.",
        DanishNormaliser.normalise("Vi ringer klokken tre.", JANUARY, morning),
        "another hour is still the afternoon");
  }

  @Test
  void aHalfSaidAfterTheUnitIsWrittenInTheNumber() {
    assertEquals(
        "Det bliver 3,5 timer hver dag, mandag til torsdag.",
        DanishNormaliser.normalise(
            "Det bliver tre timer og et halvt hver dag, mandag til torsdag.", JANUARY));
    assertEquals(
        "Jeg har været ledig i 2,5 år.",
        DanishNormaliser.normalise("Jeg har været ledig i to år og en halv.", JANUARY));
  }

  @Test
  void anHourSaidAsAboutThenKeepsItsWords() {
    // No exact clock time in the note for "ved ti-tiden" or "til fem-seks stykker".
    assertEquals("vi ses ved ti-tiden", DanishNormaliser.normalise("vi ses ved ti-tiden", JANUARY));
    assertEquals(
        "så sover jeg til 5-6 stykker",
        DanishNormaliser.normalise("så sover jeg til fem-seks stykker", JANUARY));
  }

  @Test
  void theTimeOfDaySaidAfterARangeIsSaidOfBothEnds() {
    Set<Integer> morning =
        DanishNormaliser.hoursSaidBeforeNoon("Du møder fra klokken fem om morgenen.");
    assertEquals(
        "Holdet er fra kl. 17.00 til kl. 20.00 om aftenen.",
        DanishNormaliser.normalise(
            "Holdet er fra klokken fem til klokken otte om aftenen.", JANUARY, morning));
    assertEquals(
        "fra kl. 6.00 til 9.00 om morgenen",
        DanishNormaliser.normalise("fra seks til ni om morgenen", JANUARY));
    assertEquals(
        "fra kl. 13.00 til 16.00 om eftermiddagen",
        DanishNormaliser.normalise("fra et til fire om eftermiddagen", JANUARY));
  }
}
