package dk.samtalenotat.recording;

/** Consecutive sequence numbers of an upload's chunks, {@code from} to {@code to} inclusive. */
public record SeqRange(int from, int to) {

  public SeqRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("not a range: " + from + "-" + to);
    }
  }

  /** How many numbers the range holds. */
  public int count() {
    return to - from + 1;
  }
}
