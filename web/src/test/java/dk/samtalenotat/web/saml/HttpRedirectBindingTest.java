package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.AuthnContextComparisonTypeEnumeration;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

/** The HTTP-Redirect codec both ways, and the AuthnRequest it carries. */
class HttpRedirectBindingTest {

  static BasicX509Credential spKey;
  static TestIdp idp;
  final SamlEnvironment saml = SamlEnvironment.get();
  final HttpRedirectBinding binding = new HttpRedirectBinding(saml);
  final Clock clock = Clock.fixed(Instant.parse("2026-03-12T08:30:00Z"), ZoneOffset.UTC);
  final SpConfiguration sp =
      SpConfiguration.fromConfig(
          k ->
              Optional.ofNullable(
                  Map.of(
                          "samtalenotat.saml.sp.base-url", "https://sp.test/",
                          "samtalenotat.saml.nsis-level", "substantial",
                          "samtalenotat.saml.tenants", "11111111")
                      .get(k)));

  @BeforeAll
  static void keys() {
    spKey = TestIdp.newCredential("SP");
    idp = new TestIdp();
  }

  private String query(URI uri) {
    return uri.getRawQuery();
  }

  @Test
  void signedAuthnRequestRoundTripsAndAsksForTheProfile() throws Exception {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    AuthnRequest built = factory.build(sp, idp.metadata);
    URI url = factory.redirectUrl(built, idp.metadata, spKey);

    assertTrue(
        url.toString().startsWith("https://idp.test.example/sso?SAMLRequest="), url::toString);
    var decoded = binding.decode(query(url), List.of(spKey.getEntityCertificate()));
    AuthnRequest request = (AuthnRequest) decoded.message();
    assertEquals("https://sp.test/saml/metadata", request.getIssuer().getValue());
    assertEquals("https://sp.test/saml/acs", request.getAssertionConsumerServiceURL());
    assertEquals(SAMLConstants.SAML2_POST_BINDING_URI, request.getProtocolBinding());
    assertEquals("https://idp.test.example/sso", request.getDestination());
    assertEquals(NameIDType.PERSISTENT, request.getNameIDPolicy().getFormat());
    assertEquals(
        AuthnContextComparisonTypeEnumeration.MINIMUM,
        request.getRequestedAuthnContext().getComparison());
    assertEquals(
        List.of(
            "https://data.gov.dk/concept/core/nsis/loa/Substantial",
            "https://data.gov.dk/eid/Professional"),
        request.getRequestedAuthnContext().getAuthnContextClassRefs().stream()
            .map(r -> r.getURI())
            .toList());
    assertEquals(Optional.of(request.getID()), decoded.relayState());
    assertTrue(request.getID().matches("_[0-9a-f]{40}"));
    assertTrue(
        url.getRawQuery()
            .contains(
                "SigAlg="
                    + URLEncoder.encode(
                        SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256, StandardCharsets.UTF_8)));
    assertEquals(built.getID(), request.getID());
  }

  @Test
  void eachRequestHasItsOwnRandomId() {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    assertTrue(
        !factory.build(sp, idp.metadata).getID().equals(factory.build(sp, idp.metadata).getID()));
  }

  @Test
  void rejectsATamperedMessage() {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    String q = query(factory.redirectUrl(factory.build(sp, idp.metadata), idp.metadata, spKey));
    String tampered = q.replaceFirst("RelayState=[^&]*", "RelayState=evil");
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () -> binding.decode(tampered, List.of(spKey.getEntityCertificate())));
    assertEquals(SamlCheck.REDIRECT_SIGNATURE, e.check());
  }

  @Test
  void rejectsAMessageSignedByAnotherKey() {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    String q = query(factory.redirectUrl(factory.build(sp, idp.metadata), idp.metadata, spKey));
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () -> binding.decode(q, List.of(idp.signing.getEntityCertificate())));
    assertEquals(SamlCheck.REDIRECT_SIGNATURE, e.check());
  }

  @Test
  void rejectsAnUnsignedMessage() {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    String q = query(factory.redirectUrl(factory.build(sp, idp.metadata), idp.metadata, spKey));
    String unsigned = q.substring(0, q.indexOf("&SigAlg="));
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () -> binding.decode(unsigned, List.of(spKey.getEntityCertificate())));
    assertEquals(SamlCheck.REDIRECT_SIGNATURE, e.check());
  }

  @Test
  void rejectsRsaSha1OnTheQueryString() throws Exception {
    AuthnRequestFactory factory = new AuthnRequestFactory(saml, binding, clock);
    String q = query(factory.redirectUrl(factory.build(sp, idp.metadata), idp.metadata, spKey));
    String base =
        q.substring(0, q.indexOf("&SigAlg="))
            + "&SigAlg="
            + URLEncoder.encode(
                SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA1, StandardCharsets.UTF_8);
    byte[] sig =
        HttpRedirectBinding.sign(
            base.getBytes(StandardCharsets.UTF_8), spKey.getPrivateKey(), "SHA1withRSA");
    String sha1 =
        base
            + "&Signature="
            + URLEncoder.encode(Base64.getEncoder().encodeToString(sig), StandardCharsets.UTF_8);
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () -> binding.decode(sha1, List.of(spKey.getEntityCertificate())));
    assertEquals(SamlCheck.WEAK_ALGORITHM, e.check());
  }

  @Test
  void rejectsGarbageAndDeflateBombs() {
    for (String q :
        List.of(
            "SAMLRequest=%%%&SigAlg=x&Signature=y",
            "foo=bar", "SAMLRequest=a&SAMLResponse=b", "SAMLRequest=a&SAMLRequest=b")) {
      assertThrows(
          SamlRejectedException.class,
          () -> binding.decode(q, List.of(spKey.getEntityCertificate())));
    }
    byte[] bomb = HttpRedirectBinding.deflate(new byte[5 * 1024 * 1024]);
    assertThrows(SamlFormatException.class, () -> HttpRedirectBinding.inflate(bomb));
  }
}
