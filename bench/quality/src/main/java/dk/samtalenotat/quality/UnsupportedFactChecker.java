package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.check.FactCheckContext;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import dk.samtalenotat.pipeline.DraftRequests;
import java.time.LocalDate;
import java.util.List;

/**
 * The application's unsupported-fact check ({@link UnsupportedFactCheck}). For a conversation of a
 * set it is called as the application calls it ({@link DraftRequests#checkFacts}: the registered
 * conversation, its transcript segments, the draft), so the harness follows the check's inputs as
 * they change; with bare segments and a date, through the check's own API. Each check reads the
 * transcript afresh ({@link UnsupportedFactCheck#checkAfresh}), not what the server keeps of the
 * transcripts it checked lately, so that the harness times what a conversation's first check costs.
 */
public final class UnsupportedFactChecker implements FactChecker {

  @Override
  public List<Flag> check(List<DraftSentence> draft, List<DraftSegment> segments, LocalDate date) {
    return flags(
        UnsupportedFactCheck.checkAfresh(draft, new FactCheckContext(segments, date, List.of())));
  }

  @Override
  public List<Flag> check(List<DraftSentence> draft, AppPath.Prepared conversation) {
    return flags(
        UnsupportedFactCheck.checkAfresh(
            draft,
            DraftRequests.factCheckContext(conversation.conversation(), conversation.segments())));
  }

  private static List<Flag> flags(List<FactFlag> flags) {
    return flags.stream()
        .map(f -> new Flag(f.sentenceIndex(), f.kind().name(), f.fact(), f.reason()))
        .toList();
  }
}
