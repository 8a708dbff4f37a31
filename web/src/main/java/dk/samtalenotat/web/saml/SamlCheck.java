package dk.samtalenotat.web.saml;

/**
 * Every reason a SAML message is refused, each with a stable event id for the logs. The response
 * checks follow the OIOSAML 3 checklist in {@code domain.md} item by item; {@link Fault} tells
 * whether the identity provider or the user sent bad data, or our own configuration failed.
 */
public enum SamlCheck {
  // -- the message itself --
  MALFORMED("SAML-REJ-00", Fault.PEER, "the message is not well-formed (base64, deflate or XML)"),
  // -- 1. Destination, Status, InResponseTo --
  DESTINATION("SAML-REJ-01", Fault.PEER, "Destination is not our AssertionConsumerService URL"),
  STATUS("SAML-REJ-02", Fault.PEER, "Status is not Success"),
  IN_RESPONSE_TO(
      "SAML-REJ-03",
      Fault.PEER,
      "InResponseTo is not a request this browser started, or it was answered already"),
  // -- 2. lifetime with 5 minutes clock skew --
  RESPONSE_LIFETIME("SAML-REJ-04", Fault.PEER, "the response's IssueInstant is outside the skew"),
  ASSERTION_LIFETIME(
      "SAML-REJ-05", Fault.PEER, "IssueInstant, NotBefore or NotOnOrAfter of the assertion failed"),
  // -- 3. exactly one encrypted assertion, signed by the IdP's key --
  ONE_ENCRYPTED_ASSERTION(
      "SAML-REJ-06", Fault.PEER, "not exactly one EncryptedAssertion, or a plaintext assertion"),
  DECRYPTION("SAML-REJ-07", Fault.PEER, "the assertion cannot be decrypted with our key"),
  ASSERTION_NOT_SIGNED("SAML-REJ-08", Fault.PEER, "the assertion is not signed"),
  WEAK_ALGORITHM("SAML-REJ-09", Fault.PEER, "signature or digest algorithm weaker than SHA-256"),
  SIGNATURE_WRAPPING(
      "SAML-REJ-10", Fault.PEER, "the signature does not cover exactly the assertion used"),
  SIGNATURE_INVALID(
      "SAML-REJ-11", Fault.PEER, "the signature does not verify with the IdP's metadata keys"),
  // -- 4. Issuer --
  ISSUER("SAML-REJ-12", Fault.PEER, "Issuer is not the IdP's entity ID"),
  REPLAY("SAML-REJ-13", Fault.PEER, "the assertion was already used (replay)"),
  // -- 5. NameID --
  NAME_ID("SAML-REJ-14", Fault.PEER, "NameID is not a professional persistent/transient UUID"),
  // -- 6. SubjectConfirmation --
  SUBJECT_CONFIRMATION(
      "SAML-REJ-15", Fault.PEER, "no bearer confirmation for our ACS URL with a NotOnOrAfter"),
  // -- 7. Audience and statements --
  AUDIENCE("SAML-REJ-16", Fault.PEER, "AudienceRestriction does not name our entity ID"),
  STATEMENTS(
      "SAML-REJ-17", Fault.PEER, "not exactly one AuthnStatement and one AttributeStatement"),
  // -- 8. spec version --
  SPEC_VERSION("SAML-REJ-18", Fault.PEER, "specVersion is not OIO-SAML-3.0"),
  // -- 9. CVR and organisation --
  CVR("SAML-REJ-19", Fault.PEER, "the CVR is missing, malformed or not a tenant of ours"),
  ORG_NAME("SAML-REJ-20", Fault.PEER, "orgName is missing"),
  // -- 10. NSIS level --
  NSIS_LEVEL("SAML-REJ-21", Fault.PEER, "the NSIS level is missing or below the configured one"),
  // -- roles --
  PRIVILEGES("SAML-REJ-22", Fault.PEER, "the privilege attribute is malformed"),
  NO_ROLE("SAML-REJ-23", Fault.PEER, "no privilege grants a role in this application"),
  USER_KEY("SAML-REJ-24", Fault.PEER, "no professional UUID identifies the user"),
  // -- the browser and the client --
  BROWSER_BINDING(
      "SAML-REJ-25",
      Fault.PEER,
      "no sign-on was started in this browser: its sign-on cookie is missing, expired or altered"),
  THROTTLED("SAML-REJ-26", Fault.PEER, "too many sign-on requests from this client address"),

  // -- the application's own users --
  USER_DEACTIVATED(
      "SAML-REJ-40", Fault.PEER, "the user is deactivated in this application (left or inactive)"),
  TENANT_SUSPENDED(
      "SAML-REJ-41", Fault.PEER, "the user's municipality is suspended or offboarded here"),
  // -- HTTP-Redirect messages (single logout) --
  REDIRECT_SIGNATURE(
      "SAML-REJ-30", Fault.PEER, "the HTTP-Redirect signature is missing, weak or invalid"),
  LOGOUT_REQUEST("SAML-REJ-31", Fault.PEER, "the LogoutRequest is not for us or not from the IdP"),
  LOGOUT_RESPONSE(
      "SAML-REJ-32", Fault.PEER, "the LogoutResponse is not for us or not from the IdP"),
  // -- our own configuration --
  IDP_METADATA("SAML-CFG-01", Fault.CONFIGURATION, "the IdP metadata cannot be loaded"),
  SP_KEYS("SAML-CFG-02", Fault.CONFIGURATION, "the SP keystore cannot be loaded"),
  SP_CONFIGURATION("SAML-CFG-03", Fault.CONFIGURATION, "the SP configuration is invalid"),
  IDP_METADATA_INSECURE(
      "SAML-CFG-04",
      Fault.CONFIGURATION,
      "the IdP metadata location is neither https with a signing certificate nor a file"),
  IDP_METADATA_SIGNATURE(
      "SAML-CFG-05",
      Fault.CONFIGURATION,
      "the IdP metadata is not signed by the configured certificate, or has expired");

  /** Who is to blame for a refusal. */
  public enum Fault {
    /** The identity provider or the user sent something we must not accept. */
    PEER,
    /** Our own configuration failed; nothing the user can do. */
    CONFIGURATION
  }

  private final String eventId;
  private final Fault fault;
  private final String rule;

  SamlCheck(String eventId, Fault fault, String rule) {
    this.eventId = eventId;
    this.fault = fault;
    this.rule = rule;
  }

  public String eventId() {
    return eventId;
  }

  public Fault fault() {
    return fault;
  }

  /**
   * The code the user's browser is shown. Decrypting the assertion and checking its signature
   * answer with one code: had they separate ones, an attacker replaying altered ciphertext could
   * tell "did not decrypt or parse" from "decrypted, but the signature fails", which is the padding
   * oracle against XML Encryption in CBC mode. The log keeps the precise event id.
   */
  public String publicEventId() {
    return switch (this) {
      case DECRYPTION,
          ASSERTION_NOT_SIGNED,
          WEAK_ALGORITHM,
          SIGNATURE_WRAPPING,
          SIGNATURE_INVALID ->
          DECRYPTION.eventId;
      default -> eventId;
    };
  }

  /** The rule that failed, in words, for the log. */
  public String rule() {
    return rule;
  }
}
