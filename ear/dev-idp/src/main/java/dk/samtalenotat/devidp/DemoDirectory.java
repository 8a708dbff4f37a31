package dk.samtalenotat.devidp;

import java.util.List;
import java.util.Optional;

/**
 * The development IdP's user directory: the application's demo users (kept equal to {@code
 * DemoUsers} by a test), with the professional UUID, organisation and user-system role an identity
 * provider would hold for them.
 */
final class DemoDirectory {

  static final String DEMO_CVR = "11111111";
  static final String OTHER_CVR = "22222222";
  static final String THIRD_CVR = "33333333";
  static final String FOURTH_CVR = "44444445";
  static final String OPERATOR_CVR = "12345674";

  /** A person who can sign in here. */
  record Person(
      String login,
      String uuid,
      String name,
      String email,
      String team,
      String cvr,
      String orgName,
      String role,
      String description) {}

  static final List<Person> ALL =
      List.of(
          person(
              "mette",
              1,
              "Mette Sørensen",
              "Team Job",
              DEMO_CVR,
              "sagsbehandler",
              "Sagsbehandler, Team Job"),
          person(
              "jonas",
              2,
              "Jonas Holm",
              "Team Job",
              DEMO_CVR,
              "sagsbehandler",
              "Sagsbehandler, Team Job"),
          person(
              "aisha",
              3,
              "Aisha Rahimi",
              "Team Sygedagpenge",
              DEMO_CVR,
              "sagsbehandler",
              "Sagsbehandler, Team Sygedagpenge"),
          person("lone", 4, "Lone Krogh", "Team Job", DEMO_CVR, "teamleder", "Teamleder, Team Job"),
          person("peter", 5, "Peter Dahl", null, DEMO_CVR, "compliance", "Compliance-medarbejder"),
          person("admin", 6, "Anne Vestergaard", null, DEMO_CVR, "administrator", "Administrator"),
          person(
              "karen",
              7,
              "Karen Bech",
              "Team Job",
              OTHER_CVR,
              "sagsbehandler",
              "Sagsbehandler i Anden Kommune"),
          person(
              "ole",
              8,
              "Ole Lund",
              "Team Sygedagpenge",
              THIRD_CVR,
              "sagsbehandler",
              "Sagsbehandler i Tredje Kommune"),
          person(
              "bo",
              20,
              "Bo Nygaard",
              null,
              OTHER_CVR,
              "administrator",
              "Administrator i Anden Kommune"),
          person(
              "fie",
              40,
              "Fie Fjord",
              "Team Job",
              FOURTH_CVR,
              "sagsbehandler",
              "Sagsbehandler i Fjerde Kommune (tilsluttes af driften)"),
          person("drift", 30, "Dennis Drift", null, OPERATOR_CVR, "drift", "Driftsansvarlig"));

  private DemoDirectory() {}

  private static Person person(
      String login, int n, String name, String team, String cvr, String role, String description) {
    return new Person(
        login,
        "6f1c2a10-0000-4000-8000-%012d".formatted(n),
        name,
        OPERATOR_CVR.equals(cvr)
            ? login + "@drift.example"
            : login
                + "@"
                + municipality(cvr).toLowerCase(java.util.Locale.ROOT)
                + ".kommune.example",
        team,
        cvr,
        OPERATOR_CVR.equals(cvr) ? "Drift" : municipality(cvr) + " Kommune",
        role,
        description);
  }

  private static String municipality(String cvr) {
    return switch (cvr) {
      case DEMO_CVR -> "Demo";
      case THIRD_CVR -> "Tredje";
      case FOURTH_CVR -> "Fjerde";
      default -> "Anden";
    };
  }

  static Optional<Person> find(String login) {
    return ALL.stream().filter(p -> p.login().equals(login)).findFirst();
  }
}
