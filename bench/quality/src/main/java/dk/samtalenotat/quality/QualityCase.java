package dk.samtalenotat.quality;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One conversation as the harness measures it, whatever set it comes from: its registration and
 * transcript (drafted along the application's path), what a note must and must not state, a correct
 * note and drafts with errors planted in it for the unsupported-fact check, and reference notes
 * that validate the scoring (a correct note must score full marks).
 *
 * @param participants everyone registered, the caseworker first
 * @param transcriptName the file name the importer is given, a hint for the format
 * @param languages segment number to ISO 639-1 code, for segments not in Danish
 * @param recordingStoppedMillis where the caseworker marked the recording stopped, or null
 * @param correctDraft a note with every sentence supported by the transcript
 * @param planted drafts with errors planted, each with where its errors are
 * @param references notes scored like an engine's draft to validate the scoring, by name
 */
public record QualityCase(
    String key,
    ConversationType type,
    ConversationForm form,
    LocalDateTime time,
    String caseworker,
    List<DraftParticipant> participants,
    String transcriptName,
    TranscriptFile transcript,
    Map<Integer, String> languages,
    Long recordingStoppedMillis,
    List<Expectation> facts,
    List<Expectation> wrong,
    List<DraftSentence> correctDraft,
    List<PlantedDraft> planted,
    Map<String, List<DraftSentence>> references) {

  /** Opens the transcript file. */
  @FunctionalInterface
  public interface TranscriptFile {
    InputStream open() throws IOException;
  }

  /**
   * A draft with errors planted.
   *
   * @param spots where the errors are
   */
  public record PlantedDraft(List<DraftSentence> draft, List<Spot> spots) {

    public PlantedDraft {
      draft = List.copyOf(draft);
      spots = List.copyOf(spots);
    }
  }

  /**
   * One planted error.
   *
   * @param kind the kind the set gives it
   * @param index 0-based position of the sentence that holds it
   * @param description what was planted, for the details file
   */
  public record Spot(String kind, int index, String description) {}

  public QualityCase {
    participants = List.copyOf(participants);
    languages = Map.copyOf(languages);
    facts = List.copyOf(facts);
    wrong = List.copyOf(wrong);
    correctDraft = List.copyOf(correctDraft);
    planted = List.copyOf(planted);
    references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
  }
}
