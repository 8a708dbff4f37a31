package dk.samtalenotat.web.operator;

import dk.samtalenotat.audit.SecurityEventRecord;
import dk.samtalenotat.operator.MunicipalityRow;
import dk.samtalenotat.operator.Onboarding;
import dk.samtalenotat.operator.OperatorService;
import dk.samtalenotat.tenant.settings.SettingNames;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code drift.xhtml}: the operator's list of municipalities with suspend, resume and offboarding
 * (two steps: choose, then type the CVR number to confirm), the onboarding form, and the
 * installation's own security events. A secret typed in the form, and a TLS key or trust store
 * uploaded with it, is sent to the service once and cleared; it is never shown again.
 */
@Named
@ViewScoped
public class OperatorView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OperatorView.class.getName());

  /** The form's contact fields, in the order of the page: the administrator's own. */
  public static final List<String> CONTACT_FIELDS =
      dk.samtalenotat.tenant.settings.AdministratorSettings.CONTACT_FIELDS;

  public static final List<String> CASE_SYSTEM_FIELDS =
      List.of(
          "journal.url",
          "journal.token-url",
          "journal.connect-timeout",
          "journal.read-timeout",
          "journal.client-id",
          "journal.client-secret",
          "journal.username",
          "journal.password",
          "journal.api-key",
          "journal.tls.keystore-password",
          "journal.tls.truststore-password");

  @Inject OperatorService operator;
  @Inject Texts texts;

  private transient List<OperatorService.HealthRow> health;

  private List<MunicipalityRow> municipalities = List.of();
  private List<SecurityEventRecord> events = List.of();
  private String cvr;
  private String name;
  private String administrators;
  private String administratorPrivileges;
  private String caseSystem = "none";
  private Map<String, String> fields = new LinkedHashMap<>();
  private String testCvr;
  private String testCpr;
  private String offboardCvr;
  private String offboardConfirmation;
  // The uploaded TLS stores: read once into the settings (sealed there), then dropped.
  private transient UploadedFile keyStoreFile;
  private transient UploadedFile trustStoreFile;

  /** View action. */
  public void load() {
    municipalities = operator.municipalities();
    events = operator.installationEvents();
  }

  public void onboard() {
    Map<String, String> settings = new LinkedHashMap<>(fields);
    settings.put(SettingNames.ADMINISTRATORS, administrators);
    settings.put(SettingNames.ADMINISTRATOR_PRIVILEGES, administratorPrivileges);
    settings.put("journal.system", caseSystem);
    settings.put(SettingNames.TLS_KEYSTORE_DATA, base64(keyStoreFile));
    settings.put(SettingNames.TLS_TRUSTSTORE_DATA, base64(trustStoreFile));
    List<String> problems = operator.onboard(new Onboarding(cvr, name, settings));
    // Secrets leave the form whatever happened: typed or uploaded once, never shown again.
    CASE_SYSTEM_FIELDS.stream().filter(SettingNames::secret).forEach(fields::remove);
    deleteQuietly(keyStoreFile);
    deleteQuietly(trustStoreFile);
    keyStoreFile = null;
    trustStoreFile = null;
    if (problems.isEmpty()) {
      texts.info("operator.onboarded", name == null ? "" : name.strip(), cvr);
      cvr = null;
      name = null;
      administrators = null;
      administratorPrivileges = null;
      caseSystem = "none";
      fields = new LinkedHashMap<>();
    } else {
      problems.forEach(texts::error);
    }
    load();
  }

  /** An uploaded file in Base64, as the settings hold it; null when none was chosen. */
  private static String base64(UploadedFile file) {
    if (file == null || file.getSize() == 0) {
      return null;
    }
    return Base64.getEncoder().encodeToString(file.getContent());
  }

  /** The upload's temporary file, if the container made one: a key store does not linger. */
  private static void deleteQuietly(UploadedFile file) {
    if (file != null) {
      try {
        file.delete();
      } catch (IOException e) {
        LOG.log(Level.FINE, "temporary upload not deleted", e);
      }
    }
  }

  public void suspend(String which) {
    texts.info(operator.suspend(which) ? "operator.suspended" : "operator.notMoved", which);
    load();
  }

  public void resume(String which) {
    texts.info(operator.resume(which) ? "operator.resumed" : "operator.notMoved", which);
    load();
  }

  /**
   * The first step of offboarding: shows the confirmation for the municipality (in the address, as
   * the redirect after a post keeps only view parameters).
   */
  public void chooseOffboard(String which) {
    offboardCvr = which;
    offboardConfirmation = null;
  }

  public void cancelOffboard() {
    offboardCvr = null;
    offboardConfirmation = null;
  }

  /** The second step: offboards when the typed CVR number is the municipality's. */
  public void offboard() {
    List<String> problems = operator.offboard(offboardCvr, offboardConfirmation);
    offboardConfirmation = null;
    if (problems.isEmpty()) {
      texts.info("operator.offboarded", offboardCvr);
      offboardCvr = null;
    } else {
      problems.forEach(p -> texts.error(p, offboardCvr));
    }
    load();
  }

  /** The offboarding report of an offboarded municipality, as a PDF download. */
  public void offboardingReport(String which) throws IOException {
    byte[] pdf = operator.offboardingReport(which).orElse(null);
    if (pdf == null) {
      texts.error("operator.error.unknown", which);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    ext.responseReset();
    ext.setResponseContentType("application/pdf");
    ext.setResponseContentLength(pdf.length);
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"afvikling-" + which + ".pdf\"");
    try (OutputStream out = ext.getResponseOutputStream()) {
      out.write(pdf);
    }
    faces.responseComplete();
  }

  /** The municipality being offboarded, while the confirmation is shown. */
  public MunicipalityRow getOffboarding() {
    return municipalities.stream()
        .filter(m -> m.cvr().equals(offboardCvr))
        .findFirst()
        .orElse(null);
  }

  /** The view parameter {@code afvikl}: the redirect after the first step keeps it. */
  public String getOffboardCvr() {
    return offboardCvr;
  }

  public void setOffboardCvr(String offboardCvr) {
    this.offboardCvr = offboardCvr;
  }

  public String getOffboardConfirmation() {
    return offboardConfirmation;
  }

  public void setOffboardConfirmation(String offboardConfirmation) {
    this.offboardConfirmation = offboardConfirmation;
  }

  /** Tries a municipality's case system with a test citizen; the CPR number is then forgotten. */
  public void testConnection() {
    String cpr = testCpr;
    testCpr = null;
    operator
        .testConnection(testCvr, cpr)
        .ifPresentOrElse(
            c -> {
              String key = "operator.test." + c.outcome().name();
              String system = c.system() == null ? "" : texts.caseSystem(c.system());
              String detail = c.detail() == null ? "" : c.detail();
              if (c.ok() || c.outcome() == dk.samtalenotat.journal.ConnectionCheck.Outcome.NONE) {
                texts.info(key, system, c.openCases(), detail);
              } else {
                texts.error(key, system, c.openCases(), detail);
              }
            },
            () -> texts.error("operator.test.unknown"));
  }

  /** Whether a setting of the form is a secret: a password field, never filled from the server. */
  public boolean secret(String setting) {
    return SettingNames.secret(setting);
  }

  public List<String> getContactFields() {
    return CONTACT_FIELDS;
  }

  public List<String> getCaseSystemFields() {
    return CASE_SYSTEM_FIELDS;
  }

  public List<String> getCaseSystems() {
    return List.of("none", "sbsys", "momentum", "sf2900");
  }

  public List<MunicipalityRow> getMunicipalities() {
    return municipalities;
  }

  /**
   * The node's readiness checks, asked when the screen is drawn (each answer is a few seconds old
   * at most).
   */
  public List<OperatorService.HealthRow> getHealth() {
    if (health == null) {
      health = operator.installationHealth();
    }
    return health;
  }

  public List<SecurityEventRecord> getEvents() {
    return events;
  }

  public Map<String, String> getFields() {
    return fields;
  }

  public String getCvr() {
    return cvr;
  }

  public void setCvr(String cvr) {
    this.cvr = cvr;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAdministrators() {
    return administrators;
  }

  public void setAdministrators(String administrators) {
    this.administrators = administrators;
  }

  public String getAdministratorPrivileges() {
    return administratorPrivileges;
  }

  public void setAdministratorPrivileges(String administratorPrivileges) {
    this.administratorPrivileges = administratorPrivileges;
  }

  public String getTestCvr() {
    return testCvr;
  }

  public void setTestCvr(String testCvr) {
    this.testCvr = testCvr;
  }

  public String getTestCpr() {
    return testCpr;
  }

  public void setTestCpr(String testCpr) {
    this.testCpr = testCpr;
  }

  public UploadedFile getKeyStoreFile() {
    return keyStoreFile;
  }

  public void setKeyStoreFile(UploadedFile keyStoreFile) {
    this.keyStoreFile = keyStoreFile;
  }

  public UploadedFile getTrustStoreFile() {
    return trustStoreFile;
  }

  public void setTrustStoreFile(UploadedFile trustStoreFile) {
    this.trustStoreFile = trustStoreFile;
  }

  public String getCaseSystem() {
    return caseSystem;
  }

  public void setCaseSystem(String caseSystem) {
    this.caseSystem = caseSystem;
  }

  // The municipality's administrator and the case system: kept apart from the onboarding form.

  private String adminCaseSystemCvr;
  private boolean adminCaseSystemAllowed;
  private transient Map<String, Boolean> adminCaseSystem;

  /** Lets the chosen municipality's administrator change its case system, or no longer. */
  public void saveAdminCaseSystem() {
    String which = adminCaseSystemCvr;
    operator
        .allowAdministratorCaseSystem(which, adminCaseSystemAllowed)
        .ifPresentOrElse(
            changed ->
                texts.info(
                    adminCaseSystemAllowed
                        ? "operator.adminCaseSystem.allowed"
                        : "operator.adminCaseSystem.closed",
                    which),
            () -> texts.error("operator.error.unknown", which));
    adminCaseSystem = null;
    load();
  }

  /** Whether the municipality's administrator may change its case system now (read once a view). */
  public boolean adminCaseSystem(String which) {
    if (adminCaseSystem == null) {
      adminCaseSystem = new java.util.HashMap<>();
    }
    return adminCaseSystem.computeIfAbsent(which, operator::administratorCaseSystemAllowed);
  }

  public String getAdminCaseSystemCvr() {
    return adminCaseSystemCvr;
  }

  public void setAdminCaseSystemCvr(String adminCaseSystemCvr) {
    this.adminCaseSystemCvr = adminCaseSystemCvr;
  }

  public boolean isAdminCaseSystemAllowed() {
    return adminCaseSystemAllowed;
  }

  public void setAdminCaseSystemAllowed(boolean adminCaseSystemAllowed) {
    this.adminCaseSystemAllowed = adminCaseSystemAllowed;
  }
}
