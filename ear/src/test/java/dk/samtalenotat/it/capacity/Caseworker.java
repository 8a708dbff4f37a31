package dk.samtalenotat.it.capacity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated caseworker: what they do on the screens and what the recording screen's script
 * sends, each step timed into {@link Latencies} under its operation name as the person (or the
 * script) waits for it. A step whose answer is not what the screen shows when it works counts as an
 * error and throws.
 */
public final class Caseworker {

  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
  private static final Pattern STATE = Pattern.compile("id=\"state\"[^>]*data-state=\"(\\w+)\"");
  private static final Pattern MESSAGES =
      Pattern.compile("class=\"ui-messages[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL);
  private static final Map<String, String> AJAX =
      Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");

  private final Browser browser;
  private final Latencies latencies;
  private final String user;

  public Caseworker(Browser browser, Latencies latencies, String user) {
    this.browser = browser;
    this.latencies = latencies;
    this.user = user;
  }

  public String user() {
    return user;
  }

  /** A failed step: the operation's error is counted already. */
  public static final class StepFailed extends Exception {
    StepFailed(String message) {
      super(message);
    }
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  /** Times one step; an exception or a wrong answer counts as the operation's error. */
  private <T> T timed(String operation, Step<T> step) throws StepFailed {
    long start = System.nanoTime();
    try {
      T result = step.run();
      latencies.ok(operation, System.nanoTime() - start);
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed(operation + " interrupted");
    } catch (Exception e) {
      String what = e.getClass().getSimpleName() + ": " + e.getMessage();
      latencies.failed(operation, what.length() > 300 ? what.substring(0, 300) : what);
      throw new StepFailed(operation + ": " + what);
    }
  }

  public void signOn() throws StepFailed {
    timed(
        "sign-on",
        () -> {
          SignOn.signOn(browser, user);
          return null;
        });
  }

  public void signOut() {
    try {
      browser.follow(browser.get("saml/logout"));
    } catch (IOException | RuntimeException e) {
      // The session times out on its own.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Registers a conversation with the form's defaults, the citizen informed; answers its id. */
  public long register(String cpr, String caseReference) throws StepFailed {
    return timed(
        "register conversation",
        () -> {
          HttpResponse<String> page = ok(browser.get("ny-samtale.xhtml"));
          FacesForm form =
              FacesForm.of(page.body(), "register", page.uri())
                  .set("register:cpr", cpr)
                  .set("register:caseReference", caseReference)
                  .pickFirst("register:consent")
                  .set("jakarta.faces.partial.ajax", "true")
                  .set("jakarta.faces.source", "register:save")
                  .set("jakarta.faces.partial.execute", "@all")
                  .set("jakarta.faces.partial.render", "register")
                  .set("register:save", "register:save");
          HttpResponse<String> answer = ok(browser.post(form.action(), form.fields(), AJAX));
          Matcher redirect = REDIRECT.matcher(answer.body());
          Matcher id = redirect.find() ? ID.matcher(redirect.group(1)) : null;
          if (id == null || !id.find()) {
            throw new IOException("registration did not go to the conversation: " + answer.body());
          }
          return Long.parseLong(id.group(1));
        });
  }

  /** Imports a transcript file on the conversation's page, as the caseworker uploads it. */
  public void importTranscript(long id, String fileName, byte[] content) throws StepFailed {
    timed(
        "import transcript",
        () -> {
          HttpResponse<String> page = ok(browser.get("samtale.xhtml?id=" + id));
          FacesForm form = FacesForm.of(page.body(), "transcriptForm", page.uri());
          Browser.Multipart body = new Browser.Multipart();
          form.fields().forEach(body::field);
          body.field("transcriptForm:importTranscript", "");
          body.file(
              FacesForm.fileInput(page.body(), "transcriptForm"), fileName, "text/vtt", content);
          HttpResponse<String> answer = browser.follow(browser.postMultipart(form.action(), body));
          String state = state(ok(answer).body());
          if (!"DRAFTING".equals(state) && !"DRAFT_READY".equals(state)) {
            throw new IOException("after the import the conversation is " + state);
          }
          return null;
        });
  }

  /** The conversation's state as its page shows it (not timed: the setup waits with it). */
  public String stateOf(long id) throws IOException, InterruptedException {
    return state(ok(browser.get("samtale.xhtml?id=" + id)).body());
  }

  /** Opens the list of own conversations; answers how many rows it shows. */
  public int openList() throws StepFailed {
    return timed(
        "list page",
        () -> {
          String html = ok(browser.get("samtaler.xhtml")).body();
          return count(html, "samtale.xhtml?id=");
        });
  }

  /** Opens a conversation's review page; answers its draft form to edit. */
  public FacesForm openReview(long id) throws StepFailed {
    return timed(
        "review page",
        () -> {
          HttpResponse<String> page = ok(browser.get("samtale.xhtml?id=" + id));
          return FacesForm.of(page.body(), "draftForm", page.uri());
        });
  }

  /** Saves an edit of the draft; answers the draft form of the page shown after it. */
  public FacesForm saveEdit(FacesForm form, String addition) throws StepFailed {
    return timed(
        "save edit",
        () -> {
          form.set("draftForm:content", form.get("draftForm:content") + "\n" + addition)
              .set("draftForm:save", "");
          HttpResponse<String> page =
              ok(browser.follow(browser.post(form.action(), form.fields(), Map.of())));
          return FacesForm.of(page.body(), "draftForm", page.uri());
        });
  }

  /**
   * Confirms the draft's open flags one by one ("Jeg har kontrolleret oplysningen"), as the
   * caseworker must before approval; answers the draft form after the last.
   */
  public FacesForm confirmFlags(FacesForm form) throws StepFailed {
    FacesForm current = form;
    for (int i = 0; i < 20; i++) {
      List<String> open = current.buttons("confirm-flag");
      if (open.isEmpty()) {
        return current;
      }
      FacesForm shown = current;
      current =
          timed(
              "confirm flag",
              () -> {
                shown.set(open.get(0), "");
                HttpResponse<String> page =
                    ok(browser.follow(browser.post(shown.action(), shown.fields(), Map.of())));
                return FacesForm.of(page.body(), "draftForm", page.uri());
              });
    }
    return current;
  }

  /** Approves the draft as shown. */
  public void approve(FacesForm form) throws StepFailed {
    timed(
        "approve",
        () -> {
          form.set("draftForm:approve", "");
          HttpResponse<String> page =
              ok(browser.follow(browser.post(form.action(), form.fields(), Map.of())));
          String state = state(page.body());
          if (!"APPROVED".equals(state)
              && !"JOURNALISING".equals(state)
              && !"JOURNALISED".equals(state)) {
            throw new IOException(
                "after approval the conversation is " + state + ": " + messages(page.body()));
          }
          return null;
        });
  }

  /** The page's messages to the person, as text. */
  private static String messages(String html) {
    Matcher m = MESSAGES.matcher(html);
    return m.find() ? m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip() : "";
  }

  /** Starts a chunked upload as the recording screen does; answers its key. */
  public String startUpload(long id) throws StepFailed {
    return timed(
        "start upload",
        () ->
            json(api(
                    "POST",
                    "api/conversations/" + id + "/recordings",
                    "application/json",
                    "{\"mediaType\":\"audio/webm;codecs=opus\"}".getBytes(StandardCharsets.UTF_8),
                    Map.of(),
                    201))
                .getString("uploadKey"));
  }

  /** Sends one chunk, as the recording screen does. */
  public void sendChunk(String key, int seq, byte[] chunk) throws StepFailed {
    timed(
        "chunk ack",
        () ->
            api(
                "PUT",
                "api/recordings/" + key + "/chunks/" + seq,
                "application/octet-stream",
                chunk,
                Map.of("X-Content-SHA256", sha256(chunk)),
                201));
  }

  /**
   * How many windows were transcribed while recording so far, from the upload's status (the answer
   * to a chunk does not count them); not timed as an operation of the day's mix.
   */
  public int windowsTranscribed(String key) throws InterruptedException {
    try {
      HttpResponse<String> r = browser.get("api/recordings/" + key);
      return r.statusCode() == 200 ? json(r.body()).getInt("windowsTranscribed") : 0;
    } catch (IOException e) {
      // Only the report's count of windows misses it; the finish that follows is timed.
      return 0;
    }
  }

  /** Finishes the upload (the stop). */
  public void finish(String key, int lastSeq) throws StepFailed {
    timed(
        "finish",
        () ->
            api(
                "POST",
                "api/recordings/" + key + "/finish",
                "application/json",
                ("{\"lastSeq\":" + lastSeq + "}").getBytes(StandardCharsets.UTF_8),
                Map.of(),
                200));
  }

  /** The conversation's state by the upload's status (metadata: no access log entry). */
  public String uploadState(String key) throws IOException, InterruptedException {
    HttpResponse<String> r = browser.get("api/recordings/" + key);
    return r.statusCode() == 200 ? json(r.body()).getString("conversationState") : "?";
  }

  private HttpResponse<String> api(
      String method,
      String path,
      String type,
      byte[] body,
      Map<String, String> headers,
      int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> r = browser.send(method, path, type, body, headers);
    if (r.statusCode() != expected) {
      throw new IOException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }

  private static HttpResponse<String> ok(HttpResponse<String> r) throws IOException {
    if (r.statusCode() != 200) {
      throw new IOException(r.uri().getPath() + " answered " + r.statusCode());
    }
    return r;
  }

  private static String state(String html) throws IOException {
    Matcher m = STATE.matcher(html);
    if (!m.find()) {
      throw new IOException("no state on the page");
    }
    return m.group(1);
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }

  private static JsonObject json(HttpResponse<String> r) {
    return json(r.body());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the browser is, for messages. */
  public URI base() {
    return browser.base();
  }
}
