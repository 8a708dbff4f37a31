package dk.samtalenotat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.StaleDraftException;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.check.FactKind;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Approval waits for every flag: corrected by an edit or confirmed by the caseworker. */
class DraftFlagsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 9);
  private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

  private static final List<DraftSegment> TRANSCRIPT =
      List.of(
          new DraftSegment(
              1, 0, 1000, "Borger", ParticipantRole.BORGER, "da", "Jeg har søgt tre stillinger."),
          new DraftSegment(
              2,
              1000,
              2000,
              "Sagsbehandler",
              ParticipantRole.SAGSBEHANDLER,
              "da",
              "Vi ses igen på torsdag."));

  private final Draft draft = new Draft(null);

  private DraftVersion generate(String... sentences) {
    List<DraftSentence> data =
        java.util.stream.IntStream.range(0, sentences.length)
            .mapToObj(
                i ->
                    new DraftSentence(
                        NoteSection.BORGERENS_SITUATION, sentences[i], List.of(i + 1)))
            .toList();
    DataKey key = TestKeys.throwaway();
    DraftVersion v =
        draft.addGenerated(1, "offline", NoteLayout.content(data), data, key).orElseThrow();
    draft.checked(v, UnsupportedFactCheck.check(data, TRANSCRIPT, DAY), key);
    return v;
  }

  private DraftVersion edit(String content) {
    List<DraftSentence> data = NoteLayout.parse(content, draft.current().sentencesAsData());
    DataKey key = TestKeys.throwaway();
    DraftVersion v = draft.addEdited("u-aisha", "Aisha Khan", content, data, key);
    draft.checked(v, UnsupportedFactCheck.check(data, TRANSCRIPT, DAY), key);
    return v;
  }

  @Test
  void aDraftWithoutFlagsIsApproved() {
    generate("Borger har søgt tre stillinger.", "Næste samtale er på torsdag.");
    assertEquals(0, draft.current().openFlags());
    draft.approve("Aisha Khan", NOW);
    assertEquals(1, draft.getApprovedVersionNo());
  }

  @Test
  void approvalIsRefusedWhileAFlagIsOpen() {
    DraftVersion v = generate("Borger har søgt fem stillinger.", "Næste samtale er på fredag.");
    assertEquals(2, v.getFlags().size());
    assertEquals(FactKind.NUMBER, v.getFlags().get(0).getKind());
    assertEquals("fem", v.getFlags().get(0).getFact());
    assertEquals(1, v.getFlags().get(0).getSentenceOrdinal());
    assertEquals(2, v.getFlags().get(1).getSentenceOrdinal());
    assertTrue(v.getFlags().get(0).getReason().contains("udsagn 1"), v.getFlags().toString());

    OpenFlagsException refused =
        assertThrows(OpenFlagsException.class, () -> draft.approve("Aisha Khan", NOW));
    assertEquals(2, refused.open());
    assertNull(draft.getApprovedAt(), "nothing approved");
  }

  @Test
  void confirmingEveryFlagAllowsApprovalAndRecordsWhoAndWhen() {
    generate("Borger har søgt fem stillinger.", "Næste samtale er på fredag.");
    draft.confirmFlag(1, 1, "u-aisha", "Aisha Khan", NOW);
    assertThrows(OpenFlagsException.class, () -> draft.approve("Aisha Khan", NOW));
    draft.confirmFlag(1, 2, "u-aisha", "Aisha Khan", NOW.plusSeconds(5));

    DraftFlag second = draft.current().getFlags().get(1);
    assertEquals(DraftFlag.Resolution.CONFIRMED, second.getResolution());
    assertEquals("u-aisha", second.getResolvedByKey());
    assertEquals("Aisha Khan", second.getResolvedByName());
    assertEquals(NOW.plusSeconds(5), second.getResolvedAt());
    draft.approve("Aisha Khan", NOW.plusSeconds(10));
    assertNotNull(draft.getApprovedAt());
  }

  @Test
  void confirmingAFlagOfAnOlderVersionIsRefused() {
    generate("Borger har søgt fem stillinger.");
    edit("Borgerens situation\nBorger har søgt fem stillinger. Borger er motiveret.");
    assertThrows(
        StaleDraftException.class, () -> draft.confirmFlag(1, 1, "u-aisha", "Aisha Khan", NOW));
    assertThrows(
        StaleDraftException.class, () -> draft.confirmFlag(2, 9, "u-aisha", "Aisha Khan", NOW));
  }

  @Test
  void editingTheSentenceResolvesItsFlagOnTheOldVersionAndReRunsTheCheck() {
    DraftVersion first = generate("Borger har søgt fem stillinger.", "Næste samtale er på fredag.");
    DraftVersion second =
        edit(
            "Borgerens situation\nBorger har søgt tre stillinger. Næste samtale er på fredag."
                + " Borger starter hos Netto den 1. april.");

    DraftFlag corrected = first.getFlags().get(0);
    assertEquals(DraftFlag.Resolution.EDITED, corrected.getResolution());
    assertEquals("Aisha Khan", corrected.getResolvedByName());
    assertTrue(first.getFlags().get(1).isOpen(), "the weekday was left as it was");

    // The new version is checked anew: the weekday is still wrong, the new sentence is too.
    assertEquals(
        List.of(FactKind.WEEKDAY, FactKind.DATE, FactKind.NAME),
        second.getFlags().stream().map(DraftFlag::getKind).toList());
    assertEquals(3, second.openFlags());
    assertThrows(OpenFlagsException.class, () -> draft.approve("Aisha Khan", NOW));
  }

  @Test
  void aConfirmationStaysWhenOtherSentencesAreEdited() {
    generate("Borger har søgt fem stillinger.", "Næste samtale er på torsdag.");
    draft.confirmFlag(1, 1, "u-aisha", "Aisha Khan", NOW);
    DraftVersion second =
        edit(
            "Borgerens situation\nBorger har søgt fem stillinger. Næste samtale er på torsdag."
                + " Borger er motiveret.");
    assertEquals(1, second.getFlags().size());
    assertEquals(DraftFlag.Resolution.CONFIRMED, second.getFlags().get(0).getResolution());
    assertEquals(NOW, second.getFlags().get(0).getResolvedAt());
    draft.approve("Aisha Khan", NOW);
  }

  @Test
  void destroyingAVersionDestroysTheQuotedFactsAndKeepsTheResolution() {
    DraftVersion v = generate("Borger har søgt fem stillinger.");
    draft.confirmFlag(1, 1, "u-aisha", "Aisha Khan", NOW);
    String before = v.getFlags().get(0).getFact();
    assertEquals("fem", before);
    v.destroy(NOW);
    DraftFlag flag = v.getFlags().get(0);
    assertNull(flag.getFact());
    assertNull(flag.getReason());
    assertEquals(FactKind.NUMBER, flag.getKind());
    assertEquals(DraftFlag.Resolution.CONFIRMED, flag.getResolution());
  }
}
