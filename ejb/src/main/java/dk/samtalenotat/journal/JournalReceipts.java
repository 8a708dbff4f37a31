package dk.samtalenotat.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Receipts that a case system sends back asynchronously (SF2900: transport OK, ADVARSEL or FEJL;
 * business MODTAGET, AFLEVERET, ACCEPTERET, AFVIST or FEJLET). Idempotent: a duplicate receipt
 * changes nothing; a receipt for a note we do not know is answered as such and changes nothing.
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
    UNKNOWN
  }

  @PersistenceContext private EntityManager em;
  @Inject private JpaOutboxStore store;

  /**
   * Handles one receipt.
   *
   * @param transactionId the note's idempotency key, sent as the transaction id
   * @param system the case system's name for the stored receipt
   */
  public Outcome receive(
      String transactionId,
      String system,
      String transport,
      String business,
      String caseId,
      String documentId,
      String detail) {
    OutboxEntry e =
        em.createQuery(
                "select e from OutboxEntry e where e.idempotencyKey = :key", OutboxEntry.class)
            .setParameter("key", transactionId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (e == null) {
      LOG.warning(() -> "receipt for unknown transaction " + transactionId + " ignored");
      return Outcome.UNKNOWN;
    }
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
      store.failed(
          e.getId(), failure, "receipt " + t + "/" + b + (detail == null ? "" : ": " + detail));
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

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
