package dk.samtalenotat.journal;

import java.util.Optional;

/**
 * Port: the case system each municipality journalises into, as configured. Empty when a tenant has
 * none: its approved notes stay APPROVED and are journalised by hand from the PDF.
 */
public interface CaseSystems {

  Optional<Journal> journal(String tenantCvr);

  Optional<CaseLookup> caseLookup(String tenantCvr);

  /**
   * Tries the municipality's case system as its settings stand now: a case look-up of {@code
   * testCpr}, a test citizen the municipality gave (nothing is stored or logged of it).
   */
  default ConnectionCheck test(String tenantCvr, String testCpr) {
    return new ConnectionCheck(ConnectionCheck.Outcome.NONE, null, 0, null);
  }
}
