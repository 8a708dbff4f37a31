package dk.samtalenotat.conversation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a conversation (design.md). Each state lists the states it may move to; {@link
 * Conversation} refuses every other move.
 */
public enum ConversationState {
  REGISTERED,
  DECLINED,
  AUDIO_RECEIVED,
  TRANSCRIBING,
  TRANSCRIPTION_FAILED,
  TRANSCRIBED,
  DRAFTING,
  DRAFT_FAILED,
  DRAFT_READY,
  APPROVED,
  JOURNALISING,
  JOURNAL_FAILED,
  JOURNALISED,
  CLOSED,
  EXPIRED;

  static {
    // Until approval the citizen may withdraw from being recorded at all (DECLINED): what was
    // recorded is destroyed, and a pipeline job still under way finds nothing to do.
    REGISTERED.allow(DECLINED, AUDIO_RECEIVED, TRANSCRIBED, EXPIRED);
    // Without a speech engine the caseworker may import the meeting's transcript instead.
    AUDIO_RECEIVED.allow(TRANSCRIBING, TRANSCRIBED, DECLINED, EXPIRED);
    TRANSCRIBING.allow(TRANSCRIBED, TRANSCRIPTION_FAILED, DECLINED, EXPIRED);
    TRANSCRIPTION_FAILED.allow(TRANSCRIBING, DECLINED, EXPIRED);
    TRANSCRIBED.allow(DRAFTING, DECLINED, EXPIRED);
    DRAFTING.allow(DRAFT_READY, DRAFT_FAILED, DECLINED, EXPIRED);
    DRAFT_FAILED.allow(DRAFTING, DECLINED, EXPIRED);
    // Editing keeps DRAFT_READY; regenerating goes back through DRAFTING so nobody approves a
    // draft that is about to be replaced.
    DRAFT_READY.allow(DRAFT_READY, DRAFTING, APPROVED, DECLINED, EXPIRED);
    // APPROVED or JOURNAL_FAILED straight to JOURNALISED: the caseworker journalised the note by
    // hand (from the PDF) and confirms it with the case system's document reference.
    APPROVED.allow(JOURNALISING, JOURNALISED);
    JOURNALISING.allow(JOURNALISED, JOURNAL_FAILED);
    JOURNAL_FAILED.allow(JOURNALISING, JOURNALISED);
    JOURNALISED.allow(CLOSED);
  }

  private Set<ConversationState> next = Set.of();

  private void allow(ConversationState first, ConversationState... rest) {
    next = EnumSet.of(first, rest);
  }

  public boolean canMoveTo(ConversationState target) {
    return next.contains(target);
  }

  /** A state the pipeline has given up on until someone retries. */
  public boolean isFailure() {
    return this == TRANSCRIPTION_FAILED || this == DRAFT_FAILED || this == JOURNAL_FAILED;
  }

  /** No further move is possible. */
  public boolean isFinal() {
    return next.isEmpty();
  }
}
