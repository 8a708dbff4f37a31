package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A municipality's administrator edits their own municipality's settings and nothing of another's:
 * the demo municipality's administrator changes its DPO's e-mail on the screen (a wrong address is
 * refused in Danish), and the citizen notice says the new one at once; the case system is closed
 * until the operator opens it, then a timeout and a password are saved, the password never shown
 * again. The other municipality's administrator reads and changes nothing of the demo
 * municipality's, neither by the address nor by the REST API, and sees only his own; a caseworker,
 * a compliance officer and the operator get 403. The demo municipality's settings are put back.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class MunicipalitySettingsIT {

  private static final String DEMO = "11111111";
  private static final String OTHER = "22222222";
  private static final String API = "api/municipality/settings";
  private static final String NEW_DPO = "persondata@demo-kommune.dk";
  private static final String SECRET = "Hemmelig-Adgang-2026";

  @Test
  void theAdministratorEditsOnlyTheirOwnMunicipality(BrowserExtension.BrowserSession browser)
      throws Exception {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    admin.navigate("");
    admin.waitForNavigation(() -> admin.locator("#settings-link").click());
    assertEquals(DEMO, admin.locator("#settings-municipality").getAttribute("data-cvr"));
    Locator dpo = setting(admin, "compliance.dpo.email");
    String originalDpo = dpo.inputValue();
    Page drift = browser.newPage();
    try {
      // A wrong address is refused in Danish and nothing is saved.
      int version = version(admin);
      dpo.fill("dpo@");
      Ui.submit(admin, "settings:save");
      assertTrue(Ui.messages(admin).contains("gyldig e-mailadresse"), Ui.messages(admin));
      setting(admin, "compliance.dpo.email").fill(NEW_DPO);
      Ui.submit(admin, "settings:save");
      assertTrue(Ui.messages(admin).contains("er gemt som version"), Ui.messages(admin));
      assertEquals(version + 1, version(admin));
      assertEquals(NEW_DPO, setting(admin, "compliance.dpo.email").inputValue());
      String newest = admin.locator("tr.settings-version").first().innerText();
      assertTrue(newest.contains("Anne Vestergaard"), newest);
      assertTrue(newest.contains("Databeskyttelsesrådgiver: e-mail"), newest);

      // In force without a restart: the citizen notice names the new address.
      admin.navigate("dokumenter.xhtml");
      String notice = pdfText(admin.waitForDownload(() -> Ui.byId(admin, "notice:pdf").click()));
      assertTrue(notice.contains("e-mail " + NEW_DPO), notice);

      // The case system is the operator's until the operator opens it.
      admin.navigate("indstillinger.xhtml");
      assertEquals(1, admin.locator("#case-system-closed").count());
      assertEquals(0, admin.locator("[data-setting='journal.read-timeout']").count());
      APIResponse closed = admin.request().put(API, json("{\"journal.read-timeout\":\"45\"}"));
      assertEquals(403, closed.status(), closed.text());
      assertTrue(closed.text().contains("SETTING_NOT_ALLOWED"), closed.text());

      Ui.signIn(drift, "drift");
      drift.navigate("drift.xhtml");
      Ui.choose(drift, "adminCaseSystem:adminCaseSystemCvr", "Demo Kommune (" + DEMO + ")");
      Ui.byId(drift, "adminCaseSystem:adminCaseSystemAllowed").check();
      Ui.submit(drift, "adminCaseSystem:adminCaseSystemSave");
      assertTrue(Ui.messages(drift).contains("må nu ændre sagssystemet"), Ui.messages(drift));
      assertEquals(
          "true",
          drift
              .locator(".admin-case-system[data-cvr='" + DEMO + "']")
              .getAttribute("data-allowed"));

      admin.navigate("indstillinger.xhtml");
      setting(admin, "journal.read-timeout").fill("0");
      Ui.submit(admin, "settings:save");
      assertTrue(Ui.messages(admin).contains("fra 1 til 300"), Ui.messages(admin));
      setting(admin, "journal.read-timeout").fill("45");
      setting(admin, "journal.password").fill(SECRET);
      Ui.submit(admin, "settings:save");
      assertTrue(Ui.messages(admin).contains("er gemt som version"), Ui.messages(admin));
      assertEquals("45", setting(admin, "journal.read-timeout").inputValue());
      Locator password = setting(admin, "journal.password");
      assertEquals("", password.inputValue(), "never shown again");
      assertEquals("true", password.getAttribute("data-stored"));
      assertFalse(admin.content().contains(SECRET));
      APIResponse mine = admin.request().get(API);
      assertEquals(200, mine.status(), mine.text());
      assertTrue(mine.text().contains(NEW_DPO), mine.text());
      assertTrue(mine.text().contains("journal.password"), "said to be stored: " + mine.text());
      assertFalse(mine.text().contains(SECRET), mine.text());
      APIResponse wrongUrl =
          admin.request().put(API, json("{\"journal.url\":\"http://sbsys.demo.dk/\"}"));
      assertEquals(400, wrongUrl.status(), wrongUrl.text());
      assertTrue(wrongUrl.text().contains("https://"), wrongUrl.text());

      // Another municipality's administrator: nothing of the demo municipality's, by any way.
      Page bo = browser.newPage();
      Ui.signIn(bo, "bo");
      bo.navigate("indstillinger.xhtml?cvr=" + DEMO);
      assertEquals(OTHER, bo.locator("#settings-municipality").getAttribute("data-cvr"));
      assertFalse(bo.content().contains(NEW_DPO), "the demo municipality's DPO");
      APIResponse own = bo.request().get(API);
      assertEquals(200, own.status(), own.text());
      assertTrue(own.text().contains(OTHER), own.text());
      assertFalse(own.text().contains(NEW_DPO), own.text());
      for (APIResponse r :
          List.of(
              bo.request().get(API + "/" + DEMO),
              bo.request().get(API + "?cvr=" + DEMO),
              bo.request().put(API + "/" + DEMO, json("{\"compliance.dpo.email\":\"x@y.dk\"}")),
              bo.request()
                  .put(API + "?cvr=" + DEMO, json("{\"compliance.dpo.email\":\"x@y.dk\"}")))) {
        assertEquals(403, r.status(), r.text());
        assertTrue(r.text().contains("OTHER_MUNICIPALITY"), r.text());
        assertFalse(r.text().contains(NEW_DPO), r.text());
      }
      assertTrue(json(admin.request().get(API)).contains(NEW_DPO), "the demo municipality's own");

      // No other role reaches it.
      for (String user : List.of("mette", "peter")) {
        Page other = browser.newPage();
        Ui.signIn(other, user);
        assertEquals(403, other.navigate("indstillinger.xhtml").status(), user);
        assertEquals(403, other.request().get(API).status(), user);
        assertEquals(
            403, other.request().put(API, json("{\"compliance.dpo.email\":\"x@y.dk\"}")).status());
      }
      assertEquals(403, drift.request().get(API).status());
      assertEquals(403, drift.request().get(API + "/" + DEMO).status());
    } finally {
      // Put the demo municipality back as the other tests expect it.
      admin.request().put(API, json("{\"compliance.dpo.email\":\"" + originalDpo + "\"}"));
      admin.request().put(API, json("{\"journal.read-timeout\":\"\"}"));
      if (drift.url().contains("drift.xhtml")) {
        drift
            .request()
            .put(
                "api/operator/municipalities/" + DEMO + "/administrator-case-system",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"allowed\":false}"));
      }
    }
    assertTrue(json(admin.request().get(API)).contains(originalDpo), "put back");
  }

  private static Locator setting(Page page, String name) {
    return page.locator("[data-setting='" + name + "']");
  }

  private static int version(Page page) {
    return Integer.parseInt(page.locator("#settings-version").getAttribute("data-version"));
  }

  private static RequestOptions json(String settings) {
    return RequestOptions.create()
        .setHeader("Content-Type", "application/json")
        .setData("{\"settings\":" + settings + "}");
  }

  private static String json(APIResponse response) {
    assertEquals(200, response.status(), response.text());
    return response.text();
  }

  private static String pdfText(Download download) throws Exception {
    byte[] pdf = Files.readAllBytes(download.path());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replace("\n", " ");
    }
  }
}
