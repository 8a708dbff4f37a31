package dk.samtalenotat.journal;

/**
 * Who sent an asynchronous receipt, as the receipt endpoint authenticated them (SF2900: the
 * distributor's client certificate, verified by the server's TLS listener). A receipt is taken only
 * for a note sent through the sender's case system on behalf of a municipality the sender is
 * configured for: knowing a note's transaction id is not enough.
 */
public interface ReceiptSender {

  /** The case system the sender speaks for, as the outbox names it (e.g. {@code sf2900}). */
  String system();

  /** Whether the sender is the configured distributor of this municipality. */
  boolean speaksFor(String tenantCvr);

  /** The sender for logs: its certificate's subject, never anything of a citizen. */
  String describe();
}
