package dk.samtalenotat.draft;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.NoteTemplate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a draft engine gets: the registration of the conversation, its transcript, and the template
 * to write by. Never the CPR number: engines do not need it.
 *
 * @param conversationTime local time (Europe/Copenhagen) the conversation took place
 * @param template the municipality's template for the type; both engines follow it
 * @param municipality the municipality's name as registered ("Skovby Kommune"): what the note calls
 *     "jobcenter"; null when not known
 * @param recordingStopped the citizen stopped the recording before the end; the segments after the
 *     stop are already left out, and the note says that it covers only what came before
 */
public record DraftRequest(
    ConversationType type,
    ConversationForm form,
    LocalDateTime conversationTime,
    String caseworkerName,
    List<DraftParticipant> participants,
    List<DraftSegment> segments,
    NoteTemplate template,
    String municipality,
    boolean recordingStopped) {

  public DraftRequest {
    participants = List.copyOf(participants);
    segments = List.copyOf(segments);
    Objects.requireNonNull(template, "template");
    if (template.type() != type) {
      throw new IllegalArgumentException(
          "template for " + template.type() + " given for a " + type + " conversation");
    }
  }

  /** A request in a municipality not named, for a recording that ran to the end. */
  public DraftRequest(
      ConversationType type,
      ConversationForm form,
      LocalDateTime conversationTime,
      String caseworkerName,
      List<DraftParticipant> participants,
      List<DraftSegment> segments,
      NoteTemplate template) {
    this(
        type,
        form,
        conversationTime,
        caseworkerName,
        participants,
        segments,
        template,
        null,
        false);
  }

  /** A request written by the standard template of the type. */
  public DraftRequest(
      ConversationType type,
      ConversationForm form,
      LocalDateTime conversationTime,
      String caseworkerName,
      List<DraftParticipant> participants,
      List<DraftSegment> segments) {
    this(
        type,
        form,
        conversationTime,
        caseworkerName,
        participants,
        segments,
        DefaultTemplates.of(type),
        null,
        false);
  }

  /** Whether an interpreter (tolk) took part, as the note must state. */
  public boolean interpreterPresent() {
    return participants.stream().anyMatch(p -> p.role() == ParticipantRole.TOLK);
  }
}
