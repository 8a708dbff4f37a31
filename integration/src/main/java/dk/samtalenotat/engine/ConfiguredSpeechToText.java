package dk.samtalenotat.engine;

import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.openai.OpenAiTranscriptionAdapter;
import dk.samtalenotat.transcript.whisper.WhisperJniTranscriptionAdapter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link SpeechToText} to inject: the engine chosen by {@value SpeechEngineSettings#ENGINE}
 * ({@code none}, the default, {@code openai} or {@code whisper}). The adapters are not beans, so
 * this is the only one.
 *
 * <p>A configuration error does not stop the deployment: it is logged, and the engine reports
 * itself unavailable with the reason, as with no engine at all.
 */
@ApplicationScoped
public class ConfiguredSpeechToText implements SpeechToText {

  private static final Logger LOG = Logger.getLogger(ConfiguredSpeechToText.class.getName());

  private SpeechToText engine;

  /** For the CDI client proxy only. */
  protected ConfiguredSpeechToText() {}

  @Inject
  public ConfiguredSpeechToText(Config config) {
    this.engine = select(key -> config.getOptionalValue(key, String.class));
  }

  /** Without CDI, from settings already read. */
  public ConfiguredSpeechToText(SpeechEngineSettings settings) {
    this.engine = create(settings);
  }

  /** Without CDI, from plain key/value pairs as they would stand in the configuration. */
  public static ConfiguredSpeechToText fromValues(Map<String, String> values) {
    ConfiguredSpeechToText configured = new ConfiguredSpeechToText();
    configured.engine = select(key -> Optional.ofNullable(values.get(key)));
    return configured;
  }

  private static SpeechToText select(java.util.function.Function<String, Optional<String>> config) {
    try {
      return create(SpeechEngineSettings.from(config));
    } catch (IllegalArgumentException e) {
      LOG.severe(() -> "speech engine configuration is wrong, no engine in use: " + e.getMessage());
      return new Unavailable("misconfigured", e.getMessage());
    }
  }

  private static SpeechToText create(SpeechEngineSettings settings) {
    SpeechToText chosen =
        switch (settings.engine()) {
          case NONE -> new Unavailable("none", "no speech engine is configured");
          case OPENAI -> new OpenAiTranscriptionAdapter(settings.openai());
          case WHISPER ->
              new WhisperJniTranscriptionAdapter(
                  settings.whisperModelPath(), settings.whisperThreads());
        };
    LOG.info(
        () ->
            "speech engine: "
                + chosen.engineName()
                + (settings.openai() != null ? " " + settings.openai() : "")
                + (settings.whisperModelPath() != null
                    ? " model " + settings.whisperModelPath()
                    : "")
                + (chosen.available() ? "" : " (not available)"));
    return chosen;
  }

  @Override
  public String engineName() {
    return engine.engineName();
  }

  @Override
  public boolean available() {
    return engine.available();
  }

  @Override
  public Optional<java.net.URI> remoteAddress() {
    return engine.remoteAddress();
  }

  @Override
  public List<SegmentData> transcribe(AudioSource audio, String language)
      throws SpeechToTextException {
    return engine.transcribe(audio, language);
  }

  @PreDestroy
  void close() {
    if (engine instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warning(() -> "closing the speech engine failed: " + e);
      }
    }
  }

  /** No engine: says why, and refuses to pretend. */
  private record Unavailable(String engineName, String reason) implements SpeechToText {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public List<SegmentData> transcribe(AudioSource audio, String language)
        throws SpeechToTextException {
      throw new SpeechToTextException(reason, false);
    }
  }
}
