package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The installation's operator (driftsansvarlig) runs the municipalities and sees nothing of their
 * citizens: a fourth municipality's caseworker is refused until the operator onboards it, signs on
 * once it is onboarded, is refused with the Danish suspension page (and loses the open session)
 * while it is suspended, and signs on again when it is resumed; then, suspended again, it is
 * offboarded: its conversation destroyed, its state OFFBOARDED with a report in PDF, its sign-on
 * still refused and the demo municipality's conversations untouched. The operator reaches no
 * conversation, access log, document or user list of any municipality, by page or by the REST API;
 * a municipality's administrator reaches none of the operator's screens.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class OperatorIT {

  private static final String FOURTH = "44444445";

  @Test
  void theOperatorOnboardsSuspendsAndResumesAMunicipality(BrowserExtension.BrowserSession browser) {
    // Not served yet: refused as not a tenant.
    Page fie = browser.page();
    fie.navigate("saml/login");
    fie.locator("#user-fie").click();
    fie.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-19", fie.locator("#sign-in-error-code").innerText().strip());

    Page drift = browser.newPage();
    Ui.signIn(drift, "drift");
    assertTrue(
        drift.url().contains("drift.xhtml"), "the start page leads to the operator's screen");
    assertTrue(drift.content().contains("Demo Kommune"), "the municipalities are listed");

    // A mistyped CVR is caught by its check digits.
    Ui.byId(drift, "onboard:cvr").fill("44444444");
    Ui.byId(drift, "onboard:name").fill("Fjerde Kommune");
    Ui.byId(drift, "onboard:administrators").fill("6f1c2a10-0000-4000-8000-000000000040");
    Ui.submit(drift, "onboard:onboardButton");
    assertTrue(Ui.messages(drift).contains("CVR-nummeret er ikke gyldigt"), Ui.messages(drift));

    Ui.byId(drift, "onboard:cvr").fill(FOURTH);
    Ui.byId(drift, "onboard:name").fill("Fjerde Kommune");
    Ui.byId(drift, "onboard:administrators").fill("6f1c2a10-0000-4000-8000-000000000040");
    drift.locator("input[id$=':contact']").first().fill("Fjerde Kommune");
    Ui.submit(drift, "onboard:onboardButton");
    assertTrue(Ui.messages(drift).contains("er tilsluttet"), Ui.messages(drift));
    assertEquals("ACTIVE", status(drift, FOURTH));

    // Onboarded: the caseworker signs on and works.
    Page fieIn = browser.newPage();
    Ui.signIn(fieIn, "fie");
    fieIn.navigate("samtaler.xhtml");
    assertEquals(1, fieIn.locator("#signed-in-user").count());

    // Suspended: the open session ends, and a new sign-on gets the Danish suspension page.
    drift.navigate("drift.xhtml");
    drift.waitForNavigation(
        () ->
            drift
                .locator(".municipality-action[data-cvr='" + FOURTH + "'] .suspend-municipality")
                .first()
                .click());
    assertTrue(Ui.messages(drift).contains("lukket midlertidigt"), Ui.messages(drift));
    assertEquals("SUSPENDED", status(drift, FOURTH));
    fieIn.navigate("samtaler.xhtml");
    assertEquals(0, fieIn.locator("#signed-in-user").count(), "signed out: " + fieIn.url());
    Page again = browser.newPage();
    again.navigate("saml/login");
    again.locator("#user-fie").click();
    again.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-41", again.locator("#sign-in-error-code").innerText().strip());
    assertTrue(
        again.locator("#sign-in-error-text").innerText().contains("midlertidigt lukket"),
        again.locator("#sign-in-error-text").innerText());

    // Resumed by the REST API: signs on again.
    APIResponse resumed =
        drift.request().post("api/operator/municipalities/" + FOURTH + "/resume", jsonBody());
    assertEquals(200, resumed.status(), resumed.text());
    assertTrue(resumed.text().contains("true"), resumed.text());
    Page back = browser.newPage();
    Ui.signIn(back, "fie");
    assertEquals(1, back.locator("#signed-in-user").count());

    // The municipality's caseworker documents a conversation; the demo municipality has its own.
    Ui.registerConversation(back, "170797-3333", "SAG-FJERDE-1");
    Page mette = browser.newPage();
    Ui.signIn(mette, "mette");
    int demoBefore = conversations(mette);

    // Only a suspended municipality is offboarded, and the refusal says why in Danish.
    APIResponse early =
        drift
            .request()
            .post("api/operator/municipalities/" + FOURTH + "/offboard", confirmation(FOURTH));
    assertEquals(409, early.status(), early.text());
    assertTrue(early.text().contains("ikke er lukket midlertidigt"), early.text());
    APIResponse suspended =
        drift.request().post("api/operator/municipalities/" + FOURTH + "/suspend", jsonBody());
    assertEquals(200, suspended.status(), suspended.text());

    // On the screen in two steps: the CVR number typed wrong deletes nothing.
    drift.navigate("drift.xhtml");
    drift.waitForNavigation(
        () ->
            drift
                .locator(".municipality-action[data-cvr='" + FOURTH + "'] .offboard-municipality")
                .first()
                .click());
    assertTrue(
        drift.locator("#offboard-warning").innerText().contains("kan ikke fortrydes"),
        drift.locator("#offboard-warning").innerText());
    Ui.byId(drift, "offboard:confirmCvr").fill("44444444");
    Ui.submit(drift, "offboard:offboardButton");
    assertTrue(Ui.messages(drift).contains("ikke kommunens"), Ui.messages(drift));
    assertEquals("SUSPENDED", status(drift, FOURTH));
    Ui.byId(drift, "offboard:confirmCvr").fill(FOURTH);
    Ui.submit(drift, "offboard:offboardButton");
    assertTrue(Ui.messages(drift).contains("er afviklet"), Ui.messages(drift));
    assertEquals("OFFBOARDED", status(drift, FOURTH));

    // The operator's REST list says OFFBOARDED, and the report is a PDF.
    APIResponse list = drift.request().get("api/operator/municipalities");
    assertEquals(200, list.status(), list.text());
    Matcher row =
        Pattern.compile("\\{[^{}]*\"cvr\"\\s*:\\s*\"" + FOURTH + "\"[^{}]*\\}")
            .matcher(list.text());
    assertTrue(row.find(), list.text());
    assertTrue(row.group().contains("\"OFFBOARDED\""), row.group());
    APIResponse report =
        drift.request().get("api/operator/municipalities/" + FOURTH + "/offboarding-report");
    assertEquals(200, report.status(), report.statusText());
    assertTrue(report.headers().get("content-type").startsWith("application/pdf"));
    assertTrue(new String(report.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    APIResponse twice =
        drift
            .request()
            .post("api/operator/municipalities/" + FOURTH + "/offboard", confirmation(FOURTH));
    assertEquals(409, twice.status(), twice.text());
    assertTrue(twice.text().contains("allerede afviklet"), twice.text());

    // Its caseworker stays refused; the demo municipality's conversations are all there.
    Page after = browser.newPage();
    after.navigate("saml/login");
    after.locator("#user-fie").click();
    after.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-41", after.locator("#sign-in-error-code").innerText().strip());
    assertEquals(demoBefore, conversations(mette), "the demo municipality's conversations");
  }

  /** How many conversations the caseworker's list shows. */
  private static int conversations(Page page) {
    page.navigate("samtaler.xhtml");
    page.locator("#signed-in-user").waitFor();
    return page.locator("table tbody tr .open-link").count();
  }

  private static RequestOptions confirmation(String cvr) {
    return RequestOptions.create()
        .setHeader("Content-Type", "application/json")
        .setData("{\"confirm\":\"" + cvr + "\"}");
  }

  @Test
  void theOperatorReadsNoConversationAccessLogDocumentOrUser(
      BrowserExtension.BrowserSession browser) {
    Page drift = browser.page();
    Ui.signIn(drift, "drift");
    for (String page :
        List.of(
            "samtaler.xhtml",
            "samtale.xhtml?id=1",
            "ny-samtale.xhtml",
            "adgangslog.xhtml",
            "dokumenter.xhtml",
            "brugere.xhtml",
            "oprydning.xhtml",
            "journalisering.xhtml",
            "skabeloner.xhtml",
            "gevinster.xhtml",
            "enheder.xhtml")) {
      Response r = drift.navigate(page);
      assertEquals(403, r.status(), page);
    }
    for (String api :
        List.of(
            "api/conversations/1/review-activity",
            "api/conversations/1/audio",
            "api/compliance/access-log?from=2020-01-01&to=2030-01-01",
            "api/compliance/security-events?from=2020-01-01&to=2030-01-01",
            "api/compliance/deletion-evidence/conversation/1",
            "api/users",
            "api/benefit")) {
      APIResponse r = drift.request().get(api);
      assertEquals(403, r.status(), api + ": " + r.text());
    }
    drift.navigate("drift.xhtml");
    assertFalse(drift.content().contains("Mette Sørensen"), "no employee of a municipality");
  }

  @Test
  void aMunicipalitysAdministratorReachesNoOperatorScreen(BrowserExtension.BrowserSession browser) {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    assertEquals(403, admin.navigate("drift.xhtml").status());
    assertEquals(403, admin.request().get("api/operator/municipalities").status());
    APIResponse suspend =
        admin.request().post("api/operator/municipalities/22222222/suspend", jsonBody());
    assertEquals(403, suspend.status(), suspend.text());

    // The other municipality is untouched: its administrator still signs on.
    Page bo = browser.newPage();
    Ui.signIn(bo, "bo");
    assertEquals(1, bo.locator("#signed-in-user").count());
  }

  private static String status(Page page, String cvr) {
    return page.locator(".municipality-status[data-cvr='" + cvr + "']").getAttribute("data-status");
  }

  private static RequestOptions jsonBody() {
    return RequestOptions.create().setHeader("Content-Type", "application/json").setData("{}");
  }
}
