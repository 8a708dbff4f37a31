package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample set is itself checked: a wrong sample would make every figure wrong. */
class SampleSetTest {

  private static List<Sample> samples;
  private static Map<String, DraftRequest> requests;

  @BeforeAll
  static void load() throws Exception {
    samples = SampleSet.load();
    AppPath path = new AppPath();
    requests = new java.util.LinkedHashMap<>();
    for (Sample s : samples) {
      requests.put(s.key(), path.request(s));
    }
  }

  @Test
  void atLeastEightConversationsOfEveryType() {
    assertTrue(samples.size() >= 8, "samples: " + samples.size());
    Set<ConversationType> types = EnumSet.noneOf(ConversationType.class);
    samples.forEach(s -> types.add(s.type()));
    assertEquals(EnumSet.allOf(ConversationType.class), types);
  }

  @Test
  void everyCorrectDraftStatesEveryFactAndNoWrongStatement() {
    for (Sample s : samples) {
      FactScore score = FactScore.of(s, s.correctDraft());
      assertEquals(List.of(), score.missed(), s.key() + ": facts missing from the correct draft");
      assertEquals(List.of(), score.wrongIncluded(), s.key() + ": wrong statements in it");
      assertTrue(s.facts().size() >= 5, s.key() + " has too few facts");
      assertFalse(s.wrong().isEmpty(), s.key() + " has no wrong statement");
    }
  }

  @Test
  void everyPlantedErrorChangesItsSentenceAndCitationsPointAtKeptSegments() {
    for (Sample s : samples) {
      Set<Integer> kept =
          requests.get(s.key()).segments().stream()
              .map(DraftSegment::index)
              .collect(Collectors.toSet());
      for (DraftSentence sentence : s.correctDraft()) {
        assertFalse(sentence.citations().isEmpty(), s.key() + ": uncited " + sentence.text());
        assertTrue(kept.containsAll(sentence.citations()), s.key() + ": " + sentence.text());
      }
      for (PlantedError p : s.plants()) {
        List<DraftSentence> planted = p.applyTo(s.correctDraft());
        assertNotEquals(s.correctDraft().get(p.index()).text(), planted.get(p.index()).text());
      }
    }
  }

  @Test
  void everyKindOfFactIsPlantedAtLeastThreeTimes() {
    Map<String, Long> byKind =
        samples.stream()
            .flatMap(s -> s.plants().stream())
            .collect(Collectors.groupingBy(PlantedError::kind, Collectors.counting()));
    for (String kind : SampleSet.COVERED_KINDS) {
      assertTrue(byKind.getOrDefault(kind, 0L) >= 3, kind + " planted " + byKind.get(kind));
    }
  }

  @Test
  void theInterpretedConversationHasAnInterpreterAndSegmentsInAnotherLanguage() {
    Sample s = byKey().apply("integration");
    assertTrue(s.participants().stream().anyMatch(p -> p.role() == ParticipantRole.TOLK));
    List<DraftSegment> segments = requests.get("integration").segments();
    assertTrue(segments.stream().filter(g -> g.language().equals("ar")).count() >= 5);
    assertEquals("da", segments.get(0).language());
  }

  @Test
  void theStoppedRecordingLosesEverythingFromTheStopBeforeDrafting() {
    Sample s = byKey().apply("stop");
    List<DraftSegment> segments = requests.get("stop").segments();
    assertTrue(segments.stream().allMatch(g -> g.startMillis() < s.recordingStoppedMillis()));
    assertTrue(segments.stream().noneMatch(g -> g.text().contains("gæld")));
    // What was said after the stop is what the note must not contain.
    assertTrue(s.wrong().stream().anyMatch(f -> f.id().equals("debt")));
  }

  @Test
  void theCorrectedDateIsAWrongStatementOfTheCorrectedConversation() {
    Sample s = byKey().apply("jobsamtale");
    assertTrue(
        requests.get("jobsamtale").segments().stream()
            .anyMatch(g -> g.text().contains("det var den 14., ikke den 12.")));
    Fact corrected =
        s.wrong().stream().filter(f -> f.id().equals("corrected-date")).findFirst().orElseThrow();
    assertTrue(corrected.foundIn(List.of("Næste samtale er den 12. april kl. 9.")));
  }

  @Test
  void aMalformedLineIsReportedWithItsFileAndText() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SampleSet.load("broken"));
    assertTrue(e.getMessage().contains("quality/broken/drafts.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("plant DATE x"), e.getMessage());
  }

  private static Function<String, Sample> byKey() {
    return key -> samples.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
  }
}
