package dk.samtalenotat.web.saml;

/** A SAML message or document that cannot be decoded or parsed (base64, deflate or XML). */
public class SamlFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public SamlFormatException(String message) {
    super(message);
  }

  public SamlFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
