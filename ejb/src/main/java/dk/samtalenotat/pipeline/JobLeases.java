package dk.samtalenotat.pipeline;

import dk.samtalenotat.conversation.ConversationState;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline's durable job state, kept on the conversation's row: when its job (transcribing, or
 * drafting one generation) was last asked for, and the lease of the node working on it. The JMS
 * message only wakes a node up; what is to be done, and who does it, is decided here, so a job
 * outlives the broker of a node that died holding its message.
 *
 * <p>A worker claims the job in a transaction of its own before the engine call, with one
 * conditional update: of two nodes claiming the same step at once exactly one changes the row. It
 * renews the lease while the engine runs and gives it up with the step's commit (the next step
 * asked for, or the job finished or failed). {@link #due} finds the jobs that need their wake-up
 * again: the lease ran out (the node died during the call), or nobody took the job for {@code
 * unclaimedAfter} (its message died with its node).
 *
 * <p>Native SQL on columns the Conversation entity does not map (migration V105): an entity written
 * back by another transaction never overwrites a lease with what it had read. Plain Java on the
 * caller's {@link EntityManager} and transaction, so tests run it on H2 and PostgreSQL.
 */
public final class JobLeases {

  /**
   * A job taken by this worker.
   *
   * @param holder who holds the lease: the node's name and a random part, unique per claim
   * @param attempt how often the job was claimed since it was asked for, this claim included
   */
  public record Claim(String holder, int attempt) {}

  /** A job whose wake-up is to be sent again. */
  public record Due(long conversationId, ConversationState state, int generation) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A job still to do, of a municipality that is not suspended (its jobs wait for the resume). */
  private static final String OPEN =
      " c.state in ('TRANSCRIBING', 'DRAFTING')"
          + " and exists (select 1 from tenant t where t.id = c.tenant_id and t.status = 'ACTIVE')";

  /** Its lease ran out, or nobody took it since it was asked for {@code unclaimedAfter} ago. */
  private static final String LEFT =
      " ((job_holder is not null and job_until < ?1)"
          + " or (job_holder is null and (job_requested_at is null or job_requested_at < ?2)))";

  private final Duration lease;
  private final Duration unclaimedAfter;

  /**
   * @param lease how long a claim holds without being renewed
   * @param unclaimedAfter how long a job asked for may wait untaken before its wake-up is sent
   *     again; above the broker's longest redelivery delay, so a job waiting for its retry is left
   *     to the broker
   */
  public JobLeases(Duration lease, Duration unclaimedAfter) {
    if (lease.isNegative() || lease.isZero() || unclaimedAfter.isNegative()) {
      throw new IllegalArgumentException("a lease must be positive, is " + lease);
    }
    this.lease = lease;
    this.unclaimedAfter = unclaimedAfter;
  }

  public Duration lease() {
    return lease;
  }

  /**
   * Records that the conversation's job was asked for now, in the transaction that asks for it: no
   * lease, no attempt yet. Taking over a job also ends a lease still held for an earlier step or
   * generation, whose worker then finds its result superseded.
   */
  public static void requested(EntityManager em, long conversationId, Instant now) {
    em.createNativeQuery(
            "update conversation set job_requested_at = ?1, job_holder = null, job_until = null,"
                + " job_attempts = 0 where id = ?2")
        .setParameter(1, now)
        .setParameter(2, conversationId)
        .executeUpdate();
  }

  /**
   * Takes the job for {@code node}, unless another worker holds an unexpired lease on it or the
   * conversation no longer waits for this step.
   *
   * @param generation the draft generation for {@link ConversationState#DRAFTING}; ignored for
   *     transcription
   */
  public Optional<Claim> claim(
      EntityManager em,
      long conversationId,
      ConversationState step,
      int generation,
      String node,
      Instant now) {
    String holder = holder(node);
    boolean drafting = step == ConversationState.DRAFTING;
    jakarta.persistence.Query update =
        em.createNativeQuery(
                "update conversation set job_holder = ?1, job_until = ?2,"
                    + " job_attempts = job_attempts + 1"
                    + " where id = ?3 and state = ?4"
                    + (drafting ? " and draft_generation = ?6" : "")
                    + " and (job_holder is null or job_until < ?5)")
            .setParameter(1, holder)
            .setParameter(2, now.plus(lease))
            .setParameter(3, conversationId)
            .setParameter(4, step.name())
            .setParameter(5, now);
    if (drafting) {
      update.setParameter(6, generation);
    }
    int claimed = update.executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    Number attempts =
        (Number)
            em.createNativeQuery("select job_attempts from conversation where id = ?1")
                .setParameter(1, conversationId)
                .getSingleResult();
    return Optional.of(new Claim(holder, attempts.intValue()));
  }

  /**
   * Extends the lease by another {@link #lease()} from now.
   *
   * @return false when the claim was lost (it ran out and another worker took the job, or the step
   *     was superseded)
   */
  public boolean renew(EntityManager em, long conversationId, String holder, Instant now) {
    return em.createNativeQuery(
                "update conversation set job_until = ?1 where id = ?2 and job_holder = ?3")
            .setParameter(1, now.plus(lease))
            .setParameter(2, conversationId)
            .setParameter(3, holder)
            .executeUpdate()
        == 1;
  }

  /**
   * Gives the lease up for a later attempt, which the broker delivers after its back-off delay: the
   * job counts as asked for now, so the recovery leaves it to the broker for {@code
   * unclaimedAfter}. Nothing happens when the claim was lost meanwhile.
   */
  public static void released(EntityManager em, long conversationId, String holder, Instant now) {
    em.createNativeQuery(
            "update conversation set job_holder = null, job_until = null, job_requested_at = ?1"
                + " where id = ?2 and job_holder = ?3")
        .setParameter(1, now)
        .setParameter(2, conversationId)
        .setParameter(3, holder)
        .executeUpdate();
  }

  /** The job is done or failed for good: no lease, nothing asked for. */
  public static void finished(EntityManager em, long conversationId) {
    em.createNativeQuery(
            "update conversation set job_holder = null, job_until = null, job_requested_at = null"
                + " where id = ?1")
        .setParameter(1, conversationId)
        .executeUpdate();
  }

  /**
   * Ends at once every lease {@code node} held before it started again: a node that is starting
   * works on nothing, so the jobs it held when it died or stopped need not wait for their leases to
   * run out. Node names are unique in a cluster ({@code jboss.node.name}).
   *
   * @return how many leases ended
   */
  public int endLeasesOf(EntityManager em, String node, Instant now) {
    String prefix = node.length() > 80 ? node.substring(0, 80) : node;
    prefix = prefix + "/";
    return em.createNativeQuery(
            "update conversation set job_until = ?1 where job_holder is not null"
                + " and substring(job_holder, 1, "
                + prefix.length()
                + ") = ?2")
        .setParameter(1, now.minusSeconds(1))
        .setParameter(2, prefix)
        .executeUpdate();
  }

  /** Up to {@code limit} jobs that need their wake-up again, oldest conversation first. */
  public List<Due> due(EntityManager em, Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select c.id, c.state, c.draft_generation from conversation c where"
                    + OPEN
                    + " and"
                    + LEFT
                    + " order by c.id")
            .setParameter(1, now)
            .setParameter(2, now.minus(unclaimedAfter))
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Due(
                    ((Number) r[0]).longValue(),
                    ConversationState.valueOf((String) r[1]),
                    ((Number) r[2]).intValue()))
        .toList();
  }

  /**
   * Takes a due job back for a new wake-up: its expired lease ends and it counts as asked for now.
   * One conditional update, so of two recovery runs at once only one sends the wake-up.
   *
   * @return whether the caller is to send it; false when the job was taken or finished meanwhile
   */
  public boolean takeBack(EntityManager em, long conversationId, Instant now) {
    return em.createNativeQuery(
                "update conversation set job_holder = null, job_until = null,"
                    + " job_requested_at = ?3 where id = ?4 and"
                    + LEFT
                    + " and state in ('TRANSCRIBING', 'DRAFTING')")
            .setParameter(1, now)
            .setParameter(2, now.minus(unclaimedAfter))
            .setParameter(3, now)
            .setParameter(4, conversationId)
            .executeUpdate()
        == 1;
  }

  private static String holder(String node) {
    byte[] random = new byte[6];
    RANDOM.nextBytes(random);
    String name = node.length() > 80 ? node.substring(0, 80) : node;
    return name + "/" + HexFormat.of().formatHex(random);
  }
}
