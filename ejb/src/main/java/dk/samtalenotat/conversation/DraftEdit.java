package dk.samtalenotat.conversation;

import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.FactCheckContext;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import java.util.List;

/**
 * A caseworker's edit of a draft between the two transactions of its save: read and parsed in the
 * first, checked against the transcript with no transaction (the check is the save's longest step,
 * and a connection held through it is one the review pages wait for), stored in the second. Only
 * {@link ConversationService} makes one and runs its check, so what is stored is always the check
 * of these sentences against this conversation.
 */
public final class DraftEdit {

  private final int basedOn;
  private final String content;
  private final List<DraftSentence> sentences;
  private final FactCheckContext context;
  private List<FactFlag> flags;

  private DraftEdit(
      int basedOn, String content, List<DraftSentence> sentences, FactCheckContext context) {
    this.basedOn = basedOn;
    this.content = content;
    this.sentences = sentences;
    this.context = context;
  }

  static DraftEdit of(
      int basedOn, String content, List<DraftSentence> sentences, FactCheckContext context) {
    return new DraftEdit(basedOn, content, List.copyOf(sentences), context);
  }

  /** The edit says what the version it was based on says: nothing to save. */
  static DraftEdit unchanged(int versionNo) {
    return new DraftEdit(versionNo, null, List.of(), null);
  }

  boolean changed() {
    return context != null;
  }

  int basedOn() {
    return basedOn;
  }

  String content() {
    return content;
  }

  List<DraftSentence> sentences() {
    return sentences;
  }

  /** Runs the unsupported-fact check; needs neither a transaction nor a connection. */
  DraftEdit check() {
    flags = UnsupportedFactCheck.check(sentences, context);
    return this;
  }

  /**
   * @throws IllegalStateException when the check has not run: no version is stored unchecked
   */
  List<FactFlag> flags() {
    if (flags == null) {
      throw new IllegalStateException("the edit of version " + basedOn + " was not checked");
    }
    return flags;
  }
}
