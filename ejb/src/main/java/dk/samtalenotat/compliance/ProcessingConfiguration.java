package dk.samtalenotat.compliance;

import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SpeechToText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gathers {@link ProcessingFacts} from the live configuration: the compliance settings, the engines
 * and case system actually in use, the log retention and the sign-on level. Read at each call, so a
 * document always shows what is in force.
 */
@ApplicationScoped
public class ProcessingConfiguration {

  private Function<String, Optional<String>> config;
  private SpeechToText speech;
  private DraftGenerator draft;
  private CaseSystems caseSystems;

  protected ProcessingConfiguration() {}

  /**
   * The settings of each municipality in force (the database, over the system properties as the
   * installation's defaults).
   */
  @Inject
  public ProcessingConfiguration(
      dk.samtalenotat.tenant.settings.TenantConfig tenants,
      SpeechToText speech,
      DraftGenerator draft,
      CaseSystems caseSystems) {
    this(tenants.lookupAny(), speech, draft, caseSystems);
  }

  /** Without CDI. */
  public ProcessingConfiguration(
      Function<String, Optional<String>> config,
      SpeechToText speech,
      DraftGenerator draft,
      CaseSystems caseSystems) {
    this.config = config;
    this.speech = speech;
    this.draft = draft;
    this.caseSystems = caseSystems;
  }

  /** The facts for a tenant whose retention in force is {@code retention}. */
  public ProcessingFacts facts(Tenant tenant, RetentionPolicy retention) {
    ComplianceSettings s = new ComplianceSettings(tenant.getCvr(), config);
    ProcessingFacts.Contact controller =
        new ProcessingFacts.Contact(
            s.get("controller.name").orElse(tenant.getName()),
            s.orNull("controller.address"),
            s.orNull("controller.email"),
            s.orNull("controller.phone"));
    ProcessingFacts.Contact dpo =
        new ProcessingFacts.Contact(
            s.orNull("dpo.name"),
            s.orNull("dpo.address"),
            s.orNull("dpo.email"),
            s.orNull("dpo.phone"));
    ProcessingFacts.CaseSystem journal =
        caseSystems
            .journal(tenant.getCvr())
            .map(j -> new ProcessingFacts.CaseSystem(j.system(), origin(j.address()).toString()))
            .orElse(null);
    return new ProcessingFacts(
        tenant.getCvr(),
        controller,
        dpo,
        retention,
        period("samtalenotat.access-log.retention", "P6M"),
        period("samtalenotat.security-log.retention", "P180D"),
        new ProcessingFacts.Engine(
            speech.engineName(),
            speech.available(),
            speech.remoteAddress().map(ProcessingConfiguration::origin).orElse(null),
            s.orNull("speech.location")),
        new ProcessingFacts.Engine(
            draft.engineName(),
            true,
            draft.remoteAddress().map(ProcessingConfiguration::origin).orElse(null),
            s.orNull("draft.location")),
        journal,
        config.apply("samtalenotat.saml.nsis-level").orElse("Substantial"),
        s.orNull("hosting"),
        s.orNull("third-country-transfers"),
        s.orNull("legal-basis"),
        java.time.Duration.parse(config.apply("samtalenotat.backup.retention").orElse("P35D")));
  }

  private Period period(String key, String defaultValue) {
    return Period.parse(config.apply(key).orElse(defaultValue));
  }

  /** Scheme, host and port only: a path or user information has no place in the documents. */
  static URI origin(URI uri) {
    if (uri.getHost() == null) {
      return uri;
    }
    return URI.create(
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
  }

  private static URI origin(String address) {
    try {
      return origin(URI.create(address));
    } catch (IllegalArgumentException e) {
      return URI.create("urn:unknown");
    }
  }
}
