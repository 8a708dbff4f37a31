package dk.samtalenotat.engine;

import dk.samtalenotat.openai.OpenAiEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The speech engine as configured.
 *
 * @param engine which engine
 * @param openai the server, when {@code engine} is {@link Engine#OPENAI}, else null
 * @param whisperModelPath the ggml model, when {@code engine} is {@link Engine#WHISPER}; may be
 *     null (the engine is then unavailable)
 * @param whisperThreads threads per transcription; 0 picks one per core, at most 4
 */
public record SpeechEngineSettings(
    Engine engine, OpenAiEndpoint openai, Path whisperModelPath, int whisperThreads) {

  public static final String ENGINE = "samtalenotat.speech.engine";
  public static final String OPENAI_URL = "samtalenotat.speech.openai.url";
  public static final String OPENAI_MODEL = "samtalenotat.speech.openai.model";
  public static final String OPENAI_API_KEY = "samtalenotat.speech.openai.api-key";
  public static final String OPENAI_API_KEY_HEADER = "samtalenotat.speech.openai.api-key-header";
  public static final String OPENAI_CONNECT_TIMEOUT = "samtalenotat.speech.openai.connect-timeout";
  public static final String OPENAI_READ_TIMEOUT = "samtalenotat.speech.openai.read-timeout";
  public static final String WHISPER_MODEL_PATH = "samtalenotat.speech.whisper.model-path";
  public static final String WHISPER_THREADS = "samtalenotat.speech.whisper.threads";

  /** The engines to choose from, by their configuration value. */
  public enum Engine {
    NONE,
    OPENAI,
    WHISPER
  }

  /** No engine: the application says so instead of pretending. */
  public static SpeechEngineSettings none() {
    return new SpeechEngineSettings(Engine.NONE, null, null, 0);
  }

  /**
   * Reads the settings.
   *
   * @param config looks a key up, for example in MicroProfile Config
   * @throws IllegalArgumentException naming the key that is missing or wrong
   */
  public static SpeechEngineSettings from(Function<String, Optional<String>> config) {
    ConfigValues values = new ConfigValues(config);
    String engine = values.lowerCase(ENGINE, "none");
    switch (engine) {
      case "none":
        return none();
      case "openai":
        String because = "when " + ENGINE + "=openai";
        return new SpeechEngineSettings(
            Engine.OPENAI,
            new OpenAiEndpoint(
                values.url(OPENAI_URL, because),
                values.get(OPENAI_MODEL, "whisper-1"),
                values.get(OPENAI_API_KEY).orElse(null),
                values.get(OPENAI_API_KEY_HEADER, OpenAiEndpoint.AUTHORIZATION),
                values.duration(OPENAI_CONNECT_TIMEOUT, Duration.ofSeconds(5)),
                values.duration(OPENAI_READ_TIMEOUT, Duration.ofMinutes(10))),
            null,
            0);
      case "whisper":
        return new SpeechEngineSettings(
            Engine.WHISPER,
            null,
            values.get(WHISPER_MODEL_PATH).map(Path::of).orElse(null),
            values.integer(WHISPER_THREADS, 0));
      default:
        throw new IllegalArgumentException(
            ENGINE + " must be none, openai or whisper, is " + engine);
    }
  }
}
