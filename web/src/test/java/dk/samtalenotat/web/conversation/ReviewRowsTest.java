package dk.samtalenotat.web.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationDetails.DraftLine;
import dk.samtalenotat.conversation.ConversationDetails.FlagLine;
import dk.samtalenotat.conversation.ConversationDetails.SegmentLine;
import dk.samtalenotat.conversation.ConversationDetails.SentenceLine;
import dk.samtalenotat.draft.check.FactKind;
import dk.samtalenotat.transcript.SpokenLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the review page's rows show: the same as the lines they wrap, flags found once. */
class ReviewRowsTest {

  @Test
  void aTranscriptRowShowsItsSegmentAndNamesOnlyAnotherLanguage() {
    List<TranscriptRow> rows =
        TranscriptRow.of(
            List.of(
                new SegmentLine(1, "00:00", "Borger", "da", "Jeg har søgt."),
                new SegmentLine(2, "1:00:04", null, "en", "Yes.")));
    TranscriptRow danish = rows.get(0);
    assertEquals(1, danish.getOrdinal());
    assertEquals("00:00", danish.getStart());
    assertEquals("Borger", danish.getSpeaker());
    assertEquals("Jeg har søgt.", danish.getText());
    assertFalse(danish.isOtherLanguage());
    assertNull(danish.getLanguageName());
    TranscriptRow english = rows.get(1);
    assertEquals(2, english.getOrdinal());
    assertNull(english.getSpeaker());
    assertTrue(english.isOtherLanguage());
    assertEquals(SpokenLanguage.danishName("en"), english.getLanguageName());
  }

  @Test
  void eachSentenceRowHoldsItsOwnFlagsInTheDraftsOrder() {
    FlagLine first = flag(1, 2);
    FlagLine other = flag(2, 1);
    FlagLine second = flag(3, 2);
    DraftLine draft =
        new DraftLine(
            4,
            "…",
            List.of(
                new SentenceLine(1, "Aftaler", "Borgeren søger job.", List.of(3, 5)),
                new SentenceLine(2, "Aftaler", "Borgeren får 12.000 kr.", List.of()),
                new SentenceLine(3, "Aftaler", "Næste samtale om en måned.", List.of(9))),
            List.of(first, other, second));
    List<SentenceRow> rows = SentenceRow.of(draft);
    assertEquals(List.of(1, 2, 3), rows.stream().map(SentenceRow::getOrdinal).toList());
    assertEquals(List.of(other), rows.get(0).getFlags());
    assertEquals(List.of(first, second), rows.get(1).getFlags());
    assertTrue(rows.get(2).getFlags().isEmpty());
    assertEquals(List.of(3, 5), rows.get(0).getCitations());
    assertEquals("Aftaler", rows.get(1).getSection());
    assertEquals("Borgeren får 12.000 kr.", rows.get(1).getText());
  }

  @Test
  void noDraftHasNoSentenceRows() {
    assertTrue(SentenceRow.of(null).isEmpty());
  }

  private static FlagLine flag(int ordinal, int sentence) {
    return new FlagLine(
        ordinal,
        sentence,
        FactKind.AMOUNT,
        "12.000 kr.",
        "ikke i udskriften",
        null,
        null,
        null,
        null);
  }
}
