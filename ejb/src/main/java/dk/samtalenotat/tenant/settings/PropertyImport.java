package dk.samtalenotat.tenant.settings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What an installation configured by system properties holds per municipality, read for the import
 * into the database at the first start: the CVR numbers of {@code samtalenotat.saml.tenants} and,
 * for each, every known setting its {@code samtalenotat.journal.tenant.<CVR>.*} and {@code
 * samtalenotat.compliance.tenant.<CVR>.*} keys give. A secret is taken as written: a value of the
 * form {@code keystore:<alias>} stays a reference into the secret store.
 */
public final class PropertyImport {

  /** The system property listing the municipalities served before they lived in the database. */
  public static final String TENANTS = "samtalenotat.saml.tenants";

  private PropertyImport() {}

  /**
   * @param config a MicroProfile Config look-up
   * @return per CVR (in the order listed) its settings by name; a CVR that is not 8 digits is left
   *     out (the sign-on never accepted it)
   */
  public static Map<String, Map<String, String>> read(Function<String, Optional<String>> config) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String cvr :
        Arrays.stream(config.apply(TENANTS).orElse("").split(","))
            .map(String::strip)
            .filter(c -> c.matches("\\d{8}"))
            .distinct()
            .toList()) {
      Map<String, String> settings = new TreeMap<>();
      for (String name : SettingNames.all()) {
        SettingNames.propertyKey(cvr, name)
            .flatMap(config)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .ifPresent(v -> settings.put(name, v));
      }
      out.put(cvr, settings);
    }
    return out;
  }

  /** The settings as a change to save. */
  public static SettingsChange asChange(Map<String, String> settings) {
    SettingsChange change = new SettingsChange();
    settings.forEach(change::set);
    return change;
  }
}
