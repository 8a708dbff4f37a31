package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviewing a draft in a real browser: sentences and transcript segments find each other both ways,
 * a wrong fact the caseworker typed in is flagged, approval is refused until every flag is resolved
 * (one confirmed, one by taking the transcript's value in one click, a later one corrected by
 * hand), and the approved note ends with the documentation line.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class DraftReviewIT {

  static final String TRANSCRIPT =
      """
      WEBVTT

      00:00:01.000 --> 00:00:06.500
      <v Sagsbehandler>Velkommen. Formålet med samtalen i dag er at tale om din jobsøgning.</v>

      00:00:07.000 --> 00:00:13.000
      <v Borger>Jeg har søgt tre stillinger som lagerarbejder i denne måned.</v>

      00:00:13.500 --> 00:00:20.000
      <v Sagsbehandler>Vi aftaler, at du søger mindst fire stillinger om ugen.</v>

      00:00:20.500 --> 00:00:24.000
      <v Borger>Det er fint. Det kan jeg godt.</v>

      00:00:24.500 --> 00:00:30.000
      <v Sagsbehandler>Vi ses til en ny samtale om fire uger.</v>
      """;

  private static Locator openFlags(Page page) {
    return page.locator("#sentences li.flag.open");
  }

  @Test
  void flagsMustBeResolvedBeforeApproval(BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Path vtt = dir.resolve("samtale.vtt");
    Files.writeString(vtt, TRANSCRIPT);
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.registerConversation(page, "010190-1234", "SAG-2026-0077");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");

    // The offline engine only rewrites what was said: nothing to flag.
    assertEquals(0, openFlags(page).count(), page.locator("#sentences").innerText());
    assertEquals(0, byId(page, "draftForm:open-flags").count());

    // Selecting a segment highlights the sentences that use it, and a sentence its segments.
    page.locator("#seg-3").click();
    Locator using = page.locator("#sentences p.sentence.highlight");
    assertTrue(using.count() >= 1, "a sentence cites segment 3");
    for (int i = 0; i < using.count(); i++) {
      String cites = using.nth(i).getAttribute("data-cites");
      assertTrue(cites.matches(".*\\b3\\b.*"), cites);
    }
    assertTrue(page.locator("#seg-3").getAttribute("class").contains("selected"));
    Locator sentence = page.locator("#sentences p.sentence").first();
    sentence.click();
    assertTrue(sentence.getAttribute("class").contains("selected"));
    assertEquals(0, page.locator("#sentences p.sentence.highlight").count(), "previous selection");
    assertTrue(page.locator(".segments li.segment.highlight").count() >= 1, "its segments");

    // The caseworker adds two facts nobody said: the new version is checked and flagged.
    String draft = byId(page, "draftForm:content").inputValue();
    byId(page, "draftForm:content")
        .fill(draft + "\nBorger modtager 4.500 kr. om måneden. Borger har søgt syv stillinger.");
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("version 2"), Ui.messages(page));
    assertEquals(2, openFlags(page).count(), page.locator("#sentences").innerText());
    Locator amount = page.locator("#sentences li.flag.open[data-kind='AMOUNT']");
    assertEquals("4.500 kr.", amount.getAttribute("data-fact"));
    assertTrue(
        amount.innerText().contains("Beløbet „4.500 kr.“ står ikke i udskriften"),
        amount.innerText());
    assertTrue(
        page.locator("#sentences li.flag.open[data-kind='NUMBER']").innerText().contains("syv"));
    assertTrue(byId(page, "draftForm:open-flags").innerText().contains("2"));

    // Approval is refused while flags are open; nothing is lost.
    Ui.submitConfirmed(page, "draftForm:approve");
    assertTrue(Ui.messages(page).contains("kan ikke godkendes endnu"), Ui.messages(page));
    assertEquals("DRAFT_READY", Ui.state(page));
    assertTrue(byId(page, "draftForm:content").inputValue().contains("syv stillinger"));

    // Resolve one by confirming it ...
    page.waitForNavigation(() -> amount.locator("button.confirm-flag").click());
    assertTrue(Ui.messages(page).contains("markeret som kontrolleret"), Ui.messages(page));
    assertEquals(1, openFlags(page).count());
    Locator confirmed = page.locator("#sentences li.flag.resolved[data-kind='AMOUNT']");
    assertTrue(confirmed.innerText().contains("Kontrolleret af"), confirmed.innerText());

    // ... and the other by taking what the transcript says, in one click: the sentence is
    // corrected, saved as a new version and checked again.
    Locator take = page.locator("#sentences li.flag.open[data-kind='NUMBER'] button.take-value");
    assertTrue(take.innerText().contains("„3“"), take.innerText());
    page.waitForNavigation(take::click);
    assertTrue(Ui.messages(page).contains("version 3"), Ui.messages(page));
    assertTrue(
        byId(page, "draftForm:content").inputValue().contains("Borger har søgt 3 stillinger."),
        byId(page, "draftForm:content").inputValue());
    assertEquals(0, openFlags(page).count(), page.locator("#sentences").innerText());
    assertEquals(
        1,
        page.locator("#sentences li.flag.resolved[data-kind='AMOUNT']").count(),
        "the confirmation stays with the unchanged sentence");

    // An edit is checked again like any: a new wrong number is flagged, and correcting it by hand
    // resolves the flag.
    String taken = byId(page, "draftForm:content").inputValue();
    byId(page, "draftForm:content")
        .fill(taken.replace("Borger har søgt 3 stillinger.", "Borger har søgt 6 stillinger."));
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("version 4"), Ui.messages(page));
    assertEquals(1, openFlags(page).count(), page.locator("#sentences").innerText());
    String flagged = byId(page, "draftForm:content").inputValue();
    byId(page, "draftForm:content").fill(flagged.replace("6 stillinger", "tre stillinger"));
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("version 5"), Ui.messages(page));
    assertEquals(0, openFlags(page).count(), page.locator("#sentences").innerText());

    // A save with nothing changed stores no version.
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("ingen ændringer"), Ui.messages(page));

    // The same caseworker has the review open in a second session too. What is saved in the first
    // is kept: the second's save, made on version 5, is refused and its page shows version 6.
    Page second = browser.newPage();
    Ui.signIn(second, "aisha");
    second.navigate(page.url());
    Ui.awaitState(second, "DRAFT_READY");
    String v5 = byId(page, "draftForm:content").inputValue();
    byId(page, "draftForm:content").fill(v5.replace("tre stillinger", "3 stillinger"));
    Ui.submit(page, "draftForm:save");
    assertTrue(Ui.messages(page).contains("version 6"), "none saved since 5: " + Ui.messages(page));
    byId(second, "draftForm:content").fill(v5.replace("tre stillinger", "fire stillinger"));
    Ui.submit(second, "draftForm:save");
    assertTrue(Ui.messages(second).contains("nyere version"), Ui.messages(second));
    String shown = byId(second, "draftForm:content").inputValue();
    assertTrue(shown.contains("Borger har søgt 3 stillinger."), shown);
    assertFalse(shown.contains("fire stillinger"), shown);
    assertEquals(0, openFlags(page).count(), page.locator("#sentences").innerText());

    Ui.submitConfirmed(page, "draftForm:approve");
    Ui.awaitState(page, "APPROVED");
    String note = page.locator("#approved-note").innerText();
    assertTrue(note.contains("Borger modtager 4.500 kr. om måneden."), note);
    assertTrue(note.contains("Borger har søgt 3 stillinger."), note);
    assertFalse(note.contains("fire stillinger"), note);
    assertFalse(note.contains("syv"), note);
    String lastLine = note.strip().substring(note.strip().lastIndexOf('\n') + 1);
    assertTrue(
        Pattern.matches(
            "Dokumentation: Udkast dannet med AI-understøttet tale-til-tekst; gennemgået og"
                + " godkendt af \\S.* \\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}:\\d{2}\\.",
            lastLine),
        "the note ends with the documentation line: " + lastLine);
  }
}
