package dk.samtalenotat.journal.config;

import java.util.Locale;
import java.util.Optional;

/** Creates the adapter a tenant's settings name. */
final class CaseSystemAdapters {

  private CaseSystemAdapters() {}

  static Optional<CaseSystemAdapter> create(TenantSettings s) {
    Optional<String> system = s.optional("system").map(v -> v.toLowerCase(Locale.ROOT));
    if (system.isEmpty() || system.get().equals("none")) {
      return Optional.empty();
    }
    throw new IllegalArgumentException(
        s.key("system") + " must be sbsys, momentum, sf2900 or none, is " + system.get());
  }
}
