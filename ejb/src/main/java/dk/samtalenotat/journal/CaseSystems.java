package dk.samtalenotat.journal;

import java.util.Optional;

/**
 * Port: the case system each municipality journalises into, as configured. Empty when a tenant has
 * none: its approved notes stay APPROVED and are journalised by hand from the PDF.
 */
public interface CaseSystems {

  Optional<Journal> journal(String tenantCvr);

  Optional<CaseLookup> caseLookup(String tenantCvr);
}
