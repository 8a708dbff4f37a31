package dk.samtalenotat.web.saml;

import java.util.Map;
import java.util.Set;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

/**
 * The signature and digest algorithms we accept: SHA-256 or stronger. OpenSAML 4.0.1 with xmlsec 3
 * validates an RSA-SHA1 signature as good, so we check the algorithms ourselves.
 */
final class SamlAlgorithms {

  /** Accepted XML signature algorithms, and the JCA name for the HTTP-Redirect binding. */
  static final Map<String, String> SIGNATURE =
      Map.of(
          SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256, "SHA256withRSA",
          SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA384, "SHA384withRSA",
          SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA512, "SHA512withRSA",
          SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA256, "SHA256withECDSA",
          SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA384, "SHA384withECDSA",
          SignatureConstants.ALGO_ID_SIGNATURE_ECDSA_SHA512, "SHA512withECDSA");

  static final Set<String> DIGEST =
      Set.of(
          SignatureConstants.ALGO_ID_DIGEST_SHA256,
          SignatureConstants.ALGO_ID_DIGEST_SHA384,
          SignatureConstants.ALGO_ID_DIGEST_SHA512);

  /** Key transport algorithms refused for decryption (RSA PKCS#1 v1.5 is open to oracles). */
  static final Set<String> EXCLUDED_KEY_TRANSPORT =
      Set.of(EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSA15);

  static final String SIGN_WITH = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256;

  private SamlAlgorithms() {}
}
