package dk.samtalenotat.pipeline;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.Participant;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.FactCheckContext;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.transcript.TranscriptSegment;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Builds what a draft engine gets from a conversation and its transcript; the unsupported-fact
 * check compares a draft with the same segments. Public so that the draft quality harness
 * (bench/quality) drafts through the same path as the pipeline.
 */
public final class DraftRequests {

  private DraftRequests() {}

  public static DraftRequest of(
      Conversation c, List<TranscriptSegment> segments, NoteTemplate template) {
    return new DraftRequest(
        c.getType(),
        c.getForm(),
        c.getConversationTime(),
        c.getOwner().getDisplayName(),
        participants(c),
        segments(c, segments),
        template,
        c.getTenant().getName(),
        c.getRecordingStoppedMs().isPresent());
  }

  /** The transcript segments as engines and the unsupported-fact check see them. */
  public static List<DraftSegment> segments(Conversation c, List<TranscriptSegment> segments) {
    return segments.stream()
        .map(
            s ->
                new DraftSegment(
                    s.getOrdinal(),
                    s.getStartMillis(),
                    s.getEndMillis(),
                    s.getSpeaker(),
                    roleOf(s.getSpeaker(), c.getParticipants()),
                    s.getLanguage(),
                    s.getText()))
        .toList();
  }

  /**
   * The unsupported-fact check of a draft's sentences against the conversation's transcript; the
   * registered participants and the caseworker count as named even where nobody said the name.
   */
  public static List<FactFlag> checkFacts(
      Conversation c, List<TranscriptSegment> segments, List<DraftSentence> sentences) {
    return UnsupportedFactCheck.check(sentences, factCheckContext(c, segments));
  }

  /**
   * What the unsupported-fact check compares a draft with: the transcript as engines see it, the
   * day of the conversation, and the registered participants with their roles (the caseworker who
   * owns it counts as named).
   */
  public static FactCheckContext factCheckContext(
      Conversation c, List<TranscriptSegment> segments) {
    return context(
        segments(c, segments),
        c.getConversationTime(),
        participants(c),
        c.getOwner().getDisplayName());
  }

  /**
   * What the unsupported-fact check compares a generated draft with: the same transcript,
   * participants and caseworker the engine was given, so the check needs no transaction.
   */
  public static FactCheckContext factCheckContext(DraftRequest request) {
    return context(
        request.segments(),
        request.conversationTime(),
        request.participants(),
        request.caseworkerName());
  }

  /** The one place a check's context is made, whether from the conversation or its request. */
  private static FactCheckContext context(
      List<DraftSegment> segments,
      LocalDateTime conversationTime,
      List<DraftParticipant> participants,
      String caseworker) {
    return new FactCheckContext(
        segments, conversationTime.toLocalDate(), participants, List.of(caseworker));
  }

  /** The registered participants with their roles, as engines and the check see them. */
  private static List<DraftParticipant> participants(Conversation c) {
    return c.getParticipants().stream()
        .map(p -> new DraftParticipant(p.getName(), p.getRole()))
        .toList();
  }

  /**
   * The role behind a speaker label: a participant's name, or a role name ("Borger",
   * "Sagsbehandler", "A-kasse") as transcripts and Teams exports label speakers.
   */
  static ParticipantRole roleOf(String speaker, List<Participant> participants) {
    if (speaker == null) {
      return null;
    }
    String label = speaker.strip().toLowerCase(Locale.ROOT);
    for (Participant p : participants) {
      if (p.getName().toLowerCase(Locale.ROOT).equals(label)) {
        return p.getRole();
      }
    }
    for (ParticipantRole role : ParticipantRole.values()) {
      if (role.danishName().toLowerCase(Locale.ROOT).equals(label)
          || role.name().toLowerCase(Locale.ROOT).equals(label)) {
        return role;
      }
    }
    for (Participant p : participants) {
      String first = p.getName().toLowerCase(Locale.ROOT).split("\\s+")[0];
      if (label.equals(first) || label.startsWith(first + " ")) {
        return p.getRole();
      }
    }
    return null;
  }
}
