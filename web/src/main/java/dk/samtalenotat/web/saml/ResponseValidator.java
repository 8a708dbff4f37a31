package dk.samtalenotat.web.saml;

import dk.samtalenotat.security.Roles;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.schema.XSAny;
import org.opensaml.core.xml.schema.XSString;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.encryption.Decrypter;
import org.opensaml.saml.saml2.encryption.EncryptedElementTypeEncryptedKeyResolver;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.ChainingEncryptedKeyResolver;
import org.opensaml.xmlsec.encryption.support.DecryptionException;
import org.opensaml.xmlsec.encryption.support.InlineEncryptedKeyResolver;
import org.opensaml.xmlsec.encryption.support.SimpleRetrievalMethodEncryptedKeyResolver;
import org.opensaml.xmlsec.keyinfo.impl.StaticKeyInfoCredentialResolver;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The OIOSAML 3 response checklist ({@code domain.md}, "Response checks"), applied in full to every
 * Response that reaches the AssertionConsumerService. There is no switch to turn any of it off.
 * Each failure names its {@link SamlCheck} (a stable event id, and whether the peer or our
 * configuration is to blame); the first failure ends the check.
 *
 * <p>Only the assertion the signature covers is read: it is decrypted into a document of its own,
 * must be the only assertion there and in the response, and its signature must reference exactly
 * its own, unique ID.
 */
public final class ResponseValidator {

  private static final Pattern NAME_ID =
      Pattern.compile(
          Pattern.quote(OioAttributes.PROFESSIONAL_NAME_ID_PREFIX)
              + ".*/uuid/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
  private static final Pattern UUID =
      Pattern.compile(
          "(?:urn:uuid:)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
  private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

  private final SpConfiguration sp;
  private final SpKeys keys;
  private final ReplayStore answeredRequests;
  private final ReplayStore acceptedAssertions;
  private final Clock clock;
  private final TenantGate tenants;

  /**
   * @param answeredRequests the request IDs already answered (each request is answered once)
   * @param acceptedAssertions the assertion IDs already accepted (each assertion is used once)
   */
  public ResponseValidator(
      SpConfiguration sp,
      SpKeys keys,
      ReplayStore answeredRequests,
      ReplayStore acceptedAssertions,
      Clock clock) {
    this(sp, keys, answeredRequests, acceptedAssertions, clock, TenantGate.of(sp.tenantCvrs()));
  }

  /**
   * @param tenants which organisations may sign on (the database's tenants, in the application)
   */
  public ResponseValidator(
      SpConfiguration sp,
      SpKeys keys,
      ReplayStore answeredRequests,
      ReplayStore acceptedAssertions,
      Clock clock,
      TenantGate tenants) {
    this.sp = sp;
    this.keys = keys;
    this.answeredRequests = answeredRequests;
    this.acceptedAssertions = acceptedAssertions;
    this.clock = clock;
    this.tenants = tenants;
  }

  /**
   * Runs the whole checklist.
   *
   * @param startedHere the requests the posting browser's sign-on cookie names ({@link
   *     SignOnCookie}); the response must answer one of them
   * @return the employee the assertion describes, with their application roles
   * @throws SamlRejectedException on the first check that fails
   */
  public SignedOnEmployee validate(
      Response response, IdpMetadata idp, List<SignOnRequest> startedHere)
      throws SamlRejectedException {
    Instant now = clock.instant();
    Duration skew = sp.clockSkew();

    // 1. Destination equals our ACS URL; Status is Success; InResponseTo names a request this
    // browser started (login CSRF: a response started in another browser has no place here).
    require(
        sp.acsUrl().toString().equals(response.getDestination()),
        SamlCheck.DESTINATION,
        "Destination " + response.getDestination());
    String status =
        response.getStatus() == null || response.getStatus().getStatusCode() == null
            ? null
            : response.getStatus().getStatusCode().getValue();
    require(StatusCode.SUCCESS.equals(status), SamlCheck.STATUS, statusDetail(response));
    String inResponseTo = response.getInResponseTo();
    require(inResponseTo != null, SamlCheck.IN_RESPONSE_TO, "no InResponseTo (unsolicited)");
    require(
        startedHere.stream().anyMatch(r -> r.purpose() == SignOnRequest.Purpose.SIGN_ON),
        SamlCheck.BROWSER_BINDING,
        "InResponseTo " + inResponseTo);
    SignOnRequest request =
        startedHere.stream()
            .filter(r -> r.purpose() == SignOnRequest.Purpose.SIGN_ON)
            .filter(r -> r.id().equals(inResponseTo) && now.isBefore(r.expiresAt()))
            .findFirst()
            .orElseThrow(
                () ->
                    new SamlRejectedException(
                        SamlCheck.IN_RESPONSE_TO,
                        "InResponseTo "
                            + inResponseTo
                            + " was not started in this browser, or has expired"));

    // 4. (for the Response) an Issuer, if present, is the IdP.
    if (response.getIssuer() != null) {
      require(
          idp.entityId().equals(response.getIssuer().getValue()),
          SamlCheck.ISSUER,
          "Response Issuer " + response.getIssuer().getValue());
    }
    // 2. The response was issued within the clock skew.
    requireWithin(response.getIssueInstant(), now, skew, SamlCheck.RESPONSE_LIFETIME, "Response");
    // A signed Response is welcome but is not enough; if signed, the signature must hold.
    if (response.getSignature() != null) {
      verifySignature(response, idp.signingCertificates());
    }

    // 3. Exactly one EncryptedAssertion, no plaintext assertion anywhere in the message.
    Element responseDom = response.getDOM();
    require(
        response.getAssertions().isEmpty()
            && count(responseDom, SAMLConstants.SAML20_NS, "Assertion") == 0,
        SamlCheck.ONE_ENCRYPTED_ASSERTION,
        "plaintext assertion present");
    require(
        response.getEncryptedAssertions().size() == 1
            && count(responseDom, SAMLConstants.SAML20_NS, "EncryptedAssertion") == 1,
        SamlCheck.ONE_ENCRYPTED_ASSERTION,
        response.getEncryptedAssertions().size() + " EncryptedAssertion elements");
    Assertion assertion = decrypt(response.getEncryptedAssertions().get(0));
    require(
        count(
                assertion.getDOM().getOwnerDocument().getDocumentElement(),
                SAMLConstants.SAML20_NS,
                "Assertion")
            == 1,
        SamlCheck.SIGNATURE_WRAPPING,
        "the encrypted content holds more than one assertion");
    // ... signed by the IdP's key from its metadata, covering exactly this assertion.
    require(assertion.getSignature() != null, SamlCheck.ASSERTION_NOT_SIGNED, null);
    verifySignature(assertion, idp.signingCertificates());

    // 4. Issuer equals the IdP entity ID.
    require(
        assertion.getIssuer() != null && idp.entityId().equals(assertion.getIssuer().getValue()),
        SamlCheck.ISSUER,
        "Assertion Issuer "
            + (assertion.getIssuer() == null ? null : assertion.getIssuer().getValue()));

    // 2. Lifetime of the assertion.
    requireWithin(
        assertion.getIssueInstant(), now, skew, SamlCheck.ASSERTION_LIFETIME, "Assertion");
    Conditions conditions = assertion.getConditions();
    require(conditions != null, SamlCheck.ASSERTION_LIFETIME, "no Conditions");
    require(
        conditions.getNotBefore() == null || !now.plus(skew).isBefore(conditions.getNotBefore()),
        SamlCheck.ASSERTION_LIFETIME,
        "NotBefore " + conditions.getNotBefore());
    require(
        conditions.getNotOnOrAfter() != null
            && now.minus(skew).isBefore(conditions.getNotOnOrAfter()),
        SamlCheck.ASSERTION_LIFETIME,
        "NotOnOrAfter " + conditions.getNotOnOrAfter());

    // 5. NameID persistent or transient, professional, ending in /uuid/<UUID>.
    NameID nameId = assertion.getSubject() == null ? null : assertion.getSubject().getNameID();
    require(nameId != null && nameId.getValue() != null, SamlCheck.NAME_ID, "no NameID");
    require(
        NameIDType.PERSISTENT.equals(nameId.getFormat())
            || NameIDType.TRANSIENT.equals(nameId.getFormat()),
        SamlCheck.NAME_ID,
        "format " + nameId.getFormat());
    var nameIdMatch = NAME_ID.matcher(nameId.getValue());
    require(nameIdMatch.matches(), SamlCheck.NAME_ID, "value " + nameId.getValue());

    // 6. Bearer confirmation for our ACS URL, with NotOnOrAfter, in reply to our request: its
    // InResponseTo is required and names the same request as the Response (the Response is
    // outside the signature; only the assertion's own InResponseTo binds it to the request).
    require(
        assertion.getSubject().getSubjectConfirmations().stream()
            .anyMatch(c -> bearerForUs(c, inResponseTo, now, skew)),
        SamlCheck.SUBJECT_CONFIRMATION,
        null);

    // 7. Audience contains our entity ID; one AuthnStatement and one AttributeStatement.
    List<AudienceRestriction> restrictions = conditions.getAudienceRestrictions();
    require(
        !restrictions.isEmpty()
            && restrictions.stream()
                .allMatch(
                    r -> r.getAudiences().stream().anyMatch(a -> sp.entityId().equals(a.getURI()))),
        SamlCheck.AUDIENCE,
        null);
    require(
        assertion.getAuthnStatements().size() == 1
            && assertion.getAttributeStatements().size() == 1
            && assertion.getStatements().size() == 2,
        SamlCheck.STATEMENTS,
        assertion.getAuthnStatements().size()
            + " AuthnStatement, "
            + assertion.getAttributeStatements().size()
            + " AttributeStatement");
    AuthnStatement authn = assertion.getAuthnStatements().get(0);
    Map<String, List<String>> attributes = attributes(assertion.getAttributeStatements().get(0));

    // 8. Spec version.
    require(
        List.of(OioAttributes.SPEC_VERSION_VALUE)
            .equals(attributes.get(OioAttributes.SPEC_VERSION)),
        SamlCheck.SPEC_VERSION,
        String.valueOf(attributes.get(OioAttributes.SPEC_VERSION)));

    // 9. CVR: 8 digits, one of our tenants; orgName present.
    String cvr = single(attributes, OioAttributes.CVR);
    require(cvr != null && cvr.matches("\\d{8}"), SamlCheck.CVR, "CVR " + cvr);
    TenantGate.Admission admission = tenants.admit(cvr);
    require(
        admission != TenantGate.Admission.SUSPENDED,
        SamlCheck.TENANT_SUSPENDED,
        "CVR " + cvr + " is suspended");
    require(
        admission == TenantGate.Admission.MUNICIPALITY
            || admission == TenantGate.Admission.OPERATOR,
        SamlCheck.CVR,
        "CVR " + cvr + " is not a tenant");
    String orgName = single(attributes, OioAttributes.ORG_NAME);
    require(orgName != null && !orgName.isBlank(), SamlCheck.ORG_NAME, null);

    // 10. NSIS level at least the configured one.
    String loa = single(attributes, OioAttributes.NSIS_LOA);
    NsisLevel level =
        NsisLevel.parse(loa)
            .orElseThrow(() -> new SamlRejectedException(SamlCheck.NSIS_LEVEL, "level " + loa));
    require(
        level.atLeast(sp.minimumLevel()),
        SamlCheck.NSIS_LEVEL,
        level.value() + " < " + sp.minimumLevel().value());

    // Roles: basic privileges scoped to this CVR, mapped by configuration.
    // The operator's organisation holds the operator role and nothing else; a municipality's
    // employee never holds it, whatever privilege the IdP sends.
    Set<String> roles = new java.util.TreeSet<>(sp.roles().rolesFor(privileges(attributes, cvr)));
    if (admission == TenantGate.Admission.OPERATOR) {
      roles.retainAll(Set.of(Roles.OPERATOR));
    } else {
      roles.remove(Roles.OPERATOR);
    }
    require(!roles.isEmpty(), SamlCheck.NO_ROLE, "CVR " + cvr);

    // The stable user key.
    String persistent = single(attributes, OioAttributes.PERSISTENT_UUID);
    String userKey;
    if (persistent != null) {
      var m = UUID.matcher(persistent.strip());
      require(m.matches(), SamlCheck.USER_KEY, "uuid/persistent " + persistent);
      userKey = m.group(1).toLowerCase(Locale.ROOT);
    } else {
      userKey = nameIdMatch.group(1).toLowerCase(Locale.ROOT);
    }

    // Only now, with the signature and every condition held, the request counts as answered and
    // the assertion as used, each once. Both are kept until the request could no longer be
    // answered; the assertion no longer than it is valid either.
    require(
        answeredRequests.firstUse(request.id(), request.expiresAt()),
        SamlCheck.IN_RESPONSE_TO,
        "InResponseTo " + inResponseTo + " was answered already");
    Instant assertionValid = conditions.getNotOnOrAfter().plus(skew);
    require(
        acceptedAssertions.firstUse(
            assertion.getID(),
            assertionValid.isBefore(request.expiresAt()) ? assertionValid : request.expiresAt()),
        SamlCheck.REPLAY,
        "assertion " + assertion.getID());

    return new SignedOnEmployee(
        userKey,
        nameId.getValue(),
        nameId.getFormat(),
        authn.getSessionIndex(),
        displayName(attributes),
        single(attributes, OioAttributes.EMAIL),
        cvr,
        orgName,
        sp.teamAttribute().isPresent() ? single(attributes, sp.teamAttribute().get()) : null,
        level,
        Set.copyOf(roles),
        authn.getAuthnInstant(),
        request.returnTo());
  }

  private Assertion decrypt(EncryptedAssertion encrypted) throws SamlRejectedException {
    Decrypter decrypter =
        new Decrypter(
            null,
            new StaticKeyInfoCredentialResolver(keys.encryption()),
            new ChainingEncryptedKeyResolver(
                List.of(
                    new InlineEncryptedKeyResolver(),
                    new EncryptedElementTypeEncryptedKeyResolver(),
                    new SimpleRetrievalMethodEncryptedKeyResolver())),
            List.of(),
            SamlAlgorithms.EXCLUDED_KEY_TRANSPORT);
    decrypter.setRootInNewDocument(true);
    try {
      return decrypter.decrypt(encrypted);
    } catch (DecryptionException | RuntimeException e) {
      throw new SamlRejectedException(SamlCheck.DECRYPTION, e.getMessage(), e);
    }
  }

  /**
   * The signature of a Response or an Assertion: SHA-256 or stronger, exactly one reference to the
   * element's own ID (unique in its document), the SAML transforms only, the Signature a direct
   * child of the element, and valid under one of the IdP's metadata keys.
   */
  public static void verifySignature(SignableSAMLObject signed, List<X509Certificate> trusted)
      throws SamlRejectedException {
    Signature signature = signed.getSignature();
    require(signature != null, SamlCheck.ASSERTION_NOT_SIGNED, null);
    require(
        SamlAlgorithms.SIGNATURE.containsKey(signature.getSignatureAlgorithm()),
        SamlCheck.WEAK_ALGORITHM,
        "SignatureMethod " + signature.getSignatureAlgorithm());
    Element signatureDom = signature.getDOM();
    Element signedDom = signed.getDOM();
    require(
        signatureDom != null && signedDom != null && signatureDom.getParentNode() == signedDom,
        SamlCheck.SIGNATURE_WRAPPING,
        "the Signature is not a child of the signed element");
    NodeList references =
        signatureDom.getElementsByTagNameNS(SignatureConstants.XMLSIG_NS, "Reference");
    require(
        references.getLength() == 1,
        SamlCheck.SIGNATURE_WRAPPING,
        references.getLength() + " references");
    NodeList digests =
        ((Element) references.item(0))
            .getElementsByTagNameNS(SignatureConstants.XMLSIG_NS, "DigestMethod");
    String digest =
        digests.getLength() == 1 ? ((Element) digests.item(0)).getAttribute("Algorithm") : null;
    require(
        SamlAlgorithms.DIGEST.contains(digest), SamlCheck.WEAK_ALGORITHM, "DigestMethod " + digest);
    try {
      new SAMLSignatureProfileValidator().validate(signature);
    } catch (SignatureException e) {
      throw new SamlRejectedException(SamlCheck.SIGNATURE_WRAPPING, e.getMessage(), e);
    }
    String id = signed.getSignatureReferenceID();
    require(
        id != null && countIds(signedDom.getOwnerDocument().getDocumentElement(), id) == 1,
        SamlCheck.SIGNATURE_WRAPPING,
        "ID " + id + " is not unique in the document");
    for (X509Certificate cert : trusted) {
      try {
        SignatureValidator.validate(signature, new BasicX509Credential(cert));
        return;
      } catch (SignatureException e) {
        // Not this key; try the next one from the metadata.
      }
    }
    throw new SamlRejectedException(
        SamlCheck.SIGNATURE_INVALID, signed.getElementQName().getLocalPart());
  }

  private boolean bearerForUs(
      SubjectConfirmation confirmation, String inResponseTo, Instant now, Duration skew) {
    SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
    return BEARER.equals(confirmation.getMethod())
        && data != null
        && sp.acsUrl().toString().equals(data.getRecipient())
        && data.getNotOnOrAfter() != null
        && now.minus(skew).isBefore(data.getNotOnOrAfter())
        && (data.getNotBefore() == null || !now.plus(skew).isBefore(data.getNotBefore()))
        && inResponseTo.equals(data.getInResponseTo());
  }

  private Set<String> privileges(Map<String, List<String>> attributes, String cvr)
      throws SamlRejectedException {
    List<String> values = new ArrayList<>();
    values.addAll(attributes.getOrDefault(OioAttributes.PRIVILEGES, List.of()));
    values.addAll(attributes.getOrDefault(OioAttributes.LEGACY_PRIVILEGES, List.of()));
    Set<String> granted = new java.util.LinkedHashSet<>();
    for (String value : values) {
      try {
        granted.addAll(PrivilegeParser.forCvr(PrivilegeParser.parse(value), cvr));
      } catch (SamlFormatException e) {
        throw new SamlRejectedException(SamlCheck.PRIVILEGES, e.getMessage(), e);
      }
    }
    return granted;
  }

  private static Map<String, List<String>> attributes(AttributeStatement statement) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Attribute attribute : statement.getAttributes()) {
      List<String> values = result.computeIfAbsent(attribute.getName(), k -> new ArrayList<>());
      for (XMLObject value : attribute.getAttributeValues()) {
        values.add(text(value));
      }
    }
    return result;
  }

  private static String text(XMLObject value) {
    if (value instanceof XSString s) {
      return s.getValue();
    }
    if (value instanceof XSAny a) {
      return a.getTextContent();
    }
    return value.getDOM() == null ? null : value.getDOM().getTextContent();
  }

  private static String single(Map<String, List<String>> attributes, String name)
      throws SamlRejectedException {
    List<String> values = attributes.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "attribute " + name + " repeated");
    }
    return values.get(0) == null ? null : values.get(0).strip();
  }

  private static String displayName(Map<String, List<String>> attributes)
      throws SamlRejectedException {
    String full = single(attributes, OioAttributes.FULL_NAME);
    if (full != null && !full.isBlank()) {
      return full;
    }
    String first = single(attributes, OioAttributes.FIRST_NAME);
    String last = single(attributes, OioAttributes.LAST_NAME);
    String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return joined.isEmpty() ? "?" : joined;
  }

  private static void requireWithin(
      Instant instant, Instant now, Duration skew, SamlCheck check, String what)
      throws SamlRejectedException {
    require(
        instant != null && !instant.isAfter(now.plus(skew)) && !instant.isBefore(now.minus(skew)),
        check,
        what + " IssueInstant " + instant + ", now " + now);
  }

  private static String statusDetail(Response response) {
    if (response.getStatus() == null || response.getStatus().getStatusCode() == null) {
      return "no Status";
    }
    StatusCode code = response.getStatus().getStatusCode();
    return code.getValue()
        + (code.getStatusCode() == null ? "" : " / " + code.getStatusCode().getValue());
  }

  private static int count(Element root, String ns, String localName) {
    int n = root.getLocalName().equals(localName) && ns.equals(root.getNamespaceURI()) ? 1 : 0;
    return n + root.getElementsByTagNameNS(ns, localName).getLength();
  }

  /** Elements carrying the ID under any of the attribute names an ID goes by. */
  private static int countIds(Node node, String id) {
    int n = 0;
    if (node instanceof Element e) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
        if (("ID".equals(name) || "Id".equals(name) || "id".equals(name))
            && id.equals(a.getNodeValue())) {
          n++;
        }
      }
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      n += countIds(c, id);
    }
    return n;
  }

  private static void require(boolean ok, SamlCheck check, String detail)
      throws SamlRejectedException {
    if (!ok) {
      throw new SamlRejectedException(check, detail);
    }
  }
}
