package dk.samtalenotat.journal.config;

import dk.samtalenotat.journal.momentum.MomentumJournalAdapter;
import dk.samtalenotat.journal.rest.RestCalls;
import dk.samtalenotat.journal.sbsys.SbsysJournalAdapter;
import dk.samtalenotat.journal.sf2900.Sf2900JournalAdapter;
import java.net.URI;
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
    return Optional.of(
        switch (system.get()) {
          case "sbsys" -> sbsys(s);
          case "momentum" -> momentum(s);
          case "sf2900" ->
              new Sf2900JournalAdapter(
                  URI.create(s.required("url")),
                  s.get("kle", "32.30"),
                  s.optional("action-facet").orElse(null),
                  s.optional("receiver-uuid").orElse(null),
                  s.connectTimeout(),
                  s.readTimeout());
          default ->
              throw new IllegalArgumentException(
                  s.key("system") + " must be sbsys, momentum, sf2900 or none, is " + system.get());
        });
  }

  private static RestCalls calls(TenantSettings s, String name) {
    return new RestCalls(name, s.connectTimeout(), s.readTimeout(), TlsClient.context(s));
  }

  private static CaseSystemAdapter sbsys(TenantSettings s) {
    URI base = s.url("url");
    return new SbsysJournalAdapter(
        base,
        s.optional("token-url").map(u -> URI.create(u)).orElse(base.resolve("token")),
        s.required("client-id"),
        s.secret("client-secret"),
        s.required("username"),
        s.secret("password"),
        s.get("note-search-path", "api/journalarknote/search"),
        calls(s, "SBSYS"));
  }

  private static CaseSystemAdapter momentum(TenantSettings s) {
    URI base = s.url("url");
    return new MomentumJournalAdapter(
        base,
        s.optional("token-url").map(u -> URI.create(u)).orElse(base.resolve("token")),
        s.required("client-id"),
        s.secret("client-secret"),
        s.secret("api-key"),
        s.get("journal-type-id", "Samtalenotat"),
        calls(s, "Momentum"));
  }
}
