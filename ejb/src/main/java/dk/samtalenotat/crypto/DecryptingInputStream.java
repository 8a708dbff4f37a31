package dk.samtalenotat.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * Decrypts what {@link EncryptingOutputStream} wrote, one chunk in memory at a time. Every chunk is
 * authenticated before its plaintext is handed out; a changed, moved or missing chunk, or a stream
 * cut off anywhere, ends in an {@link IOException} (caused by a {@link CryptoException}) at the
 * latest when the reader reaches the point of the damage. Its buffers grow with the chunks read, up
 * to the stream's chunk size, so a small object costs little more than its size.
 */
public final class DecryptingInputStream extends FilterInputStream {

  private final SecretKey key;
  private final String objectId;
  private int chunkSize;
  private byte[] sealed;
  private byte[] plain = new byte[0];
  private int plainLength;
  private int plainPos;
  private long index;
  private boolean started;
  private boolean lastSeen;

  /** A byte read to learn whether another chunk follows; -2 when none is held. */
  private int lookahead = -2;

  public DecryptingInputStream(InputStream in, SecretKey key, String objectId) {
    super(Objects.requireNonNull(in));
    this.key = Objects.requireNonNull(key);
    this.objectId = Objects.requireNonNull(objectId);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    while (plainPos == plainLength) {
      if (lastSeen) {
        return -1;
      }
      nextChunk();
    }
    int n = Math.min(len, plainLength - plainPos);
    System.arraycopy(plain, plainPos, b, off, n);
    plainPos += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    byte[] scratch = new byte[8192];
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public int available() {
    return plainLength - plainPos;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void readHeader() throws IOException {
    byte[] header = in.readNBytes(StreamFormat.HEADER_BYTES);
    if (header.length < StreamFormat.HEADER_BYTES
        || !Arrays.equals(header, 0, StreamFormat.MAGIC.length, StreamFormat.MAGIC, 0, 4)) {
      throw damaged("no encrypted stream header");
    }
    chunkSize = ByteBuffer.wrap(header, StreamFormat.MAGIC.length, 4).getInt();
    if (chunkSize < 1 || chunkSize > StreamFormat.MAX_CHUNK_SIZE) {
      throw damaged("implausible chunk size " + chunkSize);
    }
    sealed = new byte[Math.min(chunkSize, StreamFormat.FIRST_BUFFER) + Aead.TAG_BYTES];
    started = true;
  }

  private void nextChunk() throws IOException {
    if (!started) {
      readHeader();
    }
    byte[] nonce = new byte[Aead.NONCE_BYTES];
    int got = 0;
    if (lookahead >= 0) {
      nonce[got++] = (byte) lookahead;
      lookahead = -2;
    }
    got += in.readNBytes(nonce, got, nonce.length - got);
    if (got < nonce.length) {
      throw damaged("stream ends before its last chunk");
    }
    int n = readSealed();
    if (n < Aead.TAG_BYTES) {
      throw damaged("chunk " + index + " is cut off");
    }
    boolean last;
    if (n < chunkSize + Aead.TAG_BYTES) {
      last = true;
    } else {
      lookahead = in.read();
      last = lookahead < 0;
    }
    Cipher cipher =
        Aead.decryptor(key, nonce, StreamFormat.associatedData(objectId, chunkSize, index, last));
    if (plain.length < n - Aead.TAG_BYTES) {
      plain = new byte[sealed.length - Aead.TAG_BYTES];
    }
    try {
      plainLength = cipher.doFinal(sealed, 0, n, plain, 0);
    } catch (AEADBadTagException e) {
      throw damaged("chunk " + index + " fails authentication (changed, moved or cut off)", e);
    } catch (GeneralSecurityException e) {
      throw damaged("chunk " + index + " cannot be decrypted", e);
    }
    plainPos = 0;
    index++;
    lastSeen = last;
  }

  /**
   * Reads the next chunk's ciphertext and tag, a whole chunk unless the stream ends first; the
   * buffer doubles as a chunk fills it, up to the chunk size.
   */
  private int readSealed() throws IOException {
    int whole = chunkSize + Aead.TAG_BYTES;
    int n = 0;
    while (true) {
      n += in.readNBytes(sealed, n, sealed.length - n);
      if (n < sealed.length || sealed.length == whole) {
        return n;
      }
      sealed = Arrays.copyOf(sealed, (int) Math.min(whole, 2L * sealed.length));
    }
  }

  private IOException damaged(String what) {
    return damaged(what, null);
  }

  private IOException damaged(String what, Throwable cause) {
    String message = "encrypted stream of " + objectId + ": " + what;
    return new IOException(message, new CryptoException(message, cause));
  }
}
