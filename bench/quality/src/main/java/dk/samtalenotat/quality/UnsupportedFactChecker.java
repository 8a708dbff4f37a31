package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import dk.samtalenotat.pipeline.DraftRequests;
import java.time.LocalDate;
import java.util.List;

/**
 * The application's unsupported-fact check ({@link UnsupportedFactCheck}). For a conversation of a
 * set it is called as the application calls it ({@link DraftRequests#checkFacts}: the registered
 * conversation, its transcript segments, the draft), so the harness follows the check's inputs as
 * they change; with bare segments and a date, through the check's own API.
 */
public final class UnsupportedFactChecker implements FactChecker {

  @Override
  public List<Flag> check(List<DraftSentence> draft, List<DraftSegment> segments, LocalDate date) {
    return flags(UnsupportedFactCheck.check(draft, segments, date));
  }

  @Override
  public List<Flag> check(List<DraftSentence> draft, AppPath.Prepared conversation) {
    return flags(
        DraftRequests.checkFacts(conversation.conversation(), conversation.segments(), draft));
  }

  private static List<Flag> flags(List<FactFlag> flags) {
    return flags.stream()
        .map(f -> new Flag(f.sentenceIndex(), f.kind().name(), f.fact(), f.reason()))
        .toList();
  }
}
