package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactScoreTest {

  static Sample tiny(List<Fact> facts, List<Fact> wrong) {
    return new Sample(
        "tiny",
        "Lille prøve",
        ConversationType.INTEGRATIONSSAMTALE,
        ConversationForm.FREMMOEDE,
        LocalDateTime.of(2026, 4, 20, 11, 0),
        "Jesper Dahl",
        List.of(
            new DraftParticipant("Jesper Dahl", ParticipantRole.SAGSBEHANDLER),
            new DraftParticipant("Amina Yousef", ParticipantRole.BORGER),
            new DraftParticipant("Rami Haddad", ParticipantRole.TOLK)),
        "quality/none.txt",
        Map.of(),
        null,
        facts,
        wrong,
        List.of(),
        List.of());
  }

  private static DraftSentence s(String text) {
    return new DraftSentence(NoteSection.DROEFTET, text, List.of(1));
  }

  @Test
  void recallCountsFoundAndMissedFactsAndWrongStatementsSeparately() {
    Sample sample =
        tiny(
            List.of(
                Fact.parse("hours", "10 timer"),
                Fact.parse("school", "sprogcenter vest"),
                Fact.parse("start", "27\\. april")),
            List.of(Fact.parse("binding", "det blev aftalt"), Fact.parse("jobcenter", "jobcent")));
    FactScore score =
        FactScore.of(
            sample,
            List.of(
                s("Praktikken er ti timer om ugen."),
                s("Det blev aftalt, at borger starter den 27. april.")));
    assertEquals(List.of("hours", "start"), score.found());
    assertEquals(List.of("school"), score.missed());
    assertEquals(List.of("binding"), score.wrongIncluded());
    assertEquals(3, score.factTotal());
    assertEquals(2, score.wrongTotal());
  }

  @Test
  void anEmptyDraftFindsNothingAndIncludesNothingWrong() {
    Sample sample = tiny(List.of(Fact.parse("hours", "10 timer")), List.of(Fact.parse("x", "x")));
    FactScore score = FactScore.of(sample, List.of());
    assertEquals(List.of(), score.found());
    assertEquals(List.of("hours"), score.missed());
    assertEquals(List.of(), score.wrongIncluded());
  }

  @Test
  void theHeaderLinesOfTheNoteCountAsPartOfIt() {
    // The application writes the participants with their roles above the content.
    Sample sample = tiny(List.of(Fact.parse("interpreter", "rami haddad \\(tolk\\)")), List.of());
    assertEquals(List.of("interpreter"), FactScore.of(sample, List.of()).found());
  }

  @Test
  void engineTotalsAddUpTheConversations() {
    Sample sample =
        tiny(
            List.of(Fact.parse("a", "alfa"), Fact.parse("b", "beta")),
            List.of(Fact.parse("w", "x")));
    FactScore one = FactScore.of(sample, List.of(s("alfa og x")));
    FactScore two = FactScore.of(sample, List.of(s("alfa og beta")));
    EngineResult r = new EngineResult("offline", null, List.of(one, two), List.of(), -1, Map.of());
    assertEquals(3, r.factsFound());
    assertEquals(4, r.factsTotal());
    assertEquals(1, r.wrongIncluded());
    assertEquals(2, r.wrongTotal());
  }
}
