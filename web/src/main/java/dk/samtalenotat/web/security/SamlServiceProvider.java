package dk.samtalenotat.web.security;

import dk.samtalenotat.installation.InstallationSettings;
import dk.samtalenotat.saml.UsedIds;
import dk.samtalenotat.web.saml.AuthnRequestFactory;
import dk.samtalenotat.web.saml.BrowserSeal;
import dk.samtalenotat.web.saml.HttpRedirectBinding;
import dk.samtalenotat.web.saml.IdpMetadata;
import dk.samtalenotat.web.saml.LogoutHop;
import dk.samtalenotat.web.saml.PostBindingDecoder;
import dk.samtalenotat.web.saml.ReplayStore;
import dk.samtalenotat.web.saml.ResponseValidator;
import dk.samtalenotat.web.saml.SamlCheck;
import dk.samtalenotat.web.saml.SamlEnvironment;
import dk.samtalenotat.web.saml.SamlRejectedException;
import dk.samtalenotat.web.saml.SignOnCookie;
import dk.samtalenotat.web.saml.SignOnThrottle;
import dk.samtalenotat.web.saml.SingleLogout;
import dk.samtalenotat.web.saml.SpConfiguration;
import dk.samtalenotat.web.saml.SpKeys;
import dk.samtalenotat.web.saml.SpMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The configured service provider: our settings and keys, the IdP's metadata, and the SAML
 * artefacts wired together, one instance per application. Keys and IdP metadata load on first use,
 * so a server whose IdP publishes its metadata later (the demo's development IdP) still starts;
 * metadata from a URL is fetched again every hour, keeping the last good copy if that fails.
 *
 * <p>The only sign-on state on the server is what {@link ReplayStore} keeps: the requests already
 * answered and the IdP messages already used, written after their checks held. The requests under
 * way live in each browser's sign-on cookie ({@link SignOnCookie}).
 */
@ApplicationScoped
public class SamlServiceProvider {

  private static final Logger LOG = Logger.getLogger(SamlServiceProvider.class.getName());
  private static final Duration METADATA_REFRESH = Duration.ofHours(1);

  @Inject Config config;
  @Inject InstallationSettings installation;
  @Inject SignOnTenants tenants;
  @Inject UsedIds usedIds;

  private final Clock clock = Clock.systemUTC();
  private SamlEnvironment saml;
  private SpConfiguration sp;
  private ReplayStore answeredRequests;
  private ReplayStore idpMessages;
  private SignOnThrottle throttle;
  private HttpRedirectBinding redirect;
  private PostBindingDecoder post;
  private AuthnRequestFactory authnRequests;
  private SingleLogout singleLogout;
  private volatile SpKeys keys;
  private volatile SignOnCookie cookie;
  private volatile LogoutHop logoutHop;
  private volatile String metadataXml;
  private volatile IdpMetadata idp;
  private volatile Instant idpLoadedAt = Instant.EPOCH;
  private ResponseValidator validator;

  private synchronized void init() throws SamlRejectedException {
    if (sp != null) {
      return;
    }
    try {
      saml = SamlEnvironment.get();
      sp = SpConfiguration.fromConfig(lookup());
      throttle =
          new SignOnThrottle(
              Double.parseDouble(lookup().apply("samtalenotat.saml.sign-on-rate").orElse("10")),
              Integer.parseInt(lookup().apply("samtalenotat.saml.sign-on-burst").orElse("100")),
              System::nanoTime);
    } catch (RuntimeException e) {
      throw new SamlRejectedException(SamlCheck.SP_CONFIGURATION, e.getMessage(), e);
    }
    // In the database, so that every node of a cluster refuses an ID another node took.
    answeredRequests = new SharedReplayStore(usedIds, "answered-requests");
    idpMessages = new SharedReplayStore(usedIds, "idp-messages");
    redirect = new HttpRedirectBinding(saml);
    post = new PostBindingDecoder(saml);
    authnRequests = new AuthnRequestFactory(saml, redirect, clock);
    singleLogout = new SingleLogout(saml, answeredRequests, idpMessages, clock);
  }

  private Function<String, Optional<String>> lookup() {
    return key -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
  }

  public SpConfiguration sp() throws SamlRejectedException {
    init();
    return sp;
  }

  public SpKeys keys() throws SamlRejectedException {
    init();
    SpKeys local = keys;
    if (local == null) {
      synchronized (this) {
        if (keys == null) {
          try {
            SpKeys loaded = SpKeys.fromConfig(lookup());
            BrowserSeal seal = BrowserSeal.derivedFrom(loaded.signing().getPrivateKey());
            cookie = new SignOnCookie(seal, clock, sp.acsUrl());
            logoutHop = new LogoutHop(seal, clock);
            keys = loaded;
          } catch (RuntimeException e) {
            throw new SamlRejectedException(SamlCheck.SP_KEYS, e.getMessage(), e);
          }
        }
        local = keys;
      }
    }
    return local;
  }

  /** The browser's sign-on cookie: its seal comes from the SP keys. */
  public SignOnCookie cookie() throws SamlRejectedException {
    keys();
    return cookie;
  }

  /** The hop of the IdP's LogoutRequest by HTTP-POST: its seal comes from the SP keys. */
  public LogoutHop logoutHop() throws SamlRejectedException {
    keys();
    return logoutHop;
  }

  /** How fast one client may start and finish sign-ons. */
  public SignOnThrottle throttle() throws SamlRejectedException {
    init();
    return throttle;
  }

  /** The IDs of the IdP's messages already used (the hop of a LogoutRequest is followed once). */
  public ReplayStore idpMessages() throws SamlRejectedException {
    init();
    return idpMessages;
  }

  /** The IdP's metadata, loaded on first use and refreshed hourly. */
  public IdpMetadata idp() throws SamlRejectedException {
    init();
    IdpMetadata current = idp;
    if (current != null && idpLoadedAt.plus(METADATA_REFRESH).isAfter(clock.instant())) {
      return current;
    }
    synchronized (this) {
      IdpMetadata.Source source = idpSource();
      try {
        idp = IdpMetadata.load(saml, source, clock);
        idpLoadedAt = clock.instant();
        LOG.info(
            () ->
                "SAML-CFG-11 IdP metadata of "
                    + idp.entityId()
                    + " loaded from "
                    + source.location()
                    + (source.signer().isPresent() ? ", its signature checked" : ""));
      } catch (SamlRejectedException e) {
        return keepOrRefuse(e, source);
      } catch (Exception e) {
        return keepOrRefuse(
            new SamlRejectedException(SamlCheck.IDP_METADATA, source.location() + ": " + e, e),
            source);
      }
      return idp;
    }
  }

  private IdpMetadata keepOrRefuse(SamlRejectedException e, IdpMetadata.Source source)
      throws SamlRejectedException {
    if (idp == null) {
      // The sign-on that asked is refused, and the refusal is logged with the reason.
      throw e;
    }
    // A copy no longer signed by the configured certificate is a warning sign, not a network fault.
    LOG.log(
        e.check() == SamlCheck.IDP_METADATA ? Level.WARNING : Level.SEVERE,
        "{0} IdP metadata refresh from {1} failed, keeping the last copy: {2}",
        new Object[] {e.check().eventId(), source.location(), e.getMessage()});
    idpLoadedAt = clock.instant();
    return idp;
  }

  /**
   * Where the IdP's metadata comes from: {@code samtalenotat.saml.idp.metadata}, or in the demo the
   * development IdP beside the application, which is the one http address trusted without a setting
   * of its own.
   */
  private IdpMetadata.Source idpSource() throws SamlRejectedException {
    Optional<String> configured = lookup().apply("samtalenotat.saml.idp.metadata");
    Optional<String> demo = configured.isPresent() ? Optional.empty() : demoIdpMetadata();
    String location =
        configured
            .or(() -> demo)
            .orElseThrow(
                () ->
                    new SamlRejectedException(
                        SamlCheck.IDP_METADATA, "samtalenotat.saml.idp.metadata is not set"));
    Optional<X509Certificate> signer;
    Optional<String> certificate = lookup().apply("samtalenotat.saml.idp.metadata.certificate");
    try {
      signer =
          certificate.isPresent()
              ? Optional.of(IdpMetadata.readCertificate(Path.of(certificate.get())))
              : Optional.empty();
    } catch (Exception e) {
      throw new SamlRejectedException(
          SamlCheck.IDP_METADATA_SIGNATURE,
          "samtalenotat.saml.idp.metadata.certificate " + certificate.get() + ": " + e,
          e);
    }
    boolean httpAllowed =
        demo.isPresent()
            || lookup()
                .apply("samtalenotat.saml.idp.metadata.allow-http")
                .map(Boolean::parseBoolean)
                .orElse(false);
    return new IdpMetadata.Source(
        location, lookup().apply("samtalenotat.saml.idp.entity-id"), signer, httpAllowed);
  }

  /** In the demo, the development IdP deployed beside the application. */
  private Optional<String> demoIdpMetadata() {
    if (!installation.demo()) {
      return Optional.empty();
    }
    String acs = sp.acsUrl().toString();
    return Optional.of(
        acs.substring(0, acs.length() - SpConfiguration.ACS_PATH.length()) + "/dev-idp/metadata");
  }

  public ResponseValidator validator() throws SamlRejectedException {
    init();
    SpKeys k = keys();
    synchronized (this) {
      if (validator == null) {
        validator =
            new ResponseValidator(sp, k, answeredRequests, idpMessages, clock, tenants::admit);
      }
      return validator;
    }
  }

  public AuthnRequestFactory authnRequests() throws SamlRejectedException {
    init();
    return authnRequests;
  }

  public SingleLogout singleLogout() throws SamlRejectedException {
    init();
    return singleLogout;
  }

  public HttpRedirectBinding redirect() throws SamlRejectedException {
    init();
    return redirect;
  }

  public PostBindingDecoder post() throws SamlRejectedException {
    init();
    return post;
  }

  /**
   * Our signed metadata. Signed once per key and kept: anyone may ask for it, and a signature each
   * time would let them spend the server's processors.
   */
  public String metadataXml() throws SamlRejectedException {
    SpKeys k = keys();
    String xml = metadataXml;
    if (xml == null) {
      synchronized (this) {
        if (metadataXml == null) {
          metadataXml = new SpMetadata(SamlEnvironment.get()).xml(sp(), k);
        }
        xml = metadataXml;
      }
    }
    return xml;
  }
}
