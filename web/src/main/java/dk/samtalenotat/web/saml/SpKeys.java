package dk.samtalenotat.web.saml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.opensaml.security.x509.BasicX509Credential;

/**
 * The service provider's signing and encryption keys, from a PKCS#12 keystore whose path and
 * password come from configuration. With generation allowed (the demo), a missing keystore is
 * created at first start, with a random password kept beside it; such files never belong in git.
 *
 * @param signing signs AuthnRequests, LogoutRequests and LogoutResponses
 * @param encryption decrypts the assertions the IdP encrypts for us
 */
public record SpKeys(BasicX509Credential signing, BasicX509Credential encryption) {

  private static final Logger LOG = Logger.getLogger(SpKeys.class.getName());

  /** Reads {@code samtalenotat.saml.sp.keystore.*} (README, "Sign-on"). */
  public static SpKeys fromConfig(Function<String, Optional<String>> config) {
    Path path =
        config
            .apply("samtalenotat.saml.sp.keystore.path")
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(
                        config
                            .apply("samtalenotat.data-dir")
                            .orElse(System.getProperty("java.io.tmpdir")),
                        "saml",
                        "sp.p12"));
    boolean generate =
        Boolean.parseBoolean(
            config.apply("samtalenotat.saml.sp.keystore.generate").orElse("false"));
    Optional<String> password = config.apply("samtalenotat.saml.sp.keystore.password");
    String signingAlias = config.apply("samtalenotat.saml.sp.keystore.alias").orElse("sp");
    String encryptionAlias =
        config.apply("samtalenotat.saml.sp.keystore.encryption-alias").orElse(signingAlias);
    try {
      if (!Files.exists(path) && generate) {
        generate(path, password.orElseGet(() -> newPasswordFile(path)), signingAlias);
      }
      char[] pw =
          password
              .or(() -> readPasswordFile(path))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "samtalenotat.saml.sp.keystore.password is not set"))
              .toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(path)) {
        store.load(in, pw);
      }
      return new SpKeys(
          credential(store, signingAlias, pw), credential(store, encryptionAlias, pw));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the SP keystore " + path + " cannot be read: " + e, e);
    }
  }

  private static BasicX509Credential credential(KeyStore store, String alias, char[] pw)
      throws GeneralSecurityException {
    if (!(store.getKey(alias, pw) instanceof PrivateKey key)) {
      throw new GeneralSecurityException("no private key under alias '" + alias + "'");
    }
    return new BasicX509Credential((X509Certificate) store.getCertificate(alias), key);
  }

  /** A new RSA 3072 key and self-signed certificate in a new PKCS#12 file. */
  public static void generate(Path path, String password, String alias)
      throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair keys = generator.generateKeyPair();
    X509Certificate cert =
        SelfSignedCertificate.create(keys, "Samtalenotat SP (generated)", Duration.ofDays(3650));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, keys.getPrivate(), password.toCharArray(), new Certificate[] {cert});
    Files.createDirectories(path.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
      store.store(out, password.toCharArray());
    }
    LOG.info(() -> "SAML-CFG-10 generated the SP keystore " + path);
  }

  private static String newPasswordFile(Path keystore) {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path file = passwordFile(keystore);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system; the data directory's own permissions apply.
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return password;
  }

  private static Optional<String> readPasswordFile(Path keystore) {
    Path file = passwordFile(keystore);
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path passwordFile(Path keystore) {
    return keystore.resolveSibling(keystore.getFileName() + ".password");
  }
}
