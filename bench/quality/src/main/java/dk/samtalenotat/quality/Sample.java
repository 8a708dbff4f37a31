package dk.samtalenotat.quality;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One sample conversation of the set: its registration, its transcript file, what a correct note
 * must and must not state, a correct draft and the errors planted in it.
 *
 * @param participants everyone registered, the caseworker first
 * @param transcriptFile resource name of the transcript, in a format the importer reads
 * @param languages segment number to ISO 639-1 code, for segments not in Danish
 * @param recordingStoppedMillis where the citizen stopped the recording, or null
 * @param facts what a correct note states
 * @param wrong what a note must not state (corrected values, what was said after a recording stop,
 *     words the note layout forbids, a binding agreement where none may be made)
 * @param correctDraft a draft a careful caseworker would approve, citing its segments
 * @param plants errors planted one at a time in {@code correctDraft}
 */
public record Sample(
    String key,
    String title,
    ConversationType type,
    ConversationForm form,
    LocalDateTime time,
    String caseworker,
    List<DraftParticipant> participants,
    String transcriptFile,
    Map<Integer, String> languages,
    Long recordingStoppedMillis,
    List<Fact> facts,
    List<Fact> wrong,
    List<DraftSentence> correctDraft,
    List<PlantedError> plants) {

  /** The sample as the harness measures it; each planted error is applied alone. */
  public QualityCase toCase() {
    List<QualityCase.PlantedDraft> planted =
        plants.stream()
            .map(
                p ->
                    new QualityCase.PlantedDraft(
                        p.applyTo(correctDraft),
                        List.of(
                            new QualityCase.Spot(
                                p.kind(),
                                p.index(),
                                "sentence "
                                    + p.sentence()
                                    + ": '"
                                    + p.from()
                                    + "' -> '"
                                    + p.to()
                                    + "'"))))
            .toList();
    return new QualityCase(
        key,
        type,
        form,
        time,
        caseworker,
        participants,
        transcriptFile,
        () -> SampleSet.open(transcriptFile),
        languages,
        recordingStoppedMillis,
        List.<Expectation>copyOf(facts),
        List.<Expectation>copyOf(wrong),
        correctDraft,
        planted,
        Map.of("correct draft", correctDraft));
  }

  public Sample {
    participants = List.copyOf(participants);
    languages = Map.copyOf(languages);
    facts = List.copyOf(facts);
    wrong = List.copyOf(wrong);
    correctDraft = List.copyOf(correctDraft);
    plants = List.copyOf(plants);
  }
}
