package dk.samtalenotat.web.saml;

import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SAMLObject;

/**
 * The SAML 2.0 HTTP-POST binding (saml-bindings-2.0 §3.5) on the receiving side: the base64 form
 * field {@code SAMLResponse} (or {@code SAMLRequest}) becomes an OpenSAML object, parsed with the
 * secured parser pool. Signatures are the business of the message's own checks.
 */
public final class PostBindingDecoder {

  /** The largest form field accepted; real responses are a few tens of kilobytes. */
  public static final int MAX_ENCODED = 1024 * 1024;

  private final SamlEnvironment saml;

  public PostBindingDecoder(SamlEnvironment saml) {
    this.saml = saml;
  }

  /**
   * @throws SamlRejectedException {@link SamlCheck#MALFORMED} if the field is missing, too large,
   *     not base64 or not a SAML message of the expected type
   */
  public <T extends SAMLObject> T decode(String formField, Class<T> type)
      throws SamlRejectedException {
    if (formField == null || formField.isBlank()) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "no SAML message in the form");
    }
    if (formField.length() > MAX_ENCODED) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "form field larger than " + MAX_ENCODED);
    }
    XMLObject object;
    try {
      byte[] xml = HttpRedirectBinding.strictBase64(formField);
      object = saml.unmarshal(xml);
    } catch (IllegalArgumentException | SamlFormatException e) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, e.getMessage(), e);
    }
    if (!type.isInstance(object)) {
      throw new SamlRejectedException(
          SamlCheck.MALFORMED,
          "expected " + type.getSimpleName() + ", got " + object.getElementQName());
    }
    return type.cast(object);
  }
}
