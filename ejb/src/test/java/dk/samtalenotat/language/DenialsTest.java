package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.language.Denials.Denial;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Corrections across speakers, on invented exchanges. */
class DenialsTest {

  @Test
  void aDayDeniedIsReplacedByTheDayTheReplyGives() {
    String said = "Du starter hos Fabers Cykler tirsdag den tredje marts, og –";
    String reply = "– Nej, det er ikke den tredje. Ejeren sagde tirsdag den tiende.";
    Denial d = Denials.find(said, reply).orElseThrow();
    assertEquals(Denials.Kind.DAY, d.kind());
    assertEquals("den tredje", said.substring(d.start(), d.end()));
    assertEquals("Du starter hos Fabers Cykler tirsdag den tiende marts, og –", d.corrected(said));
    assertEquals("Ejeren sagde tirsdag den tiende.", reply.substring(d.denialEnd()));
  }

  @Test
  void aWeekdayDeniedTakesItsDayWithIt() {
    String said = "Du har jobsamtale hos Krogholm Maskinstation onsdag den 25. marts kl. 10.00.";
    String reply = "Nej, vent – det er ikke onsdag. Det er torsdag. Torsdag den sjetteogtyvende.";
    Denial d = Denials.find(said, reply).orElseThrow();
    assertEquals(Denials.Kind.DAY, d.kind());
    assertEquals("onsdag den 25.", said.substring(d.start(), d.end()));
    assertEquals(
        "Du har jobsamtale hos Krogholm Maskinstation torsdag den sjetteogtyvende marts kl. 10.00.",
        d.corrected(said));
    assertEquals("Det er torsdag. Torsdag den sjetteogtyvende.", reply.substring(d.denialEnd()));
    // The day alone, the weekday from the reply.
    assertEquals(
        "Mødet er fredag den 13. maj.",
        Denials.find("Mødet er torsdag den 12. maj.", "Nej, ikke torsdag. Det er fredag den 13.")
            .orElseThrow()
            .corrected("Mødet er torsdag den 12. maj."));
    // A weekday denied without a day of the month instead changes nothing.
    assertEquals(
        Optional.empty(),
        Denials.find("Mødet er onsdag den 25. marts.", "Nej, det er ikke onsdag. Det er torsdag."));
  }

  @Test
  void aDayDeniedAndGivenInOneSentence() {
    String said = "Mødet er den 12. maj kl. 10.";
    Denial d = Denials.find(said, "Nej, ikke den 12., men den 14.").orElseThrow();
    assertEquals("Mødet er den 14. maj kl. 10.", d.corrected(said));
  }

  @Test
  void aDenialWithoutADayInsteadOrOfADayNotSaidChangesNothing() {
    assertEquals(
        Optional.empty(),
        Denials.find("Du starter den tredje marts.", "Nej, det er ikke den tredje. Det ved jeg."));
    assertEquals(
        Optional.empty(),
        Denials.find("Du starter i næste uge.", "Nej, det er ikke den tredje, den tiende."));
  }

  @Test
  void aNameDeniedIsReplacedByTheNameTheReplyGives() {
    String said = "Din kontaktperson er Bjarne Kvistgaard, han er værkfører.";
    String reply = "Øh, nej, det tror jeg ikke passer. Det var en kvinde. Henny Faurskov, hed hun.";
    Denial d = Denials.find(said, reply).orElseThrow();
    assertEquals(Denials.Kind.NAME, d.kind());
    assertEquals("Bjarne Kvistgaard", said.substring(d.start(), d.end()));
    assertEquals("Henny Faurskov", d.instead());
    assertTrue(reply.substring(d.denialEnd()).startsWith("Det var en kvinde."));
  }

  @Test
  void aNoToAQuestionAboutSomeoneDeniesNoName() {
    assertEquals(
        Optional.empty(),
        Denials.find(
            "Kender du Bjarne Kvistgaard?",
            "Nej, det tror jeg ikke. Men Henny Faurskov kender jeg."));
    // A no that is no denial of what was said ("nej, det er rigtigt") is no correction.
    assertEquals(
        Optional.empty(),
        Denials.find(
            "Din kontaktperson er Bjarne Kvistgaard.",
            "Nej, det er rigtigt. Henny Faurskov er hans chef."));
  }

  /** "Nej, Birthe, det var torsdag den trettende februar.": a no by name and the day instead. */
  @Test
  void aNoByNameAndTheDayItWasInsteadDeniesTheDaySaid() {
    String said = "Og dit forløb hos Cykelhuset startede torsdag den sjette februar, ikke?";
    String reply =
        "Nej, Birthe, det var torsdag den trettende februar. Jeg var syg den første uge.";
    Denial d = Denials.find(said, reply).orElseThrow();
    assertEquals(Denials.Kind.DAY, d.kind());
    assertEquals("den sjette", said.substring(d.start(), d.end()));
    assertEquals("Nej, Birthe, ", reply.substring(0, d.denialEnd()));
    assertEquals("den trettende", d.instead());
    assertEquals(
        "Og dit forløb hos Cykelhuset startede torsdag den trettende februar, ikke?",
        d.corrected(said));
    // The day said again is no denial of it.
    assertEquals(
        Optional.empty(), Denials.find(said, "Nej, Birthe, det var torsdag den sjette februar."));
  }
}
