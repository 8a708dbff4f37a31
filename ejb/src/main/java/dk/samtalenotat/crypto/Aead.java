package dk.samtalenotat.crypto;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** AES-256-GCM with a fresh random 96-bit nonce per call and associated data built one way. */
final class Aead {

  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;
  private static final int TAG_BITS = TAG_BYTES * 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aead() {}

  static byte[] nonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  static Cipher encryptor(SecretKey key, byte[] nonce, byte[] aad) {
    return cipher(Cipher.ENCRYPT_MODE, key, nonce, aad);
  }

  static Cipher decryptor(SecretKey key, byte[] nonce, byte[] aad) {
    return cipher(Cipher.DECRYPT_MODE, key, nonce, aad);
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] aad) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      init(c, mode, key, nonce, aad);
      return c;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available", e);
    }
  }

  /**
   * Makes a cipher from {@link #decryptor} ready for the next record of the same key: a new nonce
   * and associated data, while the provider keeps the key's schedule. Only decryption reuses a
   * cipher; every encryption gets a cipher and a fresh nonce of its own.
   */
  static void redecrypt(Cipher decryptor, SecretKey key, byte[] nonce, byte[] aad) {
    try {
      init(decryptor, Cipher.DECRYPT_MODE, key, nonce, aad);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available", e);
    }
  }

  private static void init(Cipher c, int mode, SecretKey key, byte[] nonce, byte[] aad)
      throws GeneralSecurityException {
    c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(aad);
  }

  /**
   * Associated data: a purpose label, the object id and any further numbers, each length-prefixed
   * so that no two different inputs give the same bytes. Binding the object id means a ciphertext
   * copied onto another object's row does not decrypt there.
   */
  static byte[] associatedData(String purpose, String objectId, long... numbers) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      byte[] p = purpose.getBytes(StandardCharsets.US_ASCII);
      byte[] id = objectId.getBytes(StandardCharsets.UTF_8);
      out.writeInt(p.length);
      out.write(p);
      out.writeInt(id.length);
      out.write(id);
      for (long n : numbers) {
        out.writeLong(n);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
