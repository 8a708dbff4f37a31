package dk.samtalenotat.conversation;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a caseworker enters to register a conversation.
 *
 * @param cpr the citizen's CPR number as typed
 * @param citizenInformed the caseworker confirms the citizen was informed and did not object
 * @param citizenDeclined the citizen declined recording; then nothing can be added later
 * @param declinedReason optional words on the refusal
 */
public record Registration(
    String cpr,
    String caseReference,
    ConversationType type,
    ConversationForm form,
    LocalDateTime conversationTime,
    List<ParticipantEntry> participants,
    boolean citizenInformed,
    boolean citizenDeclined,
    String declinedReason) {

  /** A participant other than the caseworker, who is added from the sign-on. */
  public record ParticipantEntry(String name, ParticipantRole role) {}

  public Registration {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
