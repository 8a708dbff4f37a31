package dk.samtalenotat.it;

import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's SimpleSAMLphp 1.19 as a real SAML identity provider on loopback: a configuration of its
 * own (the templates in {@code src/test/resources/simplesamlphp}), a key pair generated here, and
 * PHP's built-in web server on a free port. It trusts exactly one service provider, whose published
 * metadata it is given; its users are the employees of {@code authsources.php}, all with the
 * password {@link #password()}.
 */
final class SimpleSamlPhpIdp implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SimpleSamlPhpIdp.class.getName());
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final String TEMPLATES = "/simplesamlphp/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final URI baseUri;
  private final String password;
  private final KeyPair keys;
  private final Process php;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SimpleSamlPhpIdp(Path dir, URI baseUri, String password, KeyPair keys, Process php) {
    this.dir = dir;
    this.baseUri = baseUri;
    this.password = password;
    this.keys = keys;
    this.php = php;
  }

  /**
   * Writes a fresh configuration into {@code dir} (deleting what was there), starts PHP's web
   * server on it and waits until the IdP publishes its metadata.
   *
   * @param spMetadata the service provider's metadata as it publishes it
   */
  static SimpleSamlPhpIdp start(Path dir, String spMetadata) throws IOException {
    Path www =
        Path.of(System.getProperty("samtalenotat.it.simplesamlphp.www", "/usr/share/simplesamlphp"))
            .resolve("www");
    requireInstalled(www);
    dir = dir.toAbsolutePath().normalize();
    deleteRecursively(dir);
    for (String sub : List.of("config", "metadata", "cert", "log", "tmp", "sessions")) {
      Files.createDirectories(dir.resolve(sub));
    }
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    String password = random(12);
    Map<String, String> values =
        Map.of(
            "@BASE_URL@", base.toString(),
            "@DIR@", dir.toString(),
            "@SECRET_SALT@", random(32),
            "@ADMIN_PASSWORD@", random(16),
            "@PASSWORD@", password);
    write(template("config.php", values), dir.resolve("config/config.php"));
    write(template("authsources.php", values), dir.resolve("config/authsources.php"));
    write(template("saml20-idp-hosted.php", values), dir.resolve("metadata/saml20-idp-hosted.php"));
    write(spMetadata, dir.resolve("sp-metadata.xml"));
    KeyPair keys = writeKeyPair(dir.resolve("cert"));

    ProcessBuilder builder =
        new ProcessBuilder("php", "-S", "127.0.0.1:" + port, "-t", www.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log/php.log").toFile());
    builder.environment().put("SIMPLESAMLPHP_CONFIG_DIR", dir.resolve("config").toString());
    SimpleSamlPhpIdp idp = new SimpleSamlPhpIdp(dir, base, password, keys, builder.start());
    try {
      idp.awaitMetadata();
    } catch (RuntimeException e) {
      idp.close();
      throw e;
    }
    LOG.log(System.Logger.Level.INFO, "SimpleSAMLphp IdP at {0}, files in {1}", base, dir);
    return idp;
  }

  /** The IdP's entity ID and metadata address. */
  URI metadataUri() {
    return baseUri.resolve("saml2/idp/metadata.php");
  }

  /** The password of every user of {@code authsources.php}, made for this run. */
  String password() {
    return password;
  }

  /** The IdP's SAML metadata as it publishes it (signing certificate, SSO and SLO endpoints). */
  String metadata() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(metadataUri()).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().contains("EntityDescriptor")) {
        throw new IllegalStateException(
            "SimpleSAMLphp metadata answered " + response.statusCode() + "\n" + logTail(40));
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A LogoutRequest as this IdP sends one by HTTP-POST, signed with its key (enveloped XML
   * signature, RSA-SHA256, exclusive canonicalisation): the base64 {@code SAMLRequest} field. Made
   * here with the JDK's XML signature API, since SimpleSAMLphp 1.19 sends its own by HTTP-Redirect.
   */
  String signedLogoutRequest(URI destination, String nameId) {
    try {
      String id = "_" + random(20);
      String xml =
          "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
              + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\""
              + id
              + "\" Version=\"2.0\" IssueInstant=\""
              + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              + "\" Destination=\""
              + destination
              + "\"><saml:Issuer>"
              + metadataUri()
              + "</saml:Issuer><saml:NameID"
              + " Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\">"
              + nameId
              + "</saml:NameID></samlp:LogoutRequest>";
      var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document doc =
          factory
              .newDocumentBuilder()
              .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      org.w3c.dom.Element root = doc.getDocumentElement();
      root.setIdAttributeNS(null, "ID", true);
      var dsig = javax.xml.crypto.dsig.XMLSignatureFactory.getInstance("DOM");
      var reference =
          dsig.newReference(
              "#" + id,
              dsig.newDigestMethod(javax.xml.crypto.dsig.DigestMethod.SHA256, null),
              List.of(
                  dsig.newTransform(
                      javax.xml.crypto.dsig.Transform.ENVELOPED,
                      (javax.xml.crypto.dsig.spec.TransformParameterSpec) null),
                  dsig.newTransform(
                      javax.xml.crypto.dsig.CanonicalizationMethod.EXCLUSIVE,
                      (javax.xml.crypto.dsig.spec.TransformParameterSpec) null)),
              null,
              null);
      var signedInfo =
          dsig.newSignedInfo(
              dsig.newCanonicalizationMethod(
                  javax.xml.crypto.dsig.CanonicalizationMethod.EXCLUSIVE,
                  (javax.xml.crypto.dsig.spec.C14NMethodParameterSpec) null),
              dsig.newSignatureMethod(javax.xml.crypto.dsig.SignatureMethod.RSA_SHA256, null),
              List.of(reference));
      // The Signature follows the Issuer, as the SAML schema orders them.
      org.w3c.dom.Node nameIdElement = root.getFirstChild().getNextSibling();
      var context =
          new javax.xml.crypto.dsig.dom.DOMSignContext(keys.getPrivate(), root, nameIdElement);
      context.setDefaultNamespacePrefix("ds");
      dsig.newXMLSignature(signedInfo, null).sign(context);
      var out = new java.io.StringWriter();
      javax.xml.transform.TransformerFactory.newInstance()
          .newTransformer()
          .transform(
              new javax.xml.transform.dom.DOMSource(doc),
              new javax.xml.transform.stream.StreamResult(out));
      return Base64.getEncoder().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign a LogoutRequest", e);
    }
  }

  /** The last lines of SimpleSAMLphp's own log and of PHP's web server, for failure messages. */
  String logTail(int lines) {
    StringBuilder out = new StringBuilder();
    for (Path log : List.of(dir.resolve("log/simplesamlphp.log"), dir.resolve("log/php.log"))) {
      out.append("--- ").append(log).append(" ---\n");
      try {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        out.append(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
      } catch (IOException e) {
        out.append("(cannot read: ").append(e.getMessage()).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public void close() {
    php.destroy();
    try {
      if (!php.waitFor(10, TimeUnit.SECONDS)) {
        php.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitMetadata() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!php.isAlive()) {
        throw new IllegalStateException(
            "PHP's web server exited with " + php.exitValue() + "\n" + logTail(40));
      }
      try {
        metadata();
        return;
      } catch (UncheckedIOException notListeningYet) {
        sleep();
      }
    }
    throw new IllegalStateException(
        "SimpleSAMLphp did not answer within " + START_TIMEOUT + "\n" + logTail(40));
  }

  /** Clear words instead of a PHP error page when the Debian packages are missing. */
  private static void requireInstalled(Path www) throws IOException {
    String missing =
        "install Debian's simplesamlphp, php-cli and php-xml (bin/test does) or set"
            + " samtalenotat.it.simplesamlphp.www";
    if (!Files.isDirectory(www)) {
      throw new IllegalStateException(www + " is missing: " + missing);
    }
    try {
      Process check =
          new ProcessBuilder("php", "-r", "exit(extension_loaded('dom') ? 0 : 1);")
              .redirectErrorStream(true)
              .start();
      check.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
        throw new IllegalStateException("PHP has no DOM extension: " + missing);
      }
    } catch (IOException e) {
      throw new IllegalStateException("php cannot run (" + e.getMessage() + "): " + missing, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh RSA key pair and self-signed certificate, as PEM files named in the IdP metadata. */
  private static KeyPair writeKeyPair(Path certDir) throws IOException {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072);
      KeyPair keys = generator.generateKeyPair();
      var certificate =
          SelfSignedCertificate.create(keys, "SimpleSamlPhpIT IdP", Duration.ofDays(2));
      write(pem("PRIVATE KEY", keys.getPrivate().getEncoded()), certDir.resolve("idp.key"));
      write(pem("CERTIFICATE", certificate.getEncoded()), certDir.resolve("idp.crt"));
      return keys;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the IdP key pair", e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String template(String name, Map<String, String> values) throws IOException {
    try (InputStream in = SimpleSamlPhpIdp.class.getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + TEMPLATES + name + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace(value.getKey(), value.getValue());
      }
      return text;
    }
  }

  private static void write(String text, Path file) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** A port the kernel hands out (ephemeral, so none that Chromium refuses to connect to). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
