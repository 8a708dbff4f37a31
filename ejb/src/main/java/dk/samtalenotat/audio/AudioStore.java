package dk.samtalenotat.audio;

import dk.samtalenotat.transcript.AudioSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores audio as files under the data folder, streaming: the bytes pass through a fixed buffer,
 * are counted against the size limit, hashed, and checked to be audio of the format the name
 * claims. A refused file leaves nothing behind.
 */
@ApplicationScoped
public class AudioStore {

  /** What was stored. */
  public record Stored(String storageKey, AudioFormat format, long size, String sha256) {}

  private Path root;
  private long maxBytes;

  protected AudioStore() {}

  @Inject
  public AudioStore(
      @ConfigProperty(name = "samtalenotat.data-dir") String dataDir,
      @ConfigProperty(name = "samtalenotat.upload.max-bytes", defaultValue = "524288000")
          long maxBytes) {
    this(Path.of(dataDir).resolve("audio"), maxBytes);
  }

  AudioStore(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Streams the audio into a new file.
   *
   * @throws AudioRejectedException when the file is empty, too large, not audio, or not the format
   *     its name says
   */
  public Stored store(String fileName, InputStream in) throws IOException {
    Files.createDirectories(root);
    String key = UUID.randomUUID() + ".audio";
    Path target = root.resolve(key);
    Path partial = root.resolve(key + ".part");
    MessageDigest sha = sha256();
    byte[] head = new byte[AudioFormat.SNIFF_LENGTH];
    int headLength = 0;
    long size = 0;
    boolean ok = false;
    try (InputStream digesting = new DigestInputStream(in, sha);
        OutputStream out = Files.newOutputStream(partial)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = digesting.read(buffer)) > 0) {
        if (headLength < head.length) {
          int take = Math.min(n, head.length - headLength);
          System.arraycopy(buffer, 0, head, headLength, take);
          headLength += take;
        }
        size += n;
        if (size > maxBytes) {
          throw new AudioRejectedException(
              AudioRejectedException.Reason.TOO_LARGE, "more than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      if (size == 0) {
        throw new AudioRejectedException(AudioRejectedException.Reason.EMPTY, fileName);
      }
      AudioFormat format =
          AudioFormat.detect(head, headLength)
              .orElseThrow(
                  () ->
                      new AudioRejectedException(
                          AudioRejectedException.Reason.NOT_AUDIO, fileName));
      AudioFormat.fromFileName(fileName)
          .filter(claimed -> claimed != format)
          .ifPresent(
              claimed -> {
                throw new AudioRejectedException(
                    AudioRejectedException.Reason.MISLABELLED,
                    fileName + " is " + format + ", not " + claimed);
              });
      ok = true;
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return new Stored(key, format, size, HexFormat.of().formatHex(sha.digest()));
    } finally {
      if (!ok) {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** The stored audio as a source a speech engine can stream from. */
  public AudioSource source(String storageKey, String fileName, String contentType, long size) {
    Path file = resolve(storageKey);
    return new AudioSource() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public String contentType() {
        return contentType;
      }

      @Override
      public long size() {
        return size;
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }
    };
  }

  /** Removes stored audio; no error when it is already gone. */
  public void delete(String storageKey) throws IOException {
    Files.deleteIfExists(resolve(storageKey));
  }

  private Path resolve(String storageKey) {
    if (!storageKey.matches("[0-9a-f-]{36}\\.audio")) {
      throw new IllegalArgumentException("not a storage key: " + storageKey);
    }
    return root.resolve(storageKey);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
