package dk.samtalenotat.web.saml;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnContextComparisonTypeEnumeration;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameIDPolicy;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.RequestedAuthnContext;
import org.opensaml.security.x509.X509Credential;

/**
 * The AuthnRequest of OIOSAML 3: signed, sent by HTTP-Redirect, asking for the Response by
 * HTTP-POST to our AssertionConsumerService, with RequestedAuthnContext {@code minimum} of the
 * configured NSIS level and the employee profile. Nothing about it is kept on the server: its
 * random ID is bound to the browser that asked ({@link SignOnCookie}), and the response is matched
 * to it there, once ({@link ResponseValidator}).
 */
public final class AuthnRequestFactory {

  /** The employee (professional) profile of OIOSAML 3. */
  public static final String PROFESSIONAL_PROFILE = "https://data.gov.dk/eid/Professional";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SamlEnvironment saml;
  private final HttpRedirectBinding redirect;
  private final Clock clock;

  public AuthnRequestFactory(SamlEnvironment saml, HttpRedirectBinding redirect, Clock clock) {
    this.saml = saml;
    this.redirect = redirect;
    this.clock = clock;
  }

  /** A new random XML ID (starts with a letter, as xs:ID requires). */
  public static String newId() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return "_" + HexFormat.of().formatHex(bytes);
  }

  /**
   * The URL to send the browser to, carrying the AuthnRequest signed. The RelayState carries only
   * the request ID; the return address stays in the browser's sign-on cookie.
   */
  public URI redirectUrl(AuthnRequest request, IdpMetadata idp, X509Credential signer) {
    return redirect.encode(request, idp.singleSignOn(), request.getID(), signer);
  }

  /** A new AuthnRequest with a fresh random ID. */
  public AuthnRequest build(SpConfiguration sp, IdpMetadata idp) {
    AuthnRequest request = saml.build(AuthnRequest.DEFAULT_ELEMENT_NAME);
    request.setID(newId());
    request.setVersion(SAMLVersion.VERSION_20);
    request.setIssueInstant(clock.instant());
    request.setDestination(idp.singleSignOn().toString());
    request.setProtocolBinding(SAMLConstants.SAML2_POST_BINDING_URI);
    request.setAssertionConsumerServiceURL(sp.acsUrl().toString());
    request.setForceAuthn(false);
    request.setIsPassive(false);

    Issuer issuer = saml.build(Issuer.DEFAULT_ELEMENT_NAME);
    issuer.setValue(sp.entityId());
    request.setIssuer(issuer);

    NameIDPolicy policy = saml.build(NameIDPolicy.DEFAULT_ELEMENT_NAME);
    policy.setFormat(NameIDType.PERSISTENT);
    policy.setAllowCreate(true);
    request.setNameIDPolicy(policy);

    RequestedAuthnContext context = saml.build(RequestedAuthnContext.DEFAULT_ELEMENT_NAME);
    context.setComparison(AuthnContextComparisonTypeEnumeration.MINIMUM);
    context.getAuthnContextClassRefs().add(classRef(sp.minimumLevel().uri()));
    context.getAuthnContextClassRefs().add(classRef(PROFESSIONAL_PROFILE));
    request.setRequestedAuthnContext(context);
    return request;
  }

  private AuthnContextClassRef classRef(String uri) {
    AuthnContextClassRef ref = saml.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
    ref.setURI(uri);
    return ref;
  }
}
