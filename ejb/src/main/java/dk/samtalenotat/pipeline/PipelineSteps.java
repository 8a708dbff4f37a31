package dk.samtalenotat.pipeline;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteLayout;
import dk.samtalenotat.draft.NoteTooLongException;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.retention.Actor;
import dk.samtalenotat.retention.RetentionRule;
import dk.samtalenotat.retention.Shredder;
import dk.samtalenotat.template.TemplateRepository;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpokenLanguage;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptSegment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transactional halves of the pipeline's jobs, each in a transaction of its own so that the
 * slow engine call between them holds no transaction. Every step first checks that its work is
 * still to be done: a redelivered or duplicate job finds it done and does nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PipelineSteps {

  private static final Purpose CASE = Purpose.CASE_DOCUMENTATION;

  private static final Logger LOG = Logger.getLogger(PipelineSteps.class.getName());

  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;
  @Inject private ConversationRepository conversations;
  @Inject private AudioStore audioStore;
  @Inject private PipelineQueue queue;
  @Inject private DataKeys keys;
  @Inject private Shredder shredder;
  @Inject private AccessLog accessLog;
  @Inject private TemplateRepository templates;
  @Inject private PipelineSettings settings;

  /**
   * Claims the conversation's job for this node before the engine call, in a transaction of its
   * own: empty when another node works on it now or the conversation no longer waits for this step
   * (for drafting: this generation).
   */
  public Optional<JobLeases.Claim> claim(
      long conversationId, ConversationState step, int generation) {
    Optional<JobLeases.Claim> claim =
        settings
            .leases()
            .claim(em, conversationId, step, generation, settings.node(), java.time.Instant.now());
    if (claim.isEmpty()) {
      LOG.info(
          () ->
              step
                  + " of "
                  + conversationId
                  + " is worked on elsewhere or has nothing to do; skipped");
    }
    return claim;
  }

  /**
   * Extends the claim while the engine runs.
   *
   * @return false when it was lost
   */
  public boolean renew(long conversationId, String holder) {
    return settings.leases().renew(em, conversationId, holder, java.time.Instant.now());
  }

  /** Ends the leases this node held before it started (see {@link JobLeases#endLeasesOf}). */
  public int endOwnLeases() {
    return settings.leases().endLeasesOf(em, settings.node(), java.time.Instant.now());
  }

  /** Jobs whose wake-up is to be sent again (see {@link JobLeases#due}). */
  public List<JobLeases.Due> dueForRecovery(int limit) {
    return settings.leases().due(em, java.time.Instant.now(), limit);
  }

  /**
   * Takes a due job back and sends its wake-up, in one transaction.
   *
   * @return false when another node took it or it finished meanwhile
   */
  public boolean wakeUpAgain(JobLeases.Due job) {
    if (!settings.leases().takeBack(em, job.conversationId(), java.time.Instant.now())) {
      return false;
    }
    queue.wakeUp(job);
    return true;
  }

  /** The audio to transcribe, or empty when there is nothing (more) to do. */
  public Optional<AudioSource> transcriptionWork(long conversationId) {
    Optional<Conversation> c = conversations.find(conversationId);
    if (c.isPresent() && paused(c.get())) {
      return Optional.empty();
    }
    if (c.isEmpty()
        || c.get().getState() != ConversationState.TRANSCRIBING
        || conversations.hasTranscript(c.get())) {
      LOG.info(() -> "transcription of " + conversationId + " has nothing to do; skipped");
      return Optional.empty();
    }
    List<AudioRecording> audio = conversations.audioOf(c.get());
    if (audio.isEmpty()) {
      c.get().transcriptionFailed(Problem.TRANSCRIPTION_FAILED.with("no audio held"));
      JobLeases.finished(em, conversationId);
      return Optional.empty();
    }
    AudioRecording a = audio.get(audio.size() - 1);
    return Optional.of(
        audioStore.source(
            a.getStorageKey(),
            a.getFileName(),
            a.getContentType(),
            a.getSizeBytes(),
            keys.open(c.get().getTenant().getCvr(), a.getWrappedKey())));
  }

  /**
   * What the speech engine heard while the conversation's last finished upload was being recorded,
   * window by window in order; empty when it was not transcribed while recording.
   */
  public List<dk.samtalenotat.transcript.windowed.WindowSegments> liveWindows(long conversationId) {
    Optional<Conversation> c = conversations.find(conversationId);
    if (c.isEmpty()) {
      return List.of();
    }
    List<dk.samtalenotat.recording.TranscriptWindow> windows =
        em.createQuery(
                "select w from TranscriptWindow w where w.upload.conversation = :c"
                    + " and w.upload.state = :finished order by w.upload.id desc, w.windowIndex",
                dk.samtalenotat.recording.TranscriptWindow.class)
            .setParameter("c", c.get())
            .setParameter("finished", dk.samtalenotat.recording.AudioUpload.State.FINISHED)
            .getResultList();
    if (windows.isEmpty()) {
      return List.of();
    }
    Long latest = windows.get(0).getUpload().getId();
    String cvr = tenantOf(c.get());
    return windows.stream()
        .filter(w -> w.getUpload().getId().equals(latest))
        .map(w -> w.open(keys.open(cvr, w.getWrappedKey())))
        .toList();
  }

  /** Stores the transcript and queues the first draft, unless a transcript is already there. */
  public void storeTranscript(long conversationId, String engine, List<SegmentData> segments) {
    Conversation c = conversations.find(conversationId).orElseThrow();
    if (c.getState() != ConversationState.TRANSCRIBING || conversations.hasTranscript(c)) {
      LOG.info(() -> "transcript of " + conversationId + " already stored; result dropped");
      return;
    }
    if (segments.isEmpty()) {
      c.transcriptionFailed(Problem.TRANSCRIPTION_FAILED.with("the engine heard no speech"));
      JobLeases.finished(em, conversationId);
      return;
    }
    // Engines give one language for the whole recording at most: each segment is checked.
    List<SegmentData> consented =
        c.consented(SpokenLanguage.mark(SegmentData.fitted(segments, TranscriptSegment.MAX_TEXT)));
    if (consented.isEmpty()) {
      // All the speech lies after the point the citizen stopped the recording.
      c.recordingWithdrawn();
      shredder.destroyAllOf(c, RetentionRule.CITIZEN_OPT_OUT, Actor.PIPELINE);
      JobLeases.finished(em, conversationId);
      return;
    }
    conversations.add(
        new Transcript(c, Transcript.Source.ENGINE, engine, consented, keys.create(tenantOf(c))));
    // The windows heard while recording live on as this transcript.
    shredder.destroyWindowsOf(c, null, Actor.PIPELINE, java.time.Instant.now());
    c.transcribed();
    accessLog.usedBySystem(
        AccessAction.PROCESS, AccessObject.TRANSCRIPT, c, "TranscriptionJob", CASE);
    queue.startDrafting(c);
  }

  /** What to give the draft engine, or empty when this generation is done or superseded. */
  public Optional<DraftRequest> draftingWork(long conversationId, int generation) {
    Optional<Conversation> c = conversations.find(conversationId);
    if (c.isPresent() && paused(c.get())) {
      return Optional.empty();
    }
    if (c.isEmpty() || !isPending(c.get(), generation)) {
      LOG.info(
          () -> "draft " + generation + " of " + conversationId + " has nothing to do; skipped");
      return Optional.empty();
    }
    Optional<Transcript> transcript = conversations.transcriptOf(c.get());
    if (transcript.isEmpty()) {
      c.get().draftFailed(Problem.DRAFT_FAILED.with("no transcript held"));
      JobLeases.finished(em, conversationId);
      return Optional.empty();
    }
    return Optional.of(
        DraftRequests.of(
            c.get(),
            transcript.get().getSegments(),
            templates.current(c.get().getTenant(), c.get().getType())));
  }

  /**
   * Stores the generated draft with its unsupported-fact check, unless this generation is already
   * stored or superseded.
   *
   * @param flags the check of the generated sentences against the transcript the draft was made
   *     from (a transcript does not change once a draft is asked for)
   * @param templateVersion the version of the template the engine wrote by (0 the standard)
   */
  public void storeDraft(
      long conversationId,
      int generation,
      GeneratedDraft generated,
      List<FactFlag> flags,
      int templateVersion) {
    Conversation c = conversations.find(conversationId).orElseThrow();
    if (!isPending(c, generation)) {
      LOG.info(() -> "draft " + generation + " of " + conversationId + " not needed; dropped");
      return;
    }
    String content = NoteLayout.content(generated.sentences());
    try {
      DraftVersion.requireFits(content, generated.sentences());
    } catch (NoteTooLongException e) {
      // Asking the engine again may give a shorter draft: failed, with a retry for the caseworker.
      LOG.warning(() -> "draft " + generation + " of " + conversationId + " refused: " + e);
      c.draftFailed(Problem.DRAFT_FAILED.with(e.getMessage()));
      JobLeases.finished(em, conversationId);
      return;
    }
    Draft draft =
        conversations
            .draftOf(c)
            .orElseGet(
                () -> {
                  Draft d = new Draft(c);
                  conversations.add(d);
                  return d;
                });
    DataKey key = keys.create(tenantOf(c));
    draft
        .addGenerated(
            generation, generated.engine(), templateVersion, content, generated.sentences(), key)
        .ifPresent(v -> draft.checked(v, flags, key));
    c.draftReady();
    JobLeases.finished(em, conversationId);
    // The audio has served its purpose once a draft exists (design.md): destroyed in this same
    // transaction, so a draft is never stored while its audio outlives it.
    shredder.destroyAudioOf(c, RetentionRule.AUDIO_DRAFT_EXISTS, Actor.PIPELINE);
    accessLog.usedBySystem(AccessAction.PROCESS, AccessObject.DRAFT, c, "DraftingJob", CASE);
  }

  public void transcriptionFailed(long conversationId, String detail) {
    transcriptionFailed(conversationId, Problem.TRANSCRIPTION_FAILED, detail);
  }

  /** Failed for good, with the problem the caseworker is shown. */
  public void transcriptionFailed(long conversationId, Problem problem, String detail) {
    Optional<Conversation> c =
        conversations
            .find(conversationId)
            .filter(x -> x.getState() == ConversationState.TRANSCRIBING);
    c.ifPresent(x -> x.transcriptionFailed(problem.with(detail)));
    c.ifPresent(x -> JobLeases.finished(em, conversationId));
  }

  public void draftFailed(long conversationId, int generation, String detail) {
    Optional<Conversation> c =
        conversations.find(conversationId).filter(x -> isPending(x, generation));
    c.ifPresent(x -> x.draftFailed(Problem.DRAFT_FAILED.with(detail)));
    c.ifPresent(x -> JobLeases.finished(em, conversationId));
  }

  /**
   * Records a passing problem while the job waits for its next attempt, and gives its claim up: the
   * broker delivers the job again after its back-off delay, to whichever node it is on.
   *
   * @param holder the claim's holder; null when the job failed before it was claimed
   */
  public void noteProblem(long conversationId, String holder, Problem problem, String detail) {
    conversations.find(conversationId).ifPresent(c -> c.noteProblem(problem.with(detail)));
    if (holder != null) {
      JobLeases.released(em, conversationId, holder, java.time.Instant.now());
    }
  }

  private static String tenantOf(Conversation c) {
    return c.getTenant().getCvr();
  }

  private boolean isPending(Conversation c, int generation) {
    return c.getState() == ConversationState.DRAFTING && c.getDraftGeneration() == generation;
  }

  /**
   * Whether the conversation's municipality is suspended: its job leaves the conversation where it
   * is, and resuming the municipality queues it again ({@link PipelineQueue#resume}).
   */
  private static boolean paused(Conversation c) {
    if (c.getTenant().getStatus() == dk.samtalenotat.tenant.Tenant.Status.ACTIVE) {
      return false;
    }
    LOG.info(() -> "conversation " + c.getId() + " waits: its municipality is not active");
    return true;
  }
}
