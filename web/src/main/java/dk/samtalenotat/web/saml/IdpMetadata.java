package dk.samtalenotat.web.saml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
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
 * configured file or URL ({@code samtalenotat.saml.idp.metadata}).
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
   * Loads the metadata from a file path, a {@code file:} URI or an {@code http(s):} URL.
   *
   * @param entityId which entity to take from an EntitiesDescriptor; empty takes the only IdP
   */
  public static IdpMetadata load(SamlEnvironment saml, String location, Optional<String> entityId)
      throws IOException, SamlFormatException {
    byte[] xml;
    if (location.startsWith("http://") || location.startsWith("https://")) {
      HttpClient http =
          HttpClient.newBuilder()
              .connectTimeout(TIMEOUT)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      try {
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IOException(
              "IdP metadata at " + location + " answered " + response.statusCode());
        }
        xml = response.body();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while fetching " + location, e);
      }
    } else {
      Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
      xml = Files.readAllBytes(path);
    }
    if (xml.length > MAX_BYTES) {
      throw new SamlFormatException("IdP metadata is larger than " + MAX_BYTES + " bytes");
    }
    return parse(saml.unmarshal(xml), entityId);
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
