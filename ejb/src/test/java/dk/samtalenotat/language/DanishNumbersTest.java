package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.language.DanishNumbers.Form;
import dk.samtalenotat.language.DanishNumbers.SpokenNumber;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishNumbersTest {

  /** The one number in the text, with its span. */
  private static SpokenNumber only(String text) {
    List<SpokenNumber> found = DanishNumbers.find(text);
    assertEquals(1, found.size(), text + ": " + found);
    return found.get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "nul, 0",
    "fire, 4",
    "tolv, 12",
    "nitten, 19",
    "syvogtyve, 27",
    "fireoghalvtreds, 54",
    "halvtreds, 50",
    "tres, 60",
    "halvfjerds, 70",
    "firs, 80",
    "halvfems, 90",
    "femoghalvfems, 95",
    "tretti, 30",
    "trettitre, 33",
    "femtifem, 55",
    "hundrede, 100",
    "tolv hundrede, 1200",
    "hundrede og femogfirs, 185",
    "to tusind fem hundrede, 2500",
    "tusind, 1000",
    "tyve tusind, 20000",
    "nitten hundrede og halvfems, 1990",
    "en million, 1000000",
    "halvanden, 1.5",
    "halvandet, 1.5",
    "fire en halv, 4.5",
    "fire og en halv, 4.5",
    "to og et halvt, 2.5",
    "en halv, 0.5",
    "tre kvart, 0.75",
    "syv komma fem, 7.5",
    "én, 1",
    "12.500, 12500",
    "'37,5', 37.5",
    "9½, 9.5",
    "2026, 2026"
  })
  void readsCardinalsHalvesAndDigits(String said, String value) {
    SpokenNumber n = only(said);
    assertEquals(0, new BigDecimal(value).compareTo(n.value()), said);
    assertEquals(0, n.start());
    assertEquals(said.length(), n.end());
    assertTrue(n.stated(), said);
  }

  @ParameterizedTest
  @CsvSource({
    "første, 1",
    "anden, 2",
    "tiende, 10",
    "ellevte, 11",
    "tyvende, 20",
    "treogtyvende, 23",
    "tredivte, 30",
    "enogtredivte, 31",
    "trettiende, 30",
    "enogtrettiende, 31",
    "sjetteogtyvende, 26",
    "femteogtyvende, 25"
  })
  void readsOrdinals(String said, int value) {
    SpokenNumber n = only("den " + said + " marts");
    assertEquals(Form.ORDINAL, n.form());
    assertEquals(value, n.value().intValue());
    assertEquals(DanishNumbers.ordinal(said).orElseThrow(), value);
  }

  /**
   * "tre timer og et halvt": the half said after the unit is the number's, which keeps its span so
   * that the unit still follows it; a half that describes a noun after it is not.
   */
  @Test
  void aHalfSaidAfterTheUnitIsTheNumbers() {
    SpokenNumber hours = only("i alt tre timer og et halvt hver dag");
    assertEquals(0, new BigDecimal("3.5").compareTo(hours.value()), hours.toString());
    assertEquals(new BigDecimal("2.5"), only("det er to år og en halv siden").value());
    assertEquals(
        List.of(new BigDecimal("2"), new BigDecimal("0.5")),
        DanishNumbers.find("to timer og en halv liter").stream().map(SpokenNumber::value).toList());
    // After a noun that is no unit the half is not the number's.
    assertEquals(new BigDecimal("2"), DanishNumbers.find("to hunde og en halv").get(0).value());
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Borger har søgt fem job og tjener tolv hundrede kroner.";
    List<SpokenNumber> found = DanishNumbers.find(text);
    assertEquals(2, found.size());
    assertEquals("fem", text.substring(found.get(0).start(), found.get(0).end()));
    assertEquals("tolv hundrede", text.substring(found.get(1).start(), found.get(1).end()));
  }

  @Test
  void theArticleAndEtParAreNotStatedNumbers() {
    assertEquals(Form.ARTICLE, only("en stilling").form());
    assertEquals(Form.ARTICLE, only("et job").form());
    SpokenNumber par = only("et par uger");
    assertEquals(Form.APPROXIMATE, par.form());
    assertEquals(false, par.stated());
    assertEquals(Form.WORDS, only("halvandet år").form());
  }

  @Test
  void aDigitWithAStopBeforeAWordIsAnOrdinalAndBeforeACapitalEndsTheSentence() {
    assertEquals(Form.ORDINAL, only("den 10. marts").form());
    List<SpokenNumber> end = DanishNumbers.find("Borger har søgt 4. Det er godt.");
    assertEquals(Form.DIGITS, end.get(0).form());
  }

  @Test
  void commaAndDashEndASpokenNumber() {
    List<SpokenNumber> found = DanishNumbers.find("fem – nej, fire job");
    assertEquals(List.of(5, 4), found.stream().map(n -> n.value().intValue()).toList());
    assertEquals(2, DanishNumbers.find("fire, fem").size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tolv hundrede kroner|1.200 kroner",
        "A har været der i syvogtyve år|A har været der i 27 år",
        "fire en halv time|4,5 time",
        "halvandet år|1,5 år",
        "en halv time og et par uger|en halv time og et par uger",
        "den tiende marts|den 10. marts",
        "for første gang|for første gang",
        "to tusind fem hundrede|2.500",
        "i to tusind og femogtyve|i 2025"
      })
  void normalisesSpokenNumbersToDigits(String said, String written) {
    assertEquals(written, DanishNumbers.normalise(said));
  }

  @Test
  void formatsAsADanishNoteWrites() {
    assertEquals("1.200", DanishNumbers.format(new BigDecimal("1200")));
    assertEquals("4,5", DanishNumbers.format(new BigDecimal("4.5")));
    assertEquals("2026", DanishNumbers.format(new BigDecimal("2026")));
    assertEquals("12.500", DanishNumbers.format(new BigDecimal("12500")));
  }

  @Test
  void parsesOneToken() {
    assertEquals(0, BigDecimal.valueOf(4).compareTo(DanishNumbers.parse("fire").orElseThrow()));
    assertEquals(0, BigDecimal.valueOf(4).compareTo(DanishNumbers.parse("4").orElseThrow()));
    assertTrue(DanishNumbers.parse("job").isEmpty());
    assertEquals(27, DanishNumbers.cardinal("syvogtyve").orElseThrow());
  }

  /** "ottetusind", "syvhundrede kroner": a number and its multiplier written as one word. */
  @Test
  void aMultiplierWrittenIntoTheNumberMultipliesIt() {
    assertEquals(8000, only("ottetusind").value().intValue());
    assertEquals(700, only("syvhundrede kroner").value().intValue());
    assertEquals(Form.WORDS, only("syvhundrede kroner").form());
  }

  /**
   * "tolv, trettentusind kroner", "fire til fem hundrede meter": a range says its multiplier once.
   */
  @Test
  void aRangeSaysItsMultiplierOnceForBothNumbers() {
    assertEquals(
        List.of(12000, 13000),
        DanishNumbers.find("Han tjente tolv, trettentusind kroner om måneden.").stream()
            .map(n -> n.value().intValue())
            .toList());
    assertEquals(
        List.of(400, 500),
        DanishNumbers.find("Der er fire til fem hundrede meter til stoppestedet.").stream()
            .map(n -> n.value().intValue())
            .toList());
    // Two numbers that are no range of one multiplier keep their own values.
    assertEquals(
        List.of(2, 3000),
        DanishNumbers.find("Hun har to børn og tretusind kroner i gæld.").stream()
            .map(n -> n.value().intValue())
            .toList());
  }

  /**
   * "Hun går på trin en.": an "en" that numbers the noun before it and ends the phrase is the
   * number one; "en cykel" is the article, "hvad koster sådan et?" a pronoun.
   */
  @Test
  void anEnWithNoNounAfterItIsTheNumberOne() {
    SpokenNumber one = only("Hun går på trin en.");
    assertEquals(Form.WORDS, one.form());
    assertEquals(1, one.value().intValue());
    assertTrue(one.stated());
    assertEquals(Form.ARTICLE, only("Hvad koster sådan et?").form());
    assertEquals(Form.WORDS, only("Er det bus en?").form());
    assertEquals(Form.ARTICLE, only("Hun har en cykel.").form());
  }
}
