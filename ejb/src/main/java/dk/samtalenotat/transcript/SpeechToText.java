package dk.samtalenotat.transcript;

import java.util.List;

/** Port: turns a recording into timed segments of text. */
public interface SpeechToText {

  /** Short name of the engine for logs and the screens, for example "openai-http". */
  String engineName();

  /**
   * False when no engine is configured or its model is missing; the application then says so and
   * the conversation waits instead of pretending.
   */
  boolean available();

  /**
   * The server the audio is sent to, or empty when the engine runs inside the application (or there
   * is none): what the record of processing names as recipient.
   */
  default java.util.Optional<java.net.URI> remoteAddress() {
    return java.util.Optional.empty();
  }

  /**
   * Transcribes the audio.
   *
   * @param language ISO 639-1 code of the main language, normally "da"
   * @return the segments in time order
   * @throws SpeechToTextException when the engine fails; {@link SpeechToTextException#transient_()}
   *     says whether trying again later may help
   */
  List<SegmentData> transcribe(AudioSource audio, String language) throws SpeechToTextException;
}
