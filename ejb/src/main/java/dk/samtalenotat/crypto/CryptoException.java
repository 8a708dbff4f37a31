package dk.samtalenotat.crypto;

/**
 * Encryption or decryption failed: a wrong key or object id, tampered or truncated ciphertext, or a
 * key store that cannot be read. Never a user's mistake, so it is unchecked; the message is for
 * logs and never contains key material or plaintext.
 */
public class CryptoException extends RuntimeException {

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
