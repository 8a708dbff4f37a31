package dk.samtalenotat.conversation;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Reads and stores conversations and what belongs to them. The queries a user's request reaches are
 * scoped by tenant and owner here, in one place, so no screen or API can forget it. What it returns
 * is decrypted (CPR number, transcript, draft), so nothing above it handles ciphertext.
 */
@ApplicationScoped
public class ConversationRepository {

  @PersistenceContext private EntityManager em;

  @Inject private DataKeys keys;

  protected ConversationRepository() {}

  /** Outside the container (tests, tools). */
  public ConversationRepository(EntityManager em, DataKeys keys) {
    this.em = em;
    this.keys = keys;
  }

  public void add(Conversation conversation) {
    em.persist(conversation);
  }

  public void add(Object dependent) {
    em.persist(dependent);
  }

  /**
   * The conversation, if the user may open it: same tenant and owned by them.
   *
   * @throws ConversationNotFoundException otherwise, the same way as for an unknown id
   */
  public Conversation ownedBy(long id, AppUser user) {
    return em.createQuery(
            "select c from Conversation c where c.id = :id and c.tenant = :tenant and c.owner = :owner",
            Conversation.class)
        .setParameter("id", id)
        .setParameter("tenant", user.getTenant())
        .setParameter("owner", user)
        .getResultStream()
        .findFirst()
        .map(this::unlocked)
        .orElseThrow(() -> new ConversationNotFoundException(id));
  }

  /**
   * Runs a use case that only reads (and writes its access log entry) with what it loads kept
   * read-only: Hibernate takes no snapshot of it and does not dirty-check it at the flush, and its
   * queries do not flush first. A 45-minute conversation's review page loads about a thousand
   * entities, and checking them before every query and at the commit cost more than decrypting
   * them. New entities (the access log entry) are written as always, in this transaction.
   *
   * <p>Pending changes are flushed before; what the work loads stays read-only for the rest of the
   * transaction (a change to it would not be saved), so a use case that changes an entity loads it
   * outside this.
   */
  public <T> T reading(Supplier<T> work) {
    em.flush();
    Session session = em.unwrap(Session.class);
    boolean readOnly = session.isDefaultReadOnly();
    FlushMode flushMode = session.getHibernateFlushMode();
    session.setDefaultReadOnly(true);
    session.setHibernateFlushMode(FlushMode.COMMIT);
    try {
      return work.get();
    } finally {
      session.setDefaultReadOnly(readOnly);
      session.setHibernateFlushMode(flushMode);
    }
  }

  /** The user's conversations, newest first, optionally only those in one state. */
  public List<Conversation> ofOwner(AppUser user, ConversationState state) {
    return em.createQuery(
            "select c from Conversation c where c.tenant = :tenant and c.owner = :owner"
                + " and (:state is null or c.state = :state) order by c.conversationTime desc, c.id desc",
            Conversation.class)
        .setParameter("tenant", user.getTenant())
        .setParameter("owner", user)
        .setParameter("state", state)
        .setMaxResults(500)
        .getResultStream()
        .map(this::unlocked)
        .toList();
  }

  /**
   * Every conversation of the tenant about one citizen, whoever owns it, oldest first: for the
   * compliance officer's answer to the citizen's access request only.
   */
  public List<Conversation> ofCitizen(dk.samtalenotat.tenant.Tenant tenant, String citizenCprHash) {
    return em.createQuery(
            "select c from Conversation c where c.tenant = :tenant and c.citizenCprHash = :hash"
                + " order by c.conversationTime, c.id",
            Conversation.class)
        .setParameter("tenant", tenant)
        .setParameter("hash", citizenCprHash)
        .getResultStream()
        .map(this::unlocked)
        .toList();
  }

  /**
   * The tenant's purged conversations about one citizen, while their records still hold the keyed
   * hash: for the access request only.
   */
  public List<PurgedConversation> purgedOfCitizen(
      dk.samtalenotat.tenant.Tenant tenant, String citizenCprHash) {
    return em.createQuery(
            "select p from PurgedConversation p where p.tenant = :tenant"
                + " and p.citizenCprHash = :hash order by p.conversationTime, p.id",
            PurgedConversation.class)
        .setParameter("tenant", tenant)
        .setParameter("hash", citizenCprHash)
        .getResultList();
  }

  /** For the pipeline, which acts for the system rather than a user. */
  public Optional<Conversation> find(long id) {
    return Optional.ofNullable(em.find(Conversation.class, id)).map(this::unlocked);
  }

  /** The transcript, decrypted unless it is destroyed. */
  public Optional<Transcript> transcriptOf(Conversation c) {
    Optional<Transcript> t =
        em.createQuery("select t from Transcript t where t.conversation = :c", Transcript.class)
            .setParameter("c", c)
            .getResultStream()
            .findFirst();
    t.ifPresent(transcript -> transcript.unlock(keys));
    return t;
  }

  /**
   * When the conversation's transcript was made and where its last segment ends, in milliseconds
   * from the start (0 without segments), read as two columns: nothing is decrypted.
   */
  public Optional<TranscriptLength> transcriptLengthOf(Conversation c) {
    return em.createQuery(
            "select t.createdAt, max(s.endMillis) from Transcript t left join t.segments s"
                + " where t.conversation = :c group by t.id, t.createdAt",
            Object[].class)
        .setParameter("c", c)
        .getResultStream()
        .findFirst()
        .map(
            r ->
                new TranscriptLength(
                    (java.time.Instant) r[0], r[1] == null ? 0 : ((Number) r[1]).longValue()));
  }

  /** When a transcript was made, and where its last segment ends (ms from the start). */
  public record TranscriptLength(java.time.Instant createdAt, long lastEndMillis) {}

  /**
   * The transcript's origin and segments for a screen, read as plain values and decrypted with the
   * transcript's data key, opened once: nothing of it is managed, so a page that shows 450 segments
   * leaves Hibernate nothing to track. No segments once the transcript is claimed for destruction
   * or destroyed; use {@link #transcriptOf} for anything that changes the transcript.
   */
  public Optional<TranscriptText> transcriptTextOf(Conversation c) {
    return em.createQuery(
            "select t.id, t.origin, t.objectId, t.wrappedKey, t.kekVersion, t.destroyedAt"
                + " from Transcript t"
                + " where t.conversation = :c",
            Object[].class)
        .setParameter("c", c)
        .getResultStream()
        .findFirst()
        .map(
            t -> {
              String origin = (String) t[1];
              String wrapped = (String) t[3];
              // Claimed for destruction (destroyedAt set) or destroyed: nothing is shown any more.
              if (wrapped == null || t[5] != null) {
                return new TranscriptText(origin, List.of());
              }
              return TranscriptText.open(
                  origin,
                  (String) t[2],
                  sealedSegments((Long) t[0]),
                  () -> keys.open(c.getTenant().getCvr(), WrappedKey.of((Integer) t[4], wrapped)));
            });
  }

  private List<TranscriptText.Sealed> sealedSegments(long transcriptId) {
    return em.createQuery(
            "select s.ordinal, s.startMillis, s.speaker, s.language, s.sealedText"
                + " from TranscriptSegment s where s.transcript.id = :t order by s.ordinal",
            Object[].class)
        .setParameter("t", transcriptId)
        .getResultStream()
        .map(
            r ->
                new TranscriptText.Sealed(
                    (Integer) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  /** Whether a transcript was stored, destroyed since or not; decrypts nothing. */
  public boolean hasTranscript(Conversation c) {
    return em.createQuery("select count(t) from Transcript t where t.conversation = :c", Long.class)
            .setParameter("c", c)
            .getSingleResult()
        > 0;
  }

  /** The draft, its versions decrypted unless destroyed. */
  public Optional<Draft> draftOf(Conversation c) {
    Optional<Draft> d =
        em.createQuery("select d from Draft d where d.conversation = :c", Draft.class)
            .setParameter("c", c)
            .getResultStream()
            .findFirst();
    d.ifPresent(draft -> draft.unlock(keys));
    return d;
  }

  /** The citizen's standing refusal to be recorded, if one stands. */
  public Optional<RecordingRefusal> activeRefusal(
      dk.samtalenotat.tenant.Tenant tenant, String citizenCprHash) {
    return em.createQuery(
            "select r from RecordingRefusal r where r.tenant = :tenant"
                + " and r.citizenCprHash = :hash and r.withdrawnAt is null order by r.id",
            RecordingRefusal.class)
        .setParameter("tenant", tenant)
        .setParameter("hash", citizenCprHash)
        .getResultStream()
        .findFirst();
  }

  private Conversation unlocked(Conversation c) {
    c.unlock(keys);
    return c;
  }

  /** The recordings still held, oldest first. */
  public List<AudioRecording> audioOf(Conversation c) {
    return em.createQuery(
            "select a from AudioRecording a where a.conversation = :c and a.destroyedAt is null"
                + " order by a.id",
            AudioRecording.class)
        .setParameter("c", c)
        .getResultList();
  }

  /** Writes pending changes now, so a constraint violation surfaces inside the caller. */
  public void flush() {
    em.flush();
  }

  /** The review-screen activity of one user on one conversation, if any beat came. */
  public Optional<dk.samtalenotat.benefit.ReviewActivity> activityOf(
      long conversationId, String userKey) {
    return em.createQuery(
            "select a from ReviewActivity a where a.conversationId = :c and a.userKey = :u",
            dk.samtalenotat.benefit.ReviewActivity.class)
        .setParameter("c", conversationId)
        .setParameter("u", userKey)
        .getResultStream()
        .findFirst();
  }

  /** Every user's review-screen activity on one conversation. */
  public List<dk.samtalenotat.benefit.ReviewActivity> activitiesOf(long conversationId) {
    return em.createQuery(
            "select a from ReviewActivity a where a.conversationId = :c",
            dk.samtalenotat.benefit.ReviewActivity.class)
        .setParameter("c", conversationId)
        .getResultList();
  }

  /** Whether the record of a purged conversation (or of demo history) with this id exists. */
  public boolean recordExists(long id) {
    return em.find(PurgedConversation.class, id) != null;
  }

  public long countAll() {
    return em.createQuery("select count(c) from Conversation c", Long.class).getSingleResult();
  }
}
