package dk.samtalenotat.web.saml;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.opensaml.saml.common.SAMLObjectContentReference;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.X509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.Signer;

/**
 * Our metadata as OIOSAML 3 asks for it: AuthnRequestsSigned and WantAssertionsSigned, a signing
 * and an encryption key, persistent NameID, the AssertionConsumerService on HTTP-POST and single
 * logout on HTTP-Redirect and HTTP-POST. Published at {@code /saml/metadata} for the IdP, signed
 * with our signing key (an enveloped XML signature, RSA-SHA256 with a SHA-256 digest, exclusive
 * canonicalisation), so an IdP that fetches it can tell it came from us unchanged.
 */
public final class SpMetadata {

  private final SamlEnvironment saml;

  public SpMetadata(SamlEnvironment saml) {
    this.saml = saml;
  }

  public EntityDescriptor build(SpConfiguration sp, SpKeys keys) {
    EntityDescriptor entity = saml.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
    entity.setEntityID(sp.entityId());
    entity.setID(AuthnRequestFactory.newId());

    SPSSODescriptor descriptor = saml.build(SPSSODescriptor.DEFAULT_ELEMENT_NAME);
    descriptor.addSupportedProtocol(SAMLConstants.SAML20P_NS);
    descriptor.setAuthnRequestsSigned(true);
    descriptor.setWantAssertionsSigned(true);
    descriptor
        .getKeyDescriptors()
        .add(key(UsageType.SIGNING, keys.signing().getEntityCertificate()));
    descriptor
        .getKeyDescriptors()
        .add(key(UsageType.ENCRYPTION, keys.encryption().getEntityCertificate()));

    for (String binding :
        new String[] {
          SAMLConstants.SAML2_REDIRECT_BINDING_URI, SAMLConstants.SAML2_POST_BINDING_URI
        }) {
      SingleLogoutService slo = saml.build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
      slo.setBinding(binding);
      slo.setLocation(sp.sloUrl().toString());
      descriptor.getSingleLogoutServices().add(slo);
    }

    NameIDFormat format = saml.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
    format.setURI(NameIDType.PERSISTENT);
    descriptor.getNameIDFormats().add(format);

    AssertionConsumerService acs = saml.build(AssertionConsumerService.DEFAULT_ELEMENT_NAME);
    acs.setBinding(SAMLConstants.SAML2_POST_BINDING_URI);
    acs.setLocation(sp.acsUrl().toString());
    acs.setIndex(0);
    acs.setIsDefault(true);
    descriptor.getAssertionConsumerServices().add(acs);

    entity.getRoleDescriptors().add(descriptor);
    return entity;
  }

  /** The metadata document as signed XML. */
  public String xml(SpConfiguration sp, SpKeys keys) {
    EntityDescriptor entity = build(sp, keys);
    sign(entity, keys.signing());
    return saml.serialize(entity);
  }

  /** Signs the descriptor in place, the certificate in the signature's KeyInfo. */
  void sign(EntityDescriptor entity, X509Credential signer) {
    Signature signature = saml.build(Signature.DEFAULT_ELEMENT_NAME);
    signature.setSigningCredential(signer);
    signature.setSignatureAlgorithm(SamlAlgorithms.SIGN_WITH);
    signature.setCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    KeyInfo info = saml.build(KeyInfo.DEFAULT_ELEMENT_NAME);
    try {
      KeyInfoSupport.addCertificate(info, signer.getEntityCertificate());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("the SP certificate cannot be encoded", e);
    }
    signature.setKeyInfo(info);
    entity.setSignature(signature);
    ((SAMLObjectContentReference) signature.getContentReferences().get(0))
        .setDigestAlgorithm(SignatureConstants.ALGO_ID_DIGEST_SHA256);
    saml.marshal(entity);
    try {
      Signer.signObject(signature);
    } catch (SignatureException e) {
      throw new IllegalStateException("the SP metadata cannot be signed", e);
    }
  }

  private KeyDescriptor key(UsageType use, X509Certificate cert) {
    KeyDescriptor descriptor = saml.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
    descriptor.setUse(use);
    KeyInfo info = saml.build(KeyInfo.DEFAULT_ELEMENT_NAME);
    try {
      KeyInfoSupport.addCertificate(info, cert);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("the SP certificate cannot be encoded", e);
    }
    descriptor.setKeyInfo(info);
    return descriptor;
  }
}
