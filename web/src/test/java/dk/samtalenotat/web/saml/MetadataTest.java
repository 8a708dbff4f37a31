package dk.samtalenotat.web.saml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.common.xml.SAMLSchemaBuilder;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

/** Our SP metadata, reading IdP metadata, and the SP keystore. */
class MetadataTest {

  private static final Instant NOW = Instant.parse("2026-03-12T08:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  final SamlEnvironment saml = SamlEnvironment.get();

  @Test
  void spMetadataHasWhatOioSaml3AsksFor(@TempDir Path dir) throws Exception {
    Map<String, String> cfg =
        Map.of(
            "samtalenotat.saml.sp.base-url", "https://sp.test",
            "samtalenotat.saml.sp.keystore.path", dir.resolve("sp.p12").toString(),
            "samtalenotat.saml.sp.keystore.generate", "true");
    SpConfiguration sp = SpConfiguration.fromConfig(k -> Optional.ofNullable(cfg.get(k)));
    SpKeys keys = SpKeys.fromConfig(k -> Optional.ofNullable(cfg.get(k)));

    String xml = new SpMetadata(saml).xml(sp, keys);
    EntityDescriptor entity = (EntityDescriptor) saml.unmarshal(xml.getBytes());
    SPSSODescriptor d = entity.getSPSSODescriptor(SAMLConstants.SAML20P_NS);

    assertEquals("https://sp.test/saml/metadata", entity.getEntityID());
    assertTrue(d.isAuthnRequestsSigned());
    assertTrue(d.getWantAssertionsSigned());
    assertEquals(
        List.of(UsageType.SIGNING, UsageType.ENCRYPTION),
        d.getKeyDescriptors().stream().map(k -> k.getUse()).toList());
    assertEquals(
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
        d.getNameIDFormats().get(0).getURI());
    assertEquals(
        SAMLConstants.SAML2_POST_BINDING_URI, d.getAssertionConsumerServices().get(0).getBinding());
    assertEquals("https://sp.test/saml/acs", d.getAssertionConsumerServices().get(0).getLocation());
    assertEquals(
        List.of(SAMLConstants.SAML2_REDIRECT_BINDING_URI, SAMLConstants.SAML2_POST_BINDING_URI),
        d.getSingleLogoutServices().stream().map(s -> s.getBinding()).toList());
  }

  @Test
  void generatesTheKeystoreOnceWithAPasswordBesideItAndLoadsItAgain(@TempDir Path dir) {
    Path p12 = dir.resolve("saml/sp.p12");
    Map<String, String> cfg =
        Map.of(
            "samtalenotat.saml.sp.keystore.path",
            p12.toString(),
            "samtalenotat.saml.sp.keystore.generate",
            "true");
    SpKeys first = SpKeys.fromConfig(k -> Optional.ofNullable(cfg.get(k)));
    SpKeys again = SpKeys.fromConfig(k -> Optional.ofNullable(cfg.get(k)));

    assertTrue(Files.exists(p12));
    assertTrue(Files.exists(dir.resolve("saml/sp.p12.password")));
    assertEquals(first.signing().getEntityCertificate(), again.signing().getEntityCertificate());
    assertEquals(
        3072,
        ((java.security.interfaces.RSAPublicKey) first.signing().getPublicKey())
            .getModulus()
            .bitLength());
  }

  @Test
  void refusesAMissingKeystoreWhenGenerationIsOff(@TempDir Path dir) {
    Map<String, String> cfg =
        Map.of(
            "samtalenotat.saml.sp.keystore.path",
            dir.resolve("none.p12").toString(),
            "samtalenotat.saml.sp.keystore.password",
            "x");
    assertThrows(
        IllegalStateException.class, () -> SpKeys.fromConfig(k -> Optional.ofNullable(cfg.get(k))));
  }

  @Test
  void readsIdpMetadataFromAFile(@TempDir Path dir) throws Exception {
    TestIdp idp = new TestIdp();
    String cert =
        java.util.Base64.getEncoder()
            .encodeToString(idp.signing.getEntityCertificate().getEncoded());
    String xml =
        """
        <md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
         <md:EntityDescriptor entityID="https://other.example">
          <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
           <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://x" index="0"/>
          </md:SPSSODescriptor>
         </md:EntityDescriptor>
         <md:EntityDescriptor entityID="https://idp.example">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
           <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
           <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
           <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/slo" ResponseLocation="https://idp.example/slo-response"/>
           <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example/sso-post"/>
           <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/sso"/>
          </md:IDPSSODescriptor>
         </md:EntityDescriptor>
        </md:EntitiesDescriptor>
        """
            .formatted(cert, cert);
    Path file = dir.resolve("idp.xml");
    Files.writeString(file, xml);

    IdpMetadata md = IdpMetadata.load(saml, IdpMetadata.Source.of(file.toString()), CLOCK);

    assertEquals("https://idp.example", md.entityId());
    assertEquals(List.of(idp.signing.getEntityCertificate()), md.signingCertificates());
    assertEquals("https://idp.example/sso", md.singleSignOn().toString());
    assertEquals("https://idp.example/slo", md.singleLogout().orElseThrow().toString());
    assertEquals(
        "https://idp.example/slo-response", md.singleLogoutResponse().orElseThrow().toString());
    assertThrows(
        SamlFormatException.class,
        () ->
            IdpMetadata.load(
                saml,
                new IdpMetadata.Source(
                    file.toUri().toString(),
                    Optional.of("https://nobody"),
                    Optional.empty(),
                    false),
                CLOCK));
  }

  // -- our metadata is signed --

  @Test
  void spMetadataIsSignedByTheSpKeyAndValidAgainstTheMetadataSchema(@TempDir Path dir)
      throws Exception {
    Map<String, String> cfg =
        Map.of(
            "samtalenotat.saml.sp.base-url", "https://sp.test",
            "samtalenotat.saml.sp.keystore.path", dir.resolve("sp.p12").toString(),
            "samtalenotat.saml.sp.keystore.generate", "true");
    SpConfiguration sp = SpConfiguration.fromConfig(k -> Optional.ofNullable(cfg.get(k)));
    SpKeys keys = SpKeys.fromConfig(k -> Optional.ofNullable(cfg.get(k)));
    String xml = new SpMetadata(saml).xml(sp, keys);

    EntityDescriptor entity = (EntityDescriptor) saml.unmarshal(xml.getBytes(UTF_8));
    assertEquals(
        SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
        entity.getSignature().getSignatureAlgorithm());
    assertTrue(xml.contains(SignatureConstants.ALGO_ID_DIGEST_SHA256), xml);
    ResponseValidator.verifySignature(entity, List.of(keys.signing().getEntityCertificate()));
    IdpMetadata.verifySignature(entity, keys.signing().getEntityCertificate(), NOW);

    Schema schema = new SAMLSchemaBuilder(SAMLSchemaBuilder.SAML1Version.SAML_11).getSAMLSchema();
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));

    // Any change breaks the signature.
    String altered = xml.replace("https://sp.test/saml/acs", "https://evil.example/saml/acs");
    EntityDescriptor forged = (EntityDescriptor) saml.unmarshal(altered.getBytes(UTF_8));
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () ->
                ResponseValidator.verifySignature(
                    forged, List.of(keys.signing().getEntityCertificate())));
    assertEquals(SamlCheck.SIGNATURE_INVALID, e.check());
  }

  // -- the IdP's metadata: https with its signature, or a file --

  @Test
  void refusesIdpMetadataOverPlainHttp() {
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () ->
                IdpMetadata.load(
                    saml, IdpMetadata.Source.of("http://idp.example/metadata"), CLOCK));
    assertEquals(SamlCheck.IDP_METADATA_INSECURE, e.check());
    assertTrue(e.getMessage().contains("plain http"), e.getMessage());
  }

  @Test
  void refusesIdpMetadataOverHttpsWithoutACertificateToCheckItsSignature() {
    SamlRejectedException e =
        assertThrows(
            SamlRejectedException.class,
            () ->
                IdpMetadata.load(
                    saml, IdpMetadata.Source.of("https://idp.example/metadata"), CLOCK));
    assertEquals(SamlCheck.IDP_METADATA_INSECURE, e.check());
    assertTrue(e.getMessage().contains("samtalenotat.saml.idp.metadata.certificate"));
  }

  @Test
  void checksTheSignatureOfIdpMetadataAgainstTheConfiguredCertificate(@TempDir Path dir)
      throws Exception {
    TestIdp idp = new TestIdp();
    BasicX509Credential federation = TestIdp.newCredential("Metadata signer");
    Path signed =
        Files.writeString(dir.resolve("signed.xml"), signedIdpMetadata(idp, federation, null));
    Path pem = dir.resolve("signer.pem");
    Files.writeString(
        pem,
        "-----BEGIN CERTIFICATE-----\n"
            + java.util.Base64.getMimeEncoder()
                .encodeToString(federation.getEntityCertificate().getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    X509Certificate signer = IdpMetadata.readCertificate(pem);
    assertEquals(federation.getEntityCertificate(), signer);

    IdpMetadata md = IdpMetadata.load(saml, source(signed, signer), CLOCK);
    assertEquals("https://idp.example", md.entityId());

    // Altered after signing.
    Path altered =
        Files.writeString(
            dir.resolve("altered.xml"),
            Files.readString(signed)
                .replace("https://idp.example/sso", "https://evil.example/sso"));
    assertMetadataRefused(SamlCheck.IDP_METADATA_SIGNATURE, source(altered, signer));
    // Signed by another key.
    assertMetadataRefused(
        SamlCheck.IDP_METADATA_SIGNATURE,
        source(signed, TestIdp.newCredential("Other").getEntityCertificate()));
    // Not signed at all.
    Path unsigned =
        Files.writeString(dir.resolve("unsigned.xml"), idpMetadataXml(idp, "_md1", null));
    assertMetadataRefused(SamlCheck.IDP_METADATA_SIGNATURE, source(unsigned, signer));
    // Signed, but past its validUntil: an old copy served again.
    Path expired =
        Files.writeString(
            dir.resolve("expired.xml"),
            signedIdpMetadata(idp, federation, NOW.minus(Duration.ofDays(1))));
    assertMetadataRefused(SamlCheck.IDP_METADATA_SIGNATURE, source(expired, signer));
    Path current =
        Files.writeString(
            dir.resolve("current.xml"),
            signedIdpMetadata(idp, federation, NOW.plus(Duration.ofDays(1))));
    assertEquals(
        "https://idp.example", IdpMetadata.load(saml, source(current, signer), CLOCK).entityId());
  }

  @Test
  void followsNoRedirectAndChecksTheSignatureOfMetadataFromTheNetwork() throws Exception {
    TestIdp idp = new TestIdp();
    BasicX509Credential federation = TestIdp.newCredential("Metadata signer");
    byte[] signed = signedIdpMetadata(idp, federation, null).getBytes(UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/metadata",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/samlmetadata+xml");
          exchange.sendResponseHeaders(200, signed.length);
          exchange.getResponseBody().write(signed);
          exchange.close();
        });
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/metadata");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      X509Certificate signer = federation.getEntityCertificate();
      // Plain http only by an explicit allowance, as in the demo; the signature still counts.
      IdpMetadata md =
          IdpMetadata.load(
              saml,
              new IdpMetadata.Source(
                  base + "/metadata", Optional.empty(), Optional.of(signer), true),
              CLOCK);
      assertEquals("https://idp.example", md.entityId());
      assertMetadataRefused(
          SamlCheck.IDP_METADATA_SIGNATURE,
          new IdpMetadata.Source(
              base + "/metadata",
              Optional.empty(),
              Optional.of(TestIdp.newCredential("Other").getEntityCertificate()),
              true));
      java.io.IOException redirect =
          assertThrows(
              java.io.IOException.class,
              () ->
                  IdpMetadata.load(
                      saml,
                      new IdpMetadata.Source(
                          base + "/moved", Optional.empty(), Optional.of(signer), true),
                      CLOCK));
      assertTrue(
          redirect.getMessage().contains("redirects are not followed"), redirect.getMessage());
    } finally {
      server.stop(0);
    }
  }

  private static IdpMetadata.Source source(Path file, X509Certificate signer) {
    return new IdpMetadata.Source(file.toString(), Optional.empty(), Optional.of(signer), false);
  }

  private void assertMetadataRefused(SamlCheck expected, IdpMetadata.Source source) {
    SamlRejectedException e =
        assertThrows(SamlRejectedException.class, () -> IdpMetadata.load(saml, source, CLOCK));
    assertEquals(expected, e.check(), e.getMessage());
  }

  private String signedIdpMetadata(TestIdp idp, BasicX509Credential signer, Instant validUntil)
      throws Exception {
    EntityDescriptor entity =
        (EntityDescriptor) saml.unmarshal(idpMetadataXml(idp, "_md1", validUntil).getBytes(UTF_8));
    idp.sign(
        entity,
        signer,
        SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
        SignatureConstants.ALGO_ID_DIGEST_SHA256);
    return saml.serialize(entity);
  }

  private static String idpMetadataXml(TestIdp idp, String id, Instant validUntil)
      throws Exception {
    String cert =
        java.util.Base64.getEncoder()
            .encodeToString(idp.signing.getEntityCertificate().getEncoded());
    return """
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example" ID="%s"%s>
         <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
          <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
          <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/sso"/>
         </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """
        .formatted(id, validUntil == null ? "" : " validUntil=\"" + validUntil + "\"", cert);
  }
}
