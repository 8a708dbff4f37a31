package dk.samtalenotat.web.security;

import dk.samtalenotat.installation.InstallationSettings;
import dk.samtalenotat.web.saml.AuthnRequestFactory;
import dk.samtalenotat.web.saml.HttpRedirectBinding;
import dk.samtalenotat.web.saml.IdpMetadata;
import dk.samtalenotat.web.saml.IssuedRequests;
import dk.samtalenotat.web.saml.PostBindingDecoder;
import dk.samtalenotat.web.saml.ReplayCache;
import dk.samtalenotat.web.saml.ResponseValidator;
import dk.samtalenotat.web.saml.SamlCheck;
import dk.samtalenotat.web.saml.SamlEnvironment;
import dk.samtalenotat.web.saml.SamlRejectedException;
import dk.samtalenotat.web.saml.SingleLogout;
import dk.samtalenotat.web.saml.SpConfiguration;
import dk.samtalenotat.web.saml.SpKeys;
import dk.samtalenotat.web.saml.SpMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 */
@ApplicationScoped
public class SamlServiceProvider {

  private static final Logger LOG = Logger.getLogger(SamlServiceProvider.class.getName());
  private static final Duration METADATA_REFRESH = Duration.ofHours(1);

  @Inject Config config;
  @Inject InstallationSettings installation;

  private final Clock clock = Clock.systemUTC();
  private SamlEnvironment saml;
  private SpConfiguration sp;
  private IssuedRequests issued;
  private ReplayCache replay;
  private HttpRedirectBinding redirect;
  private PostBindingDecoder post;
  private AuthnRequestFactory authnRequests;
  private SingleLogout singleLogout;
  private volatile SpKeys keys;
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
    } catch (RuntimeException e) {
      throw new SamlRejectedException(SamlCheck.SP_CONFIGURATION, e.getMessage(), e);
    }
    issued = new IssuedRequests(clock);
    replay = new ReplayCache(clock);
    redirect = new HttpRedirectBinding(saml);
    post = new PostBindingDecoder(saml);
    authnRequests = new AuthnRequestFactory(saml, redirect, issued, clock);
    singleLogout = new SingleLogout(saml, issued, clock);
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
            keys = SpKeys.fromConfig(lookup());
          } catch (RuntimeException e) {
            throw new SamlRejectedException(SamlCheck.SP_KEYS, e.getMessage(), e);
          }
        }
        local = keys;
      }
    }
    return local;
  }

  /** The IdP's metadata, loaded on first use and refreshed hourly. */
  public IdpMetadata idp() throws SamlRejectedException {
    init();
    IdpMetadata current = idp;
    if (current != null && idpLoadedAt.plus(METADATA_REFRESH).isAfter(clock.instant())) {
      return current;
    }
    synchronized (this) {
      String location =
          lookup()
              .apply("samtalenotat.saml.idp.metadata")
              .or(this::demoIdpMetadata)
              .orElseThrow(
                  () ->
                      new SamlRejectedException(
                          SamlCheck.IDP_METADATA, "samtalenotat.saml.idp.metadata is not set"));
      try {
        idp = IdpMetadata.load(saml, location, lookup().apply("samtalenotat.saml.idp.entity-id"));
        idpLoadedAt = clock.instant();
        LOG.info(
            () -> "SAML-CFG-11 IdP metadata of " + idp.entityId() + " loaded from " + location);
      } catch (Exception e) {
        if (idp == null) {
          throw new SamlRejectedException(SamlCheck.IDP_METADATA, location + ": " + e, e);
        }
        LOG.log(
            Level.WARNING,
            "SAML-CFG-01 IdP metadata refresh from {0} failed, keeping the last copy: {1}",
            new Object[] {location, e.toString()});
        idpLoadedAt = clock.instant();
      }
      return idp;
    }
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
        validator = new ResponseValidator(sp, k, issued, replay, clock);
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

  public String metadataXml() throws SamlRejectedException {
    return new SpMetadata(SamlEnvironment.get()).xml(sp(), keys());
  }
}
