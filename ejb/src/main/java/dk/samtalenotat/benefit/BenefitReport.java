package dk.samtalenotat.benefit;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The benefit figures the caller may see for a period.
 *
 * @param scope whose conversations: the caller's team, or the whole municipality
 * @param team the team of a team lead's report; null for the whole municipality
 */
public record BenefitReport(
    Scope scope, String team, YearMonth from, YearMonth to, List<TeamMonth> rows)
    implements Serializable {

  /** Whose conversations the report counts. */
  public enum Scope {
    TEAM,
    MUNICIPALITY,
    /** A team lead who belongs to no team sees nothing. */
    NO_TEAM
  }
}
