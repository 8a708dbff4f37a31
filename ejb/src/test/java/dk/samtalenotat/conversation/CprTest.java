package dk.samtalenotat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

  @ParameterizedTest
  @CsvSource({
    "0703851234, 1985-03-07", // 7th digit 1: 1900s
    "070385-4234, 1985-03-07", // 4 with yy > 36: 1900s
    "070315-4234, 2015-03-07", // 4 with yy <= 36: 2000s
    "070320-5234, 2020-03-07", // 5-8 with yy <= 57: 2000s
    "070370-5234, 1870-03-07", // 5-8 with yy > 57: 1800s
    "070399-9234, 1999-03-07", // 9 with yy > 36: 1900s
    "290200-4111, 2000-02-29", // leap day of 2000
    " 010190-1234 , 1990-01-01"
  })
  void acceptsValidNumbersAndKnowsTheCentury(String text, LocalDate birth) {
    assertEquals(birth, Cpr.parse(text).birthDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "0101901234x", "01-01-90-1234", "abcdefghij", "01019012345"})
  void refusesWhatIsNotTheFormat(String text) {
    assertEquals(
        Cpr.Problem.FORMAT,
        assertThrows(InvalidCprException.class, () -> Cpr.parse(text)).problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"3202901234", "0013901234", "290201-1234", "310490-1234", "000190-1234"})
  void refusesDatesThatDoNotExist(String text) {
    assertEquals(
        Cpr.Problem.DATE, assertThrows(InvalidCprException.class, () -> Cpr.parse(text)).problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0101901234", "0101901235", "0101901236"})
  void doesNotApplyModulus11(String text) {
    // Numbers without the modulus-11 property have been issued since 2007.
    assertTrue(Cpr.tryParse(text).isPresent());
  }

  @org.junit.jupiter.api.Test
  void masksAndFormats() {
    Cpr cpr = Cpr.parse("0703851234");
    assertEquals("070385-1234", cpr.formatted());
    assertEquals("070385-XXXX", cpr.masked());
    assertEquals("070385-XXXX", cpr.toString());
    assertEquals(Cpr.parse("070385-1234"), cpr);
  }
}
