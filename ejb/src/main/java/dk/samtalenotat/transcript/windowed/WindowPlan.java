package dk.samtalenotat.transcript.windowed;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the windows of a recording lie: window {@code k} starts at {@code k * (length - overlap)}
 * and is {@code length} long, except the last one, which ends with the recording.
 *
 * <p>A window is only sent while recording once all its audio has arrived, so it is the same window
 * that would have been cut after the stop: transcribing it early changes nothing in the result.
 */
public final class WindowPlan {

  /** One window of the recording, in milliseconds from its start. */
  public record Window(int index, long startMillis, long endMillis) {

    public long lengthMillis() {
      return endMillis - startMillis;
    }
  }

  private final long lengthMillis;
  private final long overlapMillis;

  /**
   * @param lengthMillis length of a window, for example 30 000
   * @param overlapMillis how much consecutive windows share, for example 5 000; less than half the
   *     length, so that only neighbouring windows overlap
   */
  public WindowPlan(long lengthMillis, long overlapMillis) {
    if (lengthMillis <= 0 || overlapMillis < 0 || overlapMillis * 2 >= lengthMillis) {
      throw new IllegalArgumentException(
          "window length " + lengthMillis + " ms and overlap " + overlapMillis + " ms do not fit");
    }
    this.lengthMillis = lengthMillis;
    this.overlapMillis = overlapMillis;
  }

  /** 30 s windows with 5 s overlap: long enough for the engine's context, short seams. */
  public static WindowPlan standard() {
    return new WindowPlan(30_000, 5_000);
  }

  public long lengthMillis() {
    return lengthMillis;
  }

  public long overlapMillis() {
    return overlapMillis;
  }

  private long step() {
    return lengthMillis - overlapMillis;
  }

  private Window full(int k) {
    long start = k * step();
    return new Window(k, start, start + lengthMillis);
  }

  /** The windows whose audio has fully arrived once {@code receivedMillis} of it is there. */
  public List<Window> complete(long receivedMillis) {
    List<Window> out = new ArrayList<>();
    for (int k = 0; full(k).endMillis() <= receivedMillis; k++) {
      out.add(full(k));
    }
    return out;
  }

  /**
   * All windows of a finished recording of {@code totalMillis}: the full ones, then a last, shorter
   * one only when audio is left after the last full window. Empty for an empty recording.
   */
  public List<Window> all(long totalMillis) {
    List<Window> out = new ArrayList<>();
    if (totalMillis <= 0) {
      return out;
    }
    for (int k = 0; ; k++) {
      Window w = full(k);
      if (w.endMillis() >= totalMillis) {
        out.add(new Window(k, w.startMillis(), totalMillis));
        return out;
      }
      out.add(w);
    }
  }
}
