package dk.samtalenotat.transcript.windowed;

import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.UndecodableAudioException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ThreadFactory;

/**
 * One recording decoded once, as it arrives: each new piece is passed on to one running decoder
 * ({@link PcmDecoder#start}) and the PCM is kept from the first window not yet transcribed on
 * ({@link SlidingPcm}). So the decoding work grows with the recording's length, not with its square
 * (as decoding the chunks received from the start for each window would), and memory holds about
 * one window. The decoder's output is read on a thread of its own, made by the given factory.
 */
public final class IncrementalDecoding implements AutoCloseable {

  private final PcmDecoder.Stream stream;
  private final SlidingPcm pcm;
  private final Thread reader;
  private volatile IOException readFailure;
  private volatile boolean ended;
  private long bytes;

  /**
   * Starts the decoder.
   *
   * @param keepFromMillis the time from which the PCM is kept at first
   * @throws UndecodableAudioException when no decoder can run here
   */
  public IncrementalDecoding(
      PcmDecoder decoder, String name, long keepFromMillis, ThreadFactory threads)
      throws IOException, UndecodableAudioException {
    this.stream = decoder.start(name);
    this.pcm = new SlidingPcm(keepFromMillis);
    this.reader = threads.newThread(this::read);
    reader.setName("pcm-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (InputStream in = stream.pcm()) {
      in.transferTo(pcm);
    } catch (IOException e) {
      readFailure = e;
    } finally {
      ended = true;
    }
  }

  /**
   * Passes the next piece of the recording on, in order; blocks while the decoder catches up.
   *
   * @throws IOException when the decoder has stopped (it gave up on the audio, or was closed)
   */
  public void feed(InputStream piece) throws IOException {
    OutputStream in = stream.input();
    bytes += piece.transferTo(in);
    in.flush();
  }

  /** How many bytes of the recording were fed. */
  public long bytes() {
    return bytes;
  }

  /** The PCM decoded so far, from the kept point on. */
  public SlidingPcm pcm() {
    return pcm;
  }

  /** Whether the decoder has stopped before its recording ended: nothing more will come. */
  public boolean stopped() {
    return ended || readFailure != null;
  }

  /**
   * Ends the recording and waits until all of it is decoded.
   *
   * @throws UndecodableAudioException when the decoder gave up on the audio
   */
  public void finish() throws IOException, UndecodableAudioException {
    stream.input().close();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while decoding", e);
    }
    if (readFailure != null) {
      throw readFailure;
    }
    stream.awaitEnd();
  }

  /** Stops the decoder at once. */
  @Override
  public void close() {
    stream.close();
  }
}
