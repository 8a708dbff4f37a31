package dk.samtalenotat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.openai.FakeOpenAiServer;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToTextException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredEnginesTest {

  private static final AudioSource AUDIO =
      new AudioSource() {
        @Override
        public String fileName() {
          return "a.wav";
        }

        @Override
        public String contentType() {
          return "audio/wav";
        }

        @Override
        public long size() {
          return 3;
        }

        @Override
        public InputStream open() {
          return new ByteArrayInputStream(new byte[] {1, 2, 3});
        }
      };

  @Test
  void noSpeechEngineByDefault() {
    ConfiguredSpeechToText speech = ConfiguredSpeechToText.fromValues(Map.of());
    assertEquals("none", speech.engineName());
    assertFalse(speech.available());
    SpeechToTextException e =
        assertThrows(SpeechToTextException.class, () -> speech.transcribe(AUDIO, "da"));
    assertFalse(e.transient_());
  }

  @Test
  void noneIsUnavailable() {
    ConfiguredSpeechToText speech =
        new ConfiguredSpeechToText(
            SpeechEngineSettings.from(
                k -> Optional.ofNullable(Map.of(SpeechEngineSettings.ENGINE, "none").get(k))));
    assertFalse(speech.available());
  }

  @Test
  void openAiSpeechWithDefaults() {
    SpeechEngineSettings settings =
        SpeechEngineSettings.from(
            key ->
                Optional.ofNullable(
                    Map.of(
                            SpeechEngineSettings.ENGINE, "OpenAI",
                            SpeechEngineSettings.OPENAI_URL, "http://127.0.0.1:9000")
                        .get(key)));
    assertEquals(SpeechEngineSettings.Engine.OPENAI, settings.engine());
    assertEquals("whisper-1", settings.openai().model());
    assertEquals("Authorization", settings.openai().apiKeyHeader());
    assertNull(settings.openai().apiKey());
    assertEquals(Duration.ofSeconds(5), settings.openai().connectTimeout());
    assertEquals(Duration.ofMinutes(10), settings.openai().readTimeout());
    ConfiguredSpeechToText speech = new ConfiguredSpeechToText(settings);
    assertEquals("openai-http", speech.engineName());
    assertTrue(speech.available());
  }

  @Test
  void openAiSpeechWithoutUrlIsUnavailableAndNamesTheKey() {
    ConfiguredSpeechToText speech =
        ConfiguredSpeechToText.fromValues(Map.of(SpeechEngineSettings.ENGINE, "openai"));
    assertFalse(speech.available());
    SpeechToTextException e =
        assertThrows(SpeechToTextException.class, () -> speech.transcribe(AUDIO, "da"));
    assertTrue(e.getMessage().contains(SpeechEngineSettings.OPENAI_URL), e.getMessage());
  }

  @Test
  void wrongValuesNameTheirKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SpeechEngineSettings.from(
                    key ->
                        Optional.ofNullable(
                            Map.of(
                                    SpeechEngineSettings.ENGINE, "openai",
                                    SpeechEngineSettings.OPENAI_URL, "http://x",
                                    SpeechEngineSettings.OPENAI_READ_TIMEOUT, "ten minutes")
                                .get(key))));
    assertTrue(e.getMessage().contains(SpeechEngineSettings.OPENAI_READ_TIMEOUT), e.getMessage());
    assertFalse(
        ConfiguredSpeechToText.fromValues(Map.of(SpeechEngineSettings.ENGINE, "vosk")).available());
  }

  @Test
  void whisperWithoutModelIsUnavailable() {
    ConfiguredSpeechToText speech =
        ConfiguredSpeechToText.fromValues(
            Map.of(
                SpeechEngineSettings.ENGINE,
                "whisper",
                SpeechEngineSettings.WHISPER_MODEL_PATH,
                Path.of("target", "no-such-model.bin").toString()));
    assertEquals("whisper-jni", speech.engineName());
    assertFalse(speech.available());
  }

  @Test
  void openAiSpeechEndToEndThroughTheConfiguration() throws Exception {
    try (FakeOpenAiServer server = new FakeOpenAiServer()) {
      server.answer(
          200, "{\"language\":\"da\",\"segments\":[{\"start\":1,\"end\":2,\"text\":\"Hej\"}]}");
      ConfiguredSpeechToText speech =
          ConfiguredSpeechToText.fromValues(
              Map.of(
                  SpeechEngineSettings.ENGINE, "openai",
                  SpeechEngineSettings.OPENAI_URL, server.baseUrl() + "/",
                  SpeechEngineSettings.OPENAI_MODEL, "Systran/faster-whisper-large-v3",
                  SpeechEngineSettings.OPENAI_API_KEY, "k",
                  SpeechEngineSettings.OPENAI_API_KEY_HEADER, "api-key",
                  SpeechEngineSettings.OPENAI_READ_TIMEOUT, "30"));
      assertEquals(
          List.of(new SegmentData(1000, 2000, null, "da", "Hej")), speech.transcribe(AUDIO, "da"));
      assertEquals("/v1/audio/transcriptions", server.last().path());
      assertEquals("k", server.last().header("api-key"));
    }
  }

  @Test
  void offlineDraftEngineByDefault() {
    assertEquals("offline", ConfiguredDraftGenerator.fromValues(Map.of()).engineName());
  }

  @Test
  void openAiDraftEngine() {
    DraftEngineSettings settings =
        DraftEngineSettings.from(
            key ->
                Optional.ofNullable(
                    Map.of(
                            DraftEngineSettings.ENGINE, "openai",
                            DraftEngineSettings.OPENAI_URL, "https://x.openai.azure.com/openai",
                            DraftEngineSettings.OPENAI_MODEL, "gpt-4o")
                        .get(key)));
    assertEquals(Duration.ofMinutes(2), settings.openai().readTimeout());
    assertEquals(Duration.ofSeconds(5), settings.openai().connectTimeout());
    assertEquals(
        "https://x.openai.azure.com/openai/v1/chat/completions",
        settings.openai().resolve("/v1/chat/completions").toString());
    assertEquals("openai-chat", new ConfiguredDraftGenerator(settings).engineName());
  }

  @Test
  void openAiDraftEngineWithoutModelFailsEveryDraftNamingTheKey() {
    ConfiguredDraftGenerator drafts =
        ConfiguredDraftGenerator.fromValues(
            Map.of(
                DraftEngineSettings.ENGINE, "openai",
                DraftEngineSettings.OPENAI_URL, "http://127.0.0.1:1"));
    assertEquals("misconfigured", drafts.engineName());
    DraftGenerationException e =
        assertThrows(
            DraftGenerationException.class,
            () ->
                drafts.generate(
                    new DraftRequest(
                        ConversationType.ANDEN,
                        ConversationForm.TELEFON,
                        LocalDateTime.now(),
                        "x",
                        List.of(),
                        List.of())));
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains(DraftEngineSettings.OPENAI_MODEL), e.getMessage());
  }

  @Test
  void apiKeyStaysOutOfTheEndpointsText() {
    DraftEngineSettings settings =
        DraftEngineSettings.from(
            key ->
                Optional.ofNullable(
                    Map.of(
                            DraftEngineSettings.ENGINE, "openai",
                            DraftEngineSettings.OPENAI_URL, "http://127.0.0.1:1",
                            DraftEngineSettings.OPENAI_MODEL, "m",
                            DraftEngineSettings.OPENAI_API_KEY, "secret-key")
                        .get(key)));
    assertFalse(settings.toString().contains("secret-key"), settings.toString());
  }
}
