package dk.samtalenotat.web.conversation;

import dk.samtalenotat.audio.AudioRejectedException;
import dk.samtalenotat.conversation.Colleague;
import dk.samtalenotat.conversation.ConversationDetails;
import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.ConversationSteps;
import dk.samtalenotat.conversation.EmptyNoteException;
import dk.samtalenotat.conversation.HandOverException;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.conversation.RecordingRefusedException;
import dk.samtalenotat.conversation.StaleDraftException;
import dk.samtalenotat.draft.NoteTooLongException;
import dk.samtalenotat.draft.OpenFlagsException;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
import dk.samtalenotat.transcript.importing.TranscriptImporter;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/** One conversation: add audio or a transcript, follow the pipeline, review, edit, approve. */
@Named
@ViewScoped
public class ConversationView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ConversationView.class.getName());
  private static final Set<ConversationState> WORKING =
      EnumSet.of(ConversationState.TRANSCRIBING, ConversationState.DRAFTING);
  private static final Set<ConversationState> MAY_STOP =
      EnumSet.of(
          ConversationState.REGISTERED,
          ConversationState.AUDIO_RECEIVED,
          ConversationState.TRANSCRIBING,
          ConversationState.TRANSCRIPTION_FAILED,
          ConversationState.DRAFT_READY,
          ConversationState.DRAFT_FAILED);

  @Inject ConversationService conversations;
  @Inject ConversationSteps steps;
  @Inject Texts texts;

  /**
   * The current request's, looked up rather than injected: this bean is replicated with the
   * session, and an injected FacesContext proxy cannot be read back on another node.
   */
  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  private Long id;
  private ConversationDetails details;
  private List<TranscriptRow> transcriptRows = List.of();
  private List<SentenceRow> sentenceRows = List.of();
  private boolean speechEngine;
  // Only during the request that uploads them: never part of the replicated session.
  private transient UploadedFile audioFile;
  private transient UploadedFile transcriptFile;
  private String content;
  private int basedOn;
  private Integer rating;
  private String ratingReason;
  private List<Colleague> colleagues = List.of();
  private String colleague;
  private String stopAt;

  /** View action: loads the conversation, or answers 404 when the caller may not see it. */
  public void load() throws IOException {
    if (id == null) {
      faces().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces().responseComplete();
      return;
    }
    try {
      reload();
      speechEngine = conversations.speechEngineAvailable();
      colleagues = conversations.colleagues();
    } catch (ConversationNotFoundException e) {
      faces().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces().responseComplete();
    }
  }

  /**
   * After an action: the page's data is read again before the page is rendered ({@link
   * #beforeRender}), and not at all when the post is answered with a redirect ({@code
   * RedirectAfterPost}), whose page reads it anyway. A review of a long conversation reads and
   * decrypts its whole transcript and writes an access log entry for it, so a save or an approval
   * that reads it here as well would do that twice.
   */
  private boolean reloadBeforeRender;

  /** Has the page's data read again before it is rendered. */
  void refresh() {
    reloadBeforeRender = true;
  }

  /** Before the page is rendered (full or partial): reads what an action asked to read again. */
  public void beforeRender() {
    if (reloadBeforeRender && id != null) {
      reloadBeforeRender = false;
      reload();
    }
  }

  /** Reads the conversation, its transcript's rows and its draft's sentences. */
  private void reload() {
    ConversationDetails opened = conversations.open(id);
    transcriptRows = TranscriptRow.of(opened.segments());
    details = opened.withoutSegments();
    sentenceRows = SentenceRow.of(details.draft());
    if (details.hasDraft()) {
      content = details.draft().content();
      basedOn = details.draft().versionNo();
    }
  }

  /** Polled while the pipeline works; reloads the page once it has moved on. */
  public void poll() throws IOException {
    if (!WORKING.contains(conversations.state(id))) {
      var ext = faces().getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/samtale.xhtml?id=" + id);
    }
  }

  public void uploadAudio() {
    if (audioFile == null || audioFile.getSize() == 0) {
      texts.error("AudioRejected.EMPTY");
      return;
    }
    try (InputStream in = audioFile.getInputStream()) {
      boolean queued = steps.addAudio(id, audioFile.getFileName(), in);
      texts.info(queued ? "audio.queued" : "audio.waiting");
    } catch (RecordingRefusedException e) {
      texts.error("optout.refused");
    } catch (AudioRejectedException e) {
      LOG.info(() -> "audio refused for " + id + ": " + e.getMessage());
      texts.error("AudioRejected." + e.reason().name(), maxMegabytes());
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "audio upload for " + id + " failed", e);
      texts.error("AudioRejected.UNREADABLE");
    } finally {
      deleteQuietly(audioFile);
      refresh();
    }
  }

  public void importTranscript() {
    if (transcriptFile == null || transcriptFile.getSize() == 0) {
      texts.error("TranscriptFormat.EMPTY");
      return;
    }
    try (InputStream in = transcriptFile.getInputStream()) {
      conversations.importTranscript(id, transcriptFile.getFileName(), in);
      texts.info("transcript.imported");
    } catch (RecordingRefusedException e) {
      texts.error("optout.refused");
    } catch (TranscriptFormatException e) {
      LOG.info(() -> "transcript refused for " + id + ": " + e.getMessage());
      texts.error("TranscriptFormat." + e.reason().name(), String.valueOf(e.lineNumber()));
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "transcript upload for " + id + " failed", e);
      texts.error("TranscriptFormat.NOT_TEXT");
    } finally {
      deleteQuietly(transcriptFile);
      refresh();
    }
  }

  public void save() {
    try {
      int version = steps.saveDraft(id, basedOn, content);
      texts.info(version == basedOn ? "draft.unchanged" : "draft.saved", version);
    } catch (StaleDraftException e) {
      texts.error("draft.stale");
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    } catch (EmptyNoteException e) {
      texts.error("draft.empty");
      return;
    } catch (NoteTooLongException e) {
      tooLong(e);
      return;
    }
    refresh();
  }

  /** The edited note does not fit: kept in the editor, with the limit in Danish digits. */
  private void tooLong(NoteTooLongException e) {
    texts.error(
        e.what() == NoteTooLongException.What.NOTE ? "draft.tooLong" : "draft.sentenceTooLong",
        String.format(java.util.Locale.ROOT, "%,d", e.limit()).replace(',', '.'));
  }

  public void regenerate() {
    try {
      conversations.regenerate(id);
      texts.info("draft.regenerating");
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    refresh();
  }

  public void retry() {
    try {
      conversations.retry(id);
      texts.info("pipeline.retrying");
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    refresh();
  }

  public void approve() {
    try {
      String edited = content;
      if (edited != null
          && details.hasDraft()
          && !edited.strip().equals(details.draft().content().strip())) {
        basedOn = steps.saveDraft(id, basedOn, edited);
      }
      conversations.approve(id, basedOn, rating());
      texts.info("draft.approved");
    } catch (OpenFlagsException e) {
      texts.error("draft.openFlags", e.open());
    } catch (StaleDraftException e) {
      texts.error("draft.stale");
    } catch (EmptyNoteException e) {
      texts.error("draft.empty");
      return;
    } catch (NoteTooLongException e) {
      tooLong(e);
      return;
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    refresh();
  }

  /**
   * The optional rating as given; never a reason to refuse the approval: a value outside 1..5 is
   * dropped and a reason too long is cut (the page allows neither).
   */
  dk.samtalenotat.benefit.DraftRating rating() {
    Integer stars =
        rating != null
                && rating >= dk.samtalenotat.benefit.DraftRating.MIN
                && rating <= dk.samtalenotat.benefit.DraftRating.MAX
            ? rating
            : null;
    String reason = ratingReason == null ? null : ratingReason.strip();
    if (reason != null && reason.length() > dk.samtalenotat.benefit.DraftRating.REASON_LENGTH) {
      reason = reason.substring(0, dk.samtalenotat.benefit.DraftRating.REASON_LENGTH);
    }
    return new dk.samtalenotat.benefit.DraftRating(stars, reason);
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getRatingReason() {
    return ratingReason;
  }

  public void setRatingReason(String ratingReason) {
    this.ratingReason = ratingReason;
  }

  /** The address the review page sends its activity beats to, relative to the context. */
  public String getActivityPath() {
    return "/api/conversations/" + id + "/review-activity";
  }

  /**
   * The caseworker confirms a flagged fact after checking it. Unsaved edits in the editor are saved
   * first, as a new version that is checked anew; the flag then belongs to the old version, so the
   * caseworker looks at the new version's flags instead.
   */
  public void confirmFlag(int flagOrdinal) {
    try {
      String edited = content;
      if (edited != null
          && details.hasDraft()
          && !edited.strip().equals(details.draft().content().strip())) {
        int saved = steps.saveDraft(id, basedOn, edited);
        texts.info("flag.savedFirst", saved);
      } else {
        conversations.confirmFlag(id, basedOn, flagOrdinal);
        String fact =
            details.draft().flags().stream()
                .filter(f -> f.ordinal() == flagOrdinal)
                .map(ConversationDetails.FlagLine::fact)
                .findFirst()
                .orElse("");
        texts.info("flag.confirmedMessage", fact);
      }
    } catch (StaleDraftException e) {
      texts.error("draft.stale");
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    } catch (EmptyNoteException e) {
      texts.error("draft.empty");
      return;
    } catch (NoteTooLongException e) {
      tooLong(e);
      return;
    }
    refresh();
  }

  /**
   * The caseworker takes the transcript's value in place of a flagged fact with one click. The
   * corrected sentence is saved as a new version and checked anew; unsaved edits in the editor are
   * saved first instead, as for confirming.
   */
  public void takeTranscriptValue(int flagOrdinal) {
    try {
      String edited = content;
      if (edited != null
          && details.hasDraft()
          && !edited.strip().equals(details.draft().content().strip())) {
        int saved = steps.saveDraft(id, basedOn, edited);
        texts.info("flag.savedFirst", saved);
      } else {
        String value =
            details.draft().flags().stream()
                .filter(f -> f.ordinal() == flagOrdinal)
                .map(ConversationDetails.FlagLine::transcriptValue)
                .findFirst()
                .orElse("");
        int saved = steps.takeTranscriptValue(id, basedOn, flagOrdinal);
        texts.info("flag.taken", value, saved);
      }
    } catch (StaleDraftException e) {
      texts.error("draft.stale");
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    } catch (EmptyNoteException e) {
      texts.error("draft.empty");
      return;
    }
    refresh();
  }

  /** Hands the conversation to the chosen colleague and leaves it: the caller no longer owns it. */
  public String handOver() {
    if (colleague == null || colleague.isBlank()) {
      texts.error("handOver.choose");
      return null;
    }
    String name =
        colleagues.stream()
            .filter(c -> c.userKey().equals(colleague))
            .map(Colleague::name)
            .findFirst()
            .orElse(colleague);
    try {
      conversations.handOver(id, colleague);
    } catch (HandOverException e) {
      texts.error("handOver.refused");
      return null;
    }
    texts.info("handOver.done", name);
    faces().getExternalContext().getFlash().setKeepMessages(true);
    return "/samtaler?faces-redirect=true";
  }

  public List<Colleague> getColleagues() {
    return colleagues;
  }

  public String getColleague() {
    return colleague;
  }

  public void setColleague(String colleague) {
    this.colleague = colleague;
  }

  /** The citizen stops the recording from the time entered (mm:ss); 00:00 withdraws it all. */
  public void stopRecording() {
    Long millis = parseClock(stopAt);
    if (millis == null) {
      texts.error("optout.badTime");
      return;
    }
    try {
      // The pipeline may be changing the conversation at the same moment; the refusal must hold.
      ConcurrentUpdates.retry(
          "refusal in conversation " + id, () -> conversations.stopRecording(id, millis));
      texts.info(millis == 0 ? "optout.withdrawn" : "optout.stopped", stopAt.strip());
      stopAt = null;
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    refresh();
  }

  public void refuseForGood() {
    conversations.refuseRecordingForGood(id);
    texts.info("optout.refusedForGood");
    refresh();
  }

  public void withdrawRefusal() {
    conversations.withdrawRecordingRefusal(id);
    texts.info("optout.refusalWithdrawn");
    refresh();
  }

  /** Milliseconds from "mm:ss" or "h:mm:ss", or null when the text is neither. */
  static Long parseClock(String text) {
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):([0-5]\\d)")
            .matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    return ((hours * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000;
  }

  private static void deleteQuietly(UploadedFile file) {
    if (file != null) {
      try {
        file.delete();
      } catch (IOException e) {
        LOG.log(Level.FINE, "temporary upload not deleted", e);
      }
    }
  }

  /** The largest audio file, in bytes, for the upload form's check in the browser. */
  public long maxUploadBytes() {
    return conversations.maxUploadBytes();
  }

  /** The largest transcript file, in bytes, for the import form's check in the browser. */
  public long maxTranscriptBytes() {
    return TranscriptImporter.DEFAULT_MAX_BYTES;
  }

  public long maxMegabytes() {
    return conversations.maxUploadBytes() / (1024 * 1024);
  }

  public boolean isWorking() {
    return details != null && WORKING.contains(details.state());
  }

  public boolean isAcceptsInput() {
    return details != null
        && details.state() == ConversationState.REGISTERED
        && !details.standingRefusal();
  }

  public boolean isAcceptsTranscript() {
    return details != null
        && !details.standingRefusal()
        && (details.state() == ConversationState.REGISTERED
            || details.state() == ConversationState.AUDIO_RECEIVED);
  }

  /** Hand-over is offered while the note is not yet approved: afterwards nothing is left to do. */
  public boolean isMayHandOver() {
    return details != null
        && !colleagues.isEmpty()
        && !EnumSet.of(
                ConversationState.APPROVED,
                ConversationState.JOURNALISING,
                ConversationState.JOURNAL_FAILED,
                ConversationState.JOURNALISED,
                ConversationState.CLOSED,
                ConversationState.EXPIRED,
                ConversationState.DECLINED)
            .contains(details.state());
  }

  /**
   * Whether the citizen's consent controls can still change something: stopping the recording until
   * approval, and withdrawing a standing refusal for as long as it stands.
   */
  public boolean isConsentMatters() {
    return details != null && (isMayStop() || details.standingRefusal());
  }

  /** Whether the citizen can still stop the recording: until approval, and not while drafting. */
  public boolean isMayStop() {
    return details != null && MAY_STOP.contains(details.state());
  }

  public boolean isReviewing() {
    return details != null && details.state() == ConversationState.DRAFT_READY;
  }

  public boolean isFailed() {
    return details != null && details.state().isFailure();
  }

  public boolean isSpeechEngine() {
    return speechEngine;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ConversationDetails getDetails() {
    return details;
  }

  /** The transcript's segments as the page renders them. */
  public List<TranscriptRow> getTranscriptRows() {
    return transcriptRows;
  }

  /** The current draft's sentences, each with its flags, as the page renders them. */
  public List<SentenceRow> getSentenceRows() {
    return sentenceRows;
  }

  public UploadedFile getAudioFile() {
    return audioFile;
  }

  public void setAudioFile(UploadedFile audioFile) {
    this.audioFile = audioFile;
  }

  public UploadedFile getTranscriptFile() {
    return transcriptFile;
  }

  public void setTranscriptFile(UploadedFile transcriptFile) {
    this.transcriptFile = transcriptFile;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getStopAt() {
    return stopAt;
  }

  public void setStopAt(String stopAt) {
    this.stopAt = stopAt;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(int basedOn) {
    this.basedOn = basedOn;
  }
}
