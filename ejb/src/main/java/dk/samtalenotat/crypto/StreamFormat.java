package dk.samtalenotat.crypto;

import java.nio.charset.StandardCharsets;

/**
 * The chunked stream format, shared by {@link EncryptingOutputStream} and {@link
 * DecryptingInputStream}.
 *
 * <pre>
 * header: "SNE1" | chunk size (int, big-endian)
 * chunk:  nonce (12) | ciphertext | tag (16)
 * </pre>
 *
 * Every chunk but the last holds exactly {@code chunk size} bytes of plaintext; the last holds 0 to
 * {@code chunk size} and is followed by the end of the stream. Each chunk is authenticated with the
 * object id, the chunk size, its index and whether it is the last one, so a chunk that is moved,
 * dropped, repeated or cut off, or a stream cut off after any chunk, fails to decrypt.
 */
final class StreamFormat {

  static final byte[] MAGIC = "SNE1".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = MAGIC.length + 4;
  static final int DEFAULT_CHUNK_SIZE = 64 * 1024;
  static final int MAX_CHUNK_SIZE = 16 * 1024 * 1024;

  /** The buffers' size at first; they double as a chunk fills them, up to the chunk size. */
  static final int FIRST_BUFFER = 8 * 1024;

  private static final String PURPOSE = "samtalenotat/stream/v1";

  private StreamFormat() {}

  static byte[] associatedData(String objectId, int chunkSize, long index, boolean last) {
    return Aead.associatedData(PURPOSE, objectId, chunkSize, index, last ? 1 : 0);
  }
}
