package dk.samtalenotat.devidp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.xml.namespace.QName;
import net.shibboleth.utilities.java.support.xml.BasicParserPool;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.core.xml.schema.impl.XSStringBuilder;
import org.opensaml.core.xml.util.XMLObjectSupport;
import org.opensaml.saml.common.SAMLObjectContentReference;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.encryption.Encrypter;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.saml.saml2.metadata.SingleLogoutService;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.DataEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.KeyEncryptionParameters;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.Signer;

/**
 * The development identity provider: its generated key, its metadata, and OIOSAML 3 responses for
 * the demo users, signed with RSA-SHA256 and encrypted (AES-256-GCM, RSA-OAEP) for the SP whose
 * metadata it reads from the SP's own {@code /saml/metadata}.
 */
@ApplicationScoped
public class DevIdp {

  static final String PRIVILEGES = "https://data.gov.dk/model/core/eid/privilegesIntermediate";
  static final String TEAM = "urn:dk:samtalenotat:attribute:team";
  private static final String BPP = "http://digst.dk/oiosaml/basic_privilege_profile";
  private static final Logger LOG = Logger.getLogger(DevIdp.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Read here and not through the application's settings: this is a deployment of its own, and it
   * must refuse to run on a server that is not the demo's even if it was copied there by mistake.
   */
  @Inject
  @ConfigProperty(name = "samtalenotat.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "samtalenotat.saml.sp.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "samtalenotat.saml.role-domain", defaultValue = "samtalenotat.dk")
  String roleDomain;

  @Inject
  @ConfigProperty(name = "samtalenotat.dev-idp.keystore")
  Optional<String> keystore;

  private BasicParserPool parserPool;
  private BasicX509Credential credential;

  /** What the IdP knows of the SP, from its metadata. */
  record Sp(
      String entityId,
      String acs,
      Optional<String> slo,
      X509Certificate signing,
      X509Certificate encryption) {}

  /**
   * Makes the key and initialises OpenSAML when the deployment starts rather than at the first
   * metadata request, which the SP reads with a timeout: on a busy machine the lazy start outlasted
   * it and the first sign-in after a start failed.
   */
  void startWithTheDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine("development IdP started with the deployment");
  }

  @PostConstruct
  void init() {
    if (!demo) {
      LOG.severe(
          "START-07 refused: dev-idp.war is deployed on a server that is not the demo"
              + " (samtalenotat.demo is not true); it signs in anyone as any user, administrator"
              + " included: remove it from this server");
      throw new IllegalStateException(
          "the development IdP runs only in the demo (samtalenotat.demo=true)");
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(DevIdp.class.getClassLoader());
    try {
      InitializationService.initialize();
      parserPool = new BasicParserPool();
      parserPool.setBuilderFeatures(
          Map.of("http://apache.org/xml/features/disallow-doctype-decl", true));
      parserPool.initialize();
      if (XMLObjectProviderRegistrySupport.getParserPool() == null) {
        XMLObjectProviderRegistrySupport.setParserPool(parserPool);
      }
      credential = loadOrGenerateKey();
    } catch (Exception e) {
      throw new IllegalStateException("the development IdP cannot start", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  String entityId() {
    return base() + "/dev-idp";
  }

  // -- keys --

  private BasicX509Credential loadOrGenerateKey() throws IOException, GeneralSecurityException {
    Path path =
        Path.of(
            keystore.orElseGet(
                () ->
                    System.getProperty(
                            "jboss.server.data.dir", System.getProperty("java.io.tmpdir"))
                        + "/dev-idp/idp.p12"));
    Path passwordFile = path.resolveSibling(path.getFileName() + ".password");
    if (!Files.exists(path)) {
      byte[] random = new byte[24];
      RANDOM.nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(3072);
      KeyPair keys = generator.generateKeyPair();
      X509Certificate cert =
          SelfSignedCertificate.create(
              keys, "Samtalenotat development IdP (demo only)", Duration.ofDays(3650));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("idp", keys.getPrivate(), password.toCharArray(), new Certificate[] {cert});
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(passwordFile, password, StandardOpenOption.CREATE_NEW);
      try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW)) {
        store.store(out, password.toCharArray());
      }
      LOG.info(() -> "generated the development IdP key " + path);
    }
    char[] password = Files.readString(passwordFile).strip().toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(path)) {
      store.load(in, password);
    }
    return new BasicX509Credential(
        (X509Certificate) store.getCertificate("idp"), (PrivateKey) store.getKey("idp", password));
  }

  // -- metadata --

  String metadataXml() {
    EntityDescriptor entity = build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
    entity.setEntityID(entityId());
    IDPSSODescriptor idp = build(IDPSSODescriptor.DEFAULT_ELEMENT_NAME);
    idp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
    idp.setWantAuthnRequestsSigned(true);
    KeyDescriptor key = build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
    key.setUse(UsageType.SIGNING);
    KeyInfo info = build(KeyInfo.DEFAULT_ELEMENT_NAME);
    try {
      KeyInfoSupport.addCertificate(info, credential.getEntityCertificate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    key.setKeyInfo(info);
    idp.getKeyDescriptors().add(key);
    SingleLogoutService slo = build(SingleLogoutService.DEFAULT_ELEMENT_NAME);
    slo.setBinding(SAMLConstants.SAML2_REDIRECT_BINDING_URI);
    slo.setLocation(entityId() + "/slo");
    idp.getSingleLogoutServices().add(slo);
    NameIDFormat format = build(NameIDFormat.DEFAULT_ELEMENT_NAME);
    format.setURI(NameIDType.PERSISTENT);
    idp.getNameIDFormats().add(format);
    SingleSignOnService sso = build(SingleSignOnService.DEFAULT_ELEMENT_NAME);
    sso.setBinding(SAMLConstants.SAML2_REDIRECT_BINDING_URI);
    sso.setLocation(entityId() + "/sso");
    idp.getSingleSignOnServices().add(sso);
    entity.getRoleDescriptors().add(idp);
    return serialize(entity);
  }

  /** The SP as its published metadata describes it (fetched for every sign-on: demo only). */
  Sp sp() throws IOException {
    String url = base() + "/saml/metadata";
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    byte[] xml;
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException(url + " answered " + response.statusCode());
      }
      xml = response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    EntityDescriptor entity = (EntityDescriptor) unmarshal(xml);
    SPSSODescriptor sp = entity.getSPSSODescriptor(SAMLConstants.SAML20P_NS);
    X509Certificate signing = null;
    X509Certificate encryption = null;
    try {
      for (KeyDescriptor kd : sp.getKeyDescriptors()) {
        X509Certificate cert = KeyInfoSupport.getCertificates(kd.getKeyInfo()).get(0);
        if (kd.getUse() != UsageType.ENCRYPTION && signing == null) {
          signing = cert;
        }
        if (kd.getUse() != UsageType.SIGNING && encryption == null) {
          encryption = cert;
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("unreadable SP certificate", e);
    }
    String acs =
        sp.getAssertionConsumerServices().stream()
            .filter(a -> SAMLConstants.SAML2_POST_BINDING_URI.equals(a.getBinding()))
            .findFirst()
            .orElseThrow(() -> new IOException("the SP has no HTTP-POST ACS"))
            .getLocation();
    Optional<String> slo =
        sp.getSingleLogoutServices().stream()
            .filter(s -> SAMLConstants.SAML2_REDIRECT_BINDING_URI.equals(s.getBinding()))
            .map(SingleLogoutService::getLocation)
            .findFirst();
    return new Sp(entity.getEntityID(), acs, slo, signing, encryption);
  }

  // -- HTTP-Redirect binding --

  /** Decodes a signed HTTP-Redirect message from the SP and checks its query-string signature. */
  XMLObject decodeRedirect(String rawQuery, X509Certificate spSigning) throws IOException {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        raw.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    String param = raw.containsKey("SAMLRequest") ? "SAMLRequest" : "SAMLResponse";
    if (!raw.containsKey(param) || !raw.containsKey("SigAlg") || !raw.containsKey("Signature")) {
      throw new IOException("an unsigned or empty HTTP-Redirect message");
    }
    if (!SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256.equals(decode(raw.get("SigAlg")))) {
      throw new IOException("SigAlg must be RSA-SHA256");
    }
    String signed =
        param
            + "="
            + raw.get(param)
            + (raw.containsKey("RelayState") ? "&RelayState=" + raw.get("RelayState") : "")
            + "&SigAlg="
            + raw.get("SigAlg");
    try {
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(spSigning.getPublicKey());
      verifier.update(signed.getBytes(StandardCharsets.UTF_8));
      if (!verifier.verify(Base64.getDecoder().decode(decode(raw.get("Signature"))))) {
        throw new IOException("the SP's signature does not verify");
      }
      Inflater inflater = new Inflater(true);
      inflater.setInput(Base64.getDecoder().decode(decode(raw.get(param))));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      while (!inflater.finished() && out.size() < 256 * 1024) {
        int n = inflater.inflate(buf);
        if (n == 0 && inflater.needsInput()) {
          break;
        }
        out.write(buf, 0, n);
      }
      inflater.end();
      return unmarshal(out.toByteArray());
    } catch (GeneralSecurityException | java.util.zip.DataFormatException e) {
      throw new IOException("unreadable HTTP-Redirect message", e);
    }
  }

  String encodeRedirect(XMLObject message, String destination, String relayState) {
    byte[] xml = serialize(message).getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.DEFLATED, true);
    deflater.setInput(xml);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    String param = message instanceof LogoutResponse ? "SAMLResponse" : "SAMLRequest";
    String query =
        param
            + "="
            + encode(Base64.getEncoder().encodeToString(out.toByteArray()))
            + (relayState == null ? "" : "&RelayState=" + encode(relayState))
            + "&SigAlg="
            + encode(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256);
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(credential.getPrivateKey());
      signer.update(query.getBytes(StandardCharsets.UTF_8));
      query += "&Signature=" + encode(Base64.getEncoder().encodeToString(signer.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return destination + (destination.contains("?") ? "&" : "?") + query;
  }

  // -- the sign-on answer --

  /** A Response to the SP's AuthnRequest for the chosen person, as the base64 POST field. */
  String response(Sp sp, String inResponseTo, DemoDirectory.Person person) {
    Instant now = Instant.now();
    Assertion assertion = build(Assertion.DEFAULT_ELEMENT_NAME);
    assertion.setID(newId());
    assertion.setVersion(SAMLVersion.VERSION_20);
    assertion.setIssueInstant(now);
    assertion.setIssuer(issuer());

    Subject subject = build(Subject.DEFAULT_ELEMENT_NAME);
    NameID nameId = build(NameID.DEFAULT_ELEMENT_NAME);
    nameId.setFormat(NameIDType.PERSISTENT);
    nameId.setValue("https://data.gov.dk/model/core/eid/professional/uuid/" + person.uuid());
    subject.setNameID(nameId);
    SubjectConfirmation confirmation = build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
    confirmation.setMethod(SubjectConfirmation.METHOD_BEARER);
    SubjectConfirmationData data = build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
    data.setRecipient(sp.acs());
    data.setInResponseTo(inResponseTo);
    data.setNotOnOrAfter(now.plus(Duration.ofMinutes(5)));
    confirmation.setSubjectConfirmationData(data);
    subject.getSubjectConfirmations().add(confirmation);
    assertion.setSubject(subject);

    Conditions conditions = build(Conditions.DEFAULT_ELEMENT_NAME);
    conditions.setNotBefore(now.minusSeconds(5));
    conditions.setNotOnOrAfter(now.plus(Duration.ofMinutes(5)));
    AudienceRestriction restriction = build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
    Audience audience = build(Audience.DEFAULT_ELEMENT_NAME);
    audience.setURI(sp.entityId());
    restriction.getAudiences().add(audience);
    conditions.getAudienceRestrictions().add(restriction);
    assertion.setConditions(conditions);

    AuthnStatement authn = build(AuthnStatement.DEFAULT_ELEMENT_NAME);
    authn.setAuthnInstant(now);
    authn.setSessionIndex(newId());
    AuthnContext context = build(AuthnContext.DEFAULT_ELEMENT_NAME);
    AuthnContextClassRef ref = build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
    ref.setURI("https://data.gov.dk/concept/core/nsis/loa/Substantial");
    context.setAuthnContextClassRef(ref);
    authn.setAuthnContext(context);
    assertion.getAuthnStatements().add(authn);

    AttributeStatement statement = build(AttributeStatement.DEFAULT_ELEMENT_NAME);
    attribute(statement, "https://data.gov.dk/model/core/specVersion", "OIO-SAML-3.0");
    attribute(statement, "https://data.gov.dk/concept/core/nsis/loa", "Substantial");
    attribute(statement, "https://data.gov.dk/model/core/eid/professional/cvr", person.cvr());
    attribute(
        statement, "https://data.gov.dk/model/core/eid/professional/orgName", person.orgName());
    attribute(
        statement,
        "https://data.gov.dk/model/core/eid/professional/uuid/persistent",
        "urn:uuid:" + person.uuid());
    attribute(statement, "https://data.gov.dk/model/core/eid/fullName", person.name());
    attribute(statement, "https://data.gov.dk/model/core/eid/email", person.email());
    attribute(statement, PRIVILEGES, privileges(person));
    if (person.team() != null) {
      attribute(statement, TEAM, person.team());
    }
    assertion.getAttributeStatements().add(statement);

    sign(assertion);

    Response response = build(Response.DEFAULT_ELEMENT_NAME);
    response.setID(newId());
    response.setVersion(SAMLVersion.VERSION_20);
    response.setIssueInstant(now);
    response.setDestination(sp.acs());
    response.setInResponseTo(inResponseTo);
    response.setIssuer(issuer());
    response.setStatus(status(StatusCode.SUCCESS));
    response.getEncryptedAssertions().add(encrypt(assertion, sp.encryption()));
    return Base64.getEncoder().encodeToString(serialize(response).getBytes(StandardCharsets.UTF_8));
  }

  LogoutResponse logoutResponse(Sp sp, LogoutRequest request) {
    LogoutResponse response = build(LogoutResponse.DEFAULT_ELEMENT_NAME);
    response.setID(newId());
    response.setVersion(SAMLVersion.VERSION_20);
    response.setIssueInstant(Instant.now());
    response.setInResponseTo(request.getID());
    response.setDestination(sp.slo().orElse(null));
    response.setIssuer(issuer());
    response.setStatus(status(StatusCode.SUCCESS));
    return response;
  }

  AuthnRequest asAuthnRequest(XMLObject message) throws IOException {
    if (message instanceof AuthnRequest request) {
      return request;
    }
    throw new IOException("not an AuthnRequest");
  }

  private String privileges(DemoDirectory.Person person) {
    String xml =
        "<bpp:PrivilegeList xmlns:bpp=\""
            + BPP
            + "\"><PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:"
            + person.cvr()
            + "\"><Privilege>http://"
            + roleDomain
            + "/roles/usersystemrole/"
            + person.role()
            + "/1</Privilege></PrivilegeGroup></bpp:PrivilegeList>";
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }

  private void attribute(AttributeStatement statement, String name, String value) {
    Attribute attribute = build(Attribute.DEFAULT_ELEMENT_NAME);
    attribute.setName(name);
    attribute.setNameFormat(Attribute.URI_REFERENCE);
    XSStringBuilder strings =
        (XSStringBuilder)
            XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilder(XSString.TYPE_NAME);
    XSString v = strings.buildObject(AttributeValue.DEFAULT_ELEMENT_NAME, XSString.TYPE_NAME);
    v.setValue(value);
    attribute.getAttributeValues().add(v);
    statement.getAttributes().add(attribute);
  }

  private void sign(Assertion assertion) {
    org.opensaml.xmlsec.signature.Signature signature =
        build(org.opensaml.xmlsec.signature.Signature.DEFAULT_ELEMENT_NAME);
    signature.setSigningCredential(credential);
    signature.setSignatureAlgorithm(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256);
    signature.setCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    KeyInfo info = build(KeyInfo.DEFAULT_ELEMENT_NAME);
    try {
      KeyInfoSupport.addCertificate(info, credential.getEntityCertificate());
      signature.setKeyInfo(info);
      assertion.setSignature(signature);
      ((SAMLObjectContentReference) signature.getContentReferences().get(0))
          .setDigestAlgorithm(SignatureConstants.ALGO_ID_DIGEST_SHA256);
      XMLObjectSupport.marshall(assertion);
      Signer.signObject(signature);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the assertion", e);
    }
  }

  private org.opensaml.saml.saml2.core.EncryptedAssertion encrypt(
      Assertion assertion, X509Certificate forCert) {
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
      throw new IllegalStateException("cannot encrypt the assertion", e);
    }
  }

  private Status status(String code) {
    Status status = build(Status.DEFAULT_ELEMENT_NAME);
    StatusCode statusCode = build(StatusCode.DEFAULT_ELEMENT_NAME);
    statusCode.setValue(code);
    status.setStatusCode(statusCode);
    return status;
  }

  private Issuer issuer() {
    Issuer issuer = build(Issuer.DEFAULT_ELEMENT_NAME);
    issuer.setValue(entityId());
    return issuer;
  }

  static String newId() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return "_" + HexFormat.of().formatHex(bytes);
  }

  @SuppressWarnings("unchecked")
  private <T extends XMLObject> T build(QName name) {
    return (T) XMLObjectSupport.buildXMLObject(name);
  }

  private XMLObject unmarshal(byte[] xml) throws IOException {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return XMLObjectSupport.unmarshallFromInputStream(parserPool, in);
    } catch (Exception e) {
      throw new IOException("unreadable SAML XML", e);
    }
  }

  private String serialize(XMLObject object) {
    try {
      return SerializeSupport.nodeToString(XMLObjectSupport.marshall(object));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  static List<DemoDirectory.Person> people() {
    return DemoDirectory.ALL;
  }
}
