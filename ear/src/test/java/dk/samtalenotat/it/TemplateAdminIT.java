package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's templates: reached from the start page, a changed template saved as a new
 * version, a template asking about availability (rådighed) refused in Danish with nothing lost or
 * saved, and a caseworker's next draft recording the version it was written by. Caseworkers get no
 * template screen. Works on the round-table type, so the other tests' job conversations keep the
 * standard template.
 */
@EnabledIfSystemProperty(
    named = "samtalenotat.it.base.dir",
    matches = ".*[/\\\\]it-server",
    disabledReason =
        "runs only on the demo server of failsafe execution demo-its (-Dit.test selects it in every"
            + " execution, and the others have other engines and sign-on)")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class TemplateAdminIT {

  private static final String TYPE = "RUNDBORDSSAMTALE";

  /** A round-table conversation where the citizen answers once in English. */
  private static final String INTERPRETED =
      """
      WEBVTT

      00:00:01.000 --> 00:00:06.000
      <v Sagsbehandler>Velkommen. Formålet med samtalen i dag er at tale om din vej til job.</v>

      00:00:06.500 --> 00:00:12.000
      <v Borger>Jeg har gået på sprogskole i et år og er nu på modul 3.</v>

      00:00:12.500 --> 00:00:18.000
      <v Borger>I have been looking for work as a cook since last year.</v>

      00:00:18.500 --> 00:00:24.000
      <v Sagsbehandler>Vi ses til en ny samtale om fire uger.</v>
      """;

  @Test
  void aSavedTemplateVersionWritesTheNextDraft(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    admin.navigate("");
    admin.waitForNavigation(() -> admin.locator("#templates-link").click());
    assertTrue(admin.url().contains("skabeloner"), admin.url());
    assertEquals(7, admin.locator(".current-version").count(), "one template per type");
    admin.waitForNavigation(
        () -> admin.locator("a.edit-template[data-type='" + TYPE + "']").click());
    assertTrue(admin.locator("#template-title").innerText().contains("Rundbordssamtale"));
    assertEquals(
        0, admin.locator(".template-section[data-section='AFTALER']").count(), "no Aftaler here");
    int before = Integer.parseInt(admin.locator("#template-version").getAttribute("data-version"));

    // Availability is the caseworker's call: refused, the text kept in the form, nothing saved.
    String forbidden = "Vurder om borgeren står til rådighed for arbejdsmarkedet.";
    guidance(admin, "DROEFTET").fill(forbidden);
    Ui.submit(admin, "template:save");
    String refused = Ui.messages(admin);
    assertTrue(refused.contains("ikke gemt"), refused);
    assertTrue(refused.contains("rådighed"), refused);
    assertEquals(forbidden, guidance(admin, "DROEFTET").inputValue(), "the input is kept");
    assertEquals(
        before, Integer.parseInt(admin.locator("#template-version").getAttribute("data-version")));

    // A changed guidance and tone: a new version; "jobcenter" becomes "kommune".
    guidance(admin, "DROEFTET")
        .fill("Hvad hver deltager bidrog med, også jobcenterets mentor, angivet ved rolle.");
    Ui.choose(admin, "template:tone", "Kort");
    Ui.submit(admin, "template:save");
    int saved = before + 1;
    String messages = Ui.messages(admin);
    assertTrue(messages.contains("gemt som version " + saved), messages);
    assertTrue(messages.contains("jobcenter"), messages);
    admin.navigate("skabelon.xhtml?type=" + TYPE);
    assertEquals(
        saved, Integer.parseInt(admin.locator("#template-version").getAttribute("data-version")));
    assertEquals(
        "Hvad hver deltager bidrog med, også kommunens mentor, angivet ved rolle.",
        guidance(admin, "DROEFTET").inputValue());
    assertEquals("Kort", admin.locator("[id='template:tone_label']").innerText());
    assertTrue(admin.locator("[id='history']").innerText().contains(String.valueOf(saved)));

    // The caseworker's next round-table draft records that version.
    Page caseworker = browser.newPage();
    Ui.signIn(caseworker, "mette");
    Ui.openRegistration(caseworker, "010190-1234", "SAG-2026-0707");
    Ui.choose(caseworker, "register:type", "Rundbordssamtale");
    byId(caseworker, "register:participants:0:participantName").fill("Samira Ali");
    Ui.choose(caseworker, "register:participants:0:participantRole", "Tolk");
    caseworker.locator("label[for='register:consent:0']").click();
    caseworker.waitForNavigation(() -> byId(caseworker, "register:save").click());
    Path vtt = dir.resolve("rundbord.vtt");
    Files.writeString(vtt, INTERPRETED);
    Ui.importTranscript(caseworker, vtt);
    Ui.awaitState(caseworker, "DRAFT_READY");
    assertTrue(
        caseworker.locator("#conversation-title").innerText().startsWith("Rundbordssamtale"));
    assertEquals(
        String.valueOf(saved),
        caseworker
            .locator("[id='history'] .template-version")
            .first()
            .getAttribute("data-template-version"));
    assertTrue(
        caseworker.locator("[id='history']").innerText().contains("version " + saved),
        caseworker.locator("[id='history']").innerText());
    // The interpreter is in the participants and the note says so; the English segment is
    // marked and, from the offline engine, quoted untranslated.
    assertTrue(
        caseworker.locator("#overview").innerText().contains("Samira Ali (Tolk)"),
        caseworker.locator("#overview").innerText());
    assertTrue(
        caseworker
            .locator(".note-header")
            .innerText()
            .contains("Tolk: Samira Ali deltog som tolk."),
        caseworker.locator(".note-header").innerText());
    assertEquals("engelsk", caseworker.locator("#seg-3 .seg-lang").innerText().strip());
    assertEquals(0, caseworker.locator("#seg-2 .seg-lang").count(), "Danish is not marked");
    String quoted =
        caseworker
            .locator("#sentences p.sentence")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("ikke oversat"))
            .first()
            .innerText();
    assertTrue(quoted.contains("på engelsk: \"I have been looking for work"), quoted);
    assertTrue(quoted.contains("[3]"), "cites the segment: " + quoted);
    assertEquals(
        0,
        caseworker.locator("#sentences .sentence-section:text-is('Aftaler:')").count(),
        "no binding agreements in a round-table note");
  }

  @Test
  void caseworkersGetNoTemplateScreen(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "mette");
    Response list = page.navigate("skabeloner.xhtml");
    assertEquals(403, list.status());
    Response edit = page.navigate("skabelon.xhtml?type=JOBSAMTALE");
    assertEquals(403, edit.status());
    assertEquals(0, page.locator("[id='template:save']").count());
    page.navigate("");
    assertEquals(0, page.locator("#templates-link").count());
  }

  private static com.microsoft.playwright.Locator guidance(Page page, String section) {
    return page.locator(".template-section[data-section='" + section + "'] textarea");
  }
}
