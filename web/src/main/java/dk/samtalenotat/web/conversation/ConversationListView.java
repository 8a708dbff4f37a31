package dk.samtalenotat.web.conversation;

import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.ConversationSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** My conversations, filtered by state. */
@Named
@ViewScoped
public class ConversationListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConversationService conversations;

  private ConversationState state;
  private List<ConversationSummary> rows = List.of();

  public void load() {
    rows = conversations.mine(state);
  }

  public ConversationState[] getStates() {
    return ConversationState.values();
  }

  public ConversationState getState() {
    return state;
  }

  public void setState(ConversationState state) {
    this.state = state;
  }

  public List<ConversationSummary> getRows() {
    return rows;
  }
}
