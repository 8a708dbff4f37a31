package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.tenant.Tenant;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a municipality's own administrator sees and changes of its settings: the controller's and
 * the DPO's contact details always, the case system only while the operator allows it ({@link
 * SettingNames#ADMIN_EDITS_CASE_SYSTEM}). A value shown is the one in force (the database's, else
 * the installation's property); a secret is only said to be stored, never returned. A save writes
 * only what differs from what is in force, so an unchanged form writes no version; a blank secret
 * keeps the stored one. The tenant is always given by the caller's own sign-on, never by the
 * request.
 */
public final class AdministratorSettings {

  /** The contact fields, in the order of the screen. */
  public static final List<String> CONTACT_FIELDS =
      List.of(
          "compliance.controller.name",
          "compliance.controller.address",
          "compliance.controller.email",
          "compliance.controller.phone",
          "compliance.dpo.name",
          "compliance.dpo.address",
          "compliance.dpo.email",
          "compliance.dpo.phone");

  /** The case system fields, in the order of the screen. */
  public static final List<String> CASE_SYSTEM_FIELDS =
      List.of(
          "journal.system",
          "journal.url",
          "journal.token-url",
          "journal.connect-timeout",
          "journal.read-timeout",
          "journal.client-id",
          "journal.client-secret",
          "journal.username",
          "journal.password",
          "journal.api-key");

  /** The case systems a municipality can journalise into; none means by hand from the PDF. */
  public static final List<String> CASE_SYSTEMS = List.of("none", "sbsys", "momentum", "sf2900");

  /** The longest contact value or user name. */
  static final int MAX_TEXT = 400;

  /** The longest secret typed here (key stores are the operator's uploads). */
  static final int MAX_SECRET = 4000;

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{8,20}");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,4}");

  /** One thing wrong with a save: the field (null for the whole) and the message key. */
  public record Problem(String field, String key) {}

  /** One saved version, for the history: who (their name where known), when, and which names. */
  public record VersionRow(
      int versionNo, Instant changedAt, String changedBy, String role, List<String> names)
      implements Serializable {}

  /**
   * The administrator's view of the settings.
   *
   * @param values the plain values in force, by field (blank fields left out)
   * @param secretsStored the secret fields that have a value
   * @param caseSystemAllowed whether the operator lets the administrator change the case system
   */
  public record View(
      String cvr,
      String name,
      int version,
      Map<String, String> values,
      Set<String> secretsStored,
      boolean caseSystemAllowed,
      List<VersionRow> history)
      implements Serializable {}

  /**
   * What a save did.
   *
   * @param refused true when it named a field the administrator may not change (another setting, or
   *     the case system the operator has not opened); nothing was saved
   * @param problems what is wrong with the values; nothing was saved unless it is empty
   * @param version the new version, or empty when nothing was saved (or nothing changed)
   * @param changed the names that changed
   */
  public record Outcome(
      boolean refused, List<Problem> problems, Optional<Integer> version, List<String> changed) {

    public boolean ok() {
      return !refused && problems.isEmpty();
    }
  }

  private final SettingsRepository repository;
  private final SecretSeal seal;
  private final Function<String, Optional<String>> properties;

  /**
   * @param properties the installation's system properties, the defaults under the database
   */
  public AdministratorSettings(
      SettingsRepository repository,
      SecretSeal seal,
      Function<String, Optional<String>> properties) {
    this.repository = repository;
    this.seal = seal;
    this.properties = properties;
  }

  /** Every field the administrator may see, contact fields first. */
  public static List<String> fields() {
    List<String> all = new ArrayList<>(CONTACT_FIELDS);
    all.addAll(CASE_SYSTEM_FIELDS);
    return all;
  }

  /** Whether the operator lets the municipality's administrator change its case system. */
  public boolean caseSystemAllowed(Tenant tenant) {
    StoredSetting s = repository.current(tenant).get(SettingNames.ADMIN_EDITS_CASE_SYSTEM);
    return s != null && "true".equals(s.getValue());
  }

  /**
   * The settings as the administrator sees them; the case system is left out while the operator
   * does not allow it. {@code names} gives a person's name for a user key in the history.
   */
  public View view(Tenant tenant, Function<String, String> names, int historyLimit) {
    Map<String, StoredSetting> current = repository.current(tenant);
    boolean allowed = caseSystemAllowed(tenant);
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> secrets = new LinkedHashSet<>();
    for (String field : fields()) {
      if (!allowed && field.startsWith(SettingNames.JOURNAL)) {
        continue;
      }
      StoredSetting own = current.get(field);
      if (SettingNames.secret(field)) {
        if (own != null || fromProperty(tenant, field).isPresent()) {
          secrets.add(field);
        }
      } else {
        inForce(tenant, current, field).ifPresent(v -> values.put(field, v));
      }
    }
    List<VersionRow> history =
        repository.history(tenant).stream()
            .limit(historyLimit)
            .map(
                v ->
                    new VersionRow(
                        v.getVersionNo(),
                        v.getChangedAt(),
                        names.apply(v.getChangedBy()),
                        v.getChangedRole(),
                        v.getChangedNames() == null || v.getChangedNames().isBlank()
                            ? List.of()
                            : List.of(v.getChangedNames().split(","))))
            .toList();
    return new View(
        tenant.getCvr(),
        tenant.getName(),
        tenant.getSettingsVersion(),
        values,
        secrets,
        allowed,
        history);
  }

  /**
   * Saves what the administrator changed as the next version (a blank plain field removes the
   * municipality's own value, so the installation's default applies again; a blank secret keeps the
   * stored one). Nothing is saved when a field may not be changed or a value is wrong.
   */
  public Outcome save(
      Tenant tenant, Map<String, String> wanted, String by, String role, Instant now) {
    Map<String, StoredSetting> current = repository.current(tenant);
    boolean allowed = caseSystemAllowed(tenant);
    for (String field : wanted.keySet()) {
      if (!fields().contains(field)
          || !SettingNames.administratorMayChange(field, allowed)
          || (!allowed && field.startsWith(SettingNames.JOURNAL))) {
        return new Outcome(true, List.of(), Optional.empty(), List.of());
      }
    }
    SettingsChange change = new SettingsChange();
    List<String> changed = new ArrayList<>();
    Map<String, String> after = new LinkedHashMap<>();
    for (String field : fields()) {
      inForce(tenant, current, field).ifPresent(v -> after.put(field, v));
    }
    for (var e : wanted.entrySet()) {
      String field = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (SettingNames.secret(field)) {
        if (!value.isEmpty()) {
          change.set(field, value);
          changed.add(field);
        }
        continue;
      }
      // No case system set is "none", as the list on the screen shows it.
      String before = inForce(tenant, current, field).orElse(unset(field));
      if (value.equals(before)) {
        continue;
      }
      if ((value.isEmpty() || value.equals(unset(field))) && !current.containsKey(field)) {
        // Blank over the installation's default: there is no own value to remove.
        continue;
      }
      change.set(field, value);
      changed.add(field);
      if (value.isEmpty()) {
        fromProperty(tenant, field)
            .ifPresentOrElse(v -> after.put(field, v), () -> after.remove(field));
      } else {
        after.put(field, value);
      }
    }
    List<Problem> problems = problems(wanted, changed, after);
    if (!problems.isEmpty()) {
      return new Outcome(false, problems, Optional.empty(), List.of());
    }
    if (change.isEmpty()) {
      return new Outcome(false, List.of(), Optional.empty(), List.of());
    }
    Optional<Integer> version =
        repository.save(tenant, change, seal, by, role, now).map(SettingsVersion::getVersionNo);
    return new Outcome(false, List.of(), version, version.isPresent() ? changed : List.of());
  }

  /**
   * What is wrong with the changed values, and with the case system as it would stand after the
   * save (a system other than none needs its address).
   */
  static List<Problem> problems(
      Map<String, String> wanted, List<String> changed, Map<String, String> after) {
    List<Problem> out = new ArrayList<>();
    for (String field : changed) {
      String value = wanted.get(field).strip();
      if (value.isEmpty()) {
        continue;
      }
      Optional<String> key = check(field, value);
      key.ifPresent(k -> out.add(new Problem(field, k)));
    }
    boolean caseSystemTouched = changed.stream().anyMatch(f -> f.startsWith(SettingNames.JOURNAL));
    String system = after.getOrDefault("journal.system", "none");
    if (caseSystemTouched
        && !system.equals("none")
        && CASE_SYSTEMS.contains(system)
        && !after.containsKey("journal.url")
        && out.stream().noneMatch(p -> "journal.url".equals(p.field()))) {
      out.add(new Problem("journal.url", "settings.error.urlMissing"));
    }
    return out;
  }

  /** The message key of what is wrong with a non-blank value, or empty. */
  static Optional<String> check(String field, String value) {
    if (SettingNames.secret(field)) {
      return value.length() > MAX_SECRET ? Optional.of("settings.error.tooLong") : Optional.empty();
    }
    if (value.length() > MAX_TEXT) {
      return Optional.of("settings.error.tooLong");
    }
    if (field.endsWith(".email")) {
      return EMAIL.matcher(value).matches()
          ? Optional.empty()
          : Optional.of("settings.error.email");
    }
    if (field.endsWith(".phone")) {
      long digits = value.chars().filter(Character::isDigit).count();
      return PHONE.matcher(value).matches() && digits >= 8 && digits <= 15
          ? Optional.empty()
          : Optional.of("settings.error.phone");
    }
    return switch (field) {
      case "journal.system" ->
          CASE_SYSTEMS.contains(value)
              ? Optional.empty()
              : Optional.of("settings.error.caseSystem");
      case "journal.url", "journal.token-url" ->
          https(value) ? Optional.empty() : Optional.of("settings.error.url");
      case "journal.connect-timeout", "journal.read-timeout" ->
          // Whole seconds, as the adapters read a plain number (TenantSettings).
          SECONDS.matcher(value).matches()
                  && Integer.parseInt(value) >= 1
                  && Integer.parseInt(value) <= 300
              ? Optional.empty()
              : Optional.of("settings.error.timeout");
      default -> Optional.empty();
    };
  }

  private static boolean https(String value) {
    try {
      URI uri = new URI(value);
      return "https".equalsIgnoreCase(uri.getScheme())
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String unset(String field) {
    return field.equals("journal.system") ? "none" : "";
  }

  private Optional<String> inForce(
      Tenant tenant, Map<String, StoredSetting> current, String field) {
    StoredSetting own = current.get(field);
    if (own != null && !own.isSecret()) {
      return Optional.ofNullable(own.getValue());
    }
    return fromProperty(tenant, field);
  }

  private Optional<String> fromProperty(Tenant tenant, String field) {
    return SettingNames.propertyKey(tenant.getCvr(), field)
        .flatMap(properties)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }
}
