package dk.samtalenotat.conversation;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.benefit.DraftChange;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftFlag;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.NoteLayout;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.pipeline.DraftRequests;
import dk.samtalenotat.pipeline.PipelineQueue;
import dk.samtalenotat.retention.Actor;
import dk.samtalenotat.retention.RetentionRule;
import dk.samtalenotat.retention.Shredder;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptSegment;
import dk.samtalenotat.transcript.TranscriptText;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
import dk.samtalenotat.transcript.importing.TranscriptImporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The caseworker's use cases for a conversation: register, add audio or a transcript, review and
 * edit the draft, regenerate, approve. Every method works only on the caller's own conversations.
 */
@Stateless
@RolesAllowed(Roles.CASEWORKER)
public class ConversationService {

  private static final Purpose CASE = Purpose.CASE_DOCUMENTATION;

  private static final Logger LOG = Logger.getLogger(ConversationService.class.getName());
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final java.time.format.DateTimeFormatter TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  @Inject private ConversationRepository conversations;
  @Inject private UserRegistry users;
  @Inject private AudioStore audioStore;
  @Inject private TranscriptImporter importer;
  @Inject private PipelineQueue pipeline;
  @Inject private SpeechToText speech;
  @Inject private DataKeys keys;
  @Inject private CprHasher cprHasher;
  @Inject private Shredder shredder;
  @Inject private AccessLog accessLog;
  @Inject private dk.samtalenotat.journal.JournalOutbox journalOutbox;

  /**
   * Registers a conversation for the caller.
   *
   * @return its id
   * @throws RegistrationException when a field breaks a rule
   */
  public long register(Registration r) {
    // Every broken rule at once: the form marks all the fields to correct, not one per try.
    List<RegistrationException.Problem> problems = new java.util.ArrayList<>();
    Cpr cpr = null;
    try {
      cpr = Cpr.parse(r.cpr());
    } catch (InvalidCprException e) {
      problems.add(
          e.problem() == Cpr.Problem.DATE
              ? RegistrationException.Problem.CPR_DATE
              : RegistrationException.Problem.CPR_FORMAT);
    }
    check(problems, r.type() != null, RegistrationException.Problem.TYPE_MISSING);
    check(problems, r.form() != null, RegistrationException.Problem.FORM_MISSING);
    if (r.conversationTime() == null) {
      problems.add(RegistrationException.Problem.TIME_MISSING);
    } else {
      check(
          problems,
          r.conversationTime().isBefore(LocalDateTime.now(DENMARK).plusDays(1)),
          RegistrationException.Problem.TIME_IN_FUTURE);
    }
    check(
        problems,
        r.citizenInformed() || r.citizenDeclined(),
        RegistrationException.Problem.CONSENT_MISSING);
    check(
        problems,
        !(r.citizenInformed() && r.citizenDeclined()),
        RegistrationException.Problem.CONSENT_CONTRADICTORY);
    for (Registration.ParticipantEntry p : r.participants()) {
      check(
          problems,
          p.name() != null && !p.name().isBlank() && p.role() != null,
          RegistrationException.Problem.PARTICIPANT_INCOMPLETE);
      // Participants' names are matched against the transcript's speakers, which hold to the
      // same rule: refused, not stripped.
      check(
          problems,
          p.name() == null || dk.samtalenotat.transcript.SpeakerName.check(p.name()).isEmpty(),
          RegistrationException.Problem.PARTICIPANT_NAME_INVALID);
    }
    if (!problems.isEmpty()) {
      throw new RegistrationException(problems);
    }
    AppUser me = users.caller();
    SealedCpr citizen = SealedCpr.seal(cpr, me.getTenant().getCvr(), keys, cprHasher);
    // A standing refusal is shown when registering: the caseworker registers the conversation as
    // declined, and nothing can be recorded in it.
    require(
        r.citizenDeclined()
            || conversations.activeRefusal(me.getTenant(), citizen.hash()).isEmpty(),
        RegistrationException.Problem.CITIZEN_REFUSES_RECORDING);
    Conversation c =
        r.citizenDeclined()
            ? Conversation.registerDeclined(
                me.getTenant(),
                me,
                citizen,
                r.caseReference(),
                r.type(),
                r.form(),
                r.conversationTime(),
                r.declinedReason())
            : Conversation.register(
                me.getTenant(),
                me,
                citizen,
                r.caseReference(),
                r.type(),
                r.form(),
                r.conversationTime());
    c.addParticipant(me.getDisplayName(), ParticipantRole.SAGSBEHANDLER);
    for (Registration.ParticipantEntry p : r.participants()) {
      c.addParticipant(p.name(), p.role());
    }
    conversations.add(c);
    conversations.flush();
    accessLog.used(AccessAction.CREATE, AccessObject.CONVERSATION, c, CASE);
    LOG.info(() -> "conversation " + c.getId() + " registered, state " + c.getState());
    return c.getId();
  }

  /** The caller's conversations, newest first; all states when {@code state} is null. */
  public List<ConversationSummary> mine(ConversationState state) {
    accessLog.searched(
        AccessObject.CONVERSATION,
        state == null ? "own conversations" : "own conversations in state " + state,
        CASE);
    return conversations.ofOwner(users.caller(), state).stream()
        .map(ConversationSummary::of)
        .toList();
  }

  /** The whole conversation for its screen. */
  public ConversationDetails open(long id) {
    // Read-only: the page changes nothing, and its entry in the access log is written all the same.
    return conversations.reading(
        () -> {
          Conversation c = own(id);
          accessLog.used(AccessAction.READ, AccessObject.CONVERSATION, c, CASE);
          return details(c);
        });
  }

  /**
   * Where the conversation stands, for a screen that waits for the pipeline: metadata only, so it
   * is not a use of personal data and polling it writes no access log entry.
   */
  public ConversationState state(long id) {
    return own(id).getState();
  }

  /**
   * Imports a transcript file (WebVTT, SRT or "Speaker: text") instead of audio and queues the
   * draft.
   *
   * @throws TranscriptFormatException when the file is not a transcript; nothing changes
   * @throws IllegalTransitionException when the conversation takes no transcript now
   */
  public void importTranscript(long id, String fileName, InputStream content)
      throws TranscriptFormatException {
    Conversation c = own(id);
    requireState(c, ConversationState.REGISTERED, ConversationState.AUDIO_RECEIVED);
    requireNoStandingRefusal(c);
    List<SegmentData> segments = c.consented(importer.parse(fileName, content));
    if (segments.isEmpty()) {
      // Everything in the file lies after the point the citizen stopped the recording.
      withdrawRecording(c);
      return;
    }
    conversations.add(
        new Transcript(c, Transcript.Source.IMPORT, displayName(fileName), segments, newKey(c)));
    c.transcribed();
    accessLog.used(AccessAction.CREATE, AccessObject.TRANSCRIPT, c, CASE);
    pipeline.startDrafting(c);
  }

  /**
   * The first step of {@link ConversationSteps#addAudio} (and of a chunked recording's finish): the
   * conversation takes audio now, and the fresh data key its recording is encrypted with.
   *
   * @throws IllegalTransitionException when the conversation takes no audio now
   * @throws RecordingRefusedException when the citizen refuses to be recorded
   */
  public DataKey audioKey(long id) {
    Conversation c = own(id);
    requireAudioTaken(c);
    return newKey(c);
  }

  /**
   * The last step of {@link ConversationSteps#addAudio} (and of a chunked recording's finish): the
   * conversation takes the stored file, checked again, as it may have changed while the file was
   * written (the citizen's refusal, another file taken first). The caller deletes the file when
   * this fails.
   *
   * @param key the key from {@link #audioKey}, wrapped, that the file is encrypted with
   * @return true when transcription was queued
   */
  public boolean takeAudio(long id, String fileName, AudioStore.Stored stored, WrappedKey key) {
    Conversation c = own(id);
    requireAudioTaken(c);
    conversations.add(
        new AudioRecording(c, displayName(fileName), stored.format().mediaType(), stored, key));
    c.audioReceived();
    accessLog.used(AccessAction.CREATE, AccessObject.AUDIO, c, CASE);
    if (speech.available()) {
      pipeline.startTranscription(c);
      return true;
    }
    c.noteProblem(ProblemReport.of(Problem.SPEECH_ENGINE_MISSING));
    return false;
  }

  private void requireAudioTaken(Conversation c) {
    requireState(c, ConversationState.REGISTERED);
    requireNoStandingRefusal(c);
  }

  /** The largest audio file accepted, in bytes. */
  public long maxUploadBytes() {
    return audioStore.maxBytes();
  }

  /** Whether audio can be transcribed here at all (a speech engine is configured). */
  public boolean speechEngineAvailable() {
    return speech.available();
  }

  /**
   * The first step of {@link ConversationSteps#saveDraft}: the edit refused or parsed, with what it
   * is checked against.
   */
  public DraftEdit readEdit(long id, int basedOn, String content) {
    return conversations.reading(
        () -> {
          Conversation c = own(id);
          DraftVersion current = draftUnderReview(c, basedOn).current();
          if (content == null || content.isBlank()) {
            throw new EmptyNoteException();
          }
          if (content.strip().equals(current.getContent().strip())) {
            return DraftEdit.unchanged(current.getVersionNo());
          }
          List<TranscriptSegment> segments =
              conversations.transcriptOf(c).map(Transcript::getSegments).orElse(List.of());
          return DraftEdit.of(
              basedOn,
              content,
              NoteLayout.parse(content, current.sentencesAsData()),
              DraftRequests.factCheckContext(c, segments));
        });
  }

  /**
   * The last step of {@link ConversationSteps#saveDraft}: the checked edit stored as the new
   * version, unless the conversation moved on since it was read.
   */
  public int storeEdit(long id, DraftEdit edit) {
    List<FactFlag> flags = edit.flags();
    Conversation c = own(id);
    Draft draft = draftUnderReview(c, edit.basedOn());
    AppUser me = users.caller();
    DataKey key = newKey(c);
    DraftVersion saved =
        draft.addEdited(
            me.getUserKey(), me.getDisplayName(), edit.content(), edit.sentences(), key);
    draft.checked(saved, flags, key);
    c.draftEdited();
    accessLog.used(AccessAction.CHANGE, AccessObject.DRAFT, c, CASE);
    return saved.getVersionNo();
  }

  /**
   * The draft under review, whose current version the caseworker's action is based on.
   *
   * @throws IllegalTransitionException when the conversation is not under review
   * @throws StaleDraftException when a newer version was saved since {@code basedOn}
   */
  private Draft draftUnderReview(Conversation c, int basedOn) {
    requireState(c, ConversationState.DRAFT_READY);
    Draft draft = conversations.draftOf(c).orElseThrow();
    int current = draft.current().getVersionNo();
    if (current != basedOn) {
      throw new StaleDraftException(basedOn, current);
    }
    return draft;
  }

  /**
   * The caseworker has checked a flagged fact of the current version against the conversation and
   * confirms it as written; recorded with who and when.
   *
   * @param versionNo the version the caseworker looked at; refused if a newer one exists
   */
  public void confirmFlag(long id, int versionNo, int flagOrdinal) {
    Conversation c = own(id);
    requireState(c, ConversationState.DRAFT_READY);
    Draft draft = conversations.draftOf(c).orElseThrow();
    AppUser me = users.caller();
    draft.confirmFlag(
        versionNo, flagOrdinal, me.getUserKey(), me.getDisplayName(), java.time.Instant.now());
    accessLog.used(AccessAction.CHANGE, AccessObject.DRAFT, c, CASE);
  }

  /**
   * The current version's content with a flagged fact replaced by what the transcript says. The
   * first step of {@link ConversationSteps#takeTranscriptValue}.
   */
  public String withTranscriptValue(long id, int versionNo, int flagOrdinal) {
    return conversations.reading(
        () -> {
          DraftVersion current = draftUnderReview(own(id), versionNo).current();
          StaleDraftException stale = new StaleDraftException(versionNo, current.getVersionNo());
          DraftFlag flag =
              current.getFlags().stream()
                  .filter(f -> f.getOrdinal() == flagOrdinal && f.isOpen())
                  .findFirst()
                  .orElseThrow(() -> stale);
          String sentence = current.getSentences().get(flag.getSentenceOrdinal() - 1).getText();
          String corrected = flag.corrected(sentence).orElseThrow(() -> stale).strip();
          String content = current.getContent();
          int at = content.indexOf(sentence.strip());
          if (at < 0) {
            throw stale;
          }
          return content.substring(0, at)
              + corrected
              + content.substring(at + sentence.strip().length());
        });
  }

  /** Asks the engine for a fresh draft; edited versions stay in the history. */
  public void regenerate(long id) {
    Conversation c = own(id);
    requireState(c, ConversationState.DRAFT_READY, ConversationState.DRAFT_FAILED);
    accessLog.used(AccessAction.CHANGE, AccessObject.DRAFT, c, CASE);
    c.regenerationRequested();
    pipeline.startDrafting(c);
  }

  /** Tries a failed transcription or draft again. */
  public void retry(long id) {
    Conversation c = own(id);
    switch (c.getState()) {
      case TRANSCRIPTION_FAILED -> pipeline.startTranscription(c);
      case DRAFT_FAILED -> pipeline.startDrafting(c);
      default -> throw new IllegalTransitionException(id, c.getState(), c.getState());
    }
    accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE);
  }

  /**
   * Approves the current version as the journal note.
   *
   * @param basedOn the version the caseworker read; refused if a newer one exists
   */
  public void approve(long id, int basedOn) {
    approve(id, basedOn, dk.samtalenotat.benefit.DraftRating.NONE);
  }

  /**
   * Approves the current version, with the caseworker's optional rating of the draft.
   *
   * @param basedOn the version the caseworker read; refused if a newer one exists
   * @param rating the rating, or {@link dk.samtalenotat.benefit.DraftRating#NONE}
   */
  public void approve(long id, int basedOn, dk.samtalenotat.benefit.DraftRating rating) {
    Conversation c = own(id);
    requireState(c, ConversationState.DRAFT_READY);
    Draft draft = conversations.draftOf(c).orElseThrow();
    if (draft.current().getVersionNo() != basedOn) {
      throw new StaleDraftException(basedOn, draft.current().getVersionNo());
    }
    java.time.Instant now = java.time.Instant.now();
    // The approval is the review screen's last moment: it counts as a beat.
    countReviewActivity(c, now);
    draft.approve(users.caller().getDisplayName(), now);
    c.approve();
    measureForBenefitFigures(c, draft);
    List<dk.samtalenotat.benefit.ReviewActivity> activity = conversations.activitiesOf(id);
    c.documented(
        activity.isEmpty()
            ? null
            : (int)
                (activity.stream()
                        .mapToLong(dk.samtalenotat.benefit.ReviewActivity::getActiveMs)
                        .sum()
                    / 1000),
        rating == null ? dk.samtalenotat.benefit.DraftRating.NONE : rating);
    // The transcript has served its purpose once the note is approved (design.md).
    shredder.destroyTranscriptOf(
        c, RetentionRule.TRANSCRIPT_APPROVED, Actor.user(users.caller().getUserKey()));
    accessLog.used(AccessAction.APPROVE, AccessObject.DRAFT, c, CASE);
    LOG.info(() -> "conversation " + id + " approved at version " + basedOn);
    if (journalOutbox.enqueue(c, null)) {
      LOG.info(() -> "conversation " + id + " queued for journalising");
    }
  }

  /**
   * Records what the benefit figures need while transcript and drafts are still readable: the
   * length of the conversation, and the share of the first generated draft the caseworker changed.
   */
  private void measureForBenefitFigures(Conversation c, Draft draft) {
    Optional<ConversationRepository.TranscriptLength> transcript =
        conversations.transcriptLengthOf(c);
    long recordedMillis =
        transcript.map(ConversationRepository.TranscriptLength::lastEndMillis).orElse(0L);
    Double changed =
        draft.getVersions().stream()
            .filter(v -> v.getKind() == DraftVersion.Kind.GENERATED && !v.isDestroyed())
            .findFirst()
            .map(first -> DraftChange.share(first.getContent(), draft.current().getContent()))
            .orElse(null);
    c.measuredAtApproval(
        java.time.Duration.ofMillis(recordedMillis),
        transcript.map(ConversationRepository.TranscriptLength::createdAt).orElse(null),
        changed);
  }

  /**
   * An activity beat from the review screen: the caller works on the draft now. Counts only the
   * owner's beats while the draft is under review ({@link
   * dk.samtalenotat.benefit.DocumentationClock}); the time is the server's. Metadata only, so no
   * access log entry.
   *
   * @return whether the beat counted
   */
  public boolean reviewActivity(long id) {
    return countReviewActivity(own(id), java.time.Instant.now());
  }

  private boolean countReviewActivity(Conversation c, java.time.Instant now) {
    String caller = users.caller().getUserKey();
    if (!dk.samtalenotat.benefit.DocumentationClock.counts(
        c.getState(), c.getOwner().getUserKey(), caller)) {
      return false;
    }
    Optional<dk.samtalenotat.benefit.ReviewActivity> known =
        conversations.activityOf(c.getId(), caller);
    if (known.isPresent()) {
      known.get().beat(now);
    } else {
      conversations.add(new dk.samtalenotat.benefit.ReviewActivity(c.getId(), caller, now));
    }
    return true;
  }

  /** The caseworkers of the caller's municipality who can take over a conversation. */
  public List<Colleague> colleagues() {
    return users.colleagues(users.caller()).stream()
        .map(u -> new Colleague(u.getUserKey(), u.getDisplayName(), u.getTeam()))
        .toList();
  }

  /**
   * Hands the conversation to a caseworker colleague of the same municipality, who owns it from now
   * on; the caller no longer sees it.
   *
   * @throws HandOverException when the colleague is unknown, not a caseworker, of another
   *     municipality, or the caller
   */
  public void handOver(long id, String colleagueKey) {
    Conversation c = own(id);
    AppUser me = users.caller();
    AppUser colleague =
        users
            .findUser(colleagueKey)
            .filter(u -> u.getTenant().getId().equals(me.getTenant().getId()))
            .filter(AppUser::isCaseworker)
            .filter(AppUser::isActive)
            .filter(u -> !u.getId().equals(me.getId()))
            .orElseThrow(HandOverException::new);
    accessLog.used(
        AccessAction.HAND_OVER,
        AccessObject.CONVERSATION,
        c,
        CASE,
        "handed over to " + colleague.getUserKey());
    c.handOverTo(colleague);
    LOG.info(() -> "conversation " + id + " handed over to " + colleague.getUserKey());
  }

  /**
   * Registers the citizen's standing refusal to be recorded: no later conversation with them takes
   * audio or a transcript until it is withdrawn. Nothing happens if one already stands.
   */
  public void refuseRecordingForGood(long id) {
    Conversation c = own(id);
    if (conversations.activeRefusal(c.getTenant(), c.getCitizenCprHash()).isEmpty()) {
      conversations.add(
          new RecordingRefusal(c.getTenant(), c.getCitizenCprHash(), users.caller().getUserKey()));
      accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE);
      LOG.info(() -> "standing refusal to be recorded registered from conversation " + id);
    }
  }

  /** Withdraws the citizen's standing refusal; logged. Nothing happens if none stands. */
  public void withdrawRecordingRefusal(long id) {
    Conversation c = own(id);
    conversations
        .activeRefusal(c.getTenant(), c.getCitizenCprHash())
        .ifPresent(
            r -> {
              r.withdraw(users.caller().getUserKey());
              accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE);
              LOG.info(() -> "standing refusal to be recorded withdrawn from conversation " + id);
            });
  }

  /**
   * The citizen no longer wants to be recorded from {@code fromMillis} into the conversation. From
   * the start (0) everything recorded is destroyed and the conversation is declined. From a later
   * point, transcript segments from there on are destroyed (or never stored, if the transcript is
   * still to come) and any draft, which may quote them, is destroyed and drafted anew.
   *
   * @throws IllegalTransitionException after approval, or while a draft is being written from a
   *     later point (try again when it is ready)
   */
  public void stopRecording(long id, long fromMillis) {
    Conversation c = own(id);
    if (fromMillis <= 0) {
      withdrawRecording(c);
      return;
    }
    requireState(
        c,
        ConversationState.REGISTERED,
        ConversationState.AUDIO_RECEIVED,
        ConversationState.TRANSCRIBING,
        ConversationState.TRANSCRIPTION_FAILED,
        ConversationState.DRAFT_READY,
        ConversationState.DRAFT_FAILED);
    c.recordingStoppedFrom(fromMillis);
    Actor me = Actor.user(users.caller().getUserKey());
    boolean dropped =
        shredder.dropSegmentsFrom(
            c, c.getRecordingStoppedMs().getAsLong(), RetentionRule.CITIZEN_OPT_OUT, me);
    if (dropped) {
      if (conversations.transcriptOf(c).map(t -> t.getSegments().isEmpty()).orElse(true)) {
        withdrawRecording(c);
        return;
      }
      shredder.destroyDraftVersionsOf(c, RetentionRule.CITIZEN_OPT_OUT, me);
      if (c.getState() == ConversationState.DRAFT_READY
          || c.getState() == ConversationState.DRAFT_FAILED) {
        pipeline.startDrafting(c);
      }
    }
    accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE);
    LOG.info(
        () -> "conversation " + id + ": citizen stopped the recording at " + fromMillis + " ms");
  }

  /** The citizen withdrew from being recorded at all: everything recorded goes. */
  private void withdrawRecording(Conversation c) {
    c.recordingWithdrawn();
    c.recordingStoppedFrom(0);
    shredder.destroyAllOf(
        c, RetentionRule.CITIZEN_OPT_OUT, Actor.user(users.caller().getUserKey()));
    accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, CASE);
    LOG.info(() -> "conversation " + c.getId() + ": citizen withdrew; recordings destroyed");
  }

  private void requireNoStandingRefusal(Conversation c) {
    if (conversations.activeRefusal(c.getTenant(), c.getCitizenCprHash()).isPresent()) {
      throw new RecordingRefusedException(c.getId());
    }
  }

  private DataKey newKey(Conversation c) {
    return keys.create(c.getTenant().getCvr());
  }

  private Conversation own(long id) {
    return conversations.ownedBy(id, users.caller());
  }

  private ConversationDetails details(Conversation c) {
    Optional<TranscriptText> transcript = conversations.transcriptTextOf(c);
    Optional<Draft> draft = conversations.draftOf(c);
    List<DraftParticipant> people =
        c.getParticipants().stream()
            .map(p -> new DraftParticipant(p.getName(), p.getRole()))
            .toList();
    String title = NoteLayout.title(c.getType(), c.getConversationTime());
    String header = NoteLayout.header(c.getType(), c.getForm(), c.getConversationTime(), people);
    String approvedNote =
        draft
            .filter(d -> d.getApprovedAt() != null)
            .filter(d -> !d.getVersions().get(d.getApprovedVersionNo() - 1).isDestroyed())
            .map(
                d ->
                    NoteLayout.fullNote(
                        title,
                        header,
                        d.getVersions().get(d.getApprovedVersionNo() - 1).getContent(),
                        NoteLayout.documentationLine(
                            d.getApprovedBy(),
                            LocalDateTime.ofInstant(d.getApprovedAt(), DENMARK))))
            .orElse(null);
    return new ConversationDetails(
        c.getId(),
        c.getState(),
        c.getType(),
        c.getForm(),
        c.getConversationTime(),
        c.getCitizen().formatted(),
        c.getCaseReference(),
        c.getOwner().getDisplayName(),
        c.getParticipants().stream()
            .map(p -> new ConversationDetails.ParticipantLine(p.getName(), p.getRole()))
            .toList(),
        c.getDeclinedReason(),
        c.getProblem(),
        c.getProblemText(),
        c.getProblemDetail(),
        conversations.audioOf(c).stream()
            .map(
                a ->
                    new ConversationDetails.AudioLine(
                        a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getReceivedAt()))
            .toList(),
        transcript.map(TranscriptText::origin).orElse(null),
        transcript.map(TranscriptText::segments).orElse(List.of()).stream()
            .map(
                s ->
                    new ConversationDetails.SegmentLine(
                        s.ordinal(), clock(s.startMillis()), s.speaker(), s.language(), s.text()))
            .toList(),
        draft
            .filter(d -> !d.getVersions().isEmpty() && !d.current().isDestroyed())
            .map(
                d ->
                    new ConversationDetails.DraftLine(
                        d.current().getVersionNo(),
                        d.current().getContent(),
                        d.current().getSentences().stream()
                            .map(
                                s ->
                                    new ConversationDetails.SentenceLine(
                                        s.getOrdinal(),
                                        s.getSection().heading(),
                                        s.getText(),
                                        s.getCitations()))
                            .toList(),
                        d.current().getFlags().stream()
                            .map(ConversationService::flagLine)
                            .toList()))
            .orElse(null),
        draft.map(Draft::getVersions).orElse(List.of()).stream()
            .map(
                v ->
                    new ConversationDetails.VersionLine(
                        v.getVersionNo(),
                        v.getKind(),
                        v.getKind() == DraftVersion.Kind.EDITED ? v.getAuthorName() : v.getEngine(),
                        TIME.format(v.getCreatedAt().atZone(DENMARK)),
                        v.getTemplateVersion()))
            .toList(),
        title,
        header,
        approvedNote,
        conversations.activeRefusal(c.getTenant(), c.getCitizenCprHash()).isPresent(),
        c.getRecordingStoppedMs().stream()
            .mapToObj(ConversationService::clock)
            .findFirst()
            .orElse(null));
  }

  private static ConversationDetails.FlagLine flagLine(DraftFlag f) {
    return new ConversationDetails.FlagLine(
        f.getOrdinal(),
        f.getSentenceOrdinal(),
        f.getKind(),
        f.getFact(),
        f.getReason(),
        f.getTranscriptValue(),
        f.getResolution(),
        f.getResolvedByName(),
        f.getResolvedAt() == null ? null : TIME.format(f.getResolvedAt().atZone(DENMARK)));
  }

  private static void check(
      List<RegistrationException.Problem> problems,
      boolean ok,
      RegistrationException.Problem problem) {
    if (!ok && !problems.contains(problem)) {
      problems.add(problem);
    }
  }

  private static void require(boolean ok, RegistrationException.Problem problem) {
    if (!ok) {
      throw new RegistrationException(problem);
    }
  }

  private static void requireState(Conversation c, ConversationState... allowed) {
    for (ConversationState s : allowed) {
      if (c.getState() == s) {
        return;
      }
    }
    throw new IllegalTransitionException(c.getId(), c.getState(), allowed[0]);
  }

  /** mm:ss, or h:mm:ss past the hour, as transcripts show times. */
  static String clock(long millis) {
    long s = millis / 1000;
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format("%02d:%02d", s / 60, s % 60);
  }

  /** The last part of an uploaded file's name, without any path a browser sent. */
  private static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "ukendt";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }
}
