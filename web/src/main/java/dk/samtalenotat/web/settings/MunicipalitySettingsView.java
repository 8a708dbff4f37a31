package dk.samtalenotat.web.settings;

import dk.samtalenotat.tenant.settings.AdministratorSettings;
import dk.samtalenotat.tenant.settings.MunicipalitySettingsService;
import dk.samtalenotat.tenant.settings.SettingNames;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code indstillinger.xhtml}: the administrator's own municipality's contact details, its case
 * system when the operator allows it, and the versions saved. A secret typed here is sent once and
 * cleared; the page only says that one is stored.
 */
@Named
@ViewScoped
public class MunicipalitySettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  @Inject MunicipalitySettingsService service;
  @Inject Texts texts;

  private AdministratorSettings.View view;
  private Map<String, String> fields = new LinkedHashMap<>();

  /** View action. */
  public void load() {
    view = service.mine();
    fields = new LinkedHashMap<>(view.values());
  }

  public void save() {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String f : AdministratorSettings.CONTACT_FIELDS) {
      wanted.put(f, fields.getOrDefault(f, ""));
    }
    if (view.caseSystemAllowed()) {
      for (String f : AdministratorSettings.CASE_SYSTEM_FIELDS) {
        wanted.put(f, fields.getOrDefault(f, ""));
      }
    }
    AdministratorSettings.Outcome outcome = service.save(wanted);
    // Secrets leave the form whatever happened: typed once, never shown again.
    AdministratorSettings.CASE_SYSTEM_FIELDS.stream()
        .filter(SettingNames::secret)
        .forEach(fields::remove);
    if (outcome.refused()) {
      texts.error("settings.error.notAllowed");
      load();
    } else if (!outcome.problems().isEmpty()) {
      outcome
          .problems()
          .forEach(p -> texts.error(p.key(), texts.get("settings.field." + p.field())));
    } else if (outcome.version().isPresent()) {
      texts.info("settings.saved", outcome.version().get());
      load();
    } else {
      texts.info("settings.unchanged");
      load();
    }
  }

  /** Whether a field is a secret: a password field, never filled from the server. */
  public boolean secret(String field) {
    return SettingNames.secret(field);
  }

  /** Whether a secret field has a value stored. */
  public boolean stored(String field) {
    return view != null && view.secretsStored().contains(field);
  }

  /** The setting names of a version, as the screen's labels. */
  public String names(List<String> names) {
    return String.join(", ", names.stream().map(n -> texts.get("settings.field." + n)).toList());
  }

  /** An instant in Danish local time; null stays null. */
  public LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, DANISH_TIME);
  }

  public AdministratorSettings.View getView() {
    return view;
  }

  public List<String> getContactFields() {
    return AdministratorSettings.CONTACT_FIELDS;
  }

  /** The case system fields but the system itself, which is a list. */
  public List<String> getCaseSystemFields() {
    return AdministratorSettings.CASE_SYSTEM_FIELDS.subList(
        1, AdministratorSettings.CASE_SYSTEM_FIELDS.size());
  }

  public List<String> getCaseSystems() {
    return AdministratorSettings.CASE_SYSTEMS;
  }

  public Map<String, String> getFields() {
    return fields;
  }
}
