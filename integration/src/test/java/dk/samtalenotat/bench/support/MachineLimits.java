package dk.samtalenotat.bench.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.function.IntFunction;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * What this machine can do with a recording's bytes when nothing else is done with them: encrypt
 * them with AES-256-GCM (one cipher per chunk, as the server encrypts each chunk), or write them to
 * a file and force them to disk. An ingest path cannot be faster than the slower of the two, so a
 * benchmark measures both in the same run, on the same bytes, to say how close it comes.
 */
public final class MachineLimits {

  private MachineLimits() {}

  /**
   * AES-256-GCM over {@code chunks} chunks, each with a fresh 96-bit nonce and its own cipher.
   *
   * @param chunk the bytes of chunk {@code seq}; not timed if it only looks them up
   * @return megabytes (10^6 bytes) per second
   */
  public static double aesGcm(IntFunction<byte[]> chunk, int chunks)
      throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    SecretKey key = generator.generateKey();
    SecureRandom random = new SecureRandom();
    byte[] nonce = new byte[12];
    long bytes = 0;
    long sink = 0;
    long start = System.nanoTime();
    for (int seq = 0; seq < chunks; seq++) {
      byte[] plain = chunk.apply(seq);
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      sink += cipher.doFinal(plain).length;
      bytes += plain.length;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // The tag makes every ciphertext longer than its plaintext; checking it keeps the work live.
    if (sink != bytes + 16L * chunks) {
      throw new IllegalStateException("ciphertexts of unexpected length: " + sink);
    }
    return bytes / 1e6 / seconds;
  }

  /**
   * Runs AES-256-GCM over the first {@code chunks} chunks again and again until the rate stops
   * rising (at least three rounds, at most {@code maxRounds}): the JIT compiles the AES and GHASH
   * intrinsics only after a while, and a rate measured before that is the interpreter's, an order
   * of magnitude below the machine's.
   *
   * @return the rate of the last round, in MB/s
   */
  public static double warmUpAesGcm(IntFunction<byte[]> chunk, int chunks, int maxRounds)
      throws GeneralSecurityException {
    double best = 0;
    double last = 0;
    for (int round = 1; round <= maxRounds; round++) {
      last = aesGcm(chunk, chunks);
      if (round >= 3 && last < best * 1.1) {
        break;
      }
      best = Math.max(best, last);
    }
    return last;
  }

  /**
   * Writes the chunks one after the other into a new file in {@code dir} and forces it to disk
   * before the clock stops; the file is deleted afterwards.
   *
   * @return megabytes (10^6 bytes) per second
   */
  public static double disk(Path dir, IntFunction<byte[]> chunk, int chunks) throws IOException {
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, "disk-limit", ".bin");
    long bytes = 0;
    try {
      long start = System.nanoTime();
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        for (int seq = 0; seq < chunks; seq++) {
          byte[] plain = chunk.apply(seq);
          out.write(plain);
          bytes += plain.length;
        }
        channel.force(true);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (Files.size(file) != bytes) {
        throw new IllegalStateException("wrote " + Files.size(file) + " of " + bytes + " bytes");
      }
      return bytes / 1e6 / seconds;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
