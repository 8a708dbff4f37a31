package dk.samtalenotat.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the PKCS#12 key store is and its password: from configuration, or in the demo generated
 * under the server's data directory (a random password in a file beside it). Outside the demo a
 * missing setting stops the start, because inventing keys there would produce data nobody can read
 * after the next redeployment.
 */
record KeyStoreLocation(Path path, char[] password, boolean generated) {

  static final String PATH_KEY = "samtalenotat.crypto.keystore.path";
  static final String PASSWORD_KEY = "samtalenotat.crypto.keystore.password";
  static final String DEMO_FOLDER = "samtalenotat-keys";
  static final String DEMO_KEY_STORE = "tenant-keys.p12";
  static final String DEMO_PASSWORD_FILE = "tenant-keys.password";

  static KeyStoreLocation resolve(
      Optional<String> path, Optional<String> password, boolean demo, Optional<String> dataDir) {
    Optional<String> p = path.filter(s -> !s.isBlank());
    Optional<String> pw = password.filter(s -> !s.isEmpty());
    if (p.isPresent() && pw.isPresent()) {
      return new KeyStoreLocation(Path.of(p.get()), pw.get().toCharArray(), false);
    }
    if (p.isPresent() || pw.isPresent()) {
      throw new IllegalStateException(
          "Key store misconfigured: "
              + (p.isPresent() ? PASSWORD_KEY : PATH_KEY)
              + " is missing; set both "
              + PATH_KEY
              + " and "
              + PASSWORD_KEY
              + " (environment SAMTALENOTAT_CRYPTO_KEYSTORE_PATH and"
              + " SAMTALENOTAT_CRYPTO_KEYSTORE_PASSWORD).");
    }
    if (!demo) {
      throw new IllegalStateException(
          "No key store configured: set "
              + PATH_KEY
              + " and "
              + PASSWORD_KEY
              + " (environment SAMTALENOTAT_CRYPTO_KEYSTORE_PATH and"
              + " SAMTALENOTAT_CRYPTO_KEYSTORE_PASSWORD) to the PKCS#12 file holding the tenants'"
              + " key-encryption keys. Only the demo (samtalenotat.demo=true) generates its own.");
    }
    String base =
        dataDir
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Demo key store: jboss.server.data.dir is not set, so there is no place"
                            + " to generate it; set "
                            + PATH_KEY
                            + " and "
                            + PASSWORD_KEY
                            + "."));
    Path folder = Path.of(base).resolve(DEMO_FOLDER);
    return new KeyStoreLocation(
        folder.resolve(DEMO_KEY_STORE), demoPassword(folder.resolve(DEMO_PASSWORD_FILE)), true);
  }

  /** Reads the demo password, or creates it: 32 random bytes, readable by the owner only. */
  private static char[] demoPassword(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
      }
      Files.createDirectories(file.getParent());
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      Files.deleteIfExists(partial);
      ownerOnly(Files.createFile(partial));
      Files.writeString(partial, password, StandardCharsets.US_ASCII);
      Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return password.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or create the demo key store password " + file, e);
    }
  }

  /** Restricts a file to its owner where the file system knows POSIX permissions. */
  static Path ownerOnly(Path file) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }

  @Override
  public String toString() {
    return "KeyStoreLocation[" + path + (generated ? ", demo" : "") + "]";
  }
}
