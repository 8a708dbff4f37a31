package dk.samtalenotat.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Port: turns audio in any of the accepted formats (WAV, MP3, M4A/AAC, Ogg/Opus, WebM/Opus) into
 * what the speech engines need, 16 kHz mono signed 16-bit little-endian PCM. Transcription while
 * recording uses it to cut the recording into windows, decoding each recording once as its chunks
 * arrive ({@link #start}).
 */
public interface PcmDecoder {

  /**
   * One recording being decoded as it arrives: the bytes written to {@link #input} are decoded as
   * they come and the PCM can be read from {@link #pcm} as soon as it is decoded, the same PCM that
   * {@link PcmDecoder#decode} gives for the whole recording. Writing and reading go on two threads,
   * since either may wait for the other.
   */
  interface Stream extends AutoCloseable {

    /** Where the recording's bytes go, in order; closing it ends the recording. */
    OutputStream input();

    /** The PCM as it is decoded; at its end once the recording ended and all of it is decoded. */
    InputStream pcm();

    /**
     * Waits, after {@link #pcm} ended, until the decoder has stopped, and says how it went.
     *
     * @throws UndecodableAudioException when the decoder gave up on the audio
     */
    void awaitEnd() throws IOException, UndecodableAudioException;

    /** Stops decoding at once (a recording given up); what was decoded stays with the reader. */
    @Override
    void close();
  }

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
   * Starts decoding a recording that will arrive piece by piece.
   *
   * @param name the recording's name, for messages only
   * @throws UndecodableAudioException when no decoder can run here
   */
  Stream start(String name) throws IOException, UndecodableAudioException;

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
