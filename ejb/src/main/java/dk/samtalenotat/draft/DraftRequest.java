package dk.samtalenotat.draft;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a draft engine gets: the registration of the conversation and its transcript. Never the CPR
 * number: engines do not need it.
 *
 * @param conversationTime local time (Europe/Copenhagen) the conversation took place
 */
public record DraftRequest(
    ConversationType type,
    ConversationForm form,
    LocalDateTime conversationTime,
    String caseworkerName,
    List<DraftParticipant> participants,
    List<DraftSegment> segments) {

  public DraftRequest {
    participants = List.copyOf(participants);
    segments = List.copyOf(segments);
  }
}
