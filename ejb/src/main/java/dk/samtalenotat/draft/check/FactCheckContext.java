package dk.samtalenotat.draft.check;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSegment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a draft is checked against: the transcript, the day of the conversation (to resolve "på
 * torsdag" or a date without a year), and the registered participants with their roles (a note may
 * name who took part even if nobody said the name; the Deltagere line is checked against them).
 *
 * @param otherNames names that count as said although nobody said them (the caseworker's)
 */
public record FactCheckContext(
    List<DraftSegment> segments,
    LocalDate conversationDate,
    List<DraftParticipant> participants,
    List<String> otherNames) {

  public FactCheckContext {
    segments = List.copyOf(segments);
    Objects.requireNonNull(conversationDate, "conversationDate");
    participants = List.copyOf(participants);
    otherNames = otherNames.stream().filter(Objects::nonNull).toList();
  }

  public FactCheckContext(
      List<DraftSegment> segments, LocalDate conversationDate, List<DraftParticipant> people) {
    this(segments, conversationDate, people, List.of());
  }
}
