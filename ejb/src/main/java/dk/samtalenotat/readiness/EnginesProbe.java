package dk.samtalenotat.readiness;

import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Outcome.Part;
import dk.samtalenotat.health.Probe;
import dk.samtalenotat.transcript.SpeechToText;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured speech and draft engines: a remote one must take a connection, a local one must be
 * usable. One that is not makes the check degraded, not down: every node has the same engines, the
 * pipeline's jobs wait and are retried, and caseworkers go on reviewing and approving.
 */
final class EnginesProbe implements Probe {

  /** {@link SpeechToText#engineName()} when no speech engine is configured. */
  static final String NO_SPEECH_ENGINE = "none";

  private final SpeechToText speech;
  private final DraftGenerator draft;
  private final Reachability reachability;

  EnginesProbe(SpeechToText speech, DraftGenerator draft, Reachability reachability) {
    this.speech = speech;
    this.draft = draft;
    this.reachability = reachability;
  }

  @Override
  public Outcome check() {
    Map<String, Part> parts = new TreeMap<>();
    parts.put("speech " + speech.engineName(), speech());
    parts.put("draft " + draft.engineName(), remote(draft.remoteAddress()));
    return Outcome.ofParts(parts);
  }

  /**
   * No speech engine at all is a choice (transcripts are imported), not a fault; one that is
   * configured but cannot be used is.
   */
  private Part speech() {
    if (speech.available()) {
      return remote(speech.remoteAddress());
    }
    return NO_SPEECH_ENGINE.equals(speech.engineName())
        ? new Part(true, "none configured")
        : new Part(false, "unavailable");
  }

  private Part remote(Optional<URI> address) {
    if (address.isEmpty()) {
      return new Part(true, "local");
    }
    return reachability.reachable(address.get())
        ? new Part(true, "reachable")
        : new Part(false, "unreachable");
  }
}
