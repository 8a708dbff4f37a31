package dk.samtalenotat.web.navigation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The signed-on user's screens, for the header and the start page ({@link Screens}). */
@Named
@RequestScoped
public class NavigationView {

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  private List<Screen> screens;

  /** The header's links: every screen of the user's roles, once. */
  public List<Screen> getScreens() {
    if (screens == null) {
      screens = Screens.of(security::isCallerInRole);
    }
    return screens;
  }

  /** The roles the user has, in the start page's order, each with its screens. */
  public List<String> getRoles() {
    return Screens.ROLES.stream().filter(security::isCallerInRole).toList();
  }

  public List<Screen> screensOf(String role) {
    return Screens.ofRole(role);
  }

  /** Whether the page being shown is this screen (the header marks it {@code aria-current}). */
  public boolean isCurrent(Screen screen) {
    return faces.getViewRoot() != null && screen.shows(faces.getViewRoot().getViewId());
  }
}
