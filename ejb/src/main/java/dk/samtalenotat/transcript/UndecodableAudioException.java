package dk.samtalenotat.transcript;

/**
 * The recording cannot be decoded (damaged, not audio, or no decoder installed): trying again does
 * not help, so the caseworker is told to upload the file again or import a transcript.
 */
public class UndecodableAudioException extends SpeechToTextException {

  public UndecodableAudioException(String message) {
    super(message, false);
  }
}
