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

  /**
   * A third municipality: with the second, it lets one test server journalise into a different case
   * system per municipality.
   */
  public static final String THIRD_CVR = "33333333";

  /**
   * A fourth municipality that the installation does not serve until the operator onboards it (its
   * CVR passes the check digits the onboarding form requires): its caseworker is refused at sign-on
   * until then.
   */
  public static final String FOURTH_CVR = "44444445";

  /**
   * The installation operator's own organisation (not a municipality): a valid CVR number, as the
   * operator's screen requires of every CVR it is given.
   */
  public static final String OPERATOR_CVR = "12345674";

  /** The password of every demo user. */
  public static final String PASSWORD = "demo";

  /**
   * A demo user.
   *
   * @param login what the user types or picks at sign-in
   * @param userKey the key the application knows them by: their professional UUID, as a SAML
   *     sign-on through the development identity provider gives it
   */
  public record DemoUser(
      String login,
      String userKey,
      String displayName,
      String team,
      String tenantCvr,
      Set<String> roles) {}

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser(
              "mette",
              "6f1c2a10-0000-4000-8000-000000000001",
              "Mette Sørensen",
              "Team Job",
              DEMO_CVR,
              Set.of(Roles.CASEWORKER)),
          new DemoUser(
              "jonas",
              "6f1c2a10-0000-4000-8000-000000000002",
              "Jonas Holm",
              "Team Job",
              DEMO_CVR,
              Set.of(Roles.CASEWORKER)),
          new DemoUser(
              "aisha",
              "6f1c2a10-0000-4000-8000-000000000003",
              "Aisha Rahimi",
              "Team Sygedagpenge",
              DEMO_CVR,
              Set.of(Roles.CASEWORKER)),
          new DemoUser(
              "lone",
              "6f1c2a10-0000-4000-8000-000000000004",
              "Lone Krogh",
              "Team Job",
              DEMO_CVR,
              Set.of(Roles.TEAM_LEAD)),
          new DemoUser(
              "peter",
              "6f1c2a10-0000-4000-8000-000000000005",
              "Peter Dahl",
              null,
              DEMO_CVR,
              Set.of(Roles.COMPLIANCE)),
          new DemoUser(
              "admin",
              "6f1c2a10-0000-4000-8000-000000000006",
              "Anne Vestergaard",
              null,
              DEMO_CVR,
              Set.of(Roles.ADMINISTRATOR)),
          new DemoUser(
              "karen",
              "6f1c2a10-0000-4000-8000-000000000007",
              "Karen Bech",
              "Team Job",
              OTHER_CVR,
              Set.of(Roles.CASEWORKER)),
          new DemoUser(
              "ole",
              "6f1c2a10-0000-4000-8000-000000000008",
              "Ole Lund",
              "Team Sygedagpenge",
              THIRD_CVR,
              Set.of(Roles.CASEWORKER)),
          // An administrator of a municipality whose compliance settings are not filled in: the
          // documents screen shows what is missing before the citizen notice can be made.
          new DemoUser(
              "bo",
              "6f1c2a10-0000-4000-8000-000000000020",
              "Bo Nygaard",
              null,
              OTHER_CVR,
              Set.of(Roles.ADMINISTRATOR)),
          new DemoUser(
              "fie",
              "6f1c2a10-0000-4000-8000-000000000040",
              "Fie Fjord",
              "Team Job",
              FOURTH_CVR,
              Set.of(Roles.CASEWORKER)),
          // The installation's operator: onboards and suspends municipalities, sees no citizen
          // data.
          new DemoUser(
              "drift",
              "6f1c2a10-0000-4000-8000-000000000030",
              "Dennis Drift",
              null,
              OPERATOR_CVR,
              Set.of(Roles.OPERATOR)));

  private DemoUsers() {}

  /** The demo user who signs in as {@code login}. */
  public static Optional<DemoUser> find(String login) {
    return ALL.stream().filter(u -> u.login().equals(login)).findFirst();
  }

  /** Danish name of a demo municipality. */
  public static String tenantName(String cvr) {
    if (OPERATOR_CVR.equals(cvr)) {
      return "Drift";
    }
    if (FOURTH_CVR.equals(cvr)) {
      return "Fjerde Kommune";
    }
    if (DEMO_CVR.equals(cvr)) {
      return "Demo Kommune";
    }
    return THIRD_CVR.equals(cvr) ? "Tredje Kommune" : "Anden Kommune";
  }
}
