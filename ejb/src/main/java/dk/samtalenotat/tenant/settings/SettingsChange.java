package dk.samtalenotat.tenant.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a save changes: settings given a new value, and settings removed (the installation's
 * default, the system property, applies again). A secret left out keeps its sealed value.
 */
public final class SettingsChange {

  private final Map<String, Optional<String>> changes = new LinkedHashMap<>();

  /** Sets {@code name}; a blank value removes it. */
  public SettingsChange set(String name, String value) {
    if (!SettingNames.known(name)) {
      throw new IllegalArgumentException("no setting " + name);
    }
    changes.put(
        name, value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip()));
    return this;
  }

  public SettingsChange remove(String name) {
    return set(name, null);
  }

  /** Each changed name with its new value, or empty to remove it. */
  public Map<String, Optional<String>> changes() {
    return Collections.unmodifiableMap(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
