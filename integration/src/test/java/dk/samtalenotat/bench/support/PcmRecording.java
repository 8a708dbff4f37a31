package dk.samtalenotat.bench.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A mono 16-bit PCM WAV recording as a dictation device sends it in chunks: chunk 0 starts with the
 * 44-byte WAV header, and every chunk carries {@code chunkSeconds} of samples. The samples are
 * speech-like rather than silence or a repeated block: a voiced tone whose pitch drifts, with its
 * harmonics, in syllables of varying loudness and pauses, plus noise, from a seeded generator (so a
 * run can be repeated byte for byte). Every chunk differs from every other.
 */
public final class PcmRecording {

  /** Size of the canonical WAV header (RIFF, fmt, data) in front of the samples. */
  public static final int HEADER_BYTES = 44;

  private final int sampleRate;
  private final int chunkSeconds;
  private final int chunkCount;
  private final long seed;

  /**
   * @param bytesPerSecond bytes of audio a second: 32000 is 16 kHz 16-bit mono
   * @param chunkSeconds seconds of audio in each chunk
   * @param minutes length of the recording; a whole number of chunks
   */
  public PcmRecording(int minutes, int chunkSeconds, int bytesPerSecond, long seed) {
    if (minutes <= 0 || chunkSeconds <= 0) {
      throw new IllegalArgumentException("minutes and chunk seconds must be positive");
    }
    if (bytesPerSecond <= 0 || bytesPerSecond % 2 != 0) {
      throw new IllegalArgumentException(
          "16-bit mono needs an even, positive number of bytes a second: " + bytesPerSecond);
    }
    if (minutes * 60 % chunkSeconds != 0) {
      throw new IllegalArgumentException(
          minutes + " min is not a whole number of " + chunkSeconds + " s chunks");
    }
    this.sampleRate = bytesPerSecond / 2;
    this.chunkSeconds = chunkSeconds;
    this.chunkCount = minutes * 60 / chunkSeconds;
    this.seed = seed;
  }

  public int chunkCount() {
    return chunkCount;
  }

  public int sampleRate() {
    return sampleRate;
  }

  /** Bytes of samples in one chunk. */
  public int chunkPcmBytes() {
    return sampleRate * 2 * chunkSeconds;
  }

  /** Bytes of samples in the whole recording. */
  public long pcmBytes() {
    return (long) chunkPcmBytes() * chunkCount;
  }

  /** Bytes of the whole file: header and samples. */
  public long fileBytes() {
    return HEADER_BYTES + pcmBytes();
  }

  /** Chunk {@code seq} (0 to {@link #chunkCount()} - 1), made anew on each call. */
  public byte[] chunk(int seq) {
    if (seq < 0 || seq >= chunkCount) {
      throw new IndexOutOfBoundsException("chunk " + seq + " of " + chunkCount);
    }
    int header = seq == 0 ? HEADER_BYTES : 0;
    ByteBuffer out = ByteBuffer.allocate(header + chunkPcmBytes()).order(ByteOrder.LITTLE_ENDIAN);
    if (seq == 0) {
      writeHeader(out);
    }
    // Each chunk from its own stream of the seed: any chunk can be made alone, in any order.
    SplittableRandom noise = new SplittableRandom(seed * 1_000_003L + seq);
    int samples = sampleRate * chunkSeconds;
    long first = (long) seq * samples;
    for (int i = 0; i < samples; i++) {
      out.putShort(sample(first + i, noise));
    }
    return out.array();
  }

  /** The SHA-256 of a chunk as the API's X-Content-SHA256 header wants it: 64 hex digits. */
  public static String sha256(byte[] chunk) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chunk));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private void writeHeader(ByteBuffer out) {
    long data = pcmBytes();
    if (data + 36 > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("too long for a WAV file: " + data + " bytes");
    }
    out.put("RIFF".getBytes(StandardCharsets.US_ASCII));
    out.putInt((int) (36 + data));
    out.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    out.put("fmt ".getBytes(StandardCharsets.US_ASCII));
    out.putInt(16);
    out.putShort((short) 1); // PCM
    out.putShort((short) 1); // mono
    out.putInt(sampleRate);
    out.putInt(sampleRate * 2);
    out.putShort((short) 2);
    out.putShort((short) 16);
    out.put("data".getBytes(StandardCharsets.US_ASCII));
    out.putInt((int) data);
  }

  /**
   * One sample at time {@code n}: a voice between about 100 and 220 Hz with three harmonics, in
   * syllables of a fifth of a second whose loudness changes from one to the next, a pause every few
   * seconds, and a little noise throughout.
   */
  private short sample(long n, SplittableRandom noise) {
    double t = (double) n / sampleRate;
    double pitch = 160 + 60 * Math.sin(2 * Math.PI * t / 7.3);
    double phase = 2 * Math.PI * pitch * t;
    double voice = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
    long syllable = (long) (t * 5);
    double loudness = 0.2 + 0.8 * (((syllable * 2_654_435_761L) >>> 7) % 100) / 100.0;
    double envelope = Math.sin(Math.PI * (t * 5 - syllable));
    boolean pause = (long) (t / 4.1) % 3 == 2 && t % 4.1 < 1.2;
    double value = pause ? 0 : 6000 * loudness * envelope * voice;
    value += noise.nextInt(-300, 301);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
  }
}
