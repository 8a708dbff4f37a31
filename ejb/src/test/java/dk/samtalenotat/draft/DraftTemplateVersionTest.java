package dk.samtalenotat.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.samtalenotat.crypto.TestKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft version records the template version that wrote its text. */
class DraftTemplateVersionTest {

  private static final List<DraftSentence> SENTENCES =
      List.of(new DraftSentence(NoteSection.FORMAAL, "Samtalen var en jobsamtale.", List.of(1)));

  @Test
  void generatedVersionsRecordTheirTemplateAndEditsKeepIt() {
    Draft draft = new Draft(null);
    DraftVersion first =
        draft
            .addGenerated(1, "offline", 3, "Formål\nSamtalen.", SENTENCES, TestKeys.throwaway())
            .orElseThrow();
    assertEquals(3, first.getTemplateVersion());
    DraftVersion edited =
        draft.addEdited("mette", "Mette", "Formål\nRettet.", SENTENCES, TestKeys.throwaway());
    assertEquals(3, edited.getTemplateVersion(), "an edit keeps the template it was edited from");
    DraftVersion regenerated =
        draft
            .addGenerated(2, "offline", 0, "Formål\nSamtalen.", SENTENCES, TestKeys.throwaway())
            .orElseThrow();
    assertEquals(0, regenerated.getTemplateVersion(), "0 is the standard template");
  }

  @Test
  void versionsFromBeforeTemplatesHaveNone() {
    Draft draft = new Draft(null);
    DraftVersion v =
        draft
            .addGenerated(1, "offline", "Formål\nSamtalen.", SENTENCES, TestKeys.throwaway())
            .orElseThrow();
    assertNull(v.getTemplateVersion());
  }
}
