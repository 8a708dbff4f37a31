package dk.samtalenotat.recording;

import dk.samtalenotat.transcript.windowed.WindowPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Transcription while recording: whether it runs (only ever with a speech engine configured), how
 * the recording is cut into overlapping windows, how many recordings one server decodes as they
 * arrive at most (one decoder process each; the others are transcribed after the stop), and how
 * long a decoder waits for the next chunk before it is stopped, how long a node's lease on an
 * upload's transcription holds without a round renewing it ({@link LiveLeases}), and how many of
 * the rounds' database steps run at once.
 */
@ApplicationScoped
public class LiveTranscriptionSettings {

  private boolean enabled;
  private WindowPlan plan;
  private int maxDecoders;
  private Duration idle;
  private LiveLeases leases;
  private int dbSteps;

  protected LiveTranscriptionSettings() {}

  @Inject
  public LiveTranscriptionSettings(
      @ConfigProperty(name = "samtalenotat.live-transcription.enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "samtalenotat.live-transcription.window", defaultValue = "PT30S")
          String window,
      @ConfigProperty(name = "samtalenotat.live-transcription.overlap", defaultValue = "PT5S")
          String overlap,
      @ConfigProperty(name = "samtalenotat.live-transcription.max-decoders", defaultValue = "100")
          int maxDecoders,
      @ConfigProperty(name = "samtalenotat.live-transcription.idle", defaultValue = "PT10M")
          String idle,
      @ConfigProperty(name = "samtalenotat.live-transcription.lease", defaultValue = "PT2M")
          String lease,
      @ConfigProperty(name = "samtalenotat.live-transcription.db-steps", defaultValue = "4")
          int dbSteps) {
    this.enabled = enabled;
    this.plan =
        new WindowPlan(Duration.parse(window).toMillis(), Duration.parse(overlap).toMillis());
    this.maxDecoders = maxDecoders;
    this.idle = Duration.parse(idle);
    this.leases = new LiveLeases(Duration.parse(lease));
    this.dbSteps = dbSteps;
  }

  public boolean enabled() {
    return enabled;
  }

  public WindowPlan plan() {
    return plan;
  }

  /** The most recordings decoded as they arrive at once on this server. */
  public int maxDecoders() {
    return maxDecoders;
  }

  public LiveLeases leases() {
    return leases;
  }

  /**
   * How many of the rounds' database steps (the lease, what is new, a window stored) run at once on
   * this server, whatever the rounds at once: they wait for their turn rather than for one of the
   * connections the pages need.
   */
  public int dbSteps() {
    return dbSteps;
  }

  /** How long a recording's decoder waits for its next chunk before it is stopped. */
  public Duration idle() {
    return idle;
  }
}
