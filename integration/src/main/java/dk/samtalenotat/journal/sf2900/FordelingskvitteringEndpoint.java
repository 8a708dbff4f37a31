package dk.samtalenotat.journal.sf2900;

import dk.samtalenotat.journal.JournalReceipts;
import dk.samtalenotat.journal.sf2900.ws.Fordelingskvittering;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagRequest;
import dk.samtalenotat.journal.sf2900.ws.FordelingskvitteringModtagResponse;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.jws.WebService;
import java.util.logging.Logger;

/**
 * The receipt endpoint the distribution service calls back with transport and business receipts
 * (SF2900 style). Published by WildFly's webservices subsystem from this EJB jar; no CXF is
 * bundled. Idempotent: duplicates and receipts for unknown transactions change nothing and are
 * answered as such. In production it sits behind mutual TLS (Serviceplatformen's certificate).
 */
@Stateless
@PermitAll
@WebService(
    serviceName = "FordelingskvitteringService",
    portName = "FordelingskvitteringPort",
    targetNamespace = "urn:samtalenotat:fordeling:1",
    endpointInterface = "dk.samtalenotat.journal.sf2900.ws.Fordelingskvittering")
public class FordelingskvitteringEndpoint implements Fordelingskvittering {

  private static final Logger LOG = Logger.getLogger(FordelingskvitteringEndpoint.class.getName());

  @EJB private JournalReceipts receipts;

  @Override
  public FordelingskvitteringModtagResponse fordelingskvitteringModtag(
      FordelingskvitteringModtagRequest r) {
    JournalReceipts.Outcome outcome = receiveRetryingConflicts(r);
    LOG.info(() -> "receipt for " + r.getTransaktionsUUID() + ": " + outcome);
    FordelingskvitteringModtagResponse response = new FordelingskvitteringModtagResponse();
    response.setResultat(
        switch (outcome) {
          case UNKNOWN -> "UKENDT";
          case DUPLICATE -> "DUBLET";
          default -> "MODTAGET";
        });
    return response;
  }

  /**
   * A receipt can arrive while the worker still records the delivery it belongs to (the receiver
   * may answer within milliseconds); one of the two transactions then loses an optimistic lock.
   * Handling a receipt is idempotent, so it is simply handled again, rather than answered with a
   * fault that would leave the distributor to resend it.
   */
  private JournalReceipts.Outcome receiveRetryingConflicts(FordelingskvitteringModtagRequest r) {
    return ConcurrentUpdates.retry(
        "receipt for " + r.getTransaktionsUUID(),
        () ->
            receipts.receive(
                r.getTransaktionsUUID(),
                Sf2900JournalAdapter.SYSTEM,
                r.getTransportKvittering() == null ? null : r.getTransportKvittering().value(),
                r.getForretningsKvittering() == null ? null : r.getForretningsKvittering().value(),
                r.getSagReference(),
                r.getDokumentID(),
                r.getFejlbesked()));
  }
}
