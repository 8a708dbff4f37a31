package dk.samtalenotat.compliance;

import dk.samtalenotat.retention.RetentionPolicy;
import java.net.URI;
import java.time.Period;

/**
 * What the compliance documents say about one municipality's processing, gathered from the live
 * configuration at the moment a document is made: who is responsible, how long each kind of data
 * lives, where the engines and the case system run, and the security settings in force.
 *
 * @param tenantCvr the municipality's CVR number
 * @param controller the data controller (the municipality)
 * @param dpo the data protection officer
 * @param retention the retention in force for the tenant (its settings within the caps)
 * @param accessLogRetention how long access log entries are kept
 * @param securityLogRetention how long sign-on events are kept
 * @param speech the speech-to-text engine
 * @param draft the draft engine
 * @param caseSystem the case system notes are journalised into, or null when none is connected
 * @param nsisLevel the lowest NSIS level accepted at sign-on
 * @param hosting where the application and its database run, or null when not configured
 * @param thirdCountryTransfers what the configuration says about transfers, or null when nothing
 * @param legalBasis the legal basis of the processing of conversations
 * @param backupRetention how long the municipality keeps database backups: old key versions are
 *     destroyed after it
 */
public record ProcessingFacts(
    String tenantCvr,
    Contact controller,
    Contact dpo,
    RetentionPolicy retention,
    Period accessLogRetention,
    Period securityLogRetention,
    Engine speech,
    Engine draft,
    CaseSystem caseSystem,
    String nsisLevel,
    String hosting,
    String thirdCountryTransfers,
    String legalBasis,
    java.time.Duration backupRetention) {

  /** Contact details; any field may be null when it is not configured. */
  public record Contact(String name, String address, String email, String phone) {}

  /**
   * An engine as configured.
   *
   * @param name the engine's short name ("none" when there is none)
   * @param available whether it can be used now
   * @param remote the server the data is sent to, or null when it runs inside the application
   * @param location where the server runs, as configured (e.g. "Azure OpenAI, Sweden Central"), or
   *     null
   */
  public record Engine(String name, boolean available, URI remote, String location) {

    public boolean none() {
      return "none".equals(name);
    }
  }

  /**
   * A connected case system.
   *
   * @param system "sbsys", "momentum" or "sf2900"
   * @param address where it is reached
   */
  public record CaseSystem(String system, String address) {}
}
