package dk.samtalenotat.crypto;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The AES-256 key of one object (a recording, a transcript, a draft version), together with its
 * wrapped form for storage. Encrypts records (short texts) and streams (audio) with AES-GCM, a
 * fresh 96-bit nonce for every record and every chunk, and the object id bound in as associated
 * data.
 *
 * <p>Record format: {@code 0x01 | nonce (12) | ciphertext | tag (16)}.
 */
public final class DataKey {

  static final byte RECORD_FORMAT = 1;
  private static final String RECORD_PURPOSE = "samtalenotat/record/v1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;
  private final WrappedKey wrapped;

  /**
   * The cipher that opens this key's records, set up once (provider look-up and AES key schedule)
   * and initialised anew with each record's nonce: a review page opens a thousand fields with one
   * key. It lives exactly as long as this object, which holds the key anyway, so nothing outlives a
   * key that is shredded. Guarded by {@code this}; a key is used by one request at a time.
   */
  private Cipher recordDecryptor;

  DataKey(SecretKey key, WrappedKey wrapped) {
    this.key = Objects.requireNonNull(key);
    this.wrapped = wrapped;
  }

  /** A fresh random AES-256 key. */
  static SecretKey generate() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256, RANDOM);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES key generation is not available", e);
    }
  }

  /** The key as stored: wrapped under the tenant's key-encryption key. */
  public WrappedKey wrapped() {
    return wrapped;
  }

  public byte[] encrypt(String objectId, byte[] plaintext) {
    byte[] nonce = Aead.nonce();
    Cipher cipher = Aead.encryptor(key, nonce, Aead.associatedData(RECORD_PURPOSE, objectId));
    try {
      byte[] out = new byte[1 + nonce.length + cipher.getOutputSize(plaintext.length)];
      out[0] = RECORD_FORMAT;
      System.arraycopy(nonce, 0, out, 1, nonce.length);
      cipher.doFinal(plaintext, 0, plaintext.length, out, 1 + nonce.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("encryption failed for " + objectId, e);
    }
  }

  /**
   * @throws CryptoException when the record was not encrypted with this key for this object id, or
   *     was changed since
   */
  public byte[] decrypt(String objectId, byte[] record) {
    if (record.length < 1 + Aead.NONCE_BYTES + Aead.TAG_BYTES || record[0] != RECORD_FORMAT) {
      throw new CryptoException("not an encrypted record of " + objectId);
    }
    byte[] nonce = java.util.Arrays.copyOfRange(record, 1, 1 + Aead.NONCE_BYTES);
    byte[] aad = Aead.associatedData(RECORD_PURPOSE, objectId);
    try {
      synchronized (this) {
        if (recordDecryptor == null) {
          recordDecryptor = Aead.decryptor(key, nonce, aad);
        } else {
          Aead.redecrypt(recordDecryptor, key, nonce, aad);
        }
        return recordDecryptor.doFinal(
            record, 1 + Aead.NONCE_BYTES, record.length - 1 - Aead.NONCE_BYTES);
      }
    } catch (AEADBadTagException e) {
      throw new CryptoException("record of " + objectId + " fails authentication", e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("decryption failed for " + objectId, e);
    }
  }

  /** Encrypts a text into Base64, the form text columns hold. */
  public String seal(String objectId, String text) {
    return Base64.getEncoder()
        .encodeToString(encrypt(objectId, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reverses {@link #seal}. */
  public String open(String objectId, String sealed) {
    byte[] record;
    try {
      record = Base64.getDecoder().decode(sealed);
    } catch (IllegalArgumentException e) {
      throw new CryptoException("not an encrypted record of " + objectId, e);
    }
    return new String(decrypt(objectId, record), StandardCharsets.UTF_8);
  }

  /** Encrypts everything written to the returned stream into {@code out}, chunk by chunk. */
  public OutputStream encrypting(String objectId, OutputStream out) {
    return new EncryptingOutputStream(out, key, objectId);
  }

  /** Decrypts what {@link #encrypting} wrote; fails on any change, truncation or reordering. */
  public InputStream decrypting(String objectId, InputStream in) {
    return new DecryptingInputStream(in, key, objectId);
  }

  @Override
  public String toString() {
    return "DataKey[" + wrapped + "]";
  }
}
