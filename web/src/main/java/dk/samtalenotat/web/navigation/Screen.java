package dk.samtalenotat.web.navigation;

import java.util.Set;

/**
 * A screen in the header and on the start page: its outcome, the key of its Danish label, the id of
 * its link, and the roles it is listed for. Listing is not access: the security constraints of
 * web.xml and the services' roles decide who may open it.
 *
 * @param name short name; the header's link is {@code nav-<name>}
 * @param outcome the Faces outcome, e.g. {@code /samtaler}
 * @param labelKey the message key of the link's text
 * @param homeId the id of the start page's link
 * @param roles the roles whose header and start page list it
 */
public record Screen(
    String name, String outcome, String labelKey, String homeId, Set<String> roles) {

  public Screen {
    roles = Set.copyOf(roles);
  }

  /** The header link's id. */
  public String navId() {
    return "nav-" + name;
  }

  /** Whether the page being shown (its view id, e.g. {@code /samtaler.xhtml}) is this screen. */
  public boolean shows(String viewId) {
    return viewId != null && viewId.equals(outcome + ".xhtml");
  }
}
