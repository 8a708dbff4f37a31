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
   * One flag.
   *
   * @param sentenceIndex 0-based position in the draft
   * @param kind the fact kind, one of {@link PlantedError#KINDS}
   * @param fact the words flagged, for the details file
   * @param reason the check's explanation, for the details file
   */
  record Flag(int sentenceIndex, String kind, String fact, String reason) {

    public Flag(int sentenceIndex, String kind) {
      this(sentenceIndex, kind, "", "");
    }
  }
}
