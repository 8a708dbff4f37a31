package dk.samtalenotat.conversation;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A conversation between a caseworker and a citizen, from registration to the journalised note. The
 * life cycle lives here: every change of state goes through {@link #moveTo}, which refuses what
 * {@link ConversationState} does not allow.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  /** The longest failure reason kept; longer texts are cut. */
  static final int REASON_LENGTH = 1000;

  /** Room for a sealed text of {@link #REASON_LENGTH} characters (Base64 of AES-GCM). */
  static final int SEALED_LENGTH = 6000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private AppUser owner;

  /** Encrypted ({@link SealedCpr}); {@link #citizen} holds the number once decrypted. */
  @Column(name = "citizen_cpr", nullable = false, length = 200)
  private String citizenCpr;

  @Column(name = "citizen_cpr_hash", nullable = false, length = 64)
  private String citizenCprHash;

  @Column(name = "wrapped_key", nullable = false, length = 100)
  private String wrappedKey;

  @Column(name = "kek_version", nullable = false)
  private int kekVersion;

  @Transient private Cpr citizen;

  /**
   * The conversation's own data key, open: it seals the CPR number and every other personal field
   * (participants' names, the decline reason, a problem's technical detail), so that destroying it,
   * with the row, destroys them all.
   */
  @Transient private DataKey key;

  @Column(name = "case_reference", length = 100)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_type", nullable = false, length = 40)
  private ConversationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_form", nullable = false, length = 20)
  private ConversationForm form;

  /** Local time in Europe/Copenhagen, as the caseworker entered it. */
  @Column(name = "conversation_time", nullable = false)
  private LocalDateTime conversationTime;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 30)
  private ConversationState state;

  @Column(name = "citizen_informed", nullable = false)
  private boolean citizenInformed;

  /** The citizen's words on declining, sealed; {@link #declinedReason} once decrypted. */
  @Column(name = "sealed_declined_reason", length = SEALED_LENGTH)
  private String sealedDeclinedReason;

  @Transient private String declinedReason;

  /** Why the pipeline failed or is retrying, for the owner and the administrator. */
  @Enumerated(EnumType.STRING)
  @Column(name = "problem_code", length = 40)
  private Problem problemCode;

  /** A Danish text for people built from codes ({@link ProblemReport#text()}), or null. */
  @Column(name = "problem_text", length = REASON_LENGTH)
  private String problemText;

  /** The technical cause, sealed: it may quote an engine or an exception. */
  @Column(name = "sealed_problem_detail", length = SEALED_LENGTH)
  private String sealedProblemDetail;

  @Transient private String problemDetail;

  /** Which draft generation was asked for last; a drafting job for an older one is stale. */
  @Column(name = "draft_generation", nullable = false)
  private int draftGeneration;

  /** When the approved note was last downloaded as a PDF for manual journalising. */
  @Column(name = "note_pdf_at")
  private Instant notePdfAt;

  /** Milliseconds into the conversation from which the citizen did not want to be recorded. */
  @Column(name = "recording_stopped_ms")
  private Long recordingStoppedMs;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "state_changed_at", nullable = false)
  private Instant stateChangedAt;

  // Benefit figures: metadata recorded when things happen, kept after the content is destroyed.

  /** The owner's team at registration; a hand-over keeps it. */
  @Column(name = "team", length = 100)
  private String team;

  /** What the benefit figures count; recorded as things happen, kept when the row is purged. */
  @Embedded private ConversationMetrics metrics = new ConversationMetrics();

  /** The rating's reason, sealed: it may name the citizen. */
  @Column(name = "sealed_rating_reason", length = SEALED_LENGTH)
  private String sealedRatingReason;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<Participant> participants = new ArrayList<>();

  protected Conversation() {}

  /**
   * Registers a conversation the citizen was informed about (GDPR art. 13) and did not object to.
   */
  public static Conversation register(
      Tenant tenant,
      AppUser owner,
      SealedCpr citizen,
      String caseReference,
      ConversationType type,
      ConversationForm form,
      LocalDateTime conversationTime) {
    Conversation c = new Conversation();
    c.tenant = tenant;
    c.owner = owner;
    c.citizen = citizen.cpr();
    c.citizenCpr = citizen.ciphertext();
    c.citizenCprHash = citizen.hash();
    c.wrappedKey = citizen.key().base64();
    c.kekVersion = citizen.key().kekVersion();
    c.key = citizen.dataKey();
    c.caseReference =
        caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
    c.type = type;
    c.form = form;
    c.conversationTime = conversationTime;
    c.state = ConversationState.REGISTERED;
    c.team = owner.getTeam();
    c.citizenInformed = true;
    c.registeredAt = Instant.now();
    c.stateChangedAt = c.registeredAt;
    return c;
  }

  /** Registers a conversation the citizen declined to have recorded; nothing can be added later. */
  public static Conversation registerDeclined(
      Tenant tenant,
      AppUser owner,
      SealedCpr citizen,
      String caseReference,
      ConversationType type,
      ConversationForm form,
      LocalDateTime conversationTime,
      String reason) {
    Conversation c = register(tenant, owner, citizen, caseReference, type, form, conversationTime);
    c.citizenInformed = false;
    c.declinedReason = reason == null || reason.isBlank() ? null : truncate(reason.strip());
    c.sealedDeclinedReason =
        c.declinedReason == null ? null : c.seal(DECLINED_REASON, c.declinedReason);
    c.moveTo(ConversationState.DECLINED);
    return c;
  }

  /**
   * Adds a participant; the name is sealed with the conversation's data key.
   *
   * @throws IllegalArgumentException without a name
   */
  public void addParticipant(String name, ParticipantRole role) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a participant needs a name");
    }
    int ordinal = participants.size() + 1;
    String plain = name.strip();
    participants.add(
        new Participant(this, ordinal, plain, seal(Participant.field(ordinal), plain), role));
  }

  /** Audio arrived for a conversation the citizen agreed to. */
  public void audioReceived() {
    moveTo(ConversationState.AUDIO_RECEIVED);
  }

  /** A speech engine starts (or retries) the transcription. */
  public void transcriptionStarted() {
    moveTo(ConversationState.TRANSCRIBING);
    problem(null);
  }

  /** A transcript exists, from the engine or imported. */
  public void transcribed() {
    moveTo(ConversationState.TRANSCRIBED);
    problem(null);
  }

  public void transcriptionFailed(ProblemReport reason) {
    moveTo(ConversationState.TRANSCRIPTION_FAILED);
    problem(reason);
    metrics.transcriptionFailures++;
  }

  /** Asks for a new draft generation and returns its number. */
  public int draftingStarted() {
    moveTo(ConversationState.DRAFTING);
    problem(null);
    return ++draftGeneration;
  }

  public void draftReady() {
    moveTo(ConversationState.DRAFT_READY);
    problem(null);
  }

  public void draftFailed(ProblemReport reason) {
    moveTo(ConversationState.DRAFT_FAILED);
    problem(reason);
    metrics.draftFailures++;
  }

  /** The caseworker saved an edited version; the state stays DRAFT_READY. */
  public void draftEdited() {
    moveTo(ConversationState.DRAFT_READY);
  }

  public void approve() {
    moveTo(ConversationState.APPROVED);
    metrics.approvedAt = stateChangedAt;
  }

  /** The caseworker asked the engine for a fresh draft. */
  public void regenerationRequested() {
    metrics.regenerations++;
  }

  /**
   * Records, at approval while the transcript and the drafts are still readable, when the
   * conversation ended and how much of the first generated draft the caseworker changed.
   *
   * @param recorded length of the transcript (end of its last segment); zero if unknown
   * @param transcriptAt when the transcript was stored, or null
   * @param changedShare normalised edit distance, 0..1, or null when no generated draft is held
   */
  public void measuredAtApproval(Duration recorded, Instant transcriptAt, Double changedShare) {
    metrics.endedAt = endOf(conversationTime, recorded, transcriptAt);
    metrics.draftChangedShare = changedShare;
  }

  /**
   * Records, at approval, the caseworker's active time on the review screen and the optional rating
   * of the draft; the rating's reason is sealed.
   *
   * @param seconds active time, or null when the review screen reported none
   * @throws IllegalStateException for a reason when the conversation was not unlocked
   */
  public void documented(Integer seconds, dk.samtalenotat.benefit.DraftRating rating) {
    metrics.documentationSeconds = seconds;
    metrics.draftRating = rating == null ? null : rating.stars();
    sealedRatingReason =
        rating == null || rating.reason() == null ? null : seal(RATING_REASON, rating.reason());
  }

  /**
   * The end of a conversation: its start (Danish time, as entered) plus the length of what was
   * recorded, but never later than the transcript's arrival, since a conversation cannot end after
   * its transcript exists (a start entered wrongly would otherwise shift every figure).
   */
  static Instant endOf(LocalDateTime start, Duration recorded, Instant transcriptAt) {
    Instant end = start.atZone(DENMARK).toInstant().plus(recorded);
    return transcriptAt != null && transcriptAt.isBefore(end) ? transcriptAt : end;
  }

  /**
   * The approved note is on its way to the case system (again, after a failure), into the given
   * case when one is named.
   */
  public void journalisingStarted(String intoCase) {
    moveTo(ConversationState.JOURNALISING);
    problem(null);
    if (intoCase != null && !intoCase.isBlank()) {
      caseReference = intoCase.strip();
    }
  }

  /** The case system's receipt is stored. */
  public void journalised() {
    moveTo(ConversationState.JOURNALISED);
    problem(null);
    if (metrics.journalisedAt == null) {
      metrics.journalisedAt = stateChangedAt;
    }
  }

  public void journalFailed(ProblemReport reason) {
    moveTo(ConversationState.JOURNAL_FAILED);
    problem(reason);
    metrics.journalFailures++;
  }

  /**
   * Whether the case system confirmed the note and its receipt is stored: only then may retention
   * destroy the draft and note text (design.md, "The life of a conversation").
   */
  public boolean isJournalConfirmed() {
    return state == ConversationState.JOURNALISED || state == ConversationState.CLOSED;
  }

  /** The caseworker took the approved note as a PDF to journalise it by hand. */
  public void notePdfDownloaded(Instant at) {
    notePdfAt = at;
  }

  public Instant getNotePdfAt() {
    return notePdfAt;
  }

  /**
   * The citizen no longer wants to be recorded from {@code millis} into the conversation; an
   * earlier mark stands if there is one.
   */
  public void recordingStoppedFrom(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("negative time");
    }
    if (recordingStoppedMs == null || millis < recordingStoppedMs) {
      recordingStoppedMs = millis;
    }
  }

  /** Where the citizen stopped the recording, if they did. */
  public java.util.OptionalLong getRecordingStoppedMs() {
    return recordingStoppedMs == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(recordingStoppedMs);
  }

  /** The segments the citizen agreed to: those that start before the stop mark, if any. */
  public List<SegmentData> consented(List<SegmentData> segments) {
    if (recordingStoppedMs == null) {
      return segments;
    }
    return segments.stream().filter(s -> s.startMillis() < recordingStoppedMs).toList();
  }

  /**
   * The citizen withdrew from being recorded after all, before approval. The caller destroys what
   * was recorded.
   */
  public void recordingWithdrawn() {
    moveTo(ConversationState.DECLINED);
    citizenInformed = false;
    problem(null);
  }

  /**
   * Thirty days passed without approval: everything recorded is destroyed, the metadata stays.
   *
   * @throws IllegalTransitionException once approved (or declined, or expired already)
   */
  public void expire() {
    moveTo(ConversationState.EXPIRED);
    problem(null);
  }

  /** Notes a passing problem (a retry is scheduled) without changing state. */
  public void noteProblem(ProblemReport reason) {
    problem(reason);
  }

  /**
   * Stores a problem, or clears it: the code and the Danish text in plain columns (built from
   * codes, checked by {@link ProblemReport}), the technical detail sealed.
   *
   * @throws IllegalStateException for a detail when the conversation was not unlocked
   */
  private void problem(ProblemReport p) {
    problemCode = p == null ? null : p.code();
    problemText = p == null ? null : p.text();
    problemDetail = p == null ? null : p.detail();
    sealedProblemDetail = problemDetail == null ? null : seal(PROBLEM_DETAIL, problemDetail);
  }

  private static final String DECLINED_REASON = "declined-reason";
  private static final String PROBLEM_DETAIL = "problem-detail";
  private static final String RATING_REASON = "rating-reason";

  /**
   * The AAD of a sealed field: the conversation's CPR binding and the field, so that a sealed value
   * moved to another field or row does not open there.
   */
  private String fieldId(String field) {
    return SealedCpr.objectId(citizenCprHash) + "#" + field;
  }

  private String seal(String field, String plain) {
    if (key == null) {
      throw new IllegalStateException("conversation " + id + " is not unlocked");
    }
    return key.seal(fieldId(field), plain);
  }

  private String open(String field, String sealed) {
    return sealed == null ? null : key.open(fieldId(field), sealed);
  }

  /**
   * The one way to change state.
   *
   * @throws IllegalTransitionException when the life cycle does not allow the move
   */
  public void moveTo(ConversationState target) {
    if (!state.canMoveTo(target)) {
      throw new IllegalTransitionException(id == null ? 0 : id, state, target);
    }
    state = target;
    stateChangedAt = Instant.now();
  }

  /**
   * Hands the conversation to a colleague of the same municipality, who owns it from now on
   * (holiday cover, a change of caseworker).
   *
   * @throws IllegalArgumentException when the colleague is of another tenant or already the owner
   */
  public void handOverTo(AppUser colleague) {
    if (!colleague.getTenant().getId().equals(tenant.getId())) {
      throw new IllegalArgumentException("a conversation stays in its municipality");
    }
    if (colleague.getId().equals(owner.getId())) {
      throw new IllegalArgumentException("already the owner");
    }
    owner = colleague;
  }

  public boolean isOwnedBy(String userKey) {
    return owner.getUserKey().equals(userKey);
  }

  private static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public AppUser getOwner() {
    return owner;
  }

  /**
   * The citizen's CPR number.
   *
   * @throws IllegalStateException when it was not decrypted: load conversations through {@link
   *     ConversationRepository}, which does
   */
  public Cpr getCitizen() {
    if (citizen == null) {
      throw new IllegalStateException("CPR number of conversation " + id + " not decrypted");
    }
    return citizen;
  }

  /** The tenant's keyed hash of the CPR number, for look-ups. */
  public String getCitizenCprHash() {
    return citizenCprHash;
  }

  /**
   * Opens the conversation's data key and decrypts the CPR number and the other personal fields;
   * nothing happens when it already is.
   */
  public void unlock(DataKeys keys) {
    if (key != null && citizen != null) {
      return;
    }
    key = keys.open(tenant.getCvr(), getWrappedKey());
    citizen = Cpr.parse(key.open(SealedCpr.objectId(citizenCprHash), citizenCpr));
    declinedReason = open(DECLINED_REASON, sealedDeclinedReason);
    problemDetail = open(PROBLEM_DETAIL, sealedProblemDetail);
    for (Participant p : participants) {
      p.opened(open(Participant.field(p.getOrdinal()), p.sealedName()));
    }
  }

  /**
   * The sealed personal fields as stored, for the deletion evidence's hash of what a purge
   * destroys.
   */
  public List<String> sealedFields() {
    List<String> out = new ArrayList<>();
    out.add(citizenCpr);
    out.add(sealedDeclinedReason);
    out.add(sealedProblemDetail);
    out.add(sealedRatingReason);
    participants.forEach(p -> out.add(p.sealedName()));
    return out;
  }

  /**
   * Seals a value stored in plain text before personal fields were sealed (migration only).
   *
   * @throws IllegalStateException when the conversation is not unlocked
   */
  void sealLegacy(String declined, String problem, java.util.Map<Integer, String> names) {
    if (declined != null && sealedDeclinedReason == null) {
      declinedReason = truncate(declined);
      sealedDeclinedReason = seal(DECLINED_REASON, declinedReason);
    }
    if (problem != null && problemCode == null) {
      // Stored as "CODE: detail" (Problem.with before problems were sealed); no code, no problem.
      Problem code = Problem.codeOf(problem);
      if (code != null) {
        int colon = problem.indexOf(':');
        problem(code.with(colon < 0 ? null : problem.substring(colon + 1)));
      }
    }
    for (Participant p : participants) {
      String legacy = names.get(p.getOrdinal());
      if (legacy != null && p.sealedName() == null) {
        p.sealed(legacy, seal(Participant.field(p.getOrdinal()), legacy));
      }
    }
  }

  /** The optimistic version: the retention purge claims a conversation by the one it read. */
  public int getVersion() {
    return version;
  }

  public WrappedKey getWrappedKey() {
    return WrappedKey.of(kekVersion, wrappedKey);
  }

  /** After a rotation of the tenant's key-encryption key: the same data key, wrapped anew. */
  public void rewrapped(WrappedKey key) {
    wrappedKey = key.base64();
    kekVersion = key.kekVersion();
  }

  public String getCaseReference() {
    return caseReference;
  }

  public ConversationType getType() {
    return type;
  }

  public ConversationForm getForm() {
    return form;
  }

  public LocalDateTime getConversationTime() {
    return conversationTime;
  }

  public ConversationState getState() {
    return state;
  }

  public boolean isCitizenInformed() {
    return citizenInformed;
  }

  /** The citizen's words on declining, decrypted; null when none were given. */
  public String getDeclinedReason() {
    requireUnlocked();
    return declinedReason;
  }

  /** The code of the current problem, or null. */
  public Problem getProblem() {
    return problemCode;
  }

  /** The Danish text for people of the current problem, or null for the code's own. */
  public String getProblemText() {
    return problemText;
  }

  /** The technical detail of the current problem, decrypted, or null. */
  public String getProblemDetail() {
    requireUnlocked();
    return problemDetail;
  }

  private void requireUnlocked() {
    if (key == null) {
      throw new IllegalStateException("conversation " + id + " not decrypted");
    }
  }

  public int getDraftGeneration() {
    return draftGeneration;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public String getTeam() {
    return team;
  }

  public ConversationMetrics getMetrics() {
    return metrics;
  }

  public List<Participant> getParticipants() {
    return Collections.unmodifiableList(participants);
  }

  /** The rating's reason once unlocked, or null. */
  public String ratingReason() {
    return open(RATING_REASON, sealedRatingReason);
  }
}
