package dk.samtalenotat.journal;

/** What came of handing a note to a case system. */
public sealed interface Delivery {

  /** The case system stored the note and said so in its answer (REST systems). */
  record Stored(JournalReceipt receipt) implements Delivery {}

  /**
   * The case system took the note for delivery and confirms it later, to our receipt endpoint
   * (SF2900); the transaction id links the receipt to the note.
   */
  record Accepted(String transactionId) implements Delivery {}
}
