package dk.samtalenotat.transcript;

import java.util.Objects;

/**
 * One stretch of speech as an engine or an imported file delivers it, before it is stored.
 *
 * @param startMillis offset from the start of the conversation
 * @param endMillis offset of the end, not before the start
 * @param speaker the label of who spoke ("Sagsbehandler", "Borger", a name), or null if unknown
 * @param language ISO 639-1 code of the spoken language, "da" by default
 * @param text what was said, trimmed, never blank
 */
public record SegmentData(
    long startMillis, long endMillis, String speaker, String language, String text) {

  public SegmentData {
    if (startMillis < 0 || endMillis < startMillis) {
      throw new IllegalArgumentException(
          "segment times out of order: " + startMillis + " > " + endMillis);
    }
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("segment text is blank");
    }
    language = language == null || language.isBlank() ? "da" : language;
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }
}
