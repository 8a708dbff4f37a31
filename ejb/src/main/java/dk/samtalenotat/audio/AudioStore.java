package dk.samtalenotat.audio;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.UndecodableAudioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores audio as encrypted files under the data folder, streaming: the bytes pass through a fixed
 * buffer, are counted against the size limit, hashed, checked to be audio of the format the name
 * claims, and encrypted chunk by chunk with the recording's own data key before they touch the
 * disk. Before the file is kept it must be known to decode: a WAV file's structure is checked as it
 * streams past ({@link WavCheck}), any other format is decoded for its first seconds by the decoder
 * when one is installed. A refused file leaves nothing behind, and the conversation takes the next
 * file as if the refused one had never come.
 */
@ApplicationScoped
public class AudioStore {

  private static final Logger LOG = Logger.getLogger(AudioStore.class.getName());

  /**
   * What was stored.
   *
   * @param sha256 of the audio as received
   * @param ciphertextSha256 of the encrypted file, for the deletion evidence
   */
  public record Stored(
      String storageKey, AudioFormat format, long size, String sha256, String ciphertextSha256) {}

  private Path root;
  private long maxBytes;
  private PcmDecoder decoder;

  protected AudioStore() {}

  @Inject
  public AudioStore(
      @ConfigProperty(name = "samtalenotat.data-dir") String dataDir,
      @ConfigProperty(name = "samtalenotat.upload.max-bytes", defaultValue = "524288000")
          long maxBytes,
      PcmDecoder decoder) {
    this(Path.of(dataDir).resolve("audio"), maxBytes, decoder);
  }

  /** Outside the container (tests, tools): WAV files are checked, other formats only sniffed. */
  public AudioStore(Path root, long maxBytes) {
    this(root, maxBytes, null);
  }

  /**
   * @param decoder probes formats other than PCM WAV before they are stored, when it is available
   *     (ffmpeg installed); null to only sniff them
   */
  public AudioStore(Path root, long maxBytes, PcmDecoder decoder) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.decoder = decoder;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The object id a recording's encryption is bound to. */
  public static String objectId(String storageKey) {
    return "audio:" + storageKey;
  }

  /**
   * Streams the audio, encrypted with {@code key}, into a new file.
   *
   * @param key a fresh data key of the tenant, for this recording only
   * @throws AudioRejectedException when the file is empty, too large, not audio, or not the format
   *     its name says
   */
  public Stored store(String fileName, InputStream in, DataKey key) throws IOException {
    Files.createDirectories(root);
    String storageKey = UUID.randomUUID() + ".audio";
    Path target = root.resolve(storageKey);
    Path partial = root.resolve(storageKey + ".part");
    MessageDigest sha = Digests.sha256();
    MessageDigest cipherSha = Digests.sha256();
    byte[] head = new byte[AudioFormat.SNIFF_LENGTH];
    int headLength = 0;
    long size = 0;
    WavCheck wav = new WavCheck();
    boolean ok = false;
    try {
      try (InputStream digesting = new DigestInputStream(in, sha);
          OutputStream out =
              key.encrypting(
                  objectId(storageKey),
                  new DigestOutputStream(
                      new BufferedOutputStream(Files.newOutputStream(partial)), cipherSha))) {
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
          // A WAV file with a broken header is refused at the broken byte, not at the end.
          wav.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
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
      if (format == AudioFormat.WAV) {
        wav.finish(size);
      }
      if (format != AudioFormat.WAV || wav.formatTag() != 1) {
        probe(partial, storageKey, fileName, key);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      ok = true;
      return new Stored(
          storageKey,
          format,
          size,
          HexFormat.of().formatHex(sha.digest()),
          HexFormat.of().formatHex(cipherSha.digest()));
    } finally {
      if (!ok) {
        Files.deleteIfExists(partial);
      }
    }
  }

  /**
   * Decodes the first seconds of what was just written, when a decoder is at hand: a file that only
   * looks like audio by its first bytes is refused here, before the conversation takes it.
   */
  private void probe(Path partial, String storageKey, String fileName, DataKey key)
      throws IOException {
    if (decoder == null || !decoder.available()) {
      return;
    }
    try (InputStream in =
        key.decrypting(
            objectId(storageKey), new BufferedInputStream(Files.newInputStream(partial)))) {
      decoder.probe(in, fileName);
    } catch (UndecodableAudioException e) {
      throw new AudioRejectedException(AudioRejectedException.Reason.UNDECODABLE, e.getMessage());
    }
  }

  /** The stored audio, decrypted as it is read, as a source a speech engine can stream from. */
  public AudioSource source(
      String storageKey, String fileName, String contentType, long size, DataKey key) {
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
        return key.decrypting(
            objectId(storageKey), new BufferedInputStream(Files.newInputStream(file)));
      }
    };
  }

  /**
   * Removes stored audio.
   *
   * @return the SHA-256 of the encrypted file just deleted, or empty when it was already gone
   */
  public Optional<String> delete(String storageKey) throws IOException {
    Path file = resolve(storageKey);
    MessageDigest sha = Digests.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
    Files.deleteIfExists(file);
    return Optional.of(HexFormat.of().formatHex(sha.digest()));
  }

  /**
   * Stores the audio ({@link #store}) and hands the stored file to {@code taker}, which records it
   * in a transaction of its own; when that fails, the file no row names is deleted. So a caller
   * reads and writes the bytes with no transaction held and leaves nothing behind.
   *
   * @throws UncheckedIOException when the bytes cannot be read or written
   */
  public <T> T storeAndHandOn(
      String fileName, InputStream in, DataKey key, java.util.function.Function<Stored, T> taker) {
    Stored stored;
    try {
      stored = store(fileName, in, key);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store " + fileName, e);
    }
    boolean taken = false;
    try {
      T result = taker.apply(stored);
      taken = true;
      return result;
    } finally {
      if (!taken) {
        discard(stored);
      }
    }
  }

  /**
   * Deletes a stored file that no row names: the conversation did not take it (it left the state
   * that takes audio, or another request's file was taken first). A file that cannot be deleted is
   * logged and left; without its key, which no row holds either, it cannot be read.
   */
  public void discard(Stored stored) {
    try {
      Files.deleteIfExists(resolve(stored.storageKey()));
    } catch (IOException e) {
      LOG.warning(() -> "audio file " + stored.storageKey() + " not taken and left: " + e);
    }
  }

  private Path resolve(String storageKey) {
    if (!storageKey.matches("[0-9a-f-]{36}\\.audio")) {
      throw new IllegalArgumentException("not a storage key: " + storageKey);
    }
    return root.resolve(storageKey);
  }
}
