package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenDanishTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Vestjysk: a = jeg before or after a verb, itj = ikke.
        "A har været ledig siden november.|Jeg har været ledig siden november.",
        "Det ka' a godt leve med.|Det kan jeg godt leve med.",
        "Det er itj noget problem.|Det er ikke noget problem.",
        // "a" elsewhere, and "A-kassen", stay.
        "Vi har plan A, og A-kassen ringer.|Vi har plan A, og A-kassen ringer.",
        // Sønderjysk do = du; Bornholmsk ja = jeg only as a subject, dæ = det, mæ = mig.
        "Kan do høre mæ nu?|Kan du høre mig nu?",
        "Ja, ja går til psykolog.|Ja, jeg går til psykolog.",
        "Ja har du det?|Ja har du det?",
        "Dæ går nok bedre.|Det går nok bedre."
      })
  void standardisesUnambiguousDialectForms(String said, String standard) {
    assertEquals(standard, SpokenDanish.standardise(said));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Øh, altså, jeg har søgt fire job.|Jeg har søgt fire job.",
        "Jeg har øhm søgt fire job.|Jeg har søgt fire job.",
        "Det er fint, ikke?|Det er fint?",
        "Jeg søger ligesom sidst.|Jeg søger ligesom sidst.",
        "Jo, det gør jeg.|Det gør jeg."
      })
  void leavesOutFillers(String said, String written) {
    assertEquals(written, SpokenDanish.withoutFillers(said));
  }
}
