package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import java.time.LocalDate;
import java.util.List;

/** The unsupported-fact check as the harness calls it, so its score does not depend on its API. */
public interface FactChecker {

  /** Flags the sentences of {@code draft} that state facts the segments do not support. */
  List<Flag> check(List<DraftSentence> draft, List<DraftSegment> segments, LocalDate date);

  /**
   * One flag.
   *
   * @param sentenceIndex 0-based position in the draft
   * @param kind the fact kind, one of {@link PlantedError#KINDS}
   */
  record Flag(int sentenceIndex, String kind) {}
}
