package dk.samtalenotat.audio;

import dk.samtalenotat.audio.AudioRejectedException.Reason;

/**
 * Reads a WAV file's structure as its bytes stream past, far enough to know that it decodes: the
 * RIFF/WAVE header, the chunks up to the audio, a {@code fmt } chunk with at least one channel, a
 * sample rate and a block layout that fit together, and a {@code data} chunk whose length the file
 * really holds. Holds only the few bytes of the chunk header or format it is reading, so a file of
 * any size is checked in constant memory; a file that is not RIFF/WAVE is left to {@link
 * AudioFormat#detect}.
 *
 * <p>A data length of 0, or one near or above 2 GiB that the file does not hold, means "until the
 * end of the file": writers that stream and cannot go back to fill in the length leave such a
 * placeholder (ffmpeg writes 0xFFFFFFFF, espeak-ng and sox about 0x7FFFF000). Any other length the
 * file does not hold is a lie, and the file is refused.
 */
public final class WavCheck {

  /** Data lengths from here up are taken as a streaming writer's placeholder. */
  static final long STREAMED_LENGTH = 0x7FFF0000L;

  /** The highest sample rate accepted (professional recorders go to 384 kHz). */
  static final long MAX_SAMPLE_RATE = 768_000;

  private static final int FORMAT_PCM = 1;
  private static final int FORMAT_FLOAT = 3;
  private static final int FORMAT_ALAW = 6;
  private static final int FORMAT_MULAW = 7;
  private static final int FORMAT_EXTENSIBLE = 0xFFFE;

  /**
   * The bytes of a format chunk that are read (WAVE_FORMAT_EXTENSIBLE has 40); the rest skipped.
   */
  private static final int FMT_READ = 40;

  private enum Part {
    RIFF,
    CHUNK_HEADER,
    FMT,
    SKIP,
    DATA,
    NOT_WAV
  }

  private final byte[] buffer = new byte[FMT_READ];
  private Part part = Part.RIFF;
  private int need = 12;
  private int have;
  private long skip;
  private long position;

  private boolean fmtSeen;
  private int formatTag;
  private long fmtRemainder;
  private long dataStart = -1;
  private long dataLength = -1;

  /** Feeds the next bytes of the file. */
  public void update(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end && part != Part.DATA && part != Part.NOT_WAV) {
      if (part == Part.SKIP) {
        long n = Math.min(skip, end - i);
        skip -= n;
        i += (int) n;
        if (skip == 0) {
          expectChunkHeader();
        }
        continue;
      }
      int n = Math.min(need - have, end - i);
      System.arraycopy(bytes, i, buffer, have, n);
      have += n;
      i += n;
      if (have == need) {
        long at = position + (i - offset);
        complete(at);
      }
    }
    position += length;
  }

  /** True once the bytes seen are known not to be a RIFF/WAVE file. */
  public boolean notWav() {
    return part == Part.NOT_WAV;
  }

  /**
   * Checks what the whole file held.
   *
   * @param size the file's length in bytes
   * @throws AudioRejectedException when the WAV file is truncated, inconsistent or without audio
   */
  public void finish(long size) {
    if (part == Part.NOT_WAV || part == Part.RIFF) {
      return; // not a WAV file, or too short to tell: AudioFormat.detect decides
    }
    if (part != Part.DATA) {
      throw new AudioRejectedException(
          Reason.WAV_HEADER_TRUNCATED, "the file ends at byte " + size + " before its audio");
    }
    long held = size - dataStart;
    if (dataLength > 0 && dataLength <= held) {
      return;
    }
    // A placeholder left by a writer that streamed: the audio runs to the end of the file.
    if (dataLength == 0 || dataLength >= STREAMED_LENGTH) {
      if (held == 0) {
        throw new AudioRejectedException(Reason.EMPTY, "no audio after the WAV header");
      }
      return;
    }
    throw new AudioRejectedException(
        Reason.WAV_LENGTH_MISMATCH,
        "data chunk claims " + dataLength + " bytes, the file holds " + held);
  }

  private void complete(long at) {
    switch (part) {
      case RIFF -> {
        if (!ascii(0, "RIFF") || !ascii(8, "WAVE")) {
          part = Part.NOT_WAV;
          return;
        }
        expectChunkHeader();
      }
      case CHUNK_HEADER -> {
        long length = u32(4);
        if (ascii(0, "fmt ")) {
          if (length < 16) {
            throw new AudioRejectedException(
                Reason.WAV_BAD_FORMAT, "format chunk of " + length + " bytes");
          }
          int read = (int) Math.min(length, FMT_READ);
          fmtRemainder = length - read + (length & 1);
          part = Part.FMT;
          need = read;
          have = 0;
        } else if (ascii(0, "data")) {
          if (!fmtSeen) {
            throw new AudioRejectedException(Reason.WAV_BAD_FORMAT, "audio before its format");
          }
          dataStart = at;
          dataLength = length;
          part = Part.DATA;
        } else {
          // LIST, fact, bext, JUNK, iXML ...: skipped, padded to an even length.
          skipThen(length + (length & 1));
        }
      }
      case FMT -> {
        checkFormat();
        fmtSeen = true;
        skipThen(fmtRemainder);
      }
      default -> throw new IllegalStateException(part.name());
    }
  }

  private void checkFormat() {
    formatTag = u16(0);
    int channels = u16(2);
    long rate = u32(4);
    long byteRate = u32(8);
    int blockAlign = u16(12);
    int bits = u16(14);
    if (channels == 0) {
      throw new AudioRejectedException(Reason.WAV_NO_CHANNELS, "0 channels");
    }
    if (rate == 0 || rate > MAX_SAMPLE_RATE) {
      throw new AudioRejectedException(Reason.WAV_BAD_FORMAT, "sample rate " + rate);
    }
    if (blockAlign == 0) {
      throw new AudioRejectedException(Reason.WAV_BAD_FORMAT, "block size 0");
    }
    boolean linear =
        formatTag == FORMAT_PCM || formatTag == FORMAT_FLOAT || formatTag == FORMAT_EXTENSIBLE;
    boolean companded = formatTag == FORMAT_ALAW || formatTag == FORMAT_MULAW;
    if (linear || companded) {
      boolean bitsOk =
          companded ? bits == 8 : bits == 8 || bits == 16 || bits == 24 || bits == 32 || bits == 64;
      if (!bitsOk || blockAlign != channels * (bits / 8) || byteRate != rate * blockAlign) {
        throw new AudioRejectedException(
            Reason.WAV_BAD_FORMAT,
            "format "
                + formatTag
                + ": "
                + channels
                + " channels, "
                + rate
                + " Hz, "
                + bits
                + " bits, block "
                + blockAlign
                + ", "
                + byteRate
                + " bytes/s");
      }
    }
  }

  /** The format tag of the WAV file (1 PCM, 3 float, 0xFFFE extensible), once its fmt was read. */
  public int formatTag() {
    return formatTag;
  }

  private void skipThen(long bytes) {
    if (bytes == 0) {
      expectChunkHeader();
    } else {
      skip = bytes;
      part = Part.SKIP;
    }
  }

  private void expectChunkHeader() {
    part = Part.CHUNK_HEADER;
    need = 8;
    have = 0;
  }

  private boolean ascii(int offset, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (buffer[offset + i] != (byte) text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int u16(int offset) {
    return (buffer[offset] & 0xff) | (buffer[offset + 1] & 0xff) << 8;
  }

  private long u32(int offset) {
    return (u16(offset) | (long) u16(offset + 2) << 16) & 0xFFFFFFFFL;
  }
}
