package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.security.credential.UsageType;

/** Our SP metadata, reading IdP metadata, and the SP keystore. */
class MetadataTest {

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

    IdpMetadata md = IdpMetadata.load(saml, file.toString(), Optional.empty());

    assertEquals("https://idp.example", md.entityId());
    assertEquals(List.of(idp.signing.getEntityCertificate()), md.signingCertificates());
    assertEquals("https://idp.example/sso", md.singleSignOn().toString());
    assertEquals("https://idp.example/slo", md.singleLogout().orElseThrow().toString());
    assertEquals(
        "https://idp.example/slo-response", md.singleLogoutResponse().orElseThrow().toString());
    assertThrows(
        SamlFormatException.class,
        () -> IdpMetadata.load(saml, file.toUri().toString(), Optional.of("https://nobody")));
  }
}
