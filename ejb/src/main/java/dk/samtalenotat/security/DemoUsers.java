package dk.samtalenotat.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The users of the demo configuration ({@code samtalenotat.demo=true}): caseworkers in two teams, a
 * team lead, a compliance officer, an administrator, and a caseworker of a second municipality.
 * Their password is public on purpose; no production configuration enables them.
 */
public final class DemoUsers {

  /** The demo municipality. */
  public static final String DEMO_CVR = "11111111";

  /** A second municipality, to show that tenants never see each other's data. */
  public static final String OTHER_CVR = "22222222";

  /** The password of every demo user. */
  public static final String PASSWORD = "demo";

  /** A demo user. */
  public record DemoUser(
      String userKey, String displayName, String team, String tenantCvr, Set<String> roles) {}

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("mette", "Mette Sørensen", "Team Job", DEMO_CVR, Set.of(Roles.CASEWORKER)),
          new DemoUser("jonas", "Jonas Holm", "Team Job", DEMO_CVR, Set.of(Roles.CASEWORKER)),
          new DemoUser(
              "aisha", "Aisha Rahimi", "Team Sygedagpenge", DEMO_CVR, Set.of(Roles.CASEWORKER)),
          new DemoUser("lone", "Lone Krogh", "Team Job", DEMO_CVR, Set.of(Roles.TEAM_LEAD)),
          new DemoUser("peter", "Peter Dahl", null, DEMO_CVR, Set.of(Roles.COMPLIANCE)),
          new DemoUser("admin", "Anne Vestergaard", null, DEMO_CVR, Set.of(Roles.ADMINISTRATOR)),
          new DemoUser("karen", "Karen Bech", "Team Job", OTHER_CVR, Set.of(Roles.CASEWORKER)));

  private DemoUsers() {}

  public static Optional<DemoUser> find(String userKey) {
    return ALL.stream().filter(u -> u.userKey().equals(userKey)).findFirst();
  }

  /** Danish name of a demo municipality. */
  public static String tenantName(String cvr) {
    return DEMO_CVR.equals(cvr) ? "Demo Kommune" : "Anden Kommune";
  }
}
