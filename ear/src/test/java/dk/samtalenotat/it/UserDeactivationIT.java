package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An employee who leaves: the municipality's administrator deactivates them on "Brugere i
 * kommunen"; at once their device's token is refused and their open browser session ends, and a new
 * sign-on ends on a Danish page saying they are deactivated, until the administrator reactivates
 * them (their revoked device stays revoked). The administrator cannot deactivate another
 * municipality's user, nor themselves.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class UserDeactivationIT {

  private static final String JONAS = "6f1c2a10-0000-4000-8000-000000000002";
  private static final String ADMIN = "6f1c2a10-0000-4000-8000-000000000006";
  private static final String KAREN = "6f1c2a10-0000-4000-8000-000000000007";
  private static final Pattern TOKEN = Pattern.compile("sntd_[A-Za-z0-9_-]{43}");

  private final HttpClient device = HttpClient.newHttpClient();

  @Test
  void aDeactivatedUserLosesSessionDeviceAndSignOnUntilReactivated(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    Page jonas = browser.page();
    Ui.signIn(jonas, "jonas");
    jonas.navigate("enheder.xhtml");
    Ui.byId(jonas, "devices:name").fill("Jonas' diktafon");
    Ui.submit(jonas, "devices:register");
    String token = jonas.locator("#device-token").innerText().strip();
    assertTrue(TOKEN.matcher(token).matches(), token);
    assertEquals(404, status(server.baseUri(), token), "the token works (no such upload)");

    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    try {
      admin.navigate("brugere.xhtml");
      assertTrue(admin.content().contains("Jonas Holm"));
      assertFalse(admin.content().contains("Karen Bech"), "another municipality's user");
      assertEquals(
          0,
          admin.locator(".user-action[data-key='" + ADMIN + "'] .deactivate-user").count(),
          "no button to deactivate oneself");
      admin.waitForNavigation(
          () ->
              admin
                  .locator(".user-action[data-key='" + JONAS + "'] .deactivate-user")
                  .first()
                  .click());
      assertTrue(Ui.messages(admin).contains("deaktiveret"), Ui.messages(admin));
      assertEquals(
          "false",
          admin.locator(".user-status[data-key='" + JONAS + "']").getAttribute("data-active"));

      // The device is refused, and the open session ends at its next request.
      assertEquals(401, status(server.baseUri(), token), "the device token is refused");
      jonas.navigate("samtaler.xhtml");
      assertEquals(0, jonas.locator("#signed-in-user").count(), "signed out: " + jonas.url());
      assertFalse(jonas.url().contains("samtaler.xhtml"), jonas.url());

      // Signing on again is refused with a Danish message.
      Page again = browser.newPage();
      again.navigate("saml/login");
      again.locator("#user-jonas").click();
      again.locator("#sign-in-error").waitFor();
      assertEquals("SAML-REJ-40", again.locator("#sign-in-error-code").innerText().strip());
      assertTrue(
          again.locator("#sign-in-error-text").innerText().contains("deaktiveret"),
          again.locator("#sign-in-error-text").innerText());

      // The compliance officer sees the deactivation and the revoked device in the security log.
      Page peter = browser.newPage();
      Ui.signIn(peter, "peter");
      String events =
          SecurityEventsIT.events(peter).stream()
              .filter(e -> JONAS.equals(e.getString("userKey", null)))
              .map(JsonObject::toString)
              .reduce("", String::concat);
      assertTrue(events.contains("USER-DEACT-01"), events);
      assertTrue(events.contains("DEVICE-REVOKE-01"), events);

      // Reactivated: signs on again; the revoked device stays revoked.
      admin.navigate("brugere.xhtml");
      admin.waitForNavigation(
          () ->
              admin
                  .locator(".user-action[data-key='" + JONAS + "'] .reactivate-user")
                  .first()
                  .click());
      assertTrue(Ui.messages(admin).contains("aktiveret igen"), Ui.messages(admin));
      Page back = browser.newPage();
      Ui.signIn(back, "jonas");
      assertEquals(401, status(server.baseUri(), token), "the old device stays revoked");
    } finally {
      // Other tests sign on as jonas.
      admin.request().post("api/users/" + JONAS + "/reactivate", jsonBody());
    }
  }

  @Test
  void theAdministratorCannotDeactivateAnotherMunicipalitysUserNorThemselves(
      BrowserExtension.BrowserSession browser) {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    APIResponse other = admin.request().post("api/users/" + KAREN + "/deactivate", jsonBody());
    assertEquals(404, other.status(), other.text());
    assertEquals("USER_NOT_FOUND", object(other.text()).getString("code"));
    assertTrue(object(other.text()).getString("message").contains("findes ikke"));
    APIResponse self = admin.request().post("api/users/" + ADMIN + "/deactivate", jsonBody());
    assertEquals(409, self.status(), self.text());
    // A form post (what another site's page could send) is not taken.
    APIResponse form =
        admin
            .request()
            .post(
                "api/users/" + KAREN + "/deactivate",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                    .setData("x=1"));
    assertEquals(415, form.status(), form.text());
    APIResponse list = admin.request().get("api/users");
    assertEquals(200, list.status());
    assertFalse(list.text().contains(KAREN), "not in the municipality's list");

    // Karen is untouched: she still signs on.
    Page karen = browser.newPage();
    Ui.signIn(karen, "karen");
    assertEquals(1, karen.locator("#signed-in-user").count());
  }

  private int status(URI base, String token) throws Exception {
    return device
        .send(
            HttpRequest.newBuilder(base.resolve("api/recordings/" + "0".repeat(36)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static RequestOptions jsonBody() {
    return RequestOptions.create().setHeader("Content-Type", "application/json").setData("{}");
  }

  private static JsonObject object(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
