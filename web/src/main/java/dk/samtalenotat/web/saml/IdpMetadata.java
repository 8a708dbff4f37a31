package dk.samtalenotat.web.saml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.common.TimeBoundSAMLObject;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;

/**
 * The identity provider as its metadata describes it: entity ID, the certificates it signs with,
 * and its single sign-on and single logout endpoints for the HTTP-Redirect binding. Read from a
 * configured file, or from an https URL whose metadata is signed by a configured certificate
 * ({@code samtalenotat.saml.idp.metadata}, {@link Source}).
 *
 * @param entityId the Issuer every response and assertion must carry
 * @param signingCertificates the only keys an assertion signature is checked against
 * @param singleSignOn where AuthnRequests go (HTTP-Redirect)
 * @param singleLogout where LogoutRequests go (HTTP-Redirect); empty if the IdP has none
 * @param singleLogoutResponse where LogoutResponses go (the ResponseLocation, else the Location)
 */
public record IdpMetadata(
    String entityId,
    List<X509Certificate> signingCertificates,
    URI singleSignOn,
    Optional<URI> singleLogout,
    Optional<URI> singleLogoutResponse) {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_BYTES = 5 * 1024 * 1024;

  public IdpMetadata {
    signingCertificates = List.copyOf(signingCertificates);
    if (signingCertificates.isEmpty()) {
      throw new IllegalArgumentException("IdP metadata has no signing certificate");
    }
  }

  /**
   * Where the IdP's metadata comes from and how it is trusted.
   *
   * @param location a file path, a {@code file:} URI, or an {@code https:} URL ({@code http:} only
   *     with {@code httpAllowed})
   * @param entityId which entity to take from an EntitiesDescriptor; empty takes the only IdP
   * @param signer the certificate the metadata must be signed with; required for a URL, checked for
   *     a file too when given
   * @param httpAllowed plain http is accepted (the demo's development IdP, or an explicit test
   *     setting); never in production
   */
  public record Source(
      String location,
      Optional<String> entityId,
      Optional<X509Certificate> signer,
      boolean httpAllowed) {

    /** A file's or a URL's metadata, with nothing more to check than the defaults. */
    public static Source of(String location) {
      return new Source(location, Optional.empty(), Optional.empty(), false);
    }

    boolean isHttps() {
      return location.regionMatches(true, 0, "https:", 0, 6);
    }

    boolean isHttp() {
      return location.regionMatches(true, 0, "http:", 0, 5);
    }
  }

  /**
   * Reads the certificate that signs the IdP's metadata, PEM or DER.
   *
   * @throws IOException if the file cannot be read or holds no certificate
   */
  public static X509Certificate readCertificate(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (CertificateException e) {
      throw new IOException("no X.509 certificate in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads the metadata. A URL must be https and its metadata signed by the configured certificate;
   * redirects are not followed; plain http is refused unless the source allows it. A file is the
   * operator's own copy and is read as it is, its signature checked when a certificate is given.
   *
   * @throws SamlRejectedException {@link SamlCheck#IDP_METADATA_INSECURE} for a location that is
   *     not trusted, {@link SamlCheck#IDP_METADATA_SIGNATURE} for a signature that does not hold or
   *     metadata past its validUntil
   */
  public static IdpMetadata load(SamlEnvironment saml, Source source, Clock clock)
      throws IOException, SamlFormatException, SamlRejectedException {
    String location = source.location();
    byte[] xml;
    if (source.isHttps()) {
      if (source.signer().isEmpty()) {
        throw new SamlRejectedException(
            SamlCheck.IDP_METADATA_INSECURE,
            location
                + " is a URL, but samtalenotat.saml.idp.metadata.certificate is not set: metadata"
                + " from the network is trusted only with its signature checked");
      }
      xml = fetch(location);
    } else if (source.isHttp()) {
      if (!source.httpAllowed()) {
        throw new SamlRejectedException(
            SamlCheck.IDP_METADATA_INSECURE,
            location
                + " is plain http, which anyone on the way can alter: use https with"
                + " samtalenotat.saml.idp.metadata.certificate, or a file");
      }
      xml = fetch(location);
    } else {
      Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
      if (Files.size(path) > MAX_BYTES) {
        throw new SamlFormatException("IdP metadata is larger than " + MAX_BYTES + " bytes");
      }
      xml = Files.readAllBytes(path);
    }
    XMLObject root = saml.unmarshal(xml);
    if (source.signer().isPresent()) {
      verifySignature(root, source.signer().get(), clock.instant());
    }
    return parse(root, source.entityId());
  }

  /** A GET without redirects, read up to {@link #MAX_BYTES}. */
  private static byte[] fetch(String location) throws IOException, SamlFormatException {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException(
              "IdP metadata at "
                  + location
                  + " answered "
                  + response.statusCode()
                  + response
                      .headers()
                      .firstValue("Location")
                      .map(
                          l -> " to " + l + " (redirects are not followed: configure that address)")
                      .orElse(""));
        }
        byte[] xml = body.readNBytes(MAX_BYTES + 1);
        if (xml.length > MAX_BYTES) {
          throw new SamlFormatException("IdP metadata is larger than " + MAX_BYTES + " bytes");
        }
        return xml;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + location, e);
    }
  }

  /**
   * The metadata's own signature: on the root element, by the configured certificate, with the same
   * algorithm and reference rules as a response; and the metadata within its validUntil, so that an
   * old signed copy (with a key since replaced) cannot be served again.
   */
  static void verifySignature(XMLObject root, X509Certificate signer, Instant now)
      throws SamlRejectedException {
    if (!(root instanceof SignableSAMLObject signed) || signed.getSignature() == null) {
      throw new SamlRejectedException(
          SamlCheck.IDP_METADATA_SIGNATURE, "the metadata's root element is not signed");
    }
    try {
      ResponseValidator.verifySignature(signed, List.of(signer));
    } catch (SamlRejectedException e) {
      throw new SamlRejectedException(SamlCheck.IDP_METADATA_SIGNATURE, e.getMessage(), e);
    }
    Instant validUntil = root instanceof TimeBoundSAMLObject bound ? bound.getValidUntil() : null;
    if (validUntil != null && !now.isBefore(validUntil)) {
      throw new SamlRejectedException(
          SamlCheck.IDP_METADATA_SIGNATURE, "the metadata expired at " + validUntil);
    }
  }

  static IdpMetadata parse(XMLObject root, Optional<String> entityId) throws SamlFormatException {
    List<EntityDescriptor> candidates = new ArrayList<>();
    collect(root, candidates);
    List<EntityDescriptor> idps =
        candidates.stream()
            .filter(e -> e.getIDPSSODescriptor(SAMLConstants.SAML20P_NS) != null)
            .filter(e -> entityId.isEmpty() || entityId.get().equals(e.getEntityID()))
            .toList();
    if (idps.size() != 1) {
      throw new SamlFormatException(
          "IdP metadata must describe exactly one identity provider"
              + entityId.map(id -> " with entity ID " + id).orElse("")
              + ", found "
              + idps.size());
    }
    EntityDescriptor entity = idps.get(0);
    IDPSSODescriptor idp = entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
    List<X509Certificate> certs = new ArrayList<>();
    for (KeyDescriptor kd : idp.getKeyDescriptors()) {
      if (kd.getUse() == UsageType.SIGNING
          || kd.getUse() == UsageType.UNSPECIFIED
          || kd.getUse() == null) {
        try {
          certs.addAll(KeyInfoSupport.getCertificates(kd.getKeyInfo()));
        } catch (CertificateException e) {
          throw new SamlFormatException("IdP metadata has an unreadable certificate", e);
        }
      }
    }
    URI sso =
        idp.getSingleSignOnServices().stream()
            .filter(s -> SAMLConstants.SAML2_REDIRECT_BINDING_URI.equals(s.getBinding()))
            .map(SingleSignOnService::getLocation)
            .map(URI::create)
            .findFirst()
            .orElseThrow(
                () -> new SamlFormatException("IdP metadata has no HTTP-Redirect SSO endpoint"));
    Optional<SingleLogoutService> slo =
        idp.getSingleLogoutServices().stream()
            .filter(s -> SAMLConstants.SAML2_REDIRECT_BINDING_URI.equals(s.getBinding()))
            .findFirst();
    try {
      return new IdpMetadata(
          entity.getEntityID(),
          certs,
          sso,
          slo.map(s -> URI.create(s.getLocation())),
          slo.map(
              s ->
                  URI.create(
                      s.getResponseLocation() != null
                          ? s.getResponseLocation()
                          : s.getLocation())));
    } catch (IllegalArgumentException e) {
      throw new SamlFormatException(e.getMessage(), e);
    }
  }

  private static void collect(XMLObject node, List<EntityDescriptor> into) {
    if (node instanceof EntityDescriptor e) {
      into.add(e);
    } else if (node instanceof EntitiesDescriptor group) {
      into.addAll(group.getEntityDescriptors());
      group.getEntitiesDescriptors().forEach(g -> collect(g, into));
    }
  }
}
