package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.AudioSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Audio received so far as 16 kHz mono signed 16-bit little-endian PCM, what the engines need and
 * what the decoder makes of any upload.
 */
public interface PcmAudio {

  /** Samples per second. */
  int RATE = 16_000;

  /** Bytes per sample (16-bit mono). */
  int BYTES_PER_SAMPLE = 2;

  /** Length in bytes; grows while the recording goes on. */
  long byteLength();

  /** Opens a stream over {@code length} bytes from {@code offset}; the caller closes it. */
  InputStream open(long offset, long length) throws IOException;

  /** Length in milliseconds. */
  default long durationMillis() {
    return byteLength() / BYTES_PER_SAMPLE * 1000 / RATE;
  }

  /** PCM held in memory (tests, benchmarks, short recordings). */
  static PcmAudio of(byte[] pcm) {
    return new PcmAudio() {
      @Override
      public long byteLength() {
        return pcm.length;
      }

      @Override
      public InputStream open(long offset, long length) {
        return new ByteArrayInputStream(pcm, (int) offset, (int) length);
      }
    };
  }

  /** Byte offset of a time, on a sample boundary and never past the end. */
  default long offsetOf(long millis) {
    return Math.min(byteLength(), millis * RATE / 1000 * BYTES_PER_SAMPLE);
  }

  /**
   * The stretch from {@code startMillis} to {@code endMillis} as a WAV file, which every engine
   * adapter reads; nothing is copied until the engine opens it.
   */
  default AudioSource window(String fileName, long startMillis, long endMillis) {
    long from = offsetOf(startMillis);
    long length = offsetOf(endMillis) - from;
    PcmAudio pcm = this;
    return new AudioSource() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public String contentType() {
        return "audio/wav";
      }

      @Override
      public long size() {
        return 44 + length;
      }

      @Override
      public InputStream open() throws IOException {
        return new SequenceInputStream(
            new ByteArrayInputStream(wavHeader(length)), pcm.open(from, length));
      }
    };
  }

  /** The 44-byte header of a 16 kHz mono 16-bit PCM WAV file of {@code dataLength} bytes. */
  static byte[] wavHeader(long dataLength) {
    ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt((int) (36 + dataLength));
    b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt(16);
    b.putShort((short) 1);
    b.putShort((short) 1);
    b.putInt(RATE);
    b.putInt(RATE * BYTES_PER_SAMPLE);
    b.putShort((short) BYTES_PER_SAMPLE);
    b.putShort((short) 16);
    b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    b.putInt((int) dataLength);
    return b.array();
  }
}
