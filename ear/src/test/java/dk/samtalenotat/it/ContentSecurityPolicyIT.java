package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content security policy as the browser enforces it: one policy per answer whose script-src
 * has neither {@code 'unsafe-inline'} nor {@code 'unsafe-eval'}, a nonce per page that PrimeFaces
 * writes on its scripts, every main screen working without a single violation or script error
 * (PrimeFaces widgets, AJAX updates, dialogs, charts, the review and recording scripts), and an
 * injected inline script or {@code eval} refused.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class ContentSecurityPolicyIT {

  private static final Pattern SCRIPT_SRC = Pattern.compile("script-src ([^;]*)");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /**
   * Reports every policy violation and uncaught script error of the page as a console error, which
   * {@link #watch} collects; added before any script of the page runs.
   */
  private static final String REPORT_VIOLATIONS =
      "document.addEventListener('securitypolicyviolation', e => console.error("
          + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));";

  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

  @Test
  void everyAnswerHasOnePolicyAndScriptSrcAllowsNothingUnsafe(WildFlyServer server)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // A Faces page anyone may open, a static resource, a REST answer.
    HttpResponse<String> page = get(http, server.baseUri().resolve("logget-ud.xhtml"));
    HttpResponse<String> resource =
        get(http, server.baseUri().resolve("jakarta.faces.resource/core.js.xhtml?ln=primefaces"));
    HttpResponse<String> api = get(http, server.baseUri().resolve("api/health"));
    for (HttpResponse<String> response : List.of(page, resource, api)) {
      List<String> policies = response.headers().allValues("Content-Security-Policy");
      assertEquals(1, policies.size(), response.uri() + ": " + policies);
      String scriptSrc = scriptSrc(policies.get(0));
      assertTrue(scriptSrc.contains("'self'"), scriptSrc);
      assertFalse(scriptSrc.contains("unsafe-inline"), response.uri() + ": " + scriptSrc);
      assertFalse(scriptSrc.contains("unsafe-eval"), response.uri() + ": " + scriptSrc);
      assertFalse(policies.get(0).contains("unsafe-eval"), policies.get(0));
      assertTrue(policies.get(0).contains("object-src 'none'"), policies.get(0));
      assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
    }
    assertFalse(
        NONCE.matcher(scriptSrc(api.headers().firstValue("Content-Security-Policy").get())).find(),
        "no inline script is allowed where none is written");

    // The page's scripts carry the nonce of its policy, and a second page gets another one.
    Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").get());
    assertTrue(nonce.find(), "a Faces page's policy carries a nonce");
    assertTrue(
        page.body().contains("<script nonce=\"" + nonce.group(1) + "\""),
        "PrimeFaces writes the nonce on its scripts");
    assertFalse(page.body().contains(" onclick="), "no inline event handler in the markup");
    HttpResponse<String> again = get(http, server.baseUri().resolve("logget-ud.xhtml"));
    Matcher second = NONCE.matcher(again.headers().firstValue("Content-Security-Policy").get());
    assertTrue(second.find());
    assertNotEquals(nonce.group(1), second.group(1), "a fresh nonce per page");
  }

  @Test
  void theMainScreensRunWithoutAViolation(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Path vtt = Files.writeString(dir.resolve("s.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);

    Page caseworker = watch(browser.page());
    Ui.signIn(caseworker, "aisha");
    caseworker.navigate("index.xhtml");
    caseworker.navigate("samtaler.xhtml");
    byId(caseworker, "list:table").waitFor();
    // Registration: PrimeFaces AJAX adds a participant row and runs the new row's widget scripts.
    Ui.openRegistration(caseworker, "300479-1133", "CSP-1");
    int rows = caseworker.locator("[id='register:participants'] tbody tr").count();
    byId(caseworker, "register:addParticipant").click();
    caseworker.waitForCondition(
        () -> caseworker.locator("[id='register:participants'] tbody tr").count() == rows + 1);
    caseworker.locator("label[for='register:consent:0']").click();
    byId(caseworker, "register:save").click();
    caseworker.waitForURL(Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));
    long id = Ui.conversationId(caseworker);

    // The recording screen: its script takes over the buttons.
    caseworker.navigate("optagelse.xhtml?id=" + id);
    caseworker.waitForCondition(() -> caseworker.locator("#rec-start").isEnabled());

    // The review screen: upload, the review script, a PrimeFaces confirmation dialog.
    caseworker.navigate("samtale.xhtml?id=" + id);
    Ui.importTranscript(caseworker, vtt);
    Ui.awaitState(caseworker, "DRAFT_READY");
    caseworker.locator("#sentences .sentence").first().click();
    caseworker.locator(".segment.highlight").first().waitFor();
    byId(caseworker, "draftForm:approve").click();
    caseworker.locator(".ui-confirmdialog-no:visible").click();
    caseworker
        .locator(".ui-confirmdialog")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    assertEquals("DRAFT_READY", Ui.state(caseworker), "No leaves the draft as it is");
    caseworker.navigate("enheder.xhtml");
    // The error page; the browser reports its 404 as an error, which is expected (left out below).
    caseworker.navigate("finnes-ikke.xhtml");

    Page lead = watch(browser.newPage());
    Ui.signIn(lead, "lone");
    lead.navigate("gevinster.xhtml");
    lead.locator("[id='figures']").waitFor();
    if (lead.locator("[id='charts']").count() > 0) {
      lead.waitForCondition(() -> lead.locator(".ui-chart canvas").count() == 5);
    }

    Page admin = watch(browser.newPage());
    Ui.signIn(admin, "admin");
    for (String screen :
        List.of(
            "oprydning.xhtml", "skabeloner.xhtml", "journalisering.xhtml", "dokumenter.xhtml")) {
      admin.navigate(screen);
    }
    admin.navigate("skabeloner.xhtml");
    admin.waitForNavigation(() -> admin.locator("a.edit-template").first().click());

    Page compliance = watch(browser.newPage());
    Ui.signIn(compliance, "peter");
    compliance.navigate("adgangslog.xhtml");
    compliance.navigate("dokumenter.xhtml");

    problems.removeIf(p -> p.contains("404") && p.contains("finnes-ikke.xhtml"));
    assertEquals(List.of(), problems, "violations and script errors on the main screens");
  }

  @Test
  void anInjectedInlineScriptOrHandlerAndEvalAreRefused(BrowserExtension.BrowserSession browser) {
    Page page = watch(browser.page());
    page.navigate("logget-ud.xhtml");
    // What an attacker's markup would add: a script and an event handler without the nonce.
    page.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.textContent = 'window.injected = true'; document.body.appendChild(s);"
            + " const b = document.createElement('button'); b.id = 'injected-handler';"
            + " b.setAttribute('onclick', 'window.clicked = true'); document.body.appendChild(b); }");
    page.locator("#injected-handler").click();
    page.waitForCondition(
        () -> problems.stream().filter(p -> p.contains("CSP violation: script-src")).count() >= 2);
    assertEquals(null, page.evaluate("() => window.injected"), "the inline script did not run");
    assertEquals(null, page.evaluate("() => window.clicked"), "the inline handler did not run");

    // Even a script with the page's own nonce runs, but cannot turn a string into code. It tries
    // after the evaluation here has returned: the browser lets code that the test tool evaluates
    // call eval, not the page's own scripts.
    page.evaluate(
        "() => { const s = document.createElement('script');"
            + " s.nonce = document.querySelector('script[nonce]').nonce;"
            + " s.textContent = \"window.nonceScriptRan = true; setTimeout(function () {"
            + " try { eval('1 + 1'); window.evalResult = 'ran'; }"
            + " catch (e) { window.evalResult = e.name; } }, 0);\";"
            + " document.body.appendChild(s); }");
    assertEquals(true, page.evaluate("() => window.nonceScriptRan"), "the nonce is the page's");
    page.waitForFunction("() => window.evalResult !== undefined");
    assertEquals("EvalError", page.evaluate("() => window.evalResult"), "eval is refused");
  }

  /** Collects the page's policy violations, console errors and uncaught script errors. */
  private Page watch(Page page) {
    page.addInitScript(REPORT_VIOLATIONS);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            problems.add(page.url() + ": " + message.text() + " (" + message.location() + ")");
          }
        });
    page.onPageError(error -> problems.add(page.url() + ": uncaught " + error));
    page.onResponse(
        response -> {
          if (response.status() >= 400) {
            problems.add("HTTP " + response.status() + " for " + response.url());
          }
        });
    return page;
  }

  private static String scriptSrc(String policy) {
    Matcher m = SCRIPT_SRC.matcher(policy);
    assertTrue(m.find(), "no script-src in " + policy);
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
