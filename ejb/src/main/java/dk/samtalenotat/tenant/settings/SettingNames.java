package dk.samtalenotat.tenant.settings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings a municipality has in the database, by name. {@code journal.<name>} is the case
 * system ({@code samtalenotat.journal.tenant.<CVR>.<name>} as a system property, README
 * "Configuration per municipality"), {@code compliance.<name>} the controller, DPO and processing
 * facts ({@code samtalenotat.compliance.tenant.<CVR>.<name>}), {@code signon.<name>} the
 * municipality's own administrators, and {@code operator.<name>} what the operator decides for the
 * municipality. A secret is sealed when stored and never shown again.
 */
public final class SettingNames {

  public static final String JOURNAL = "journal.";
  public static final String COMPLIANCE = "compliance.";

  /** Comma-separated user UUIDs or NameIDs who are the municipality's administrators. */
  public static final String ADMINISTRATORS = "signon.administrators";

  /** Comma-separated privileges that make their holder the municipality's administrator. */
  public static final String ADMINISTRATOR_PRIVILEGES = "signon.administrator-privileges";

  /** {@code true} when the operator lets the municipality's administrator edit the case system. */
  public static final String ADMIN_EDITS_CASE_SYSTEM = "operator.admin-edits-case-system";

  /** The uploaded PKCS#12 files, kept as sealed Base64 (read by the adapters instead of a path). */
  public static final String TLS_KEYSTORE_DATA = "journal.tls.keystore-data";

  public static final String TLS_TRUSTSTORE_DATA = "journal.tls.truststore-data";

  public static final List<String> JOURNAL_NAMES =
      List.of(
          "system",
          "url",
          "connect-timeout",
          "read-timeout",
          "token-url",
          "client-id",
          "client-secret",
          "username",
          "password",
          "note-search-path",
          "api-key",
          "journal-type-id",
          "kle",
          "action-facet",
          "receiver-uuid",
          "invocation.service-agreement",
          "invocation.user-system",
          "invocation.user",
          "invocation.service",
          "invocation.accounting-info",
          "receipt-client-subject",
          "receipt-client-sha256",
          "tls.keystore",
          "tls.keystore-password",
          "tls.truststore",
          "tls.truststore-password",
          "tls.keystore-data",
          "tls.truststore-data");

  public static final List<String> COMPLIANCE_NAMES =
      List.of(
          "controller.name",
          "controller.address",
          "controller.email",
          "controller.phone",
          "dpo.name",
          "dpo.address",
          "dpo.email",
          "dpo.phone",
          "hosting",
          "third-country-transfers",
          "legal-basis",
          "speech.location",
          "draft.location");

  private static final Set<String> SECRETS =
      Set.of(
          "journal.client-secret",
          "journal.password",
          "journal.api-key",
          "journal.tls.keystore-password",
          "journal.tls.truststore-password",
          TLS_KEYSTORE_DATA,
          TLS_TRUSTSTORE_DATA);

  private static final Set<String> ALL;

  static {
    Set<String> all = new LinkedHashSet<>();
    JOURNAL_NAMES.forEach(n -> all.add(JOURNAL + n));
    COMPLIANCE_NAMES.forEach(n -> all.add(COMPLIANCE + n));
    all.add(ADMINISTRATORS);
    all.add(ADMINISTRATOR_PRIVILEGES);
    all.add(ADMIN_EDITS_CASE_SYSTEM);
    ALL = Set.copyOf(all);
  }

  private static final Pattern CVR = Pattern.compile("\\d{8}");

  private SettingNames() {}

  /** Every setting a municipality can have, in a fixed order. */
  public static List<String> all() {
    List<String> names = new java.util.ArrayList<>();
    JOURNAL_NAMES.forEach(n -> names.add(JOURNAL + n));
    COMPLIANCE_NAMES.forEach(n -> names.add(COMPLIANCE + n));
    names.add(ADMINISTRATORS);
    names.add(ADMINISTRATOR_PRIVILEGES);
    names.add(ADMIN_EDITS_CASE_SYSTEM);
    return names;
  }

  public static boolean known(String name) {
    return ALL.contains(name);
  }

  public static boolean secret(String name) {
    return SECRETS.contains(name);
  }

  /**
   * Whether the municipality's own administrator may change the setting: the contact and processing
   * facts always, the case system only where the operator allows it, the sign-on administrators and
   * the operator's decisions never.
   */
  public static boolean administratorMayChange(String name, boolean caseSystemAllowed) {
    if (name.startsWith(COMPLIANCE)) {
      return true;
    }
    return caseSystemAllowed && name.startsWith(JOURNAL);
  }

  /** The system property that is the installation's default for the setting, if any. */
  public static Optional<String> propertyKey(String cvr, String name) {
    if (!CVR.matcher(cvr).matches()) {
      throw new IllegalArgumentException("a CVR number has 8 digits");
    }
    if (name.startsWith(JOURNAL)) {
      return Optional.of("samtalenotat.journal.tenant." + cvr + "." + name.substring(8));
    }
    if (name.startsWith(COMPLIANCE)) {
      return Optional.of("samtalenotat.compliance.tenant." + cvr + "." + name.substring(11));
    }
    return Optional.empty();
  }

  /**
   * The setting a per-municipality property key stands for: {@code
   * samtalenotat.journal.tenant.<CVR>.<name>} is {@code journal.<name>} of that CVR.
   *
   * @return the CVR and the setting's name, or empty for any other key
   */
  public static Optional<String[]> fromPropertyKey(String key) {
    for (String prefix : List.of(JOURNAL, COMPLIANCE)) {
      String start = "samtalenotat." + prefix + "tenant.";
      if (key.startsWith(start) && key.length() > start.length() + 9) {
        String cvr = key.substring(start.length(), start.length() + 8);
        String name = prefix + key.substring(start.length() + 9);
        if (CVR.matcher(cvr).matches() && key.charAt(start.length() + 8) == '.' && known(name)) {
          return Optional.of(new String[] {cvr, name});
        }
      }
    }
    return Optional.empty();
  }
}
