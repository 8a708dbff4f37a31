package dk.samtalenotat.web.users;

import dk.samtalenotat.users.SelfDeactivationException;
import dk.samtalenotat.users.UserAdministration;
import dk.samtalenotat.users.UserNotFoundException;
import dk.samtalenotat.users.UserOverview;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * {@code brugere.xhtml}: the municipality's users with their last sign-on, for the administrator,
 * who deactivates one who left (devices revoked, sessions ended) and reactivates one who returns.
 */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;
  @Inject Texts texts;

  /**
   * The current request's, looked up rather than injected: this bean is replicated with the
   * session, and an injected FacesContext proxy cannot be read back on another node.
   */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  private List<UserOverview> list = List.of();

  /** View action. */
  public void load() {
    list = users.ofMunicipality();
  }

  public void deactivate(String userKey) {
    try {
      texts.info(users.deactivate(userKey, remote()) ? "users.deactivated" : "users.wasInactive");
    } catch (SelfDeactivationException e) {
      texts.error("users.notSelf");
    } catch (UserNotFoundException e) {
      texts.error("users.notFound");
    }
    load();
  }

  public void reactivate(String userKey) {
    try {
      texts.info(users.reactivate(userKey, remote()) ? "users.reactivated" : "users.wasActive");
    } catch (UserNotFoundException e) {
      texts.error("users.notFound");
    }
    load();
  }

  private String remote() {
    return ((HttpServletRequest) faces().getExternalContext().getRequest()).getRemoteAddr();
  }

  public List<UserOverview> getList() {
    return list;
  }
}
