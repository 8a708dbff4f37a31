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
        "Dæ går nok bedre.|Det går nok bedre.",
        // Vestjysk/Sønderjysk "it" = ikke after a verb or a subject; clipped verbs restored.
        "A har it nogen bil.|Jeg har ikke nogen bil.",
        "Han gider it læse.|Han gider ikke læse.",
        "A står it op før ni.|Jeg står ikke op før ni.",
        "Det ka' a it betal'.|Det kan jeg ikke betale.",
        "Så ta'r a toget, og a ska' hent' ham.|Så tager jeg toget, og jeg skal hente ham.",
        // English "it" after a preposition, and a genitive, stay.
        "Han arbejder med it på skolen.|Han arbejder med it på skolen.",
        "Det er Jens' cykel.|Det er Jens' cykel.",
        "Jeg er Jonas' faster.|Jeg er Jonas' faster.",
        "A ka' godt li' å kør' æ bil.|Jeg kan godt lide at køre bilen.",
        "Så ta'r a æ bus.|Så tager jeg bussen.",
        "Hvis a ska' vær' ærlig, å du?|Hvis jeg skal være ærlig, og du?",
        // Sønderjysk hå = har, int = ikke; "a" before a verb in any tense, and before "det"
        // that is the verb's object ("ja har det" may ask, "a har det" does not).
        "A hå søgt otte job.|Jeg har søgt otte job.",
        "A hå det store certifikat.|Jeg har det store certifikat.",
        "Det er no int noget.|Det er nu ikke noget.",
        "A ventede i går, da ve flyttede.|Jeg ventede i går, da vi flyttede.",
        // "it" after an adverb of the clause ("har no it", "helst it"), "ve" before a past tense
        // in -te.
        "A hå no it været her før.|Jeg har nu ikke været her før.",
        "Men helst it længere væk.|Men helst ikke længere væk.",
        "Ve brugte jo et gammelt system.|Vi brugte jo et gammelt system.",
        // Sønderjysk "ve" after or before its subject is "vil".
        "Jeg ve helst arbejde med træ.|Jeg vil helst arbejde med træ.",
        "Så ve han gerne have et kørekort.|Så vil han gerne have et kørekort.",
        // After a verb of saying, "ja" is the answer word, not Bornholm "jeg".
        "Jeg ringer til dem, hvis de siger ja.|Jeg ringer til dem, hvis de siger ja.",
        "Hun takkede ja til tilbuddet.|Hun takkede ja til tilbuddet."
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
