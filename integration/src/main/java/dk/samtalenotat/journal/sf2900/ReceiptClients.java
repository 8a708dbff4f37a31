package dk.samtalenotat.journal.sf2900;

import dk.samtalenotat.journal.ReceiptSender;
import dk.samtalenotat.journal.config.TenantSettings;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.security.auth.x500.X500Principal;

/**
 * Which municipalities a distributor's client certificate may send receipts for. The certificate
 * has been verified by the receipt listener's TLS (against its trust store); here it is matched,
 * per municipality, against {@code samtalenotat.journal.tenant.<CVR>.receipt-client-subject} (the
 * certificate's subject, e.g. {@code CN=...,O=...,SERIALNUMBER=CVR:...}, compared as X.500 names)
 * or {@code .receipt-client-sha256} (SHA-256 fingerprints of the certificate, comma-separated, in
 * hex with or without colons; two during a certificate's renewal). A municipality with neither
 * setting takes no receipts at all.
 */
public final class ReceiptClients {

  static final String SUBJECT = "receipt-client-subject";
  static final String SHA256 = "receipt-client-sha256";

  private final Function<String, Optional<String>> config;

  public ReceiptClients(Function<String, Optional<String>> config) {
    this.config = config;
  }

  /** The sender a verified client certificate stands for. */
  public ReceiptSender sender(X509Certificate certificate) {
    String fingerprint = fingerprint(certificate);
    X500Principal subject = certificate.getSubjectX500Principal();
    return new ReceiptSender() {
      @Override
      public String system() {
        return Sf2900JournalAdapter.SYSTEM;
      }

      @Override
      public boolean speaksFor(String tenantCvr) {
        TenantSettings tenant = new TenantSettings(tenantCvr, config);
        boolean bySubject =
            tenant.optional(SUBJECT).map(s -> sameName(s, subject, tenant)).orElse(false);
        boolean byFingerprint =
            tenant
                .optional(SHA256)
                .map(
                    list ->
                        Arrays.stream(list.split(","))
                            .map(ReceiptClients::normalised)
                            .anyMatch(fingerprint::equals))
                .orElse(false);
        return bySubject || byFingerprint;
      }

      @Override
      public String describe() {
        return "certificate " + subject.getName() + " (SHA-256 " + fingerprint + ")";
      }
    };
  }

  private static boolean sameName(String configured, X500Principal subject, TenantSettings t) {
    try {
      return new X500Principal(configured).equals(subject);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          t.key(SUBJECT) + " is not an X.500 name such as CN=...,O=...: " + configured, e);
    }
  }

  /** The certificate's SHA-256 fingerprint, lower-case hex without separators. */
  static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot take the certificate's fingerprint", e);
    }
  }

  static String normalised(String fingerprint) {
    return fingerprint.replace(":", "").strip().toLowerCase(Locale.ROOT);
  }
}
