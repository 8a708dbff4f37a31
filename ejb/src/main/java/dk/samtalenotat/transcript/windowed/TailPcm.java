package dk.samtalenotat.transcript.windowed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The end of a recording's PCM from a given byte offset on, filled by a decoder that writes the
 * whole recording: what lies before the offset is counted, not kept. So the windows still to be
 * transcribed can be cut from a long recording with memory for those windows only.
 */
public final class TailPcm extends OutputStream implements PcmAudio {

  private final long keepFrom;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private long written;

  /**
   * @param keepFromMillis the time from which the audio is kept
   */
  public TailPcm(long keepFromMillis) {
    this.keepFrom = keepFromMillis * RATE / 1000 * BYTES_PER_SAMPLE;
  }

  @Override
  public void write(int b) {
    if (written >= keepFrom) {
      kept.write(b);
    }
    written++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    long skip = Math.max(0, Math.min(len, keepFrom - written));
    if (skip < len) {
      kept.write(b, off + (int) skip, len - (int) skip);
    }
    written += len;
  }

  @Override
  public long byteLength() {
    // A decoder cut off mid-sample leaves an odd byte, which is no audio.
    return written - written % BYTES_PER_SAMPLE;
  }

  /**
   * @throws IllegalArgumentException for audio before the kept part: a window that was meant to be
   *     transcribed already
   */
  @Override
  public InputStream open(long offset, long length) {
    if (offset < keepFrom || offset + length > byteLength()) {
      throw new IllegalArgumentException(
          "bytes "
              + offset
              + "+"
              + length
              + " are not held (held "
              + keepFrom
              + " to "
              + byteLength()
              + ")");
    }
    return new ByteArrayInputStream(kept.toByteArray(), (int) (offset - keepFrom), (int) length);
  }
}
