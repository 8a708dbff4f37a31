package dk.samtalenotat.operator;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.SecurityEvent;
import dk.samtalenotat.audit.SecurityEventRecord;
import dk.samtalenotat.audit.SecurityEvents;
import dk.samtalenotat.compliance.OffboardingReport;
import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Probes;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.ConnectionCheck;
import dk.samtalenotat.retention.Actor;
import dk.samtalenotat.retention.TenantOffboarding;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.tenant.settings.SecretSeal;
import dk.samtalenotat.tenant.settings.SettingsChange;
import dk.samtalenotat.tenant.settings.SettingsRepository;
import dk.samtalenotat.tenant.settings.StoredSetting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's screens' service: lists, onboards, suspends, resumes and offboards municipalities,
 * and reads the installation's own security events. Only the operator role calls it, and it touches
 * no conversation, note, document or access log entry of a municipality; each step is written to
 * the municipality's access log as done by the operator.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
public class OperatorService {

  private static final Logger LOG = Logger.getLogger(OperatorService.class.getName());

  /** The installation events the operator's screen shows: the last 30 days, at most 200. */
  public static final Duration EVENT_PERIOD = Duration.ofDays(30);

  public static final int EVENT_LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private SettingsRepository settings;
  @Inject private SecretSeal seal;
  @Inject private AccessLog accessLog;
  @Inject private KeyEncryptionKeys keks;
  @Inject private SecurityEvents securityEvents;
  @Inject private Probes probes;
  @Inject private CaseSystems caseSystems;
  @Inject private TenantOffboarding offboarding;
  @Inject private MunicipalityDefaults defaults;

  /** Every municipality of the installation, by name; the operator's own organisation left out. */
  public List<MunicipalityRow> municipalities() {
    List<MunicipalityRow> rows = new ArrayList<>();
    for (Tenant t :
        em.createQuery(
                "select t from Tenant t where t.kind = :kind order by t.name, t.cvr", Tenant.class)
            .setParameter("kind", Tenant.Kind.MUNICIPALITY)
            .getResultList()) {
      StoredSetting system = settings.current(t).get("journal.system");
      rows.add(
          new MunicipalityRow(
              t.getCvr(),
              t.getName(),
              t.getStatus(),
              t.getCreatedAt(),
              t.getStatusChangedAt(),
              t.getSettingsVersion(),
              system == null ? "none" : system.getValue()));
    }
    return rows;
  }

  /**
   * Onboards a municipality: its row, its first settings (secrets sealed, never shown again), the
   * installation's standard templates and default retention copied as its own ({@link
   * MunicipalityDefaults}), and its key-encryption key and CPR look-up key created at once, so a
   * failing key store shows now rather than at its first conversation.
   *
   * @return what is wrong (message keys); empty when the municipality was onboarded
   */
  public List<String> onboard(Onboarding o) {
    List<String> problems = new ArrayList<>(o.problems());
    if (problems.isEmpty() && users.findTenant(o.cvr()).isPresent()) {
      problems.add("operator.error.known");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    AppUser operator = users.caller();
    String by = operator.getUserKey();
    Instant now = Instant.now();
    Tenant tenant = new Tenant(o.cvr(), o.name());
    em.persist(tenant);
    MunicipalityDefaults.Copied copied = defaults.copyTo(em, tenant, operator);
    SettingsChange change = new SettingsChange();
    o.settings().forEach(change::set);
    settings.save(tenant, change, seal, by, Roles.OPERATOR, now);
    int kek = keks.currentVersion(o.cvr());
    keks.lookupKey(o.cvr());
    accessLog.administered(
        tenant,
        AccessAction.CREATE,
        "onboarded by the operator; settings version "
            + tenant.getSettingsVersion()
            + " ("
            + String.join(",", o.settings().keySet().stream().sorted().toList())
            + "); key-encryption key version "
            + kek
            + " and CPR look-up key created; "
            + copied.templates()
            + " standard templates and the retention of "
            + copied.retention().audioDays()
            + "/"
            + copied.retention().transcriptDays()
            + "/"
            + copied.retention().noteDays()
            + " days (audio/transcript/note) copied from the installation's defaults");
    LOG.info(() -> "TENANT-OP-10 municipality " + o.cvr() + " onboarded by " + by);
    return List.of();
  }

  /** Suspends an active municipality: nobody of it signs on, its work waits, its data is kept. */
  public boolean suspend(String cvr) {
    return move(cvr, true);
  }

  /** Resumes a suspended municipality. */
  public boolean resume(String cvr) {
    return move(cvr, false);
  }

  private boolean move(String cvr, boolean suspend) {
    Tenant t = users.findTenant(cvr).filter(Tenant::isMunicipality).orElse(null);
    if (t == null) {
      return false;
    }
    String by = users.caller().getUserKey();
    Instant now = Instant.now();
    boolean moved = suspend ? t.suspend(now, by) : t.resume(now, by);
    if (moved) {
      accessLog.administered(
          t,
          AccessAction.CHANGE,
          suspend ? "suspended by the operator" : "resumed by the operator");
      LOG.info(
          () ->
              "TENANT-OP-"
                  + (suspend ? "11 municipality " : "12 municipality ")
                  + cvr
                  + (suspend ? " suspended by " : " resumed by ")
                  + by);
    }
    return moved;
  }

  /**
   * Offboards a suspended municipality ({@link TenantOffboarding}): every conversation destroyed
   * with deletion evidence, its users, device credentials, templates and settings deleted with
   * deletion evidence, its keys destroyed, its row kept as OFFBOARDED. The operator confirms by
   * typing the municipality's CVR number again. Written to the municipality's access log and to the
   * installation's security log with who and when.
   *
   * @return what is wrong (message keys); empty when the municipality was offboarded
   */
  public List<String> offboard(String cvr, String confirmation) {
    Tenant t = users.findTenant(cvr).filter(Tenant::isMunicipality).orElse(null);
    if (t == null) {
      return List.of("operator.error.unknown");
    }
    if (t.getStatus() != Tenant.Status.SUSPENDED) {
      return List.of(
          t.getStatus() == Tenant.Status.OFFBOARDED
              ? "operator.error.offboarded"
              : "operator.error.notSuspended");
    }
    if (confirmation == null || !confirmation.strip().equals(t.getCvr())) {
      return List.of("operator.error.confirm");
    }
    String by = users.caller().getUserKey();
    Instant now = Instant.now();
    TenantOffboarding.Done done = offboarding.offboard(t, Actor.user(by), now);
    Tenant row = users.findTenant(cvr).orElseThrow();
    accessLog.administered(
        row,
        AccessAction.DELETE,
        "offboarded by the operator: "
            + done.conversations()
            + " conversations and "
            + done.contentObjects()
            + " content objects destroyed with deletion evidence, "
            + done.settings()
            + " settings deleted, "
            + done.users()
            + " users, "
            + done.devices()
            + " device credentials and "
            + done.templates()
            + " template versions deleted with deletion evidence, "
            + done.keys()
            + " keys destroyed");
    em.flush();
    securityEvents.record(
        "TENANT-OP-13",
        SecurityEvent.Outcome.CHANGED,
        null,
        null,
        null,
        "Kommunen med CVR-nummer " + cvr + " er afviklet af driftsansvarlig " + by,
        "tenant " + cvr + " offboarded by " + by + " at " + now);
    LOG.info(() -> "TENANT-OP-13 municipality " + cvr + " offboarded by " + by);
    return List.of();
  }

  /**
   * The offboarding report of an offboarded municipality (PDF/A-2b, PDF/UA-1), made again from the
   * deletion evidence each time; empty when the CVR is no offboarded municipality.
   */
  public Optional<byte[]> offboardingReport(String cvr) {
    Tenant t =
        users
            .findTenant(cvr)
            .filter(Tenant::isMunicipality)
            .filter(x -> x.getStatus() == Tenant.Status.OFFBOARDED)
            .orElse(null);
    if (t == null) {
      return Optional.empty();
    }
    accessLog.administered(t, AccessAction.READ, "offboarding report made by the operator");
    return Optional.of(
        OffboardingReport.pdf(
            new OffboardingReport.Municipality(t.getCvr(), t.getName(), t.getCreatedAt()),
            offboarding.summary(t),
            Instant.now()));
  }

  /**
   * Tries the municipality's case system as its settings stand: a case look-up of a test citizen
   * the municipality gave. The CPR number is neither stored nor logged; the access log records only
   * that the connection was tested and how it went.
   *
   * @return empty when the CVR is no municipality of the installation
   */
  public java.util.Optional<ConnectionCheck> testConnection(String cvr, String testCpr) {
    Tenant t = users.findTenant(cvr).filter(Tenant::isMunicipality).orElse(null);
    if (t == null) {
      return java.util.Optional.empty();
    }
    ConnectionCheck check = caseSystems.test(cvr, testCpr == null ? "" : testCpr.strip());
    accessLog.administered(
        t, AccessAction.READ, "case system connection tested by the operator: " + check.outcome());
    return java.util.Optional.of(check);
  }

  /** The installation's own security events of the last {@link #EVENT_PERIOD}, newest first. */
  public List<SecurityEventRecord> installationEvents() {
    Instant now = Instant.now();
    return securityEvents.installationEvents(now.minus(EVENT_PERIOD), now, EVENT_LIMIT);
  }

  /**
   * Lets the municipality's own administrator change its case system settings, or no longer ({@link
   * dk.samtalenotat.tenant.settings.SettingNames#ADMIN_EDITS_CASE_SYSTEM}): a new settings version
   * by the operator, in the municipality's access log.
   *
   * @return empty when the CVR is no active or suspended municipality; else whether it changed
   */
  public Optional<Boolean> allowAdministratorCaseSystem(String cvr, boolean allowed) {
    Tenant t =
        users
            .findTenant(cvr)
            .filter(Tenant::isMunicipality)
            .filter(x -> x.getStatus() != Tenant.Status.OFFBOARDED)
            .orElse(null);
    if (t == null) {
      return Optional.empty();
    }
    SettingsChange change =
        new SettingsChange()
            .set(
                dk.samtalenotat.tenant.settings.SettingNames.ADMIN_EDITS_CASE_SYSTEM,
                allowed ? "true" : null);
    String by = users.caller().getUserKey();
    boolean changed = settings.save(t, change, seal, by, Roles.OPERATOR, Instant.now()).isPresent();
    if (changed) {
      accessLog.administered(
          t,
          AccessAction.CHANGE,
          (allowed ? "case system opened to" : "case system closed to")
              + " the municipality's administrator by the operator; settings version "
              + t.getSettingsVersion());
    }
    return Optional.of(changed);
  }

  /** Whether the municipality's administrator may change its case system settings now. */
  public boolean administratorCaseSystemAllowed(String cvr) {
    return users
        .findTenant(cvr)
        .map(
            t ->
                settings
                    .current(t)
                    .get(dk.samtalenotat.tenant.settings.SettingNames.ADMIN_EDITS_CASE_SYSTEM))
        .map(s -> "true".equals(s.getValue()))
        .orElse(false);
  }

  /**
   * The installation's health as this node's readiness checks see it now (the same the load
   * balancer reads, README "Health"): the database, the broker, the key store, the engines and the
   * municipalities' case systems, with what each found. Names of systems and municipalities' CVR
   * numbers only, no citizen data.
   */
  public List<HealthRow> installationHealth() {
    return Probes.ALL.stream()
        .map(
            check -> {
              Outcome o = probes.run(check);
              return new HealthRow(check, o.status().name(), o.data());
            })
        .toList();
  }

  /** One readiness check: its name, UP, DEGRADED or DOWN, and what it found. */
  public record HealthRow(String check, String status, java.util.Map<String, String> data) {

    /** What it found, as "part: state" pairs. */
    public String details() {
      return String.join(
          ", ", data.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }
  }
}
