package dk.samtalenotat.security;

/** The application's role names (design.md, "Who uses it"). */
public final class Roles {

  public static final String CASEWORKER = "sagsbehandler";
  public static final String TEAM_LEAD = "teamleder";
  public static final String COMPLIANCE = "compliance";
  public static final String ADMINISTRATOR = "administrator";

  private Roles() {}
}
