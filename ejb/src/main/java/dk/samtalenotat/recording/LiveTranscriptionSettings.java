package dk.samtalenotat.recording;

import dk.samtalenotat.transcript.windowed.WindowPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Transcription while recording: whether it runs (only ever with a speech engine configured) and
 * how the recording is cut into overlapping windows.
 */
@ApplicationScoped
public class LiveTranscriptionSettings {

  private boolean enabled;
  private WindowPlan plan;

  protected LiveTranscriptionSettings() {}

  @Inject
  public LiveTranscriptionSettings(
      @ConfigProperty(name = "samtalenotat.live-transcription.enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "samtalenotat.live-transcription.window", defaultValue = "PT30S")
          String window,
      @ConfigProperty(name = "samtalenotat.live-transcription.overlap", defaultValue = "PT5S")
          String overlap) {
    this.enabled = enabled;
    this.plan =
        new WindowPlan(Duration.parse(window).toMillis(), Duration.parse(overlap).toMillis());
  }

  public boolean enabled() {
    return enabled;
  }

  public WindowPlan plan() {
    return plan;
  }
}
