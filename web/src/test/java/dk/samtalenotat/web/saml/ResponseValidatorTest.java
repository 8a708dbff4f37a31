package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.security.Roles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensaml.saml.saml2.core.Advice;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

/**
 * The OIOSAML 3 checklist, one forged or broken response per check, each minted and signed in the
 * test by {@link TestIdp} and read through the HTTP-POST decoder as the ACS would read it.
 */
class ResponseValidatorTest {

  private static final Instant NOW = Instant.parse("2026-03-12T08:30:00Z");

  static TestIdp idp;
  static SpKeys spKeys;

  SpConfiguration sp;
  MutableClock clock;
  InMemoryReplayStore answered;
  InMemoryReplayStore assertions;
  ResponseValidator validator;
  PostBindingDecoder decoder;

  /** The requests the posting browser's sign-on cookie names. */
  List<SignOnRequest> browser;

  @BeforeAll
  static void keys() {
    idp = new TestIdp();
    var sp = TestIdp.newCredential("Test SP");
    spKeys = new SpKeys(sp, sp);
  }

  @BeforeEach
  void setUp() {
    MutableClock clock = new MutableClock(NOW);
    Map<String, String> config =
        Map.of(
            "samtalenotat.saml.sp.base-url",
            "https://samtalenotat.test",
            "samtalenotat.saml.tenants",
            "11111111, 22222222",
            "samtalenotat.saml.role.teamleder",
            "urn:dk:samtalenotat:teamleder,"
                + RoleMapper.userSystemRole("samtalenotat.dk", "teamleder"));
    sp = SpConfiguration.fromConfig(k -> java.util.Optional.ofNullable(config.get(k)));
    this.clock = clock;
    answered = new InMemoryReplayStore(clock);
    assertions = new InMemoryReplayStore(clock);
    validator = new ResponseValidator(sp, spKeys, answered, assertions, clock);
    decoder = new PostBindingDecoder(SamlEnvironment.get());
    browser = new ArrayList<>();
  }

  /** A response to a request this browser started now. */
  private TestIdp.Spec spec() {
    String id = AuthnRequestFactory.newId();
    browser.add(0, new SignOnRequest(SignOnRequest.Purpose.SIGN_ON, id, NOW, "/samtaler.xhtml"));
    return idp.new Spec(NOW, sp, spKeys, id);
  }

  private SignedOnEmployee accept(String postField) throws SamlRejectedException {
    return validator.validate(decoder.decode(postField, Response.class), idp.metadata, browser);
  }

  private SignedOnEmployee accept(Response response) throws SamlRejectedException {
    return accept(idp.post(response));
  }

  private void assertRejected(SamlCheck expected, Response response) {
    assertRejected(expected, idp.post(response));
  }

  private void assertRejected(SamlCheck expected, String postField) {
    SamlRejectedException e = assertThrows(SamlRejectedException.class, () -> accept(postField));
    assertEquals(expected, e.check(), e.getMessage());
  }

  // -- the good case --

  @Test
  void acceptsAValidResponse() throws Exception {
    SignedOnEmployee employee = accept(idp.response(spec()));

    assertEquals(TestIdp.USER_UUID, employee.userKey());
    assertEquals("11111111", employee.cvr());
    assertEquals("Demo Kommune", employee.orgName());
    assertEquals("Mette Sørensen", employee.displayName());
    assertEquals(NsisLevel.SUBSTANTIAL, employee.level());
    assertEquals(Set.of(Roles.CASEWORKER), employee.roles());
    assertEquals("/samtaler.xhtml", employee.returnTo());
    assertEquals("_session-0", employee.sessionIndex());
  }

  @Test
  void acceptsLegacyPrivilegeNamespaceAndAttributeAndMapsConfiguredPrivileges() throws Exception {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PRIVILEGES);
    spec.attribute(
        OioAttributes.LEGACY_PRIVILEGES,
        TestIdp.privileges(
            PrivilegeParser.LEGACY_NAMESPACE, "11111111", "urn:dk:samtalenotat:teamleder"));

    assertEquals(Set.of(Roles.TEAM_LEAD), accept(idp.response(spec)).roles());
  }

  @Test
  void takesTheUserKeyFromTheNameIdWithoutThePersistentAttribute() throws Exception {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PERSISTENT_UUID);

    assertEquals(TestIdp.USER_UUID, accept(idp.response(spec)).userKey());
  }

  @Test
  void acceptsHigherNsisLevelAndTheSecondTenant() throws Exception {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.NSIS_LOA, "High");
    spec.attribute(OioAttributes.CVR, "22222222");
    spec.attribute(
        OioAttributes.PRIVILEGES,
        TestIdp.privileges(
            PrivilegeParser.NAMESPACE,
            "22222222",
            RoleMapper.userSystemRole("samtalenotat.dk", "sagsbehandler")));

    SignedOnEmployee e = accept(idp.response(spec));
    assertEquals(NsisLevel.HIGH, e.level());
    assertEquals("22222222", e.cvr());
  }

  // -- 0. the message --

  @Test
  void rejectsMalformedBase64() {
    assertRejected(SamlCheck.MALFORMED, "not*base64!");
  }

  @Test
  void rejectsMalformedXml() {
    assertRejected(SamlCheck.MALFORMED, TestIdp.base64("<samlp:Response"));
  }

  @Test
  void rejectsADoctypeInTheResponse(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "secret");
    String xml = idp.saml.serialize(idp.response(spec()));
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + xml.replaceFirst("<\\?xml[^>]*>", "");
    assertRejected(SamlCheck.MALFORMED, TestIdp.base64(evil));
  }

  // -- 1. Destination, Status, InResponseTo --

  @Test
  void rejectsWrongDestination() {
    TestIdp.Spec spec = spec();
    spec.destination = "https://evil.example/saml/acs";
    assertRejected(SamlCheck.DESTINATION, idp.response(spec));
  }

  @Test
  void rejectsAFailedStatus() {
    TestIdp.Spec spec = spec();
    spec.status = StatusCode.RESPONDER;
    assertRejected(SamlCheck.STATUS, idp.response(spec));
  }

  @Test
  void rejectsUnknownInResponseTo() {
    TestIdp.Spec spec = spec();
    spec.inResponseTo = AuthnRequestFactory.newId();
    assertRejected(SamlCheck.IN_RESPONSE_TO, idp.response(spec));
  }

  @Test
  void rejectsAnUnsolicitedResponse() {
    TestIdp.Spec spec = spec();
    spec.inResponseTo = null;
    assertRejected(SamlCheck.IN_RESPONSE_TO, idp.response(spec));
  }

  @Test
  void rejectsTheSameResponsePostedTwice() throws Exception {
    String post = idp.post(idp.response(spec()));
    accept(post);
    assertRejected(SamlCheck.IN_RESPONSE_TO, post);
  }

  // -- the browser that started the sign-on (login CSRF) --

  @Test
  void rejectsAResponsePostedFromABrowserThatStartedNoSignOn() {
    String post = idp.post(idp.response(spec()));
    browser.clear();
    assertRejected(SamlCheck.BROWSER_BINDING, post);
  }

  @Test
  void rejectsAResponseToARequestThatAnotherBrowserStarted() {
    // The attacker's own sign-on, posted into a browser that has a sign-on of its own under way.
    String attackers = idp.post(idp.response(spec()));
    browser.clear();
    spec();
    assertRejected(SamlCheck.IN_RESPONSE_TO, attackers);
  }

  @Test
  void rejectsAResponseToOurLogoutRequest() {
    TestIdp.Spec spec = spec();
    browser.set(0, new SignOnRequest(SignOnRequest.Purpose.SIGN_OFF, spec.inResponseTo, NOW, "/"));
    spec();
    assertRejected(SamlCheck.IN_RESPONSE_TO, idp.response(spec));
  }

  @Test
  void rejectsAResponseToAnExpiredRequest() {
    TestIdp.Spec spec = spec();
    browser.set(
        0,
        new SignOnRequest(
            SignOnRequest.Purpose.SIGN_ON,
            spec.inResponseTo,
            NOW.minus(SignOnCookie.LIFETIME),
            "/"));
    assertRejected(SamlCheck.IN_RESPONSE_TO, idp.response(spec));
  }

  // -- the request is used up only by a response that passed every check --

  @Test
  void aRefusedResponseDoesNotUseUpTheRequest() throws Exception {
    TestIdp.Spec genuine = spec();
    List<java.util.function.Consumer<TestIdp.Spec>> forgeries =
        List.of(
            f -> f.signWith = TestIdp.newCredential("Attacker"),
            f -> f.signAssertion = false,
            f -> f.notOnOrAfter = NOW.minus(Duration.ofMinutes(6)),
            f -> f.audience = "https://other-sp.example",
            f -> f.recipient = "https://evil.example/saml/acs",
            f -> f.confirmationInResponseTo = null,
            f -> f.attribute(OioAttributes.CVR, "33333333"));
    for (var forge : forgeries) {
      TestIdp.Spec forged = idp.new Spec(NOW, sp, spKeys, genuine.inResponseTo);
      forge.accept(forged);
      assertThrows(SamlRejectedException.class, () -> accept(idp.response(forged)));
      assertEquals(0, answered.size(), "a refused response used up the request");
      assertEquals(0, assertions.size(), "a refused response used up an assertion ID");
    }
    accept(idp.response(genuine));
    assertEquals(1, answered.size());
  }

  @Test
  void theRequestIsRememberedAsAnsweredOnlyUntilItWouldHaveExpiredAnyway() throws Exception {
    String post = idp.post(idp.response(spec()));
    accept(post);
    assertEquals(1, answered.size());
    assertEquals(1, assertions.size());

    clock.advance(SignOnCookie.LIFETIME);
    assertEquals(0, answered.size(), "forgotten once the request could not be answered");
    assertEquals(0, assertions.size());
    assertRejected(SamlCheck.IN_RESPONSE_TO, post);
  }

  // -- 2. lifetime --

  @Test
  void rejectsAnExpiredResponse() {
    TestIdp.Spec spec = spec();
    spec.issueInstant = NOW.minus(Duration.ofMinutes(6));
    assertRejected(SamlCheck.RESPONSE_LIFETIME, idp.response(spec));
  }

  @Test
  void rejectsAResponseFromTheFuture() {
    TestIdp.Spec spec = spec();
    spec.issueInstant = NOW.plus(Duration.ofMinutes(6));
    assertRejected(SamlCheck.RESPONSE_LIFETIME, idp.response(spec));
  }

  @Test
  void acceptsClockSkewWithinFiveMinutes() throws Exception {
    TestIdp.Spec spec = spec();
    spec.issueInstant = NOW.plus(Duration.ofMinutes(4));
    spec.notBefore = NOW.plus(Duration.ofMinutes(4));
    accept(idp.response(spec));
  }

  @Test
  void rejectsAnAssertionPastNotOnOrAfter() {
    TestIdp.Spec spec = spec();
    spec.notOnOrAfter = NOW.minus(Duration.ofMinutes(6));
    assertRejected(SamlCheck.ASSERTION_LIFETIME, idp.response(spec));
  }

  @Test
  void rejectsAnAssertionBeforeNotBefore() {
    TestIdp.Spec spec = spec();
    spec.notBefore = NOW.plus(Duration.ofMinutes(6));
    spec.notOnOrAfter = NOW.plus(Duration.ofMinutes(10));
    assertRejected(SamlCheck.ASSERTION_LIFETIME, idp.response(spec));
  }

  // -- 3. one encrypted, signed assertion --

  @Test
  void rejectsAPlaintextAssertion() {
    TestIdp.Spec spec = spec();
    spec.encrypt = false;
    assertRejected(SamlCheck.ONE_ENCRYPTED_ASSERTION, idp.response(spec));
  }

  @Test
  void rejectsTwoEncryptedAssertions() {
    TestIdp.Spec spec = spec();
    Response response = idp.response(spec);
    spec.assertionId = AuthnRequestFactory.newId();
    response.getEncryptedAssertions().add(idp.encrypt(idp.assertion(spec), spec.encryptFor));
    assertRejected(SamlCheck.ONE_ENCRYPTED_ASSERTION, response);
  }

  @Test
  void rejectsAResponseWithoutAssertion() {
    assertRejected(SamlCheck.ONE_ENCRYPTED_ASSERTION, idp.emptyResponse(spec()));
  }

  @Test
  void rejectsAnAssertionEncryptedForAnotherKey() {
    TestIdp.Spec spec = spec();
    spec.encryptFor = TestIdp.newCredential("Other SP").getEntityCertificate();
    assertRejected(SamlCheck.DECRYPTION, idp.response(spec));
  }

  @Test
  void rejectsAnUnsignedAssertionEvenInASignedResponse() {
    TestIdp.Spec spec = spec();
    spec.signAssertion = false;
    Response response = idp.response(spec);
    idp.sign(
        response,
        idp.signing,
        SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
        SignatureConstants.ALGO_ID_DIGEST_SHA256);
    assertRejected(SamlCheck.ASSERTION_NOT_SIGNED, response);
  }

  @Test
  void acceptsASignedResponseAroundASignedAssertion() throws Exception {
    Response response = idp.response(spec());
    idp.sign(
        response,
        idp.signing,
        SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256,
        SignatureConstants.ALGO_ID_DIGEST_SHA256);
    accept(response);
  }

  @Test
  void rejectsAnAssertionSignedByAnotherKey() {
    TestIdp.Spec spec = spec();
    spec.signWith = TestIdp.newCredential("Attacker");
    assertRejected(SamlCheck.SIGNATURE_INVALID, idp.response(spec));
  }

  @Test
  void rejectsRsaSha1() {
    TestIdp.Spec spec = spec();
    spec.signatureAlgorithm = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA1;
    assertRejected(SamlCheck.WEAK_ALGORITHM, idp.response(spec));
  }

  @Test
  void rejectsASha1Digest() {
    TestIdp.Spec spec = spec();
    spec.digestAlgorithm = SignatureConstants.ALGO_ID_DIGEST_SHA1;
    assertRejected(SamlCheck.WEAK_ALGORITHM, idp.response(spec));
  }

  @Test
  void rejectsATamperedSignedAssertion() throws Exception {
    TestIdp.Spec spec = spec();
    String signedXml = idp.saml.serialize(idp.assertion(spec));
    Assertion tampered =
        idp.reparse(signedXml.replace("Mette Sørensen", "Administrator"), Assertion.class);
    Response response = idp.emptyResponse(spec);
    response.getEncryptedAssertions().add(idp.encrypt(tampered, spec.encryptFor));
    assertRejected(SamlCheck.SIGNATURE_INVALID, response);
  }

  @Test
  void rejectsSignatureWrappingWithASecondAssertionBesideTheSignedOne() throws Exception {
    // The genuine signed assertion hides in the Advice of a forged, unsigned one.
    TestIdp.Spec genuine = spec();
    Assertion signed = idp.assertion(genuine);
    TestIdp.Spec forgedSpec = idp.new Spec(NOW, sp, spKeys, genuine.inResponseTo);
    forgedSpec.signAssertion = false;
    forgedSpec.attribute(
        OioAttributes.PERSISTENT_UUID, "urn:uuid:00000000-0000-0000-0000-000000000001");
    forgedSpec.beforeSigning =
        a -> {
          Advice advice = idp.saml.build(Advice.DEFAULT_ELEMENT_NAME);
          advice.getAssertions().add(signed);
          a.setAdvice(advice);
        };
    Response response = idp.emptyResponse(genuine);
    response
        .getEncryptedAssertions()
        .add(idp.encrypt(idp.assertion(forgedSpec), genuine.encryptFor));
    assertRejected(SamlCheck.SIGNATURE_WRAPPING, response);
  }

  @Test
  void rejectsSignatureWrappingWhereTheSignatureReferencesAnotherId() throws Exception {
    // A forged assertion with a new ID keeps the genuine signature, which points elsewhere.
    TestIdp.Spec spec = spec();
    Assertion signed = idp.assertion(spec);
    String xml = idp.saml.serialize(signed);
    String forgedXml =
        xml.replaceFirst("ID=\"" + spec.assertionId + "\"", "ID=\"_forged\"")
            .replace(TestIdp.USER_UUID, "00000000-0000-0000-0000-000000000001");
    Response response = idp.emptyResponse(spec);
    response
        .getEncryptedAssertions()
        .add(idp.encrypt(idp.reparse(forgedXml, Assertion.class), spec.encryptFor));
    assertRejected(SamlCheck.SIGNATURE_WRAPPING, response);
  }

  @Test
  void rejectsSignatureWrappingWithTheSignedAssertionMovedBesideAForgedOne() {
    // The genuine signed assertion travels in plaintext next to a forged encrypted one.
    TestIdp.Spec spec = spec();
    Assertion genuine = idp.assertion(spec);
    TestIdp.Spec forged = idp.new Spec(NOW, sp, spKeys, spec.inResponseTo);
    forged.signAssertion = false;
    Response response = idp.emptyResponse(spec);
    response.getEncryptedAssertions().add(idp.encrypt(idp.assertion(forged), spec.encryptFor));
    response.getAssertions().add(genuine);
    assertRejected(SamlCheck.ONE_ENCRYPTED_ASSERTION, response);
  }

  // -- 4. Issuer --

  @Test
  void rejectsAnotherAssertionIssuer() {
    TestIdp.Spec spec = spec();
    spec.assertionIssuer = "https://evil.example/idp";
    assertRejected(SamlCheck.ISSUER, idp.response(spec));
  }

  @Test
  void rejectsAnotherResponseIssuer() {
    TestIdp.Spec spec = spec();
    spec.responseIssuer = "https://evil.example/idp";
    assertRejected(SamlCheck.ISSUER, idp.response(spec));
  }

  // -- replay cache --

  @Test
  void rejectsAReplayedAssertionInAFreshResponse() throws Exception {
    TestIdp.Spec first = spec();
    accept(idp.response(first));
    TestIdp.Spec second = spec();
    second.assertionId = first.assertionId;
    assertRejected(SamlCheck.REPLAY, idp.response(second));
  }

  // -- 5. NameID --

  @Test
  void rejectsANonProfessionalNameId() {
    TestIdp.Spec spec = spec();
    spec.nameId = "https://data.gov.dk/model/core/eid/person/uuid/" + TestIdp.USER_UUID;
    assertRejected(SamlCheck.NAME_ID, idp.response(spec));
  }

  @Test
  void rejectsAnUnspecifiedNameIdFormat() {
    TestIdp.Spec spec = spec();
    spec.nameIdFormat = NameIDType.UNSPECIFIED;
    assertRejected(SamlCheck.NAME_ID, idp.response(spec));
  }

  // -- 6. SubjectConfirmation --

  @Test
  void rejectsWrongRecipient() {
    TestIdp.Spec spec = spec();
    spec.recipient = "https://evil.example/saml/acs";
    assertRejected(SamlCheck.SUBJECT_CONFIRMATION, idp.response(spec));
  }

  @Test
  void rejectsAConfirmationThatIsNotBearer() {
    TestIdp.Spec spec = spec();
    spec.method = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";
    assertRejected(SamlCheck.SUBJECT_CONFIRMATION, idp.response(spec));
  }

  @Test
  void rejectsABearerConfirmationWithoutInResponseTo() {
    TestIdp.Spec spec = spec();
    spec.confirmationInResponseTo = null;
    assertRejected(SamlCheck.SUBJECT_CONFIRMATION, idp.response(spec));
  }

  @Test
  void rejectsABearerConfirmationForAnotherRequestOfTheSameBrowser() {
    TestIdp.Spec other = spec();
    TestIdp.Spec spec = spec();
    spec.confirmationInResponseTo = other.inResponseTo;
    assertRejected(SamlCheck.SUBJECT_CONFIRMATION, idp.response(spec));
  }

  // -- 7. Audience, statements --

  @Test
  void rejectsWrongAudience() {
    TestIdp.Spec spec = spec();
    spec.audience = "https://other-sp.example";
    assertRejected(SamlCheck.AUDIENCE, idp.response(spec));
  }

  @Test
  void rejectsTwoAuthnStatements() {
    TestIdp.Spec spec = spec();
    spec.authnStatements = 2;
    assertRejected(SamlCheck.STATEMENTS, idp.response(spec));
  }

  // -- 8. spec version --

  @Test
  void rejectsAnotherSpecVersion() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.SPEC_VERSION, "OIO-SAML-2.0");
    assertRejected(SamlCheck.SPEC_VERSION, idp.response(spec));
  }

  // -- 9. CVR, orgName --

  @Test
  void rejectsTheCvrOfAnotherMunicipality() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.CVR, "33333333");
    assertRejected(SamlCheck.CVR, idp.response(spec));
  }

  // -- the tenants of the database (TenantGate) --

  /** The validator the application uses: organisations admitted by their tenant rows. */
  private void gate(Map<String, TenantGate.Admission> rows) {
    validator =
        new ResponseValidator(
            sp,
            spKeys,
            answered,
            assertions,
            clock,
            cvr -> rows.getOrDefault(cvr, TenantGate.Admission.UNKNOWN));
  }

  private TestIdp.Spec specFor(String cvr, String role) {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.CVR, cvr);
    spec.attribute(
        OioAttributes.PRIVILEGES,
        TestIdp.privileges(
            PrivilegeParser.NAMESPACE, cvr, RoleMapper.userSystemRole("samtalenotat.dk", role)));
    return spec;
  }

  @Test
  void acceptsAMunicipalityTheDatabaseKnowsThoughThePropertyDoesNot() throws Exception {
    gate(Map.of("44444444", TenantGate.Admission.MUNICIPALITY));
    assertEquals("44444444", accept(idp.response(specFor("44444444", "sagsbehandler"))).cvr());
  }

  @Test
  void refusesAMunicipalityOfThePropertyThatTheDatabaseDoesNotKnow() {
    gate(Map.of());
    assertRejected(SamlCheck.CVR, idp.response(spec()));
  }

  @Test
  void refusesASuspendedMunicipalityWithItsOwnCheck() {
    gate(Map.of("11111111", TenantGate.Admission.SUSPENDED));
    assertRejected(SamlCheck.TENANT_SUSPENDED, idp.response(spec()));
  }

  @Test
  void givesTheOperatorsOrganisationTheOperatorRoleOnly() throws Exception {
    gate(Map.of("12345674", TenantGate.Admission.OPERATOR));
    TestIdp.Spec spec = specFor("12345674", "drift");
    assertEquals(Set.of(Roles.OPERATOR), accept(idp.response(spec)).roles());

    TestIdp.Spec admin = specFor("12345674", "administrator");
    assertRejected(SamlCheck.NO_ROLE, idp.response(admin));
  }

  @Test
  void neverGivesAMunicipalitysEmployeeTheOperatorRole() {
    gate(Map.of("11111111", TenantGate.Admission.MUNICIPALITY));
    assertRejected(SamlCheck.NO_ROLE, idp.response(specFor("11111111", "drift")));
  }

  @Test
  void rejectsAMalformedCvr() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.CVR, "1111111X");
    assertRejected(SamlCheck.CVR, idp.response(spec));
  }

  @Test
  void rejectsAMissingOrgName() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.ORG_NAME);
    assertRejected(SamlCheck.ORG_NAME, idp.response(spec));
  }

  // -- 10. NSIS level --

  @Test
  void rejectsTooLowNsisLevel() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.NSIS_LOA, "Low");
    assertRejected(SamlCheck.NSIS_LEVEL, idp.response(spec));
  }

  @Test
  void rejectsAMissingNsisLevel() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.NSIS_LOA);
    assertRejected(SamlCheck.NSIS_LEVEL, idp.response(spec));
  }

  // -- privileges and roles --

  @Test
  void rejectsAnExternalEntityInThePrivilegeAttribute(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, RoleMapper.userSystemRole("samtalenotat.dk", "administrator"));
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE bpp:PrivilegeList [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><bpp:PrivilegeList xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\">"
            + "<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:11111111\">"
            + "<Privilege>&x;</Privilege></PrivilegeGroup></bpp:PrivilegeList>";
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PRIVILEGES, TestIdp.base64(xxe));
    assertRejected(SamlCheck.PRIVILEGES, idp.response(spec));
  }

  @Test
  void rejectsMalformedBase64InThePrivilegeAttribute() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PRIVILEGES, "%%% not base64 %%%");
    assertRejected(SamlCheck.PRIVILEGES, idp.response(spec));
  }

  @Test
  void rejectsMalformedXmlInThePrivilegeAttribute() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PRIVILEGES, TestIdp.base64("<bpp:PrivilegeList"));
    assertRejected(SamlCheck.PRIVILEGES, idp.response(spec));
  }

  @Test
  void grantsNothingForPrivilegesScopedToAnotherCvr() {
    TestIdp.Spec spec = spec();
    spec.attribute(
        OioAttributes.PRIVILEGES,
        TestIdp.privileges(
            PrivilegeParser.NAMESPACE,
            "22222222",
            RoleMapper.userSystemRole("samtalenotat.dk", "administrator")));
    assertRejected(SamlCheck.NO_ROLE, idp.response(spec));
  }

  @Test
  void rejectsAUserWithoutAnyPrivilegeForUs() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PRIVILEGES);
    assertRejected(SamlCheck.NO_ROLE, idp.response(spec));
  }

  @Test
  void rejectsAMalformedPersistentUuid() {
    TestIdp.Spec spec = spec();
    spec.attribute(OioAttributes.PERSISTENT_UUID, "mette");
    assertRejected(SamlCheck.USER_KEY, idp.response(spec));
  }

  @Test
  void theBrowserCannotTellADecryptionFailureFromAFailedSignature() {
    for (SamlCheck c :
        List.of(
            SamlCheck.DECRYPTION,
            SamlCheck.ASSERTION_NOT_SIGNED,
            SamlCheck.WEAK_ALGORITHM,
            SamlCheck.SIGNATURE_WRAPPING,
            SamlCheck.SIGNATURE_INVALID)) {
      assertEquals("SAML-REJ-07", c.publicEventId(), c.name());
    }
    assertEquals("SAML-REJ-12", SamlCheck.ISSUER.publicEventId());
  }

  @Test
  void everyPeerCheckIsDistinguishedFromConfigurationFailures() {
    assertTrue(
        List.of(SamlCheck.values()).stream()
            .allMatch(
                c ->
                    c.eventId().startsWith("SAML-CFG-")
                        == (c.fault() == SamlCheck.Fault.CONFIGURATION)));
    assertEquals(
        SamlCheck.values().length,
        List.of(SamlCheck.values()).stream().map(SamlCheck::eventId).distinct().count());
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
