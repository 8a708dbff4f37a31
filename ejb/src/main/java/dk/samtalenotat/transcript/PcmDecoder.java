package dk.samtalenotat.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Port: turns audio in any of the accepted formats (WAV, MP3, M4A/AAC, Ogg/Opus, WebM/Opus) into
 * what the speech engines need, 16 kHz mono signed 16-bit little-endian PCM. Transcription while
 * recording uses it to cut the recording into windows.
 */
public interface PcmDecoder {

  /** False when the decoder cannot run here (for example no ffmpeg installed). */
  boolean available();

  /**
   * Decodes {@code audio} and writes the PCM to {@code out} as it comes.
   *
   * @param name the file name, for messages only
   * @param partial true for the beginning of a recording still being made: audio cut off at the end
   *     is expected, and what could be decoded before the cut is the result
   * @return the number of PCM bytes written
   * @throws UndecodableAudioException when the audio cannot be decoded (or, for a partial
   *     recording, nothing of it could)
   */
  long decode(InputStream audio, String name, boolean partial, OutputStream out)
      throws IOException, UndecodableAudioException;

  /**
   * Decodes the beginning of {@code audio} and throws it away: whether a file decodes at all, asked
   * before it is stored. Decoders that can stop early read only the first seconds.
   *
   * @throws UndecodableAudioException when it does not decode
   */
  default void probe(InputStream audio, String name) throws IOException, UndecodableAudioException {
    decode(audio, name, false, OutputStream.nullOutputStream());
  }
}
