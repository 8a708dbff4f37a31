package dk.samtalenotat.transcript.windowed;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The PCM of a recording being decoded as it arrives, from a point that moves forward: the
 * decoder's reader appends, the windows still to be transcribed are read, and what lies before the
 * first of them is dropped ({@link #keepFrom}), so memory holds about one window whatever the
 * recording's length. One thread appends while others read; {@link #whenAtLeast} tells when enough
 * has come.
 *
 * <p>The audio is held in blocks of one second each, so a server transcribing many recordings at
 * once holds what their windows need and at most a second more each: a block is added as the audio
 * comes, and dropped whole once the kept point has passed it (no array grown to twice its need, no
 * copy of what is kept when the point moves).
 */
public final class SlidingPcm extends OutputStream implements PcmAudio {

  /** One second of audio. */
  static final int BLOCK = RATE * BYTES_PER_SAMPLE;

  /** The held audio, in order; every block but the last full. */
  private final List<byte[]> blocks = new ArrayList<>();

  /** The recording's byte offset of the first block's first byte. */
  private long blocksFrom;

  /** The recording's byte offset where the held audio ends (valid while blocks are held). */
  private long blocksTo;

  /** The kept point: the recording's byte offset before which nothing is held. */
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
        append(b, off + (int) skip, keep, written + skip);
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
    return blocks.isEmpty() ? 0 : (int) (blocksTo - base);
  }

  /** Bytes of memory the held audio takes: its blocks. */
  synchronized long allocatedBytes() {
    return (long) blocks.size() * BLOCK;
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
    int done = 0;
    while (done < length) {
      long at = offset + done - blocksFrom;
      int block = (int) (at / BLOCK);
      int in = (int) (at % BLOCK);
      int n = (int) Math.min(BLOCK - in, length - done);
      System.arraycopy(blocks.get(block), in, copy, done, n);
      done += n;
    }
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
    base = from;
    if (blocks.isEmpty()) {
      return;
    }
    if (base >= blocksTo) {
      blocks.clear();
      return;
    }
    int drop = (int) ((base - blocksFrom) / BLOCK);
    blocks.subList(0, drop).clear();
    blocksFrom += (long) drop * BLOCK;
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

  /** Holds {@code len} bytes that belong at the recording's byte offset {@code at}. */
  private void append(byte[] b, int off, int len, long at) {
    if (blocks.isEmpty()) {
      blocksFrom = at;
      blocksTo = at;
    }
    int done = 0;
    while (done < len) {
      long filled = blocksTo - blocksFrom;
      int in = (int) (filled % BLOCK);
      if (filled / BLOCK == blocks.size()) {
        blocks.add(new byte[BLOCK]);
      }
      int n = Math.min(BLOCK - in, len - done);
      System.arraycopy(b, off + done, blocks.get(blocks.size() - 1), in, n);
      done += n;
      blocksTo += n;
    }
  }

  private static long toBytes(long millis) {
    return millis * RATE / 1000 * BYTES_PER_SAMPLE;
  }
}
