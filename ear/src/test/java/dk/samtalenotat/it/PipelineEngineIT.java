package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dk.samtalenotat.it.FakeEngines.Answer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline with real engine adapters, on a server whose speech and draft engines are
 * OpenAI-compatible HTTP servers: here {@link FakeEngines} on loopback, which speak that API and
 * answer as the test scripts them. Covers the path from uploaded Danish speech to a draft, retries
 * of transient failures with back-off, a permanent failure shown with its reason and tried again by
 * the caseworker, a job interrupted by a crash of the server that completes after the restart
 * without a second draft, and one whose message was lost with the broker's journal, which the
 * pipeline's recovery sends again from what the database holds.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class PipelineEngineIT {

  private static FakeEngines engines;
  private static Path speech;

  @BeforeAll
  static void startEngines(@TempDir Path dir) throws Exception {
    engines = FakeEngines.fromSystemProperties();
    speech =
        Speech.said(
            dir,
            "samtale.wav",
            "Velkommen. I dag skal vi tale om din jobsøgning. Jeg har søgt tre stillinger.");
  }

  @AfterAll
  static void stopEngines() {
    if (engines != null) {
      engines.close();
    }
  }

  @BeforeEach
  void resetEngines() {
    engines.reset();
  }

  private static long uploadSpeech(Page page, String caseReference) {
    Ui.signIn(page, "jonas");
    long id = Ui.registerConversation(page, "1411790987", caseReference);
    Ui.uploadAudio(page, speech);
    return id;
  }

  private static int versions(Page page) {
    return page.locator("[id='history'] tbody tr").count();
  }

  @Test
  void danishSpeechBecomesADraftThroughBothEngines(BrowserExtension.BrowserSession browser)
      throws IOException {
    Page page = browser.page();
    uploadSpeech(page, "ENGINE-1");
    Ui.awaitState(page, "DRAFT_READY");

    assertEquals(1, engines.speechCalls().size());
    FakeEngines.SpeechCall call = engines.speechCalls().get(0);
    assertEquals("da", call.language());
    assertEquals("verbose_json", call.responseFormat());
    assertEquals(Files.size(speech), call.audioBytes(), "the recording arrived whole");

    String transcript = page.locator(".segments").innerText();
    assertTrue(transcript.contains("Jeg har søgt tre stillinger som lagerarbejder"), transcript);
    String draft = page.locator("#sentences").innerText();
    assertTrue(draft.contains("Borgeren søger fire stillinger om ugen."), draft);
    assertEquals(4, page.locator("#sentences a.cite").count(), "every sentence cites its segment");
    String prompt = engines.chatCalls().get(0);
    assertTrue(prompt.contains("[3]") && prompt.contains("fire stillinger"), prompt);
    assertEquals(1, versions(page));
  }

  @Test
  void transientEngineFailuresAreRetriedUntilTheyPass(BrowserExtension.BrowserSession browser) {
    engines.scriptSpeech(Answer.status(500, "model loading"), Answer.status(429, "busy"));
    engines.scriptChat(Answer.status(503, "overloaded"));
    Page page = browser.page();
    uploadSpeech(page, "ENGINE-2");
    Ui.awaitState(page, "DRAFT_READY");

    assertEquals(3, engines.speechCalls().size(), "two failures, then success");
    assertEquals(2, engines.chatCalls().size(), "one failure, then success");
    assertEquals(1, versions(page), "retries made one draft");
    assertEquals(0, page.locator("[id='problem']").count(), "no problem left once it passed");
  }

  @Test
  void aRejectedRecordingShowsWhyAndCanBeTriedAgain(BrowserExtension.BrowserSession browser) {
    engines.scriptSpeech(Answer.status(400, "Unsupported audio format"));
    Page page = browser.page();
    uploadSpeech(page, "ENGINE-3");
    Ui.awaitState(page, "TRANSCRIPTION_FAILED");

    String problem = page.locator("[id='problem']").innerText();
    assertTrue(problem.contains("Talegenkendelsen mislykkedes"), problem);
    assertTrue(problem.contains("Unsupported audio format"), problem);
    assertEquals(1, engines.speechCalls().size(), "a permanent failure is not retried by itself");

    Ui.submit(page, "retryForm:retry");
    Ui.awaitState(page, "DRAFT_READY");
    assertEquals(2, engines.speechCalls().size());
  }

  /**
   * A draft the database could not hold (before the limits, the sentence column overflowed at
   * commit, the job went to the dead-letter queue after six tries and the conversation stayed in
   * DRAFTING for good): the conversation shows DRAFT_FAILED with the reason at once, and the
   * caseworker's retry makes the draft.
   */
  @Test
  void aDraftTooLongToStoreFailsVisiblyAndCanBeTriedAgain(BrowserExtension.BrowserSession browser) {
    String endless = "Borgeren fortalte om sin jobsøgning. ".repeat(3000);
    engines.scriptChat(
        new Answer(
            200,
            "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"model\":\"fake-chat\","
                + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"{\\\"sentences\\\":[{\\\"section\\\":"
                + "\\\"DROEFTET\\\",\\\"text\\\":\\\""
                + endless
                + "\\\",\\\"citations\\\":[1]}]}\"}}]}",
            Duration.ZERO));
    Page page = browser.page();
    uploadSpeech(page, "ENGINE-5");
    Ui.awaitState(page, "DRAFT_FAILED");

    String problem = page.locator("[id='problem']").innerText();
    assertTrue(problem.contains("Udkastet kunne ikke dannes"), problem);
    assertTrue(problem.contains("at most 100000"), problem);
    assertEquals(1, engines.chatCalls().size(), "failed at once, not left to the broker");
    assertTrue(Ui.byId(page, "retryForm:retry").isVisible(), "the owner can try again");

    // The administrator sees it too, by number and reason only, and tries again.
    long id = Ui.conversationId(page);
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("journalisering.xhtml");
    String failed = admin.locator("[id='pipeline']").innerText();
    assertEquals(1, admin.locator(".failed-conversation[data-id='" + id + "']").count(), failed);
    assertTrue(failed.contains("Udkastet kunne ikke dannes"), failed);
    assertTrue(!failed.contains("jobsøgning"), "no content: " + failed);
    admin.waitForNavigation(
        () ->
            admin
                .locator(".failed-conversation[data-id='" + id + "']")
                .locator("xpath=ancestor::tr")
                .locator("button")
                .click());
    assertTrue(Ui.messages(admin).contains("behandles igen"), Ui.messages(admin));

    page.reload();
    Ui.awaitState(page, "DRAFT_READY");
    assertEquals(2, engines.chatCalls().size());
    assertEquals(1, versions(page));
  }

  @Test
  void aDraftingJobInterruptedByACrashCompletesAfterTheRestart(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    // The first chat request hangs; the server is killed while the drafting job waits for it.
    engines.scriptChat(Answer.delayed(Duration.ofMinutes(2)));
    Page page = browser.page();
    long id = uploadSpeech(page, "ENGINE-4");
    assertTrue(engines.awaitChatRequest(Duration.ofSeconds(60)), "drafting never started");

    server.kill();
    server.start();

    Page after = browser.newPage();
    Ui.signIn(after, "jonas");
    after.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(after, "DRAFT_READY");
    assertEquals(1, engines.speechCalls().size(), "the stored transcript was not redone");
    assertEquals(2, engines.chatCalls().size(), "the interrupted job ran again after the restart");
    assertEquals(1, versions(after), "one draft, not two");
  }

  @Test
  void aDraftingJobWhoseMessageWasLostWithTheBrokerIsRecoveredFromTheDatabase(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    // The server dies during the engine call, and its broker's journal is lost with it: only the
    // database still knows the job (its state and its claim).
    engines.scriptChat(Answer.delayed(Duration.ofMinutes(2)));
    Page page = browser.page();
    long id = uploadSpeech(page, "ENGINE-5");
    assertTrue(engines.awaitChatRequest(Duration.ofSeconds(60)), "drafting never started");

    server.kill();
    deleteTree(server.dataDir().resolve("activemq"));
    server.start();

    Page after = browser.newPage();
    Ui.signIn(after, "jonas");
    after.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(after, "DRAFT_READY");
    assertEquals(2, engines.chatCalls().size(), "the lost job ran again, once");
    assertEquals(1, versions(after), "one draft, not two");
    assertTrue(
        Files.readString(server.serverLog())
            .contains("job of " + id + " had no live worker; its wake-up was sent again"),
        "the recovery, not the broker, sent the job again");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
