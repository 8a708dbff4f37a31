package dk.samtalenotat.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Danish texts from the resource bundle, for backing beans and for enum labels in pages. */
@Named("texts")
@RequestScoped
public class Texts {

  @Inject FacesContext faces;

  public String get(String key, Object... args) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? text : MessageFormat.format(text, args);
  }

  /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
  public String label(Enum<?> value) {
    return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * Who made a draft version, for the version table: the caseworker's name for an edit, the engine
   * in words for a generated one ("offline" is the rule-based engine, never a person).
   */
  public String versionBy(dk.samtalenotat.draft.DraftVersion.Kind kind, String by) {
    if (kind == dk.samtalenotat.draft.DraftVersion.Kind.EDITED) {
      return by == null ? "" : by;
    }
    if (by == null || by.isBlank()) {
      return get("history.byEngine.unknown");
    }
    if (by.startsWith("offline")) {
      return get("history.byEngine.offline");
    }
    return get("history.byEngine.model", by.replaceFirst("^openai:", ""));
  }

  /** A case system's name for the receipt ("manuel" is a person's confirmation, not a system). */
  public String caseSystem(String system) {
    String text = get("journal.systemName." + system);
    return text.startsWith("journal.systemName.") ? system : text;
  }

  /** A language code's Danish name ("engelsk"), for segments not in Danish. */
  public String language(String code) {
    return dk.samtalenotat.transcript.SpokenLanguage.danishName(code);
  }

  public void info(String key, Object... args) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
  }

  public void error(String key, Object... args) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, args), null));
  }

  /** A point in time as Danish screens write it: 29.11.2026 14:05:09 (Danish time). */
  public String moment(java.time.Instant instant) {
    return instant == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(java.time.ZoneId.of("Europe/Copenhagen"))
            .format(instant);
  }

  /** Keeps messages across a redirect. */
  public void keepAcrossRedirect() {
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
