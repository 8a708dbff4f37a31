package dk.samtalenotat.benefit;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benefit figures per team and month for the national scaling programme. A team lead sees their
 * own team, an administrator the whole municipality; both only aggregates of metadata, never a
 * conversation, a citizen or a caseworker.
 */
@Stateless
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMINISTRATOR})
public class BenefitService {

  /** The longest period one report covers. */
  public static final int MAX_MONTHS = 36;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private UserRegistry users;

  /**
   * The figures of the months {@code from} to {@code to}, both included.
   *
   * @throws BenefitPeriodException when the period is reversed or longer than {@link #MAX_MONTHS}
   */
  public BenefitReport figures(YearMonth from, YearMonth to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new BenefitPeriodException(BenefitPeriodException.Problem.REVERSED);
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw new BenefitPeriodException(BenefitPeriodException.Problem.TOO_LONG);
    }
    AppUser me = users.caller();
    boolean wholeMunicipality = session.isCallerInRole(Roles.ADMINISTRATOR);
    String team = wholeMunicipality ? null : me.getTeam();
    if (!wholeMunicipality && (team == null || team.isBlank())) {
      return new BenefitReport(BenefitReport.Scope.NO_TEAM, null, from, to, List.of());
    }
    BenefitFigures figures =
        new BenefitFigures(from, to, wholeMunicipality ? List.of() : List.of(team));
    // Live conversations, and the records of purged ones: the same facts, none of them personal.
    for (String entity : List.of("Conversation c", "PurgedConversation c")) {
      String state = entity.startsWith("Purged") ? "c.finalState" : "c.state";
      TypedQuery<ConversationFacts> q =
          em.createQuery(
                  "select new dk.samtalenotat.benefit.ConversationFacts(c.team, c.conversationTime,"
                      + " "
                      + state
                      + ", c.endedAt, c.approvedAt, c.journalisedAt, c.regenerations,"
                      + " c.transcriptionFailures, c.draftFailures, c.journalFailures,"
                      + " c.draftChangedShare) from "
                      + entity
                      + " where c.tenant = :tenant and c.conversationTime >= :from"
                      + " and c.conversationTime < :to"
                      + (wholeMunicipality ? "" : " and c.team = :team"),
                  ConversationFacts.class)
              .setParameter("tenant", me.getTenant())
              .setParameter("from", from.atDay(1).atStartOfDay())
              .setParameter("to", to.plusMonths(1).atDay(1).atStartOfDay());
      if (!wholeMunicipality) {
        q.setParameter("team", team);
      }
      try (Stream<ConversationFacts> facts = q.getResultStream()) {
        facts.forEach(figures::add);
      }
    }
    return new BenefitReport(
        wholeMunicipality ? BenefitReport.Scope.MUNICIPALITY : BenefitReport.Scope.TEAM,
        team,
        from,
        to,
        figures.rows());
  }
}
