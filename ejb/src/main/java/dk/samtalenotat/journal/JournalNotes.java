package dk.samtalenotat.journal;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.NoteLayout;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Builds the canonical note from an approved conversation. */
public final class JournalNotes {

  static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  private JournalNotes() {}

  /**
   * The note as approved.
   *
   * @throws IllegalStateException when the draft is not approved or its text is destroyed
   */
  public static JournalNote of(Conversation c, Draft draft, String caseReference, String key) {
    if (draft.getApprovedAt() == null) {
      throw new IllegalStateException("draft of " + c.getId() + " not approved");
    }
    DraftVersion approved = draft.getVersions().get(draft.getApprovedVersionNo() - 1);
    if (approved.isDestroyed()) {
      throw new IllegalStateException("approved note of " + c.getId() + " is destroyed");
    }
    List<DraftParticipant> people =
        c.getParticipants().stream()
            .map(p -> new DraftParticipant(p.getName(), p.getRole()))
            .toList();
    String title = NoteLayout.title(c.getType(), c.getConversationTime());
    String header = NoteLayout.header(c.getType(), c.getForm(), c.getConversationTime(), people);
    String text =
        NoteLayout.fullNote(
            title,
            header,
            approved.getContent(),
            NoteLayout.documentationLine(
                draft.getApprovedBy(), LocalDateTime.ofInstant(draft.getApprovedAt(), DENMARK)));
    return new JournalNote(
        c.getTenant().getCvr(),
        c.getCitizen().digits(),
        caseReference,
        title,
        text,
        JournalNote.toHtml(text),
        c.getConversationTime(),
        draft.getApprovedAt().atZone(DENMARK).toOffsetDateTime(),
        new JournalNote.Author(
            c.getOwner().getUserKey(), initials(draft.getApprovedBy()), draft.getApprovedBy()),
        c.getType().danishName(),
        c.getForm().danishName(),
        c.getParticipants().stream()
            .map(p -> new JournalNote.Party(p.getName(), p.getRole().danishName()))
            .toList(),
        null,
        "Notat",
        List.of(),
        key);
  }

  /** "Jonas Olsen" to "JO". */
  static String initials(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return Arrays.stream(name.strip().split("\\s+"))
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining());
  }
}
