package dk.samtalenotat.engine;

import dk.samtalenotat.openai.OpenAiEndpoint;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The draft engine as configured.
 *
 * @param engine which engine
 * @param openai the server, when {@code engine} is {@link Engine#OPENAI}, else null
 */
public record DraftEngineSettings(Engine engine, OpenAiEndpoint openai) {

  public static final String ENGINE = "samtalenotat.draft.engine";
  public static final String OPENAI_URL = "samtalenotat.draft.openai.url";
  public static final String OPENAI_MODEL = "samtalenotat.draft.openai.model";
  public static final String OPENAI_API_KEY = "samtalenotat.draft.openai.api-key";
  public static final String OPENAI_API_KEY_HEADER = "samtalenotat.draft.openai.api-key-header";
  public static final String OPENAI_CONNECT_TIMEOUT = "samtalenotat.draft.openai.connect-timeout";
  public static final String OPENAI_READ_TIMEOUT = "samtalenotat.draft.openai.read-timeout";

  /** The engines to choose from, by their configuration value. */
  public enum Engine {
    OFFLINE,
    OPENAI
  }

  public static DraftEngineSettings offline() {
    return new DraftEngineSettings(Engine.OFFLINE, null);
  }

  /**
   * Reads the settings.
   *
   * @param config looks a key up, for example in MicroProfile Config
   * @throws IllegalArgumentException naming the key that is missing or wrong
   */
  public static DraftEngineSettings from(Function<String, Optional<String>> config) {
    ConfigValues values = new ConfigValues(config);
    String engine = values.lowerCase(ENGINE, "offline");
    switch (engine) {
      case "offline":
        return offline();
      case "openai":
        String because = "when " + ENGINE + "=openai";
        return new DraftEngineSettings(
            Engine.OPENAI,
            new OpenAiEndpoint(
                values.url(OPENAI_URL, because),
                values.required(OPENAI_MODEL, because),
                values.get(OPENAI_API_KEY).orElse(null),
                values.get(OPENAI_API_KEY_HEADER, OpenAiEndpoint.AUTHORIZATION),
                values.duration(OPENAI_CONNECT_TIMEOUT, Duration.ofSeconds(5)),
                values.duration(OPENAI_READ_TIMEOUT, Duration.ofMinutes(2))));
      default:
        throw new IllegalArgumentException(ENGINE + " must be offline or openai, is " + engine);
    }
  }
}
