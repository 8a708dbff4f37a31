package dk.samtalenotat.security;

/** The application's role names (design.md, "Who uses it"). */
public final class Roles {

  public static final String CASEWORKER = "sagsbehandler";
  public static final String TEAM_LEAD = "teamleder";
  public static final String COMPLIANCE = "compliance";
  public static final String ADMINISTRATOR = "administrator";

  /**
   * The installation's operator (driftsansvarlig): onboards, suspends and offboards municipalities,
   * sees installation health and installation-wide security events, and no citizen data at all.
   * Granted only to employees of the operator's own organisation ({@code
   * samtalenotat.operator.cvr}).
   */
  public static final String OPERATOR = "drift";

  private Roles() {}
}
