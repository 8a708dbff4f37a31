package dk.samtalenotat.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fakes of the two engines the application talks to, speaking the OpenAI-compatible HTTP API on
 * loopback: {@code POST /v1/audio/transcriptions} (multipart, verbose_json) and {@code POST
 * /v1/chat/completions} (JSON). By default they answer well; a test queues other answers (an error
 * status, a delay) for the next calls and reads back what arrived.
 */
final class FakeEngines implements AutoCloseable {

  /** One scripted answer. */
  record Answer(int status, String body, Duration delay) {
    static Answer status(int status, String message) {
      return new Answer(
          status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"fake\"}}", Duration.ZERO);
    }

    static Answer delayed(Duration delay) {
      return new Answer(200, null, delay);
    }
  }

  /** What a call to the speech engine carried. */
  record SpeechCall(String language, String model, String responseFormat, int audioBytes) {}

  /** Segments the fake speech engine hears in any recording. */
  static final List<String[]> HEARD =
      List.of(
          new String[] {"Sagsbehandler", "Velkommen. I dag skal vi tale om din jobsøgning."},
          new String[] {"Borger", "Jeg har søgt tre stillinger som lagerarbejder i denne uge."},
          new String[] {"Sagsbehandler", "Vi aftaler, at du søger fire stillinger om ugen."},
          new String[] {"Sagsbehandler", "Næste møde er torsdag den 12. marts klokken 10."});

  private final HttpServer speech;
  private final HttpServer chat;
  private final Deque<Answer> speechScript = new ConcurrentLinkedDeque<>();
  private final Deque<Answer> chatScript = new ConcurrentLinkedDeque<>();
  private final List<SpeechCall> speechCalls = Collections.synchronizedList(new ArrayList<>());
  private volatile byte[] lastAudio;
  private volatile long speechMillisPerAudioMinute;
  private volatile Duration chatLatency = Duration.ZERO;
  private final List<String> chatCalls = Collections.synchronizedList(new ArrayList<>());
  private volatile CountDownLatch chatArrived = new CountDownLatch(1);

  FakeEngines(int speechPort, int chatPort) throws IOException {
    speech = server(speechPort, "/v1/audio/transcriptions", this::transcribe);
    chat = server(chatPort, "/v1/chat/completions", this::complete);
  }

  /** Ports from the failsafe configuration of the engine ITs. */
  static FakeEngines fromSystemProperties() throws IOException {
    return new FakeEngines(
        Integer.getInteger("samtalenotat.it.fake-speech-port"),
        Integer.getInteger("samtalenotat.it.fake-chat-port"));
  }

  void scriptSpeech(Answer... answers) {
    speechScript.addAll(List.of(answers));
  }

  void scriptChat(Answer... answers) {
    chatScript.addAll(List.of(answers));
  }

  /**
   * Makes the speech engine take this long per minute of audio it is sent, as a real one does (a
   * benchmark's engine of known speed); 0, the default, answers at once.
   */
  void speechSpeed(long millisPerAudioMinute) {
    this.speechMillisPerAudioMinute = millisPerAudioMinute;
  }

  /** Makes the chat engine take this long for every draft it is not scripted otherwise for. */
  void chatLatency(Duration latency) {
    this.chatLatency = latency;
  }

  /** Seconds of audio in a file: from a WAV header's byte rate, else Opus at 32 kbit/s. */
  static double audioSeconds(byte[] file) {
    if (file.length > 44 && file[0] == 'R' && file[1] == 'I' && file[2] == 'F' && file[3] == 'F') {
      int byteRate =
          (file[28] & 0xff)
              | (file[29] & 0xff) << 8
              | (file[30] & 0xff) << 16
              | (file[31] & 0xff) << 24;
      return byteRate > 0 ? (file.length - 44) / (double) byteRate : 0;
    }
    return file.length / 4000.0;
  }

  /** Forgets scripts and calls, for the next test. */
  void reset() {
    speechScript.clear();
    chatScript.clear();
    speechCalls.clear();
    chatCalls.clear();
    chatArrived = new CountDownLatch(1);
  }

  /** The audio file of the latest transcription request, as the engine received it. */
  byte[] lastAudio() {
    return lastAudio;
  }

  List<SpeechCall> speechCalls() {
    return List.copyOf(speechCalls);
  }

  List<String> chatCalls() {
    return List.copyOf(chatCalls);
  }

  /** Waits until a chat request has arrived (for example one the test holds with a delay). */
  boolean awaitChatRequest(Duration timeout) throws InterruptedException {
    return chatArrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws Exception;
  }

  private static HttpServer server(int port, String path, Handler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            handler.handle(exchange);
          } catch (Exception e) {
            // The client went away (the server under test was killed): nothing to answer.
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return server;
  }

  private void transcribe(HttpExchange exchange) throws Exception {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Multipart form = Multipart.parse(body, contentType);
    byte[] audio = form.fileBytes("file");
    lastAudio = audio;
    speechCalls.add(
        new SpeechCall(
            form.field("language"),
            form.field("model"),
            form.field("response_format"),
            form.fileLength("file")));
    Answer answer = next(speechScript);
    if (answer.body() != null) {
      respond(exchange, answer);
      return;
    }
    long working = Math.round(audioSeconds(audio) / 60 * speechMillisPerAudioMinute);
    if (working > 0) {
      Thread.sleep(working);
    }
    StringBuilder segments = new StringBuilder();
    double start = 0;
    for (int i = 0; i < HEARD.size(); i++) {
      String[] s = HEARD.get(i);
      segments
          .append(i == 0 ? "" : ",")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "{\"id\":%d,\"start\":%.2f,\"end\":%.2f,\"speaker\":\"%s\",\"text\":\" %s\"}",
                  i,
                  start,
                  start + 3.5,
                  s[0],
                  s[1]));
      start += 4;
    }
    respond(
        exchange,
        new Answer(
            200,
            "{\"task\":\"transcribe\",\"language\":\"danish\",\"duration\":"
                + start
                + ",\"text\":\"...\",\"segments\":["
                + segments
                + "]}",
            answer.delay()));
  }

  private void complete(HttpExchange exchange) throws Exception {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    chatCalls.add(body);
    chatArrived.countDown();
    Answer answer = next(chatScript);
    if (answer.body() != null) {
      respond(exchange, answer);
      return;
    }
    if (answer.delay().isZero() && !chatLatency.isZero()) {
      answer = new Answer(200, null, chatLatency);
    }
    String content =
        "{\\\"sentences\\\":["
            + "{\\\"section\\\":\\\"FORMAAL\\\",\\\"text\\\":\\\"Samtalen handlede om borgerens jobsøgning.\\\",\\\"citations\\\":[1]},"
            + "{\\\"section\\\":\\\"BORGERENS_SITUATION\\\",\\\"text\\\":\\\"Borgeren har søgt tre stillinger som lagerarbejder.\\\",\\\"citations\\\":[2]},"
            + "{\\\"section\\\":\\\"AFTALER\\\",\\\"text\\\":\\\"Borgeren søger fire stillinger om ugen.\\\",\\\"citations\\\":[3]},"
            + "{\\\"section\\\":\\\"NAESTE_SKRIDT\\\",\\\"text\\\":\\\"Næste møde er torsdag den 12. marts kl. 10.\\\",\\\"citations\\\":[4]}"
            + "]}";
    respond(
        exchange,
        new Answer(
            200,
            "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"model\":\"fake-chat\","
                + "\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\""
                + content
                + "\"}}]}",
            answer.delay()));
  }

  private static Answer next(Deque<Answer> script) {
    Answer a = script.pollFirst();
    return a == null ? new Answer(200, null, Duration.ZERO) : a;
  }

  private static void respond(HttpExchange exchange, Answer answer) throws Exception {
    if (!answer.delay().isZero()) {
      Thread.sleep(answer.delay().toMillis());
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    speech.stop(0);
    chat.stop(0);
  }

  /** Just enough multipart/form-data parsing to see the fields and the file. */
  private record Multipart(List<String[]> fields, List<Object[]> files) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    static Multipart parse(byte[] body, String contentType) {
      Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
      List<String[]> fields = new ArrayList<>();
      List<Object[]> files = new ArrayList<>();
      if (!m.find()) {
        return new Multipart(fields, files);
      }
      String text = new String(body, StandardCharsets.ISO_8859_1);
      for (String part : text.split("--" + Pattern.quote(m.group(1)))) {
        int split = part.indexOf("\r\n\r\n");
        if (split < 0) {
          continue;
        }
        String headers = part.substring(0, split);
        String value = part.substring(split + 4, Math.max(split + 4, part.length() - 2));
        Matcher name = NAME.matcher(headers);
        if (!name.find()) {
          continue;
        }
        if (headers.contains("filename=")) {
          files.add(new Object[] {name.group(1), value});
        } else {
          fields.add(new String[] {name.group(1), value});
        }
      }
      return new Multipart(fields, files);
    }

    String field(String name) {
      return fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).findFirst().orElse(null);
    }

    int fileLength(String name) {
      byte[] file = fileBytes(name);
      return file == null ? -1 : file.length;
    }

    byte[] fileBytes(String name) {
      return files.stream()
          .filter(f -> f[0].equals(name))
          .map(f -> ((String) f[1]).getBytes(StandardCharsets.ISO_8859_1))
          .findFirst()
          .orElse(null);
    }
  }
}
