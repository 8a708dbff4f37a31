package dk.samtalenotat.web.saml;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.common.SAMLObject;
import org.opensaml.saml.saml2.core.RequestAbstractType;
import org.opensaml.saml.saml2.core.StatusResponseType;
import org.opensaml.security.x509.X509Credential;

/**
 * The SAML 2.0 HTTP-Redirect binding (saml-bindings-2.0 §3.4), both ways: DEFLATE, base64 and URL
 * encoding of the message, with the signature over the query string ({@code
 * SAMLRequest=…&RelayState=…&SigAlg=…}) rather than inside the XML. OpenSAML's own codec is built
 * on {@code javax.servlet} and cannot run on Jakarta EE 10.
 */
public final class HttpRedirectBinding {

  static final String SAML_REQUEST = "SAMLRequest";
  static final String SAML_RESPONSE = "SAMLResponse";
  static final String RELAY_STATE = "RelayState";
  static final String SIG_ALG = "SigAlg";
  static final String SIGNATURE = "Signature";

  /** The largest inflated message we read; a bigger one is refused, not buffered. */
  private static final int MAX_INFLATED = 256 * 1024;

  private static final int MAX_QUERY = 64 * 1024;

  private final SamlEnvironment saml;

  public HttpRedirectBinding(SamlEnvironment saml) {
    this.saml = saml;
  }

  /** A decoded message and its RelayState. */
  public record Decoded(SAMLObject message, Optional<String> relayState) {}

  /**
   * The URL that carries a signed message to {@code destination}.
   *
   * @param message a request or response without an XML signature of its own
   */
  public URI encode(SAMLObject message, URI destination, String relayState, X509Credential signer) {
    String param = message instanceof RequestAbstractType ? SAML_REQUEST : SAML_RESPONSE;
    byte[] xml = saml.serialize(message).getBytes(StandardCharsets.UTF_8);
    StringBuilder query =
        new StringBuilder(param).append('=').append(urlEncode(base64(deflate(xml))));
    if (relayState != null) {
      query.append('&').append(RELAY_STATE).append('=').append(urlEncode(relayState));
    }
    query.append('&').append(SIG_ALG).append('=').append(urlEncode(SamlAlgorithms.SIGN_WITH));
    byte[] signature =
        sign(
            query.toString().getBytes(StandardCharsets.UTF_8),
            signer.getPrivateKey(),
            SamlAlgorithms.SIGNATURE.get(SamlAlgorithms.SIGN_WITH));
    query.append('&').append(SIGNATURE).append('=').append(urlEncode(base64(signature)));
    String base = destination.toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + query);
  }

  /**
   * Decodes a message from the raw (still URL-encoded) query string and verifies its signature
   * against the given certificates.
   *
   * @throws SamlRejectedException {@link SamlCheck#MALFORMED} for a message that cannot be read,
   *     {@link SamlCheck#REDIRECT_SIGNATURE} for a missing, weak or invalid signature
   */
  public Decoded decode(String rawQuery, List<X509Certificate> trusted)
      throws SamlRejectedException {
    if (rawQuery == null || rawQuery.length() > MAX_QUERY) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "missing or oversized query string");
    }
    Map<String, String> raw = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (raw.putIfAbsent(name, value) != null) {
        throw new SamlRejectedException(SamlCheck.MALFORMED, "parameter " + name + " repeated");
      }
    }
    String param;
    if (raw.containsKey(SAML_REQUEST) == raw.containsKey(SAML_RESPONSE)) {
      throw new SamlRejectedException(
          SamlCheck.MALFORMED, "exactly one of SAMLRequest and SAMLResponse is required");
    }
    param = raw.containsKey(SAML_REQUEST) ? SAML_REQUEST : SAML_RESPONSE;
    verify(raw, param, trusted);
    XMLObject object;
    try {
      byte[] xml = inflate(strictBase64(urlDecode(raw.get(param))));
      object = saml.unmarshal(xml);
    } catch (IllegalArgumentException | SamlFormatException e) {
      throw new SamlRejectedException(SamlCheck.MALFORMED, e.getMessage(), e);
    }
    boolean expected =
        SAML_REQUEST.equals(param)
            ? object instanceof RequestAbstractType
            : object instanceof StatusResponseType;
    if (!expected) {
      throw new SamlRejectedException(
          SamlCheck.MALFORMED, param + " carries a " + object.getElementQName());
    }
    return new Decoded(
        (SAMLObject) object, Optional.ofNullable(raw.get(RELAY_STATE)).map(this::urlDecode));
  }

  private void verify(Map<String, String> raw, String param, List<X509Certificate> trusted)
      throws SamlRejectedException {
    String sigAlgRaw = raw.get(SIG_ALG);
    String signatureRaw = raw.get(SIGNATURE);
    if (sigAlgRaw == null || signatureRaw == null) {
      throw new SamlRejectedException(SamlCheck.REDIRECT_SIGNATURE, "the message is not signed");
    }
    String jca = SamlAlgorithms.SIGNATURE.get(urlDecode(sigAlgRaw));
    if (jca == null) {
      throw new SamlRejectedException(
          SamlCheck.WEAK_ALGORITHM, "SigAlg " + urlDecode(sigAlgRaw) + " is not accepted");
    }
    // The signature covers the parameters exactly as they were sent, in this order.
    StringBuilder signed = new StringBuilder(param).append('=').append(raw.get(param));
    if (raw.containsKey(RELAY_STATE)) {
      signed.append('&').append(RELAY_STATE).append('=').append(raw.get(RELAY_STATE));
    }
    signed.append('&').append(SIG_ALG).append('=').append(sigAlgRaw);
    byte[] signature;
    try {
      signature = strictBase64(urlDecode(signatureRaw));
    } catch (IllegalArgumentException e) {
      throw new SamlRejectedException(SamlCheck.REDIRECT_SIGNATURE, "signature is not base64");
    }
    byte[] data = signed.toString().getBytes(StandardCharsets.UTF_8);
    for (X509Certificate cert : trusted) {
      try {
        Signature verifier = Signature.getInstance(jca);
        verifier.initVerify(cert.getPublicKey());
        verifier.update(data);
        if (verifier.verify(signature)) {
          return;
        }
      } catch (GeneralSecurityException e) {
        // A key of another type, or a garbled signature: try the next key.
      }
    }
    throw new SamlRejectedException(
        SamlCheck.REDIRECT_SIGNATURE, "no IdP metadata key verifies the signature");
  }

  static byte[] sign(byte[] data, PrivateKey key, String jcaAlgorithm) {
    try {
      Signature signer = Signature.getInstance(jcaAlgorithm);
      signer.initSign(key);
      signer.update(data);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the SP key", e);
    }
  }

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFLATED, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }

  static byte[] inflate(byte[] data) throws SamlFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new SamlFormatException("truncated DEFLATE data");
        }
        out.write(buf, 0, n);
        if (out.size() > MAX_INFLATED) {
          throw new SamlFormatException("inflated message larger than " + MAX_INFLATED);
        }
      }
    } catch (DataFormatException e) {
      throw new SamlFormatException("not DEFLATE data", e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }

  /** Base64 with line breaks allowed but nothing else outside the alphabet. */
  static byte[] strictBase64(String text) {
    return Base64.getDecoder().decode(text.replaceAll("[\\r\\n\\t ]", ""));
  }

  private static String base64(byte[] data) {
    return Base64.getEncoder().encodeToString(data);
  }

  private static String urlEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String urlDecode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
