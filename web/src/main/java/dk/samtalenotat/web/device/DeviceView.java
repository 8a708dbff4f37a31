package dk.samtalenotat.web.device;

import dk.samtalenotat.device.DeviceCredential;
import dk.samtalenotat.device.DeviceNameRejectedException;
import dk.samtalenotat.device.DeviceNotFoundException;
import dk.samtalenotat.device.DeviceOverview;
import dk.samtalenotat.device.DeviceService;
import dk.samtalenotat.web.Texts;
import dk.samtalenotat.web.security.SessionView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * {@code enheder.xhtml}: a caseworker's own dictation devices (register, list, revoke) and, for an
 * administrator, every device of the municipality.
 */
@Named
@ViewScoped
public class DeviceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DeviceService devices;
  @Inject SessionView session;
  @Inject Texts texts;
  @Inject IssuedToken issued;

  /**
   * The current request's, looked up rather than injected: this bean is replicated with the
   * session, and an injected FacesContext proxy cannot be read back on another node.
   */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  private String name;

  /**
   * A registration is taken once per rendering of the form: a browser's reload of the answer posts
   * the same form again, which would register a second device and show a second token.
   */
  private String expectedSubmission = UUID.randomUUID().toString();

  private String submission;
  private List<DeviceOverview> mine = List.of();
  private List<DeviceOverview> municipality = List.of();

  /** View action. */
  public void load() {
    mine = session.isCaseworker() ? devices.mine() : List.of();
    municipality = session.isAdministrator() ? devices.ofMunicipality() : List.of();
  }

  public void register() {
    if (!expectedSubmission.equals(submission)) {
      texts.info("device.resubmitted");
      load();
      return;
    }
    try {
      issued.show(devices.register(name, remote()));
      expectedSubmission = UUID.randomUUID().toString();
      name = null;
    } catch (DeviceNameRejectedException e) {
      texts.error("device.name." + e.reason().name(), DeviceCredential.MAX_NAME);
    }
    load();
  }

  public void revoke(long id) {
    try {
      texts.info(devices.revoke(id, remote()) ? "device.revoked" : "device.alreadyRevoked");
    } catch (DeviceNotFoundException e) {
      texts.error("device.notFound");
    }
    load();
  }

  private String remote() {
    return ((HttpServletRequest) faces().getExternalContext().getRequest()).getRemoteAddr();
  }

  /** The form's submission id as rendered: the one registration it may make. */
  public String getSubmission() {
    return expectedSubmission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<DeviceOverview> getMine() {
    return mine;
  }

  public List<DeviceOverview> getMunicipality() {
    return municipality;
  }
}
