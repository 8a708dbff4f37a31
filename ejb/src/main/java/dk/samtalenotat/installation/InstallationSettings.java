package dk.samtalenotat.installation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How this installation runs, read once at start: the demo (demo users with a public password,
 * sample conversations, the development IdP, keys generated on first use) or production, the
 * default. The only reader of {@code samtalenotat.demo}, {@code samtalenotat.demo.samples} and
 * {@code samtalenotat.signin}; outside the demo it also reads the settings that make or break a
 * safe start, and {@link #problems()} lists each one that would not be safe (README, "Production
 * defaults").
 *
 * @param demo the demo profile, {@code samtalenotat.demo}; false unless set
 * @param sampleConversations seed the demo's sample conversations, {@code
 *     samtalenotat.demo.samples}; as {@code demo} unless set
 * @param formSignInRequested {@code samtalenotat.signin=form}: the demo's password form instead of
 *     SAML
 * @param spBaseUrl the address employees use, {@code samtalenotat.saml.sp.base-url}
 * @param allowInsecureHttp {@code samtalenotat.allow-insecure-http}: a base URL on plain http
 *     accepted outside the demo, for a test on loopback only
 * @param keyStore the tenants' key-encryption keys, {@code samtalenotat.crypto.keystore.path}
 * @param keyStorePasswordSet whether {@code samtalenotat.crypto.keystore.password} is set
 * @param createKeyStore {@code samtalenotat.crypto.keystore.create}: a missing key-store file may
 *     be created (the first start of an installation)
 * @param spKeyStore the SP's signing and decryption key, {@code samtalenotat.saml.sp.keystore.path}
 * @param generateSpKeyStore {@code samtalenotat.saml.sp.keystore.generate}
 * @param idpMetadata where the IdP's metadata comes from, {@code samtalenotat.saml.idp.metadata}
 */
public record InstallationSettings(
    boolean demo,
    boolean sampleConversations,
    boolean formSignInRequested,
    URI spBaseUrl,
    boolean allowInsecureHttp,
    Optional<Path> keyStore,
    boolean keyStorePasswordSet,
    boolean createKeyStore,
    Optional<Path> spKeyStore,
    boolean generateSpKeyStore,
    Optional<String> idpMetadata) {

  static final String DEMO = "samtalenotat.demo";
  static final String SAMPLES = "samtalenotat.demo.samples";
  static final String SIGNIN = "samtalenotat.signin";
  static final String SP_BASE_URL = "samtalenotat.saml.sp.base-url";
  static final String ALLOW_INSECURE_HTTP = "samtalenotat.allow-insecure-http";
  static final String KEY_STORE = "samtalenotat.crypto.keystore.path";
  static final String KEY_STORE_PASSWORD = "samtalenotat.crypto.keystore.password";
  static final String KEY_STORE_CREATE = "samtalenotat.crypto.keystore.create";
  static final String SP_KEY_STORE = "samtalenotat.saml.sp.keystore.path";
  static final String SP_KEY_STORE_GENERATE = "samtalenotat.saml.sp.keystore.generate";
  static final String IDP_METADATA = "samtalenotat.saml.idp.metadata";

  /** The address the SP assumes when none is set, as {@code SpConfiguration} does. */
  static final String DEFAULT_BASE_URL = "http://localhost:8080";

  /** The development IdP's entity ID is {@code <base>/dev-idp}, its metadata below it. */
  private static final Pattern DEV_IDP_ENTITY =
      Pattern.compile("entityID\\s*=\\s*[\"'][^\"']*/dev-idp/?[\"']");

  /**
   * Something that would make a production start unsafe.
   *
   * @param id a stable event id, {@code START-nn}, the same for the same kind of problem
   * @param message what is wrong and what to set, naming the setting and its environment variable;
   *     no secret
   */
  public record Problem(String id, String message) {
    @Override
    public String toString() {
      return id + " " + message;
    }
  }

  /**
   * Reads the settings.
   *
   * @param config a MicroProfile Config look-up that answers blank values as empty
   * @throws IllegalArgumentException naming the setting when a value cannot be read (a switch that
   *     is neither true nor false, an unknown sign-in mode, a base URL that is not a URL)
   */
  public static InstallationSettings read(Function<String, Optional<String>> config) {
    Function<String, Optional<String>> lookup =
        key -> config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    boolean demo = flag(lookup, DEMO, false);
    return new InstallationSettings(
        demo,
        flag(lookup, SAMPLES, demo),
        formSignIn(lookup.apply(SIGNIN)),
        baseUrl(lookup.apply(SP_BASE_URL).orElse(DEFAULT_BASE_URL)),
        flag(lookup, ALLOW_INSECURE_HTTP, false),
        lookup.apply(KEY_STORE).map(v -> path(KEY_STORE, v)),
        config.apply(KEY_STORE_PASSWORD).filter(v -> !v.isEmpty()).isPresent(),
        flag(lookup, KEY_STORE_CREATE, false),
        lookup.apply(SP_KEY_STORE).map(v -> path(SP_KEY_STORE, v)),
        flag(lookup, SP_KEY_STORE_GENERATE, false),
        lookup.apply(IDP_METADATA));
  }

  /** The demo's password form is in use: only ever in the demo. */
  public boolean formSignIn() {
    return demo && formSignInRequested;
  }

  /**
   * What would make this start unsafe, in a fixed order; always empty in the demo, which is made to
   * be unsafe (public passwords, a development IdP that signs any user, generated keys).
   */
  public List<Problem> problems() {
    if (demo) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    keyStoreProblem().ifPresent(problems::add);
    spKeyStoreProblem().ifPresent(problems::add);
    idpMetadataProblem().ifPresent(problems::add);
    if (sampleConversations) {
      problems.add(
          new Problem(
              "START-04",
              SAMPLES
                  + "=true (SAMTALENOTAT_DEMO_SAMPLES) seeds demo users and invented citizens'"
                  + " conversations; outside the demo remove it or set it to false"));
    }
    if (formSignInRequested) {
      problems.add(
          new Problem(
              "START-05",
              SIGNIN
                  + "=form (SAMTALENOTAT_SIGNIN) is the demo's password form with a public"
                  + " password; outside the demo employees sign on through SAML: remove it or set"
                  + " it to saml"));
    }
    if (!"https".equalsIgnoreCase(spBaseUrl.getScheme()) && !allowInsecureHttp) {
      problems.add(
          new Problem(
              "START-06",
              SP_BASE_URL
                  + " (SAMTALENOTAT_SAML_SP_BASE_URL) is "
                  + spBaseUrl
                  + ": sign-on, session cookies and audio would travel unencrypted; set the"
                  + " public https:// address (only a test on loopback may set "
                  + ALLOW_INSECURE_HTTP
                  + "=true)"));
    }
    return List.copyOf(problems);
  }

  private Optional<Problem> keyStoreProblem() {
    if (keyStore.isEmpty() || !keyStorePasswordSet) {
      return Optional.of(
          new Problem(
              "START-01",
              "no key store for the tenants' key-encryption keys: set "
                  + KEY_STORE
                  + " and "
                  + KEY_STORE_PASSWORD
                  + " (SAMTALENOTAT_CRYPTO_KEYSTORE_PATH and _PASSWORD); only the demo generates"
                  + " its own"));
    }
    if (!Files.isRegularFile(keyStore.get()) && !createKeyStore) {
      return Optional.of(
          new Problem(
              "START-01",
              "the key store "
                  + keyStore.get()
                  + " ("
                  + KEY_STORE
                  + ") does not exist: mount or restore it (without it no stored content can be"
                  + " read), or on an installation's first start set "
                  + KEY_STORE_CREATE
                  + "=true (SAMTALENOTAT_CRYPTO_KEYSTORE_CREATE) once to create it"));
    }
    return Optional.empty();
  }

  private Optional<Problem> spKeyStoreProblem() {
    if (generateSpKeyStore) {
      return Optional.empty();
    }
    if (spKeyStore.isEmpty()) {
      return Optional.of(
          new Problem(
              "START-02",
              "no SAML service provider key: set "
                  + SP_KEY_STORE
                  + " (SAMTALENOTAT_SAML_SP_KEYSTORE_PATH) and its password"));
    }
    if (!Files.isRegularFile(spKeyStore.get())) {
      return Optional.of(
          new Problem(
              "START-02",
              "the SAML service provider key store "
                  + spKeyStore.get()
                  + " ("
                  + SP_KEY_STORE
                  + ", SAMTALENOTAT_SAML_SP_KEYSTORE_PATH) does not exist: put the SP's key and"
                  + " certificate (OCES3) there"));
    }
    return Optional.empty();
  }

  private Optional<Problem> idpMetadataProblem() {
    if (idpMetadata.isEmpty()) {
      return Optional.of(
          new Problem(
              "START-03",
              "no identity provider: set "
                  + IDP_METADATA
                  + " (SAMTALENOTAT_SAML_IDP_METADATA) to the IdP's metadata (a file or an"
                  + " https address)"));
    }
    String location = idpMetadata.get();
    Problem devIdp =
        new Problem(
            "START-03",
            IDP_METADATA
                + " (SAMTALENOTAT_SAML_IDP_METADATA) is "
                + location
                + ", the development IdP's metadata: that IdP signs in anyone as any user,"
                + " administrator included; use the real IdP's metadata (NemLog-in, KOMBIT's"
                + " Context Handler)");
    if (location.toLowerCase(Locale.ROOT).contains("/dev-idp")) {
      return Optional.of(devIdp);
    }
    Optional<Path> file = localFile(location);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file.get())) {
      return Optional.of(
          new Problem(
              "START-03",
              "the IdP metadata file "
                  + file.get()
                  + " ("
                  + IDP_METADATA
                  + ", SAMTALENOTAT_SAML_IDP_METADATA) does not exist"));
    }
    try {
      String xml = Files.readString(file.get(), StandardCharsets.UTF_8);
      return DEV_IDP_ENTITY.matcher(xml).find() ? Optional.of(devIdp) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the IdP metadata file " + file.get(), e);
    }
  }

  /** The file a metadata location names, if it is a path or a {@code file:} URL. */
  private static Optional<Path> localFile(String location) {
    try {
      if (location.regionMatches(true, 0, "file:", 0, 5)) {
        return Optional.of(Path.of(new URI(location)));
      }
      if (location.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
        return Optional.empty();
      }
      return Optional.of(Path.of(location));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          IDP_METADATA + " is neither a file nor a URL: " + location, e);
    }
  }

  private static boolean flag(
      Function<String, Optional<String>> lookup, String key, boolean otherwise) {
    Optional<String> value = lookup.apply(key);
    if (value.isEmpty()) {
      return otherwise;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              key + " must be true or false, not '" + value.get() + "'");
    };
  }

  private static boolean formSignIn(Optional<String> mode) {
    return switch (mode.orElse("saml").toLowerCase(Locale.ROOT)) {
      case "saml" -> false;
      case "form" -> true;
      default ->
          throw new IllegalArgumentException(
              SIGNIN + " must be saml or form, not '" + mode.get() + "'");
    };
  }

  private static URI baseUrl(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(value, "no scheme or host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          SP_BASE_URL + " must be an absolute URL such as https://samtalenotat.kommune.dk", e);
    }
  }

  private static Path path(String key, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(key + " is not a file path", e);
    }
  }
}
