package dk.samtalenotat.audio;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The audio formats accepted, recognised by their first bytes rather than by the name or type a
 * browser claims.
 */
public enum AudioFormat {
  WAV("audio/wav", "wav"),
  MP3("audio/mpeg", "mp3"),
  MP4_AAC("audio/mp4", "m4a", "mp4", "aac"),
  OGG("audio/ogg", "ogg", "oga", "opus"),
  WEBM("audio/webm", "webm");

  /** How many leading bytes {@link #detect} needs. */
  public static final int SNIFF_LENGTH = 12;

  private final String mediaType;
  private final String[] extensions;

  AudioFormat(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Recognises the format from the first bytes of a file. */
  public static Optional<AudioFormat> detect(byte[] head, int length) {
    if (length >= 12 && ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
      return Optional.of(WAV);
    }
    if (length >= 4 && ascii(head, 0, "OggS")) {
      return Optional.of(OGG);
    }
    if (length >= 4
        && (head[0] & 0xff) == 0x1a
        && (head[1] & 0xff) == 0x45
        && (head[2] & 0xff) == 0xdf
        && (head[3] & 0xff) == 0xa3) {
      return Optional.of(WEBM);
    }
    if (length >= 8 && ascii(head, 4, "ftyp")) {
      return Optional.of(MP4_AAC);
    }
    if (length >= 3 && ascii(head, 0, "ID3")) {
      return Optional.of(MP3);
    }
    if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xe0) == 0xe0) {
      // An MPEG audio frame header (no ID3 tag), or raw AAC in ADTS framing.
      return Optional.of((head[1] & 0x06) == 0 ? MP4_AAC : MP3);
    }
    return Optional.empty();
  }

  /** The format a file name's extension claims, if it claims one we know. */
  public static Optional<AudioFormat> fromFileName(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.asList(f.extensions).contains(ext))
        .findFirst();
  }

  private static boolean ascii(byte[] b, int offset, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (b[offset + i] != (byte) text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
