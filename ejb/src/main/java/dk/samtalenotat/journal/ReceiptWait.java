package dk.samtalenotat.journal;

import java.time.Duration;

/**
 * How long an asynchronous case system (SF2900) may keep a note without its business receipt: after
 * {@code askAfter} the case system is asked about the transaction, and again every {@code askAfter}
 * while it has no answer; once it has been asked {@code attentionAfter} times in vain the note is
 * marked for the owner's and the administrator's attention. It is never left waiting silently.
 */
public record ReceiptWait(Duration askAfter, int attentionAfter) {

  public ReceiptWait {
    if (askAfter.isZero() || askAfter.isNegative()) {
      throw new IllegalArgumentException("askAfter must be positive");
    }
    if (attentionAfter < 1) {
      throw new IllegalArgumentException("attentionAfter must be at least 1");
    }
  }
}
