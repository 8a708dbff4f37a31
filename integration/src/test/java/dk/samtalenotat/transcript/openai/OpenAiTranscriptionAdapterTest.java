package dk.samtalenotat.transcript.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.openai.FakeOpenAiServer;
import dk.samtalenotat.openai.FakeOpenAiServer.Part;
import dk.samtalenotat.openai.OpenAiEndpoint;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToTextException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the adapter against {@link FakeOpenAiServer}, which fakes the transcription engine. */
class OpenAiTranscriptionAdapterTest {

  private static final String VERBOSE_JSON =
      """
      {"task":"transcribe","language":"danish","duration":12.5,
       "text":"Goddag. Hvordan går det?",
       "segments":[
         {"id":0,"start":0.0,"end":2.24,"text":" Goddag."},
         {"id":1,"start":2.24,"end":5.5,"text":" Hvordan går det?","speaker":"SPEAKER_01"},
         {"id":2,"start":5.5,"end":6.0,"text":"  "}
       ]}
      """;

  private FakeOpenAiServer server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeOpenAiServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OpenAiTranscriptionAdapter adapter(String key, String keyHeader, Duration readTimeout) {
    return new OpenAiTranscriptionAdapter(
        new OpenAiEndpoint(
            server.baseUrl(), "whisper-1", key, keyHeader, Duration.ofSeconds(2), readTimeout));
  }

  private OpenAiTranscriptionAdapter adapter() {
    return adapter(null, null, Duration.ofSeconds(10));
  }

  @Test
  void streamsMultipartRequestWithAllFieldsAndTheFileIntact() throws Exception {
    server.answer(200, VERBOSE_JSON);
    GeneratedAudio audio = new GeneratedAudio(6 * 1024 * 1024 + 17, "samtale \"1\".wav");

    adapter("sk-test", null, Duration.ofSeconds(10)).transcribe(audio, "da");

    FakeOpenAiServer.Received request = server.last();
    assertEquals("POST", request.method());
    assertEquals("/v1/audio/transcriptions", request.path());
    assertEquals("Bearer sk-test", request.header("Authorization"));
    assertTrue(request.contentType().startsWith("multipart/form-data; boundary="));
    Map<String, Part> parts = FakeOpenAiServer.multipart(request);
    assertEquals("whisper-1", parts.get("model").text());
    assertEquals("da", parts.get("language").text());
    assertEquals("verbose_json", parts.get("response_format").text());
    assertEquals("segment", parts.get("timestamp_granularities[]").text());
    Part file = parts.get("file");
    assertEquals("samtale _1_.wav", file.fileName());
    assertEquals("audio/wav", file.contentType());
    assertEquals(audio.size(), file.content().length);
    assertEquals(FakeOpenAiServer.sha256(audio.bytes()), file.sha256());
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void sendsTheKeyInTheConfiguredHeaderForAzure() throws Exception {
    server.answer(200, VERBOSE_JSON);
    adapter("azure-key", "api-key", Duration.ofSeconds(10))
        .transcribe(new GeneratedAudio(10, "a.wav"), "da");
    assertEquals("azure-key", server.last().header("api-key"));
    assertNull(server.last().header("Authorization"));
  }

  @Test
  void mapsVerboseJsonSegmentsToMillisAndNormalisesTheLanguage() throws Exception {
    server.answer(200, VERBOSE_JSON);
    List<SegmentData> segments = adapter().transcribe(new GeneratedAudio(10, "a.wav"), "da");
    assertEquals(
        List.of(
            new SegmentData(0, 2240, null, "da", "Goddag."),
            new SegmentData(2240, 5500, "SPEAKER_01", "da", "Hvordan går det?")),
        segments);
  }

  @Test
  void textWithoutSegmentsBecomesOneSegmentSpanningTheDuration() throws Exception {
    server.answer(200, "{\"language\":\"da\",\"duration\":3.25,\"text\":\" Hej med dig \"}");
    assertEquals(
        List.of(new SegmentData(0, 3250, null, "da", "Hej med dig")),
        adapter().transcribe(new GeneratedAudio(10, "a.wav"), "da"));
  }

  @Test
  void silenceGivesNoSegments() throws Exception {
    server.answer(200, "{\"language\":\"english\",\"text\":\"\",\"segments\":[]}");
    assertEquals(List.of(), adapter().transcribe(new GeneratedAudio(10, "a.wav"), "da"));
  }

  @Test
  void languageNamesBecomeIsoCodes() {
    assertEquals("da", OpenAiTranscriptionAdapter.normaliseLanguage("danish", "da"));
    assertEquals("en", OpenAiTranscriptionAdapter.normaliseLanguage("English", "da"));
    assertEquals("da", OpenAiTranscriptionAdapter.normaliseLanguage(null, "da"));
    assertEquals("xx", OpenAiTranscriptionAdapter.normaliseLanguage("xx", "da"));
  }

  @Test
  void badRequestIsPermanentWithTheServersMessage() {
    server.answer(
        400,
        "{\"error\":{\"message\":\"Invalid file format.\",\"type\":\"invalid_request_error\"}}");
    SpeechToTextException e = fail();
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    assertTrue(e.getMessage().contains("Invalid file format."), e.getMessage());
  }

  @Test
  void tooLargeIsPermanentAndWhisperCppErrorShapeIsRead() {
    server.answer(413, "{\"error\":\"file too large\"}");
    SpeechToTextException e = fail();
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("file too large"), e.getMessage());
  }

  @Test
  void tooManyRequestsIsTransientAndMentionsRetryAfter() {
    server
        .answer(429, "{\"error\":{\"message\":\"Rate limit reached\"}}")
        .headers(Map.of("Retry-After", "20"));
    SpeechToTextException e = fail();
    assertTrue(e.transient_());
    assertTrue(e.getMessage().contains("Rate limit reached"), e.getMessage());
    assertTrue(e.getMessage().contains("Retry-After: 20"), e.getMessage());
  }

  @Test
  void serverErrorIsTransient() {
    server.answer(500, "Internal Server Error");
    SpeechToTextException e = fail();
    assertTrue(e.transient_());
    assertTrue(e.getMessage().contains("Internal Server Error"), e.getMessage());
  }

  @Test
  void slowServerTimesOutAsTransient() {
    server.answer(200, VERBOSE_JSON).delay(Duration.ofSeconds(5));
    long started = System.nanoTime();
    SpeechToTextException e =
        assertThrows(
            SpeechToTextException.class,
            () ->
                adapter(null, null, Duration.ofMillis(300))
                    .transcribe(new GeneratedAudio(10, "a.wav"), "da"));
    assertTrue(e.transient_());
    assertTrue(e.getMessage().contains("no answer"), e.getMessage());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 4000);
  }

  @Test
  void connectionRefusedIsTransient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    OpenAiTranscriptionAdapter adapter =
        new OpenAiTranscriptionAdapter(
            new OpenAiEndpoint(
                URI.create("http://127.0.0.1:" + closedPort),
                "whisper-1",
                null,
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2)));
    SpeechToTextException e =
        assertThrows(
            SpeechToTextException.class,
            () -> adapter.transcribe(new GeneratedAudio(10, "a.wav"), "da"));
    assertTrue(e.transient_());
  }

  @Test
  void answerThatIsNotJsonIsPermanent() {
    server.answer(200, "<html>proxy says hi</html>");
    SpeechToTextException e = fail();
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
  }

  @Test
  void segmentWithoutTimesIsPermanent() {
    server.answer(200, "{\"segments\":[{\"text\":\"hej\"}]}");
    assertFalse(fail().transient_());
  }

  private SpeechToTextException fail() {
    return assertThrows(
        SpeechToTextException.class,
        () -> adapter().transcribe(new GeneratedAudio(1000, "a.wav"), "da"));
  }

  /**
   * Audio bytes made on the fly from a seed, so the adapter gets a stream it cannot have in memory
   * unless it reads it all.
   */
  static final class GeneratedAudio implements AudioSource {
    private final long size;
    private final String fileName;

    GeneratedAudio(long size, String fileName) {
      this.size = size;
      this.fileName = fileName;
    }

    @Override
    public String fileName() {
      return fileName;
    }

    @Override
    public String contentType() {
      return "audio/wav";
    }

    @Override
    public long size() {
      return size;
    }

    @Override
    public InputStream open() {
      Random random = new Random(42);
      return new InputStream() {
        private long left = size;

        @Override
        public int read() {
          if (left == 0) {
            return -1;
          }
          left--;
          return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (left == 0) {
            return -1;
          }
          int n = (int) Math.min(len, left);
          for (int i = 0; i < n; i++) {
            b[off + i] = (byte) random.nextInt(256);
          }
          left -= n;
          return n;
        }
      };
    }

    byte[] bytes() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = open()) {
        in.transferTo(out);
      }
      return out.toByteArray();
    }
  }
}
