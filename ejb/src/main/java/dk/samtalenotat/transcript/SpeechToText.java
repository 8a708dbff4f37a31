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
   * Transcribes the audio.
   *
   * @param language ISO 639-1 code of the main language, normally "da"
   * @return the segments in time order
   * @throws SpeechToTextException when the engine fails; {@link SpeechToTextException#transient_()}
   *     says whether trying again later may help
   */
  List<SegmentData> transcribe(AudioSource audio, String language) throws SpeechToTextException;
}
