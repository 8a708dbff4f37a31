package dk.samtalenotat.operator;

import dk.samtalenotat.tenant.settings.SettingNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the operator fills in to onboard a municipality: its CVR and name, and its first settings by
 * their names in {@link SettingNames} (administrators, controller and DPO, case system, the TLS key
 * and trust stores uploaded in Base64 with their passwords). Blank values are left out.
 */
public record Onboarding(String cvr, String name, Map<String, String> settings) {

  /** The case systems a municipality can journalise into; none means by hand from the PDF. */
  public static final Set<String> CASE_SYSTEMS = Set.of("none", "sbsys", "momentum", "sf2900");

  public Onboarding {
    cvr = cvr == null ? "" : cvr.strip();
    name = name == null ? "" : name.strip();
    Map<String, String> kept = new LinkedHashMap<>();
    if (settings != null) {
      settings.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              kept.put(k, v.strip());
            }
          });
    }
    settings = Map.copyOf(kept);
  }

  /** What is wrong, as message keys of the operator's screen; empty when it may be saved. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!Cvr.valid(cvr)) {
      out.add("operator.error.cvr");
    }
    if (name.isEmpty() || name.length() > 200) {
      out.add("operator.error.name");
    }
    if (!settings.keySet().stream().allMatch(SettingNames::known)) {
      out.add("operator.error.setting");
    }
    String system = settings.getOrDefault("journal.system", "none");
    if (!CASE_SYSTEMS.contains(system)) {
      out.add("operator.error.caseSystem");
    } else if (!system.equals("none") && !settings.containsKey("journal.url")) {
      out.add("operator.error.url");
    }
    for (String timeout : List.of("journal.connect-timeout", "journal.read-timeout")) {
      String v = settings.get(timeout);
      // Whole seconds, as the adapters read a plain number (TenantSettings).
      if (v != null
          && !(v.matches("\\d{1,4}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 3600)) {
        out.add("operator.error.timeout");
        break;
      }
    }
    if (settings.containsKey(SettingNames.TLS_KEYSTORE_DATA)) {
      UploadedStores.keyStoreProblem(
              settings.get(SettingNames.TLS_KEYSTORE_DATA),
              settings.get("journal.tls.keystore-password"))
          .ifPresent(out::add);
    }
    if (settings.containsKey(SettingNames.TLS_TRUSTSTORE_DATA)) {
      UploadedStores.trustStoreProblem(
              settings.get(SettingNames.TLS_TRUSTSTORE_DATA),
              settings.get("journal.tls.truststore-password"))
          .ifPresent(out::add);
    }
    if (!settings.containsKey(SettingNames.ADMINISTRATORS)
        && !settings.containsKey(SettingNames.ADMINISTRATOR_PRIVILEGES)) {
      out.add("operator.error.administrators");
    }
    return out;
  }
}
