package dk.samtalenotat.web.navigation;

import static dk.samtalenotat.security.Roles.ADMINISTRATOR;
import static dk.samtalenotat.security.Roles.CASEWORKER;
import static dk.samtalenotat.security.Roles.COMPLIANCE;
import static dk.samtalenotat.security.Roles.OPERATOR;
import static dk.samtalenotat.security.Roles.TEAM_LEAD;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every role's screens, in the order the header lists them. A screen for several roles is listed
 * once for a user who has more than one of them. A new role or screen is a line here (and its label
 * in {@code messages_da.properties}); the header and the start page follow.
 */
public final class Screens {

  /** The role names with the heading of their section on the start page, in that order. */
  public static final List<String> ROLES =
      List.of(CASEWORKER, TEAM_LEAD, COMPLIANCE, ADMINISTRATOR, OPERATOR);

  public static final List<Screen> ALL =
      List.of(
          new Screen(
              "conversations",
              "/samtaler",
              "nav.conversations",
              "link-conversations",
              Set.of(CASEWORKER)),
          new Screen(
              "register", "/ny-samtale", "nav.register", "link-register", Set.of(CASEWORKER)),
          new Screen(
              "devices",
              "/enheder",
              "nav.devices",
              "devices-link",
              Set.of(CASEWORKER, ADMINISTRATOR)),
          new Screen(
              "benefit",
              "/gevinster",
              "nav.benefit",
              "link-benefit",
              Set.of(TEAM_LEAD, ADMINISTRATOR)),
          new Screen(
              "access-log", "/adgangslog", "nav.accessLog", "link-access-log", Set.of(COMPLIANCE)),
          new Screen(
              "documents", "/dokumenter", "nav.documents", "link-documents", Set.of(COMPLIANCE)),
          new Screen("notice", "/dokumenter", "nav.notice", "notice-link", Set.of(ADMINISTRATOR)),
          new Screen(
              "retention", "/oprydning", "nav.retention", "retention-link", Set.of(ADMINISTRATOR)),
          new Screen(
              "templates", "/skabeloner", "nav.templates", "templates-link", Set.of(ADMINISTRATOR)),
          new Screen(
              "journal",
              "/journalisering",
              "nav.journal",
              "journal-attention-link",
              Set.of(ADMINISTRATOR)),
          new Screen("users", "/brugere", "nav.users", "users-link", Set.of(ADMINISTRATOR)),
          new Screen(
              "settings", "/indstillinger", "nav.settings", "settings-link", Set.of(ADMINISTRATOR)),
          new Screen(
              "municipalities", "/drift", "nav.operator", "operator-link", Set.of(OPERATOR)));

  private Screens() {}

  /**
   * The screens of a user with the roles {@code hasRole} accepts, each once: a screen shown under
   * another name already (the administrator's notice is the compliance officer's documents page) is
   * left out.
   */
  public static List<Screen> of(Predicate<String> hasRole) {
    List<Screen> mine = ALL.stream().filter(s -> s.roles().stream().anyMatch(hasRole)).toList();
    return mine.stream()
        .filter(
            s ->
                mine.stream()
                    .noneMatch(
                        earlier ->
                            mine.indexOf(earlier) < mine.indexOf(s)
                                && earlier.outcome().equals(s.outcome())))
        .toList();
  }

  /** The screens listed for one role, for its section of the start page. */
  public static List<Screen> ofRole(String role) {
    return ALL.stream().filter(s -> s.roles().contains(role)).toList();
  }
}
