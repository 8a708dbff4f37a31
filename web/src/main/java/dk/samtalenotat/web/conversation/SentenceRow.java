package dk.samtalenotat.web.conversation;

import dk.samtalenotat.conversation.ConversationDetails.DraftLine;
import dk.samtalenotat.conversation.ConversationDetails.FlagLine;
import dk.samtalenotat.conversation.ConversationDetails.SentenceLine;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A draft sentence as the review page renders it, with its flags found once: the page asks for a
 * sentence's flags three times, and read through getters (see {@link TranscriptRow}) rather than by
 * a search of all flags per call.
 */
public final class SentenceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SentenceLine line;
  private final List<FlagLine> flags;

  private SentenceRow(SentenceLine line, List<FlagLine> flags) {
    this.line = line;
    this.flags = flags;
  }

  /** The draft's sentences in their order; none without a draft. */
  static List<SentenceRow> of(DraftLine draft) {
    if (draft == null) {
      return List.of();
    }
    Map<Integer, List<FlagLine>> bySentence =
        draft.flags().stream().collect(Collectors.groupingBy(FlagLine::sentenceOrdinal));
    return draft.sentences().stream()
        .map(s -> new SentenceRow(s, List.copyOf(bySentence.getOrDefault(s.ordinal(), List.of()))))
        .toList();
  }

  public int getOrdinal() {
    return line.ordinal();
  }

  public String getSection() {
    return line.section();
  }

  public String getText() {
    return line.text();
  }

  /** The ordinals of the segments the sentence cites, in its order. */
  public List<Integer> getCitations() {
    return line.citations();
  }

  /** The sentence's flags in the draft's order, open and resolved. */
  public List<FlagLine> getFlags() {
    return flags;
  }
}
