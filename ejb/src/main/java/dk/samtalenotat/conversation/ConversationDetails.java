package dk.samtalenotat.conversation;

import dk.samtalenotat.draft.DraftFlag;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.check.FactKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the conversation screen shows, read in one transaction.
 *
 * @param problemText a Danish text replacing the problem's standard one, or null
 * @param problemDetail the problem's technical detail, decrypted for the owner, or null
 */
public record ConversationDetails(
    long id,
    ConversationState state,
    ConversationType type,
    ConversationForm form,
    LocalDateTime conversationTime,
    String cpr,
    String caseReference,
    String ownerName,
    List<ParticipantLine> participants,
    String declinedReason,
    Problem problem,
    String problemText,
    String problemDetail,
    List<AudioLine> audio,
    String transcriptOrigin,
    List<SegmentLine> segments,
    DraftLine draft,
    List<VersionLine> versions,
    String title,
    String header,
    String approvedNote,
    boolean standingRefusal,
    String recordingStoppedAt)
    implements Serializable {

  /**
   * The same without the transcript's segments: what a screen keeps between requests once it has
   * made its own rows of them, so that a caseworker's session does not hold a long transcript twice
   * for every page it keeps.
   */
  public ConversationDetails withoutSegments() {
    return new ConversationDetails(
        id,
        state,
        type,
        form,
        conversationTime,
        cpr,
        caseReference,
        ownerName,
        participants,
        declinedReason,
        problem,
        problemText,
        problemDetail,
        audio,
        transcriptOrigin,
        List.of(),
        draft,
        versions,
        title,
        header,
        approvedNote,
        standingRefusal,
        recordingStoppedAt);
  }

  /** A participant. */
  public record ParticipantLine(String name, ParticipantRole role) implements Serializable {}

  /** A recording held. */
  public record AudioLine(String fileName, String format, long sizeBytes, Instant receivedAt)
      implements Serializable {}

  /** A transcript segment. */
  public record SegmentLine(int ordinal, String start, String speaker, String language, String text)
      implements Serializable {}

  /** The current draft version, with what the unsupported-fact check flagged in it. */
  public record DraftLine(
      int versionNo, String content, List<SentenceLine> sentences, List<FlagLine> flags)
      implements Serializable {

    public long openFlags() {
      return flags.stream().filter(FlagLine::open).count();
    }
  }

  /**
   * A fact the transcript does not support, and its resolution if any.
   *
   * @param transcriptValue what the transcript says in the fact's place, for the caseworker to take
   *     with one click; null when the check has none
   * @param resolvedAt Danish local time, formatted; null while open
   */
  public record FlagLine(
      int ordinal,
      int sentenceOrdinal,
      FactKind kind,
      String fact,
      String reason,
      String transcriptValue,
      DraftFlag.Resolution resolution,
      String resolvedBy,
      String resolvedAt)
      implements Serializable {

    public boolean open() {
      return resolution == null;
    }
  }

  /** A sentence of the current version with its citations. */
  public record SentenceLine(int ordinal, String section, String text, List<Integer> citations)
      implements Serializable {}

  /**
   * An earlier or current version, for the history; the time is Danish local time, formatted.
   *
   * @param templateVersion the template version that made it (0 the standard), null from before
   *     templates
   */
  public record VersionLine(
      int versionNo, DraftVersion.Kind kind, String by, String createdAt, Integer templateVersion)
      implements Serializable {}

  public boolean hasDraft() {
    return draft != null;
  }
}
