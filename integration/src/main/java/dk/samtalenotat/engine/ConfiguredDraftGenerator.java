package dk.samtalenotat.engine;

import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.offline.OfflineDraftEngine;
import dk.samtalenotat.draft.openai.OpenAiChatDraftAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link DraftGenerator} to inject: the engine chosen by {@value DraftEngineSettings#ENGINE}
 * ({@code offline}, the default, or {@code openai}). The adapters are not beans, so this is the
 * only one.
 *
 * <p>A configuration error does not stop the deployment and does not quietly fall back to the
 * offline engine: it is logged, and every draft fails permanently with the reason.
 */
@ApplicationScoped
public class ConfiguredDraftGenerator implements DraftGenerator {

  private static final Logger LOG = Logger.getLogger(ConfiguredDraftGenerator.class.getName());

  private DraftGenerator engine;

  /** For the CDI client proxy only. */
  protected ConfiguredDraftGenerator() {}

  @Inject
  public ConfiguredDraftGenerator(Config config) {
    this.engine = select(key -> config.getOptionalValue(key, String.class));
  }

  /** Without CDI, from settings already read. */
  public ConfiguredDraftGenerator(DraftEngineSettings settings) {
    this.engine = create(settings);
  }

  /** Without CDI, from plain key/value pairs as they would stand in the configuration. */
  public static ConfiguredDraftGenerator fromValues(Map<String, String> values) {
    ConfiguredDraftGenerator configured = new ConfiguredDraftGenerator();
    configured.engine = select(key -> Optional.ofNullable(values.get(key)));
    return configured;
  }

  private static DraftGenerator select(Function<String, Optional<String>> config) {
    try {
      return create(DraftEngineSettings.from(config));
    } catch (IllegalArgumentException e) {
      LOG.severe(() -> "draft engine configuration is wrong, drafts will fail: " + e.getMessage());
      return new Misconfigured(e.getMessage());
    }
  }

  private static DraftGenerator create(DraftEngineSettings settings) {
    DraftGenerator chosen =
        switch (settings.engine()) {
          case OFFLINE -> new OfflineDraftEngine();
          case OPENAI -> new OpenAiChatDraftAdapter(settings.openai());
        };
    LOG.info(
        () ->
            "draft engine: "
                + chosen.engineName()
                + (settings.openai() != null ? " " + settings.openai() : ""));
    return chosen;
  }

  @Override
  public String engineName() {
    return engine.engineName();
  }

  @Override
  public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
    return engine.generate(request);
  }

  @Override
  public Optional<java.net.URI> remoteAddress() {
    return engine.remoteAddress();
  }

  private record Misconfigured(String reason) implements DraftGenerator {
    @Override
    public String engineName() {
      return "misconfigured";
    }

    @Override
    public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
      throw new DraftGenerationException(reason, false);
    }
  }
}
