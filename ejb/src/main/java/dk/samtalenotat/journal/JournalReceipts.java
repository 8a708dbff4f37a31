package dk.samtalenotat.journal;

import dk.samtalenotat.audit.SecurityEvent;
import dk.samtalenotat.audit.SecurityEventThrottle;
import dk.samtalenotat.audit.SecurityEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receipts that a case system sends back asynchronously (SF2900: transport OK, ADVARSEL or FEJL;
 * business MODTAGET, AFLEVERET, ACCEPTERET, AFVIST or FEJLET). Idempotent: a duplicate receipt
 * changes nothing; a receipt for a note we do not know is answered as such and changes nothing.
 *
 * <p>A receipt counts only when its authenticated {@link ReceiptSender} is the case system the note
 * went out through and the configured distributor of the note's municipality. The transaction id
 * (the note's idempotency key) only names the note: it travels in SOAP messages and in the case
 * system, so it is no secret and proves nothing. It is never written to a log either; the log names
 * the outbox entry.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JournalReceipts {

  private static final Logger LOG = Logger.getLogger(JournalReceipts.class.getName());

  /** What a receipt did. */
  public enum Outcome {
    /** The note is journalised; the receipt is stored. */
    STORED,
    /** A step on the way (MODTAGET, AFLEVERET, transport OK); kept on the entry. */
    NOTED,
    /** The note failed at the receiver; the caseworker is told. */
    FAILED,
    /** Already had it. */
    DUPLICATE,
    /** No note with that transaction id. */
    UNKNOWN,
    /**
     * The note went out through another case system or belongs to a municipality the sender is not
     * the distributor of; answered as {@link #UNKNOWN}, so the sender learns nothing of it.
     */
    REFUSED
  }

  /** A receipt from a sender that is not the note's distributor. */
  public static final String REFUSED_EVENT = "RECEIPT-REJ-01";

  @PersistenceContext private EntityManager em;
  @Inject private JpaOutboxStore store;
  @Inject private SecurityEvents securityEvents;
  @Inject private SecurityEventThrottle throttle;

  /**
   * Handles one receipt.
   *
   * @param transactionId the note's idempotency key, sent as the transaction id
   * @param sender who sent it, as the endpoint authenticated them; their system names the stored
   *     receipt
   * @param remote the address the receipt came from, for the security log
   */
  public Outcome receive(
      String transactionId,
      ReceiptSender sender,
      String remote,
      String transport,
      String business,
      String caseId,
      String documentId,
      String detail) {
    OutboxEntry e =
        em.createQuery(
                "select e from OutboxEntry e join fetch e.tenant where e.idempotencyKey = :key",
                OutboxEntry.class)
            .setParameter("key", transactionId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (e == null) {
      LOG.warning(
          () -> "receipt for an unknown transaction from " + sender.describe() + " ignored");
      return Outcome.UNKNOWN;
    }
    String cvr = e.getTenant().getCvr();
    if (!mayConfirm(sender, cvr, e.getCaseSystem())) {
      refused(e, cvr, sender, remote);
      return Outcome.REFUSED;
    }
    String system = sender.system();
    if (e.getStatus() == OutboxEntry.Status.DELIVERED) {
      return Outcome.DUPLICATE;
    }
    String t = upper(transport);
    String b = upper(business);
    if ("FEJL".equals(t) || "FEJLET".equals(b) || "AFVIST".equals(b)) {
      if (e.getStatus() == OutboxEntry.Status.FAILED) {
        return Outcome.DUPLICATE;
      }
      JournalFailure failure =
          "AFVIST".equals(b) ? JournalFailure.REJECTED : JournalFailure.RECEIVER_FAILED;
      // The receiver's own error text is not kept: it may quote the note or name the citizen.
      store.failed(
          e.getId(),
          failure,
          "receipt "
              + t
              + "/"
              + b
              + (detail == null || detail.isBlank() ? "" : " with the receiver's error text"));
      return Outcome.FAILED;
    }
    if ("ACCEPTERET".equals(b)) {
      String caseRef = caseId == null || caseId.isBlank() ? e.getCaseReference() : caseId;
      store.stored(e.getId(), new JournalReceipt(system, caseRef, documentId, Instant.now()));
      return Outcome.STORED;
    }
    if (b != null) {
      e.businessStatus(b);
    }
    return Outcome.NOTED;
  }

  /**
   * Whether the sender may confirm a note of this municipality sent through this case system: it
   * speaks for that case system (a receipt never confirms a note sent elsewhere, nor one
   * journalised by hand) and is the configured distributor of that municipality.
   */
  static boolean mayConfirm(ReceiptSender sender, String tenantCvr, String caseSystem) {
    return sender.system().equals(caseSystem) && sender.speaksFor(tenantCvr);
  }

  /** In the security log, throttled like every refusal, tied to the note's municipality. */
  private void refused(OutboxEntry e, String cvr, ReceiptSender sender, String remote) {
    if (!throttle.admit(remote, REFUSED_EVENT, null, cvr)) {
      return;
    }
    String summary =
        "receipt for outbox entry "
            + e.getId()
            + " ("
            + e.getCaseSystem()
            + ") refused: the sender is not the distributor of its municipality and case system";
    LOG.warning(() -> REFUSED_EVENT + " " + summary + " sender=" + sender.describe());
    try {
      securityEvents.record(
          REFUSED_EVENT,
          SecurityEvent.Outcome.REFUSED,
          null,
          cvr,
          remote,
          summary,
          summary + "; sender " + sender.describe());
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, REFUSED_EVENT + " could not be stored in the security log", failure);
    }
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
