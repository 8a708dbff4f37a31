package dk.samtalenotat.recording;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chunk files of uploads in progress, one folder per upload under the data folder. A chunk is
 * streamed through a fixed buffer, hashed and encrypted with the upload's data key before it
 * touches the disk; one whose bytes do not match the checksum sent with it leaves nothing behind.
 * Each chunk's encryption is bound to its upload and sequence number, so a chunk file moved to
 * another place in the recording fails to decrypt.
 */
@ApplicationScoped
public class ChunkStore {

  /** The largest single chunk: a dictation device may send a whole file as one. */
  public static final long MAX_CHUNK_BYTES = 64L * 1024 * 1024;

  /**
   * What a chunk is read and written in: a 3-second chunk of a browser's recording is about 12 KB,
   * and the encryption buffers what it writes a chunk of its own at a time.
   */
  private static final int BUFFER_BYTES = 16 * 1024;

  private static final Pattern UPLOAD_KEY = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern CHUNK_FILE = Pattern.compile("[0-9]{1,6}-[0-9a-f]{32}\\.chunk");

  /**
   * A chunk as stored.
   *
   * @param sha256 of the chunk as received
   * @param ciphertextSha256 of its encrypted file, for the deletion evidence
   */
  public record StoredChunk(String fileName, long size, String sha256, String ciphertextSha256) {}

  private Path root;

  protected ChunkStore() {}

  @Inject
  public ChunkStore(@ConfigProperty(name = "samtalenotat.data-dir") String dataDir) {
    this(Path.of(dataDir).resolve("uploads"));
  }

  /** Outside the container (tests, tools). */
  public ChunkStore(Path root) {
    this.root = root;
  }

  /** The object id a chunk's encryption is bound to. */
  static String objectId(String uploadKey, int seq) {
    return "upload:" + uploadKey + ":" + seq;
  }

  /**
   * Streams one chunk, encrypted, into a new file of the upload, and forces the file and its folder
   * entry to the disk before returning: a chunk the caller then records in the database and
   * acknowledges survives a crash of the machine. The file gets a name of its own, so two copies of
   * one chunk sent at once never write the same file; the caller keeps one and {@link #discard}s
   * the other.
   *
   * @param sha256 the SHA-256 the sender computed, 64 hex digits
   * @param maxBytes the most bytes this chunk may have
   * @throws ChunkRejectedException when the chunk is empty, too large, or its bytes do not have
   *     {@code sha256}
   */
  public StoredChunk write(
      String uploadKey, int seq, String sha256, InputStream in, long maxBytes, DataKey key)
      throws IOException {
    Path folder = folder(uploadKey);
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      force(root);
    }
    String fileName = seq + "-" + UUID.randomUUID().toString().replace("-", "") + ".chunk";
    // Only a row names a chunk file, so a file left by a failed write is never read; written
    // under its final name, it costs no rename and no second folder entry to force.
    Path file = folder.resolve(fileName);
    MessageDigest sha = Digests.sha256();
    MessageDigest cipherSha = Digests.sha256();
    long limit = Math.min(maxBytes, MAX_CHUNK_BYTES);
    long size = 0;
    boolean ok = false;
    try {
      try (InputStream digesting = new DigestInputStream(in, sha);
          OutputStream out =
              key.encrypting(
                  objectId(uploadKey, seq),
                  new DigestOutputStream(
                      new BufferedOutputStream(
                          Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 8 * 1024),
                      cipherSha))) {
        byte[] buffer = new byte[BUFFER_BYTES];
        int n;
        while ((n = digesting.read(buffer)) > 0) {
          size += n;
          if (size > limit) {
            throw new ChunkRejectedException(
                ChunkRejectedException.Reason.TOO_LARGE,
                "chunk " + seq + " of " + uploadKey + " passes " + limit + " bytes");
          }
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw new ChunkRejectedException(
            ChunkRejectedException.Reason.EMPTY, "chunk " + seq + " of " + uploadKey);
      }
      String received = HexFormat.of().formatHex(sha.digest());
      if (!received.equalsIgnoreCase(sha256)) {
        throw new ChunkRejectedException(
            ChunkRejectedException.Reason.CHECKSUM_MISMATCH,
            "chunk " + seq + " of " + uploadKey + " has SHA-256 " + received + ", not " + sha256);
      }
      force(file);
      force(folder);
      ok = true;
      return new StoredChunk(
          fileName, size, received, HexFormat.of().formatHex(cipherSha.digest()));
    } finally {
      if (!ok) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * Deletes a chunk file that no row names: the second copy of a chunk sent twice at once, or one
   * refused after it was written.
   */
  public void discard(String uploadKey, StoredChunk stored) throws IOException {
    Files.deleteIfExists(chunk(uploadKey, stored.fileName()));
  }

  /** Forces a file's contents, or a folder's entries, to the disk (fsync). */
  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** A stored chunk, decrypted as it is read. */
  public InputStream open(String uploadKey, int seq, String fileName, DataKey key)
      throws IOException {
    return key.decrypting(
        objectId(uploadKey, seq),
        new BufferedInputStream(Files.newInputStream(chunk(uploadKey, fileName))));
  }

  /** A stored chunk by sequence number and file name, as the upload's rows name it. */
  public record Part(int seq, String fileName) {}

  /**
   * The chunks in order as one stream, each decrypted and opened only when the one before is used
   * up, so a long recording is never held whole.
   */
  public InputStream joined(String uploadKey, List<Part> parts, DataKey key) {
    java.util.Iterator<Part> it = parts.iterator();
    return new java.io.SequenceInputStream(
        new java.util.Enumeration<InputStream>() {
          @Override
          public boolean hasMoreElements() {
            return it.hasNext();
          }

          @Override
          public InputStream nextElement() {
            if (!it.hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            Part k = it.next();
            try {
              return open(uploadKey, k.seq(), k.fileName(), key);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
  }

  /**
   * Deletes every file of the upload, also chunks whose transaction rolled back after they were
   * written.
   *
   * @return the SHA-256 over the deleted files' contents in name order, for the deletion evidence;
   *     the hash of nothing when the folder was already gone
   */
  public String deleteAll(String uploadKey) throws IOException {
    Path folder = folder(uploadKey);
    MessageDigest sha = Digests.sha256();
    java.util.List<Path> files = new java.util.ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      dir.forEach(files::add);
    } catch (NoSuchFileException e) {
      return HexFormat.of().formatHex(sha.digest());
    }
    files.sort(null);
    for (Path f : files) {
      try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      Files.delete(f);
    }
    Files.deleteIfExists(folder);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Whether the upload still has files here. */
  public boolean exists(String uploadKey) {
    return Files.exists(folder(uploadKey));
  }

  private Path folder(String uploadKey) {
    if (!UPLOAD_KEY.matcher(uploadKey).matches()) {
      throw new IllegalArgumentException("not an upload key: " + uploadKey);
    }
    return root.resolve(uploadKey);
  }

  private Path chunk(String uploadKey, String fileName) {
    if (!CHUNK_FILE.matcher(fileName).matches()) {
      throw new IllegalArgumentException("not a chunk file: " + fileName);
    }
    return folder(uploadKey).resolve(fileName);
  }
}
