package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import java.time.LocalDate;
import java.util.List;

/**
 * The unsupported-fact check as the harness calls it: the application's {@link
 * UnsupportedFactChecker}, or a stand-in in the harness's own tests.
 */
public interface FactChecker {

  /** Flags the sentences of {@code draft} that state facts the segments do not support. */
  List<Flag> check(List<DraftSentence> draft, List<DraftSegment> segments, LocalDate date);

  /**
   * Flags the sentences of {@code draft} for the conversation as the application holds it; a
   * stand-in needs only the segments and the date.
   */
  default List<Flag> check(List<DraftSentence> draft, AppPath.Prepared conversation) {
    return check(draft, conversation.request().segments(), conversation.date());
  }

  /**
   * One flag.
   *
   * @param sentenceIndex 0-based position in the draft
   * @param kind the check's fact kind (a {@code FactKind} name)
   * @param fact the words flagged, for the details file
   * @param reason the check's explanation, for the details file
   */
  record Flag(int sentenceIndex, String kind, String fact, String reason) {

    public Flag(int sentenceIndex, String kind) {
      this(sentenceIndex, kind, "", "");
    }
  }
}
