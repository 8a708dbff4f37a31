package dk.samtalenotat.crypto;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * Encrypts a stream of any length in fixed-size chunks ({@link StreamFormat}) with AES-256-GCM,
 * holding one chunk in memory at a time. A full chunk is written only when more data follows, so
 * the last chunk is always known at {@link #close()}: closing is what completes the ciphertext, and
 * a stream that is not closed cannot be decrypted.
 *
 * <p>The buffers grow with what is written, up to a chunk: a recording's 3-second chunk of 12 KB
 * takes about that, not the 128 KiB of a whole chunk's two buffers (at 100 recordings at once those
 * were a tenth of all the server allocated, and so of its garbage collections).
 */
public final class EncryptingOutputStream extends FilterOutputStream {

  private final SecretKey key;
  private final String objectId;
  private final int chunkSize;
  private byte[] plain;
  private byte[] sealed = new byte[0];
  private int filled;
  private long index;
  private boolean headerWritten;
  private boolean closed;

  public EncryptingOutputStream(OutputStream out, SecretKey key, String objectId) {
    this(out, key, objectId, StreamFormat.DEFAULT_CHUNK_SIZE);
  }

  EncryptingOutputStream(OutputStream out, SecretKey key, String objectId, int chunkSize) {
    super(Objects.requireNonNull(out));
    if (chunkSize < 1 || chunkSize > StreamFormat.MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunk size " + chunkSize);
    }
    this.key = Objects.requireNonNull(key);
    this.objectId = Objects.requireNonNull(objectId);
    this.chunkSize = chunkSize;
    this.plain = new byte[Math.min(chunkSize, StreamFormat.FIRST_BUFFER)];
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("stream closed");
    }
    while (len > 0) {
      if (filled == chunkSize) {
        writeChunk(false);
      }
      if (filled == plain.length) {
        plain = Arrays.copyOf(plain, (int) Math.min(chunkSize, 2L * plain.length));
      }
      int take = Math.min(len, plain.length - filled);
      System.arraycopy(b, off, plain, filled, take);
      filled += take;
      off += take;
      len -= take;
    }
  }

  /** Passes on a flush; a partly filled chunk stays buffered until it is full or closed. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writeChunk(true);
      out.flush();
    } finally {
      out.close();
    }
  }

  private void writeChunk(boolean last) throws IOException {
    if (!headerWritten) {
      out.write(StreamFormat.MAGIC);
      out.write(ByteBuffer.allocate(4).putInt(chunkSize).array());
      headerWritten = true;
    }
    byte[] nonce = Aead.nonce();
    Cipher cipher =
        Aead.encryptor(key, nonce, StreamFormat.associatedData(objectId, chunkSize, index, last));
    if (sealed.length < filled + Aead.TAG_BYTES) {
      sealed = new byte[Math.max(filled, plain.length) + Aead.TAG_BYTES];
    }
    int n;
    try {
      n = cipher.doFinal(plain, 0, filled, sealed, 0);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("encryption failed for " + objectId, e);
    }
    out.write(nonce);
    out.write(sealed, 0, n);
    index++;
    filled = 0;
  }
}
