package dk.samtalenotat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteLayoutTest {

  private final List<DraftSentence> generated =
      List.of(
          new DraftSentence(NoteSection.FORMAAL, "Samtalen var en jobsamtale.", List.of(1)),
          new DraftSentence(
              NoteSection.BORGERENS_SITUATION, "Borger oplyste, at hun søger job.", List.of(2, 3)),
          new DraftSentence(
              NoteSection.BORGERENS_SITUATION, "Borger har ondt i ryggen.", List.of(4)),
          new DraftSentence(
              NoteSection.AFTALER, "Borger søger fire stillinger om ugen.", List.of(7)));

  @Test
  void writesSectionsInLayoutOrder() {
    String content = NoteLayout.content(generated);
    assertEquals(
        "Formål\nSamtalen var en jobsamtale.\n\n"
            + "Borgerens situation\nBorger oplyste, at hun søger job. Borger har ondt i ryggen.\n\n"
            + "Aftaler\nBorger søger fire stillinger om ugen.",
        content);
  }

  @Test
  void unchangedSentencesKeepTheirCitationsAndChangedOnesLoseThem() {
    String edited =
        NoteLayout.content(generated)
                .replace("Borger har ondt i ryggen.", "Borger har ondt i knæet.")
            + "\n\nNæste skridt og opfølgning\nNyt møde den 12. marts.";
    List<DraftSentence> parsed = NoteLayout.parse(edited, generated);
    assertEquals(5, parsed.size());
    assertEquals(List.of(2, 3), parsed.get(1).citations());
    assertEquals("Borger har ondt i knæet.", parsed.get(2).text());
    assertEquals(List.of(), parsed.get(2).citations());
    assertEquals(List.of(7), parsed.get(3).citations());
    assertEquals(NoteSection.NAESTE_SKRIDT, parsed.get(4).section());
    assertEquals(List.of(), parsed.get(4).citations());
  }

  @Test
  void roundTripKeepsEverything() {
    assertEquals(generated, NoteLayout.parse(NoteLayout.content(generated), generated));
  }

  @Test
  void headerTitleAndDocumentationLine() {
    LocalDateTime time = LocalDateTime.of(2026, 3, 12, 9, 30);
    assertEquals("Jobsamtale 12.03.2026", NoteLayout.title(ConversationType.JOBSAMTALE, time));
    String header =
        NoteLayout.header(
            ConversationType.JOBSAMTALE,
            ConversationForm.FREMMOEDE,
            time,
            List.of(
                new DraftParticipant("Mette Sørensen", ParticipantRole.SAGSBEHANDLER),
                new DraftParticipant("Ali Hassan", ParticipantRole.BORGER)));
    assertTrue(header.contains("Samtaleform: Fremmøde"), header);
    assertTrue(header.contains("Deltagere: Mette Sørensen (sagsbehandler), Ali Hassan (borger)"));
    assertTrue(header.endsWith("\nTolk: Der deltog ingen tolk."), header);
    assertEquals(
        "Dokumentation: Udkast dannet med AI-understøttet tale-til-tekst; gennemgået og godkendt af"
            + " Mette Sørensen 12.03.2026 kl. 10:15.",
        NoteLayout.documentationLine("Mette Sørensen", LocalDateTime.of(2026, 3, 12, 10, 15)));
  }

  @Test
  void theHeaderSaysWhenAnInterpreterTookPart() {
    String header =
        NoteLayout.header(
            ConversationType.INTEGRATIONSSAMTALE,
            ConversationForm.FREMMOEDE,
            LocalDateTime.of(2026, 3, 12, 9, 30),
            List.of(
                new DraftParticipant("Mette Sørensen", ParticipantRole.SAGSBEHANDLER),
                new DraftParticipant("Ahmad Karimi", ParticipantRole.BORGER),
                new DraftParticipant("Samira Ali", ParticipantRole.TOLK)));
    assertTrue(header.contains("Samira Ali (tolk)"), header);
    assertTrue(header.endsWith("\nTolk: Samira Ali deltog som tolk."), header);
  }
}
