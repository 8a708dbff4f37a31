package dk.samtalenotat.web.conversation;

import dk.samtalenotat.conversation.ConversationDetails;
import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import dk.samtalenotat.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;

/**
 * The recording screen of a registered conversation. The recording itself runs in the browser
 * ({@code resources/js/recorder.js}) and reaches the server through the recording API; this bean
 * shows the conversation and takes the citizen's refusal in the middle of the recording.
 */
@Named
@ViewScoped
public class RecordingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConversationService conversations;
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
  private String stopAtMs;

  /** View action: loads the conversation, or answers 404 when the caller may not see it. */
  public void load() throws IOException {
    if (id == null) {
      notFound();
      return;
    }
    try {
      details = conversations.open(id);
    } catch (ConversationNotFoundException e) {
      notFound();
    }
  }

  /**
   * The citizen does not want to be recorded any more: the browser has stopped the recorder and put
   * the elapsed milliseconds in {@link #stopAtMs}; what was said after that point is never used,
   * and from 0 everything recorded is destroyed.
   */
  public String refuse() {
    long millis;
    try {
      millis = Long.parseLong(stopAtMs == null ? "" : stopAtMs.strip());
    } catch (NumberFormatException e) {
      texts.error("optout.badTime");
      return null;
    }
    if (millis < 0) {
      texts.error("optout.badTime");
      return null;
    }
    try {
      // The page may still be finishing the upload of what was recorded: both change the
      // conversation, and the refusal must not be lost to that.
      long at = millis;
      ConcurrentUpdates.retry(
          "refusal in conversation " + id, () -> conversations.stopRecording(id, at));
      texts.info(
          millis == 0 ? "optout.withdrawn" : "recording.refusedAt", ConversationClock.of(millis));
    } catch (IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    texts.keepAcrossRedirect();
    return "/optagelse?faces-redirect=true&id=" + id;
  }

  /** Whether a recording can be made now: registered, informed, no refusal standing. */
  public boolean isMayRecord() {
    return details != null
        && details.state() == ConversationState.REGISTERED
        && !details.standingRefusal()
        && details.recordingStoppedAt() == null;
  }

  private void notFound() throws IOException {
    faces().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
    faces().responseComplete();
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

  public String getStopAtMs() {
    return stopAtMs;
  }

  public void setStopAtMs(String stopAtMs) {
    this.stopAtMs = stopAtMs;
  }
}
