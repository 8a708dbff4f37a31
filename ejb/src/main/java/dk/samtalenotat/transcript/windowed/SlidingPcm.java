package dk.samtalenotat.transcript.windowed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The PCM of a recording being decoded as it arrives, from a point that moves forward: the
 * decoder's reader appends, the windows still to be transcribed are read, and what lies before the
 * first of them is dropped ({@link #keepFrom}), so memory holds about one window whatever the
 * recording's length. One thread appends while others read; {@link #whenAtLeast} tells when enough
 * has come.
 */
public final class SlidingPcm extends OutputStream implements PcmAudio {

  private byte[] kept = new byte[64 * 1024];
  private int keptLength;

  /** The recording's byte offset of {@code kept[0]}. */
  private long base;

  private long written;
  private long markBytes = Long.MAX_VALUE;
  private Runnable atMark;

  /**
   * @param keepFromMillis the time from which the audio is kept (earlier audio is counted only)
   */
  public SlidingPcm(long keepFromMillis) {
    this.base = toBytes(keepFromMillis);
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Runnable due;
    synchronized (this) {
      long skip = Math.max(0, Math.min(len, base - written));
      int keep = (int) (len - skip);
      if (keep > 0) {
        ensureRoom(keep);
        System.arraycopy(b, off + (int) skip, kept, keptLength, keep);
        keptLength += keep;
      }
      written += len;
      due = due();
    }
    if (due != null) {
      due.run();
    }
  }

  /** Length in bytes of all audio decoded so far, dropped audio included. */
  @Override
  public synchronized long byteLength() {
    // A decoder cut off mid-sample leaves an odd byte, which is no audio.
    return written - written % BYTES_PER_SAMPLE;
  }

  /** Bytes held now: the audio from the kept point on. */
  public synchronized int heldBytes() {
    return keptLength;
  }

  /**
   * A copy of the bytes asked for.
   *
   * @throws IllegalArgumentException for audio dropped already or not decoded yet
   */
  @Override
  public synchronized InputStream open(long offset, long length) {
    if (offset < base || offset + length > byteLength()) {
      throw new IllegalArgumentException(
          "bytes "
              + offset
              + "+"
              + length
              + " are not held (held "
              + base
              + " to "
              + byteLength()
              + ")");
    }
    byte[] copy = new byte[(int) length];
    System.arraycopy(kept, (int) (offset - base), copy, 0, (int) length);
    return new ByteArrayInputStream(copy);
  }

  /**
   * Drops the audio before {@code millis}: the windows before it are transcribed. The point never
   * moves back.
   */
  public synchronized void keepFrom(long millis) {
    long from = toBytes(millis);
    if (from <= base) {
      return;
    }
    int drop = (int) Math.min(keptLength, from - base);
    System.arraycopy(kept, drop, kept, 0, keptLength - drop);
    keptLength -= drop;
    base = from;
    if (kept.length > 4 * Math.max(keptLength, 64 * 1024)) {
      byte[] smaller = new byte[Math.max(keptLength * 2, 64 * 1024)];
      System.arraycopy(kept, 0, smaller, 0, keptLength);
      kept = smaller;
    }
  }

  /**
   * Runs {@code then} once, on the appending thread, when the audio decoded reaches {@code millis}
   * (at once, on this thread, if it has); replaces any earlier wish.
   */
  public void whenAtLeast(long millis, Runnable then) {
    Runnable due;
    synchronized (this) {
      markBytes = toBytes(millis);
      atMark = then;
      due = due();
    }
    if (due != null) {
      due.run();
    }
  }

  private Runnable due() {
    if (atMark != null && byteLength() >= markBytes) {
      Runnable r = atMark;
      atMark = null;
      markBytes = Long.MAX_VALUE;
      return r;
    }
    return null;
  }

  private void ensureRoom(int more) {
    if (keptLength + more <= kept.length) {
      return;
    }
    int size = kept.length;
    while (size < keptLength + more) {
      size *= 2;
    }
    byte[] bigger = new byte[size];
    System.arraycopy(kept, 0, bigger, 0, keptLength);
    kept = bigger;
  }

  private static long toBytes(long millis) {
    return millis * RATE / 1000 * BYTES_PER_SAMPLE;
  }
}
