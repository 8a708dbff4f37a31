package dk.samtalenotat.web.saml;

import dk.samtalenotat.security.Roles;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Maps the privileges an identity provider grants (OIO basic-privilege URIs, or KOMBIT Context
 * Handler user-system roles such as {@code
 * http://samtalenotat.dk/roles/usersystemrole/sagsbehandler/1}) to the application's roles. The
 * mapping is configuration: {@code samtalenotat.saml.role.<role>} lists the privileges that grant
 * {@code <role>}.
 */
public final class RoleMapper {

  /** The application roles a privilege can grant. */
  public static final List<String> APP_ROLES =
      List.of(
          Roles.CASEWORKER, Roles.TEAM_LEAD, Roles.COMPLIANCE, Roles.ADMINISTRATOR, Roles.OPERATOR);

  private final Map<String, Set<String>> rolesByPrivilege;

  private RoleMapper(Map<String, Set<String>> rolesByPrivilege) {
    this.rolesByPrivilege = rolesByPrivilege;
  }

  /**
   * @param privilegesByRole for each application role, the privilege URIs that grant it
   */
  public static RoleMapper of(Map<String, ? extends Collection<String>> privilegesByRole) {
    Map<String, Set<String>> byPrivilege = new LinkedHashMap<>();
    privilegesByRole.forEach(
        (role, privileges) -> {
          if (!APP_ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown application role " + role);
          }
          for (String p : privileges) {
            if (!p.isBlank()) {
              byPrivilege.computeIfAbsent(p.strip(), k -> new TreeSet<>()).add(role);
            }
          }
        });
    return new RoleMapper(byPrivilege);
  }

  /**
   * Reads {@code samtalenotat.saml.role.<role>} for each application role; a role without its own
   * setting is granted by the KOMBIT user-system role {@code
   * http://<samtalenotat.saml.role-domain>/roles/usersystemrole/<role>/1}.
   */
  public static RoleMapper fromConfig(Function<String, java.util.Optional<String>> config) {
    String domain = config.apply("samtalenotat.saml.role-domain").orElse("samtalenotat.dk");
    Map<String, List<String>> byRole = new LinkedHashMap<>();
    for (String role : APP_ROLES) {
      String configured =
          config.apply("samtalenotat.saml.role." + role).orElse(userSystemRole(domain, role));
      byRole.put(role, List.of(configured.split(",")));
    }
    return of(byRole);
  }

  /** The KOMBIT Context Handler form of a user-system role. */
  public static String userSystemRole(String domain, String name) {
    return "http://" + domain + "/roles/usersystemrole/" + name + "/1";
  }

  /** The application roles the given privileges grant; unknown privileges grant nothing. */
  public Set<String> rolesFor(Collection<String> privileges) {
    Set<String> roles = new TreeSet<>();
    for (String p : privileges) {
      roles.addAll(rolesByPrivilege.getOrDefault(p.strip(), Set.of()));
    }
    return roles;
  }

  @Override
  public String toString() {
    return rolesByPrivilege.toString();
  }
}
