package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.openai.FakeOpenAiServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QualityHarnessTest {

  @Test
  void withoutChatSettingsTheChatEngineIsReportedAsNotMeasured() throws Exception {
    Map<String, Optional<DraftGenerator>> engines = QualityHarness.engines(name -> null);
    QualityReport report = QualityHarness.run(SampleSet.load(), engines, Optional.empty());
    EngineResult offline = report.engines().get(0);
    EngineResult chat = report.engines().get(1);
    assertEquals("offline", offline.engine());
    assertEquals(SampleSet.load().size(), offline.scores().size());
    assertEquals(
        SampleSet.load().stream().mapToInt(s -> s.facts().size()).sum(), offline.factsTotal());
    assertFalse(chat.measured());
    assertTrue(report.table().contains("chat      not measured"));
    assertTrue(report.table().contains("Unsupported-fact check: not measured"));
    JsonObject json = Json.createReader(new StringReader(report.json())).readObject();
    assertFalse(json.getJsonArray("engines").getJsonObject(1).getBoolean("measured"));
    assertTrue(json.isNull("check"));
  }

  @Test
  void theChatEngineRunsThroughTheApplicationsAdapterWhenConfigured() throws Exception {
    try (FakeOpenAiServer server = new FakeOpenAiServer()) {
      String draft =
          "{\"sentences\":[{\"section\":\"NAESTE_SKRIDT\",\"text\":\"Næste samtale er den 14."
              + " april kl. 9.\",\"citations\":[1]}]}";
      server.answer(
          200,
          Json.createObjectBuilder()
              .add(
                  "choices",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("index", 0)
                              .add("finish_reason", "stop")
                              .add(
                                  "message",
                                  Json.createObjectBuilder()
                                      .add("role", "assistant")
                                      .add("content", draft))))
              .build()
              .toString());
      Map<String, String> env =
          Map.of(
              "SAMTALENOTAT_DRAFT_OPENAI_URL",
              server.baseUrl().toString(),
              "SAMTALENOTAT_DRAFT_OPENAI_MODEL",
              "test-model");
      List<Sample> one = List.of(SampleSet.load("jobsamtale"));
      QualityReport report =
          QualityHarness.run(one, QualityHarness.engines(env::get), Optional.empty());
      EngineResult chat = report.engines().get(1);
      assertTrue(chat.measured());
      assertEquals(List.of(), chat.failures());
      assertEquals(List.of("next-meeting"), chat.scores().get(0).found());
      assertTrue(server.last().bodyText().contains("test-model"));
      // The transcript reached the engine as the pipeline sends it.
      assertTrue(server.last().bodyText().contains("det var den 14., ikke den 12."));
    }
  }

  @Test
  void aChatEngineThatFailsIsReportedPerConversationNotScoredAsEmptyDrafts() throws Exception {
    try (FakeOpenAiServer server = new FakeOpenAiServer()) {
      server.answer(500, "{\"error\":{\"message\":\"model overloaded\"}}");
      Map<String, String> env =
          Map.of(
              "SAMTALENOTAT_DRAFT_OPENAI_URL",
              server.baseUrl().toString(),
              "SAMTALENOTAT_DRAFT_OPENAI_MODEL",
              "test-model");
      List<Sample> two = List.of(SampleSet.load("anden"), SampleSet.load("stop"));
      QualityReport report =
          QualityHarness.run(two, QualityHarness.engines(env::get), Optional.empty());
      EngineResult chat = report.engines().get(1);
      assertTrue(chat.measured());
      assertEquals(2, chat.failures().size());
      assertTrue(chat.failures().get(0).startsWith("anden: "), chat.failures().get(0));
      assertEquals(0, chat.factsTotal());
      assertTrue(report.table().contains("failed: stop: "));
    }
  }

  @Test
  void theApplicationsCheckFlagsPlantedErrorsOfEveryKindInTheSet() throws Exception {
    QualityReport report =
        QualityHarness.run(
            SampleSet.load(),
            QualityHarness.engines(name -> null),
            Optional.of(new UnsupportedFactChecker()));
    report
        .checker()
        .byKind()
        // Kinds the check knows but the set plants none of (INVENTED, NEGATION...) are not scored.
        .forEach(
            (kind, c) ->
                assertTrue(c.planted() == 0 || c.flagged() > 0, kind + ": " + report.table()));
  }

  @Test
  void aCheckIsScoredOnEveryPlantedErrorAndEveryCorrectDraft() throws Exception {
    List<Sample> samples = SampleSet.load();
    // A check that flags every sentence: it catches every planted error, and every flag on a
    // correct draft is false.
    FactChecker flagsAll =
        (draft, segments, date) ->
            IntStream.range(0, draft.size())
                .mapToObj(i -> new FactChecker.Flag(i, "DATE"))
                .toList();
    QualityReport report =
        QualityHarness.run(samples, QualityHarness.engines(name -> null), Optional.of(flagsAll));
    CheckerScore c = report.checker();
    int plants = samples.stream().mapToInt(s -> s.plants().size()).sum();
    int sentences = samples.stream().mapToInt(s -> s.correctDraft().size()).sum();
    assertEquals(plants, c.planted());
    assertEquals(plants, c.flagged());
    assertEquals(c.byKind().get("DATE").planted(), c.rightKind());
    assertEquals(samples.size(), c.correctDrafts());
    assertEquals(sentences, c.falseFlags());
    assertEquals(samples.size(), c.draftsWithFalseFlags());
    assertTrue(report.engines().get(0).engineDraftFlags() > 0);
    JsonObject json = Json.createReader(new StringReader(report.json())).readObject();
    assertEquals(plants, json.getJsonObject("check").getInt("planted"));
    assertTrue(report.table().contains("False flags on " + samples.size() + " correct drafts"));
  }
}
