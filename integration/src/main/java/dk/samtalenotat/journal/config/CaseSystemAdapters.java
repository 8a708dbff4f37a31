package dk.samtalenotat.journal.config;

import dk.samtalenotat.journal.momentum.MomentumJournalAdapter;
import dk.samtalenotat.journal.rest.RestCalls;
import dk.samtalenotat.journal.sbsys.SbsysJournalAdapter;
import dk.samtalenotat.journal.sf2900.Sf2900JournalAdapter;
import dk.samtalenotat.journal.sf2900.ws.InvocationContext;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
                  s.readTimeout(),
                  TlsClient.context(s),
                  invocationContext(s));
          default ->
              throw new IllegalArgumentException(
                  s.key("system") + " must be sbsys, momentum, sf2900 or none, is " + system.get());
        });
  }

  /**
   * Serviceplatformen's invocation context from {@code invocation.service-agreement}, {@code
   * .user-system}, {@code .user} and {@code .service} (UUIDs), with optional {@code
   * .accounting-info}; null when none of them is set, an error naming the key when only some are.
   */
  static InvocationContext invocationContext(TenantSettings s) {
    String[] names = {
      "invocation.service-agreement",
      "invocation.user-system",
      "invocation.user",
      "invocation.service"
    };
    boolean any = false;
    for (String n : names) {
      any |= s.optional(n).isPresent();
    }
    if (!any) {
      return null;
    }
    InvocationContext c = new InvocationContext();
    c.setServiceAgreementUUID(uuid(s, names[0]));
    c.setUserSystemUUID(uuid(s, names[1]));
    c.setUserUUID(uuid(s, names[2]));
    c.setServiceUUID(uuid(s, names[3]));
    c.setAccountingInfo(s.optional("invocation.accounting-info").orElse(null));
    return c;
  }

  private static String uuid(TenantSettings s, String name) {
    String v = s.required(name);
    try {
      return UUID.fromString(v).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.key(name) + " must be a UUID, is " + v, e);
    }
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
