package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import java.time.LocalDate;
import java.util.List;

/**
 * The application's unsupported-fact check ({@link UnsupportedFactCheck}), given the draft, the
 * segments the engine got and the conversation date, as its API takes them.
 */
public final class UnsupportedFactChecker implements FactChecker {

  @Override
  public List<Flag> check(List<DraftSentence> draft, List<DraftSegment> segments, LocalDate date) {
    return UnsupportedFactCheck.check(draft, segments, date).stream()
        .map(f -> new Flag(f.sentenceIndex(), f.kind().name(), f.fact(), f.reason()))
        .toList();
  }
}
