package dk.samtalenotat.transcript;

import java.io.IOException;
import java.io.InputStream;

/** Audio handed to a speech engine: opened as a stream, never held whole in memory. */
public interface AudioSource {

  /** The file name the audio arrived with, used as a hint for its format. */
  String fileName();

  /** The media type, for example {@code audio/wav}. */
  String contentType();

  /** Size in bytes. */
  long size();

  /** Opens a fresh stream over the audio; the caller closes it. */
  InputStream open() throws IOException;
}
