package dk.samtalenotat.web.journal;

import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.pipeline.PipelineAttention;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's list of conversations whose transcription or draft failed for good, beside
 * the journal's, with the owner's retry.
 */
@Named
@ViewScoped
public class PipelineAttentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PipelineAttention attention;
  @Inject Texts texts;

  private List<PipelineAttention.Item> items = List.of();

  /** View action. */
  public void load() {
    items = attention.failed();
  }

  public void retry(long conversationId) {
    try {
      attention.retry(conversationId);
      texts.info("pipelineAttention.retrying", String.valueOf(conversationId));
    } catch (ConversationNotFoundException | IllegalTransitionException e) {
      texts.error("conversation.notNow");
    }
    load();
  }

  public List<PipelineAttention.Item> getItems() {
    return items;
  }
}
