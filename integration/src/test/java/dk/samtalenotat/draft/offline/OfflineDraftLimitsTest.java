package dk.samtalenotat.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.CitedSentence;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.transcript.TranscriptSegment;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the offline engine makes of the longest segment the application stores ({@link
 * TranscriptSegment#MAX_TEXT} characters) fits a stored sentence ({@link CitedSentence#MAX_TEXT}),
 * for the texts that grow most in the third-person rewriting: "vi" and "os" become "sagsbehandler
 * og borger", "din" becomes "sagsbehandlerens", each in the shortest clauses the engine keeps.
 */
class OfflineDraftLimitsTest {

  private final OfflineDraftEngine engine = new OfflineDraftEngine();

  @Test
  void theLongestSegmentsGiveSentencesThatFit() throws Exception {
    List<String> speeches =
        List.of(
            "Vi vi vi vi vi vi. ",
            "vi os vi os vi os ",
            "Det aftalte vi os vi os. ",
            "Jeg har din din din din din. ",
            "Din mig dig din mig dig jeg. ",
            "Vi ses igen vi os vi os. ",
            "Næste møde er vi os vi os. ",
            "Formålet er at vi os vi os. ");
    for (ParticipantRole role : ParticipantRole.values()) {
      for (String speech : speeches) {
        String text = fill(speech);
        GeneratedDraft draft = engine.generate(request(role, text));
        for (DraftSentence s : draft.sentences()) {
          assertTrue(
              s.text().length() <= CitedSentence.MAX_TEXT,
              role + " saying \"" + speech + "\" gives a sentence of " + s.text().length());
        }
      }
    }
  }

  private static String fill(String speech) {
    StringBuilder b = new StringBuilder();
    while (b.length() + speech.length() <= TranscriptSegment.MAX_TEXT) {
      b.append(speech);
    }
    return b.toString().strip();
  }

  private static DraftRequest request(ParticipantRole role, String text) {
    return new DraftRequest(
        ConversationType.JOBSAMTALE,
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2026, 3, 2, 10, 0),
        "Karen Sagsbehandler",
        List.of(
            new DraftParticipant("Karen Sagsbehandler", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Borger", ParticipantRole.BORGER)),
        List.of(
            new DraftSegment(1, 0, 600_000, role.danishName(), role, "da", text),
            new DraftSegment(2, 600_000, 1_200_000, role.danishName(), role, "en", text)));
  }
}
