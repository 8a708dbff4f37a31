package dk.samtalenotat.benefit;

import dk.samtalenotat.audit.SecurityEvent;
import dk.samtalenotat.audit.SecurityEvents;
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
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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
  @Inject private SecurityEvents securityEvents;

  private static final Logger LOG = Logger.getLogger(BenefitService.class.getName());

  /** The security log's event for a changed baseline. */
  public static final String BASELINE_CHANGED = "BENEFIT_BASELINE_CHANGED";

  /**
   * The caller's team's baseline minutes per note, or empty when none is entered or the team lead
   * belongs to no team.
   */
  @RolesAllowed(Roles.TEAM_LEAD)
  public Optional<Integer> baseline() {
    AppUser me = users.caller();
    return baselineOf(me).map(BenefitBaseline::getMinutesPerNote);
  }

  /**
   * Sets the caller's team's baseline minutes per note (the time a note took before), and writes
   * the change to the security log.
   *
   * @throws BaselineOutOfRangeException outside 1..600; nothing changes
   * @throws IllegalStateException when the team lead belongs to no team
   */
  @RolesAllowed(Roles.TEAM_LEAD)
  public void changeBaseline(int minutes) {
    BenefitBaseline.check(minutes);
    AppUser me = users.caller();
    if (me.getTeam() == null || me.getTeam().isBlank()) {
      throw new IllegalStateException("a team lead without a team has no baseline");
    }
    Instant now = Instant.now();
    Optional<BenefitBaseline> known = baselineOf(me);
    Integer before = known.map(BenefitBaseline::getMinutesPerNote).orElse(null);
    if (known.isPresent()) {
      known.get().change(minutes, me.getUserKey(), now);
    } else {
      em.persist(new BenefitBaseline(me.getTenant(), me.getTeam(), minutes, me.getUserKey(), now));
    }
    String what =
        "baseline minutes per note of team "
            + me.getTeam()
            + " changed from "
            + (before == null ? "none" : before)
            + " to "
            + minutes;
    LOG.info(
        () ->
            BASELINE_CHANGED
                + " "
                + what
                + " user="
                + me.getUserKey()
                + " cvr="
                + me.getTenant().getCvr());
    try {
      securityEvents.record(
          BASELINE_CHANGED,
          SecurityEvent.Outcome.CHANGED,
          me.getUserKey(),
          me.getTenant().getCvr(),
          null,
          what,
          what);
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, BASELINE_CHANGED + " could not be stored in the security log", failure);
    }
  }

  private Optional<BenefitBaseline> baselineOf(AppUser me) {
    if (me.getTeam() == null || me.getTeam().isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select b from BenefitBaseline b where b.tenant = :t and b.team = :team",
            BenefitBaseline.class)
        .setParameter("t", me.getTenant())
        .setParameter("team", me.getTeam())
        .getResultStream()
        .findFirst();
  }

  /** Every team's baseline in the caller's municipality. */
  private Map<String, Integer> baselines(AppUser me) {
    Map<String, Integer> out = new HashMap<>();
    em.createQuery("select b from BenefitBaseline b where b.tenant = :t", BenefitBaseline.class)
        .setParameter("t", me.getTenant())
        .getResultList()
        .forEach(b -> out.put(b.getTeam(), b.getMinutesPerNote()));
    return out;
  }

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
        new BenefitFigures(from, to, wholeMunicipality ? List.of() : List.of(team))
            .baselines(baselines(me));
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
                      + " c.draftChangedShare, c.documentationSeconds, c.draftRating) from "
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
