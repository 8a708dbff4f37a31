package dk.samtalenotat.web.saml;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.impl.XSStringBuilder;
import org.opensaml.saml.common.SAMLObjectContentReference;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.encryption.Encrypter;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.DataEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.KeyEncryptionParameters;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.Signer;

/**
 * An identity provider made in the test: its own key pair, metadata, and responses minted the way
 * NemLog-in sends them (signed assertion, encrypted for the SP), with every part open to forgery.
 */
final class TestIdp {

  static final String ENTITY_ID = "https://idp.test.example/saml";
  static final String USER_UUID = "5f0e4c7a-1b2c-4d3e-8f90-a1b2c3d4e5f6";
  static final String CVR = "11111111";

  final SamlEnvironment saml = SamlEnvironment.get();
  final BasicX509Credential signing;
  final IdpMetadata metadata;

  TestIdp() {
    this.signing = newCredential("Test IdP");
    this.metadata =
        new IdpMetadata(
            ENTITY_ID,
            List.of(signing.getEntityCertificate()),
            URI.create("https://idp.test.example/sso"),
            Optional.of(URI.create("https://idp.test.example/slo")),
            Optional.of(URI.create("https://idp.test.example/slo")));
  }

  static BasicX509Credential newCredential(String name) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      X509Certificate cert = SelfSignedCertificate.create(keys, name, Duration.ofDays(1));
      return new BasicX509Credential(cert, keys.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a response says, valid by default; tests change one thing. */
  final class Spec {
    Instant now;
    String responseId = AuthnRequestFactory.newId();
    String assertionId = AuthnRequestFactory.newId();
    String destination;
    String inResponseTo;

    /** The bearer SubjectConfirmationData's InResponseTo: the request's ID unless a test says. */
    String confirmationInResponseTo;

    String responseIssuer = ENTITY_ID;
    String assertionIssuer = ENTITY_ID;
    String status = StatusCode.SUCCESS;
    Instant issueInstant;
    Instant notBefore;
    Instant notOnOrAfter;
    String audience;
    String recipient;
    String method = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    String nameIdFormat = NameIDType.PERSISTENT;
    String nameId = OioAttributes.PROFESSIONAL_NAME_ID_PREFIX + "/uuid/" + USER_UUID;
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    String signatureAlgorithm = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256;
    String digestAlgorithm = SignatureConstants.ALGO_ID_DIGEST_SHA256;
    BasicX509Credential signWith = signing;
    boolean signAssertion = true;
    boolean encrypt = true;
    X509Certificate encryptFor;
    int authnStatements = 1;
    Consumer<Assertion> beforeSigning = a -> {};

    Spec(Instant now, SpConfiguration sp, SpKeys spKeys, String requestId) {
      this.now = now;
      this.issueInstant = now;
      this.notBefore = now.minusSeconds(5);
      this.notOnOrAfter = now.plus(Duration.ofMinutes(5));
      this.destination = sp.acsUrl().toString();
      this.recipient = sp.acsUrl().toString();
      this.audience = sp.entityId();
      this.inResponseTo = requestId;
      this.confirmationInResponseTo = requestId;
      this.encryptFor = spKeys.encryption().getEntityCertificate();
      attribute(OioAttributes.SPEC_VERSION, "OIO-SAML-3.0");
      attribute(OioAttributes.NSIS_LOA, "Substantial");
      attribute(OioAttributes.CVR, CVR);
      attribute(OioAttributes.ORG_NAME, "Demo Kommune");
      attribute(OioAttributes.PERSISTENT_UUID, "urn:uuid:" + USER_UUID);
      attribute(OioAttributes.FULL_NAME, "Mette Sørensen");
      attribute(OioAttributes.EMAIL, "mette@demo.example");
      attribute(
          OioAttributes.PRIVILEGES,
          privileges(
              PrivilegeParser.NAMESPACE,
              CVR,
              RoleMapper.userSystemRole("samtalenotat.dk", "sagsbehandler")));
    }

    Spec attribute(String name, String... values) {
      if (values.length == 0) {
        attributes.remove(name);
      } else {
        attributes.put(name, new ArrayList<>(List.of(values)));
      }
      return this;
    }
  }

  static String privileges(String namespace, String cvr, String... privileges) {
    StringBuilder xml =
        new StringBuilder("<bpp:PrivilegeList xmlns:bpp=\"" + namespace + "\">")
            .append("<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:")
            .append(cvr)
            .append("\">");
    for (String p : privileges) {
      xml.append("<Privilege>").append(p).append("</Privilege>");
    }
    xml.append("<Constraint Name=\"urn:dk:kombit:KLE\">32.*</Constraint>");
    xml.append("</PrivilegeGroup></bpp:PrivilegeList>");
    return base64(xml.toString());
  }

  static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  Assertion assertion(Spec spec) {
    Assertion a = saml.build(Assertion.DEFAULT_ELEMENT_NAME);
    a.setID(spec.assertionId);
    a.setVersion(SAMLVersion.VERSION_20);
    a.setIssueInstant(spec.issueInstant);
    a.setIssuer(issuer(spec.assertionIssuer));

    Subject subject = saml.build(Subject.DEFAULT_ELEMENT_NAME);
    NameID nameId = saml.build(NameID.DEFAULT_ELEMENT_NAME);
    nameId.setFormat(spec.nameIdFormat);
    nameId.setValue(spec.nameId);
    subject.setNameID(nameId);
    SubjectConfirmation confirmation = saml.build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
    confirmation.setMethod(spec.method);
    SubjectConfirmationData data = saml.build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
    data.setRecipient(spec.recipient);
    data.setNotOnOrAfter(spec.notOnOrAfter);
    data.setInResponseTo(spec.confirmationInResponseTo);
    confirmation.setSubjectConfirmationData(data);
    subject.getSubjectConfirmations().add(confirmation);
    a.setSubject(subject);

    Conditions conditions = saml.build(Conditions.DEFAULT_ELEMENT_NAME);
    conditions.setNotBefore(spec.notBefore);
    conditions.setNotOnOrAfter(spec.notOnOrAfter);
    AudienceRestriction restriction = saml.build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
    Audience audience = saml.build(Audience.DEFAULT_ELEMENT_NAME);
    audience.setURI(spec.audience);
    restriction.getAudiences().add(audience);
    conditions.getAudienceRestrictions().add(restriction);
    a.setConditions(conditions);

    for (int i = 0; i < spec.authnStatements; i++) {
      AuthnStatement authn = saml.build(AuthnStatement.DEFAULT_ELEMENT_NAME);
      authn.setAuthnInstant(spec.now);
      authn.setSessionIndex("_session-" + i);
      AuthnContext context = saml.build(AuthnContext.DEFAULT_ELEMENT_NAME);
      AuthnContextClassRef ref = saml.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
      ref.setURI(NsisLevel.SUBSTANTIAL.uri());
      context.setAuthnContextClassRef(ref);
      authn.setAuthnContext(context);
      a.getAuthnStatements().add(authn);
    }

    AttributeStatement statement = saml.build(AttributeStatement.DEFAULT_ELEMENT_NAME);
    XSStringBuilder strings =
        (XSStringBuilder)
            XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilder(XSString.TYPE_NAME);
    spec.attributes.forEach(
        (name, values) -> {
          Attribute attribute = saml.build(Attribute.DEFAULT_ELEMENT_NAME);
          attribute.setName(name);
          attribute.setNameFormat(Attribute.URI_REFERENCE);
          for (String v : values) {
            XSString value =
                strings.buildObject(AttributeValue.DEFAULT_ELEMENT_NAME, XSString.TYPE_NAME);
            value.setValue(v);
            attribute.getAttributeValues().add(value);
          }
          statement.getAttributes().add(attribute);
        });
    a.getAttributeStatements().add(statement);
    spec.beforeSigning.accept(a);
    if (spec.signAssertion) {
      sign(a, spec.signWith, spec.signatureAlgorithm, spec.digestAlgorithm);
    }
    return a;
  }

  void sign(SignableSAMLObject object, BasicX509Credential with, String algorithm, String digest) {
    Signature signature = saml.build(Signature.DEFAULT_ELEMENT_NAME);
    signature.setSigningCredential(with);
    signature.setSignatureAlgorithm(algorithm);
    signature.setCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    KeyInfo keyInfo = saml.build(KeyInfo.DEFAULT_ELEMENT_NAME);
    try {
      KeyInfoSupport.addCertificate(keyInfo, with.getEntityCertificate());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    signature.setKeyInfo(keyInfo);
    object.setSignature(signature);
    ((SAMLObjectContentReference) signature.getContentReferences().get(0))
        .setDigestAlgorithm(digest);
    saml.marshal(object);
    try {
      Signer.signObject(signature);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  EncryptedAssertion encrypt(Assertion assertion, X509Certificate forCert) {
    DataEncryptionParameters data = new DataEncryptionParameters();
    data.setAlgorithm(EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM);
    KeyEncryptionParameters key = new KeyEncryptionParameters();
    key.setEncryptionCredential(new BasicX509Credential(forCert));
    key.setAlgorithm(EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP);
    Encrypter encrypter = new Encrypter(data, key);
    encrypter.setKeyPlacement(Encrypter.KeyPlacement.INLINE);
    try {
      return encrypter.encrypt(assertion);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Response response(Spec spec) {
    Response response = emptyResponse(spec);
    Assertion assertion = assertion(spec);
    if (spec.encrypt) {
      response.getEncryptedAssertions().add(encrypt(assertion, spec.encryptFor));
    } else {
      response.getAssertions().add(assertion);
    }
    return response;
  }

  Response emptyResponse(Spec spec) {
    Response response = saml.build(Response.DEFAULT_ELEMENT_NAME);
    response.setID(spec.responseId);
    response.setVersion(SAMLVersion.VERSION_20);
    response.setIssueInstant(spec.issueInstant);
    response.setDestination(spec.destination);
    response.setInResponseTo(spec.inResponseTo);
    response.setIssuer(issuer(spec.responseIssuer));
    Status status = saml.build(Status.DEFAULT_ELEMENT_NAME);
    StatusCode code = saml.build(StatusCode.DEFAULT_ELEMENT_NAME);
    code.setValue(spec.status);
    status.setStatusCode(code);
    response.setStatus(status);
    return response;
  }

  /** The form field the browser would post. */
  String post(Response response) {
    return base64(saml.serialize(response));
  }

  /** Re-reads XML text as a SAML object, after a test edited the text. */
  <T> T reparse(String xml, Class<T> type) throws SamlFormatException {
    return type.cast(saml.unmarshal(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private Issuer issuer(String value) {
    Issuer issuer = saml.build(Issuer.DEFAULT_ELEMENT_NAME);
    issuer.setValue(value);
    return issuer;
  }
}
