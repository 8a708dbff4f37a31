package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseworker's first complete path in a real browser: sign in, register a conversation, import a
 * Danish transcript (WebVTT as Teams exports it), wait for the offline engine's draft, check the
 * citations, edit and save a new version, approve, and find the conversation in the list.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class CaseworkerJourneyIT {

  static final String TEAMS_TRANSCRIPT =
      """
      WEBVTT

      1a2b/10-0
      00:00:01.000 --> 00:00:06.500
      <v Sagsbehandler>Velkommen. Formålet med samtalen i dag er at tale om din jobsøgning.</v>

      1a2b/11-0
      00:00:07.000 --> 00:00:13.000
      <v Borger>Jeg har søgt tre stillinger som lagerarbejder i denne måned.</v>

      1a2b/12-0
      00:00:13.500 --> 00:00:20.000
      <v Sagsbehandler>Vi aftaler, at du søger mindst fire stillinger om ugen.</v>

      1a2b/13-0
      00:00:20.500 --> 00:00:24.000
      <v Borger>Det er fint. Det kan jeg godt.</v>

      1a2b/14-0
      00:00:24.500 --> 00:00:30.000
      <v Sagsbehandler>Vi ses til en ny samtale om fire uger.</v>
      """;

  @Test
  void fromTranscriptToApprovedNote(BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Path vtt = dir.resolve("Teams-udskrift.vtt");
    Files.writeString(vtt, TEAMS_TRANSCRIPT);
    Page page = browser.page();

    Ui.signIn(page, "aisha");
    long id = Ui.registerConversation(page, "010190-1234", "SAG-2026-0042");
    assertEquals("REGISTERED", Ui.state(page));

    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");

    String transcript = page.locator(".segments").innerText();
    assertTrue(transcript.contains("Jeg har søgt tre stillinger som lagerarbejder"), transcript);
    assertEquals(5, page.locator(".segments li.segment").count(), "one row per cue");
    int sentences = page.locator("#sentences p.sentence").count();
    assertTrue(sentences >= 3, "the offline engine wrote " + sentences + " sentences");
    assertEquals(
        0, page.locator("#sentences p.sentence.uncited").count(), "every sentence cites a segment");
    // A citation leads to its segment in the transcript.
    String target = page.locator("#sentences a.cite").first().getAttribute("href");
    assertTrue(target.startsWith("#seg-"), target);
    assertEquals(1, page.locator(target).count(), "cited segment " + target + " is on the page");

    // Edit: a caseworker's own sentence becomes version 2.
    String draft = byId(page, "draftForm:content").inputValue();
    assertTrue(draft.contains("Formål"), draft);
    String edited = draft + "\nBorgeren medbringer CV til næste samtale.";
    byId(page, "draftForm:content").fill(edited);
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("version 2"), Ui.messages(page));
    assertEquals(2, page.locator("[id='history'] tbody tr").count());
    assertTrue(
        byId(page, "draftForm:content").inputValue().contains("medbringer CV"),
        "the saved version is the one shown");

    Ui.submitConfirmed(page, "draftForm:approve");
    Ui.awaitState(page, "APPROVED");
    String note = page.locator("#approved-note").innerText();
    assertTrue(note.contains("Borgeren medbringer CV til næste samtale."), note);
    assertTrue(note.contains("gennemgået og godkendt af"), note);

    page.navigate("samtaler.xhtml");
    String list = page.locator(".conversations").innerText();
    assertTrue(list.contains("SAG-2026-0042"), list);
    assertTrue(list.contains("010190-XXXX"), list);
    assertTrue(!list.contains("010190-1234"), "the list masks the CPR: " + list);
    assertEquals(1, page.locator("a.open-link[href*='id=" + id + "']").count());
  }
}
