package dk.samtalenotat.transcript.decoding;

import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.UndecodableAudioException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * The {@link PcmDecoder} to inject: Debian's ffmpeg (or the one {@code samtalenotat.ffmpeg} names).
 */
@ApplicationScoped
public class FfmpegPcmDecoder implements PcmDecoder {

  private final FfmpegDecoder ffmpeg;

  public FfmpegPcmDecoder() {
    this(FfmpegDecoder.fromEnvironment());
  }

  public FfmpegPcmDecoder(FfmpegDecoder ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  @Override
  public boolean available() {
    return ffmpeg.available();
  }

  /** A file whose first seconds decode is taken to decode; the whole would cost minutes. */
  static final int PROBE_SECONDS = 2;

  @Override
  public void probe(InputStream audio, String name) throws IOException, UndecodableAudioException {
    ffmpeg.decodeTo(audio, name, OutputStream.nullOutputStream(), PROBE_SECONDS);
  }

  @Override
  public long decode(InputStream audio, String name, boolean partial, OutputStream out)
      throws IOException, UndecodableAudioException {
    long[] written = {0};
    OutputStream counting =
        new FilterOutputStream(out) {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
            written[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written[0] += len;
          }
        };
    try {
      ffmpeg.decodeTo(audio, name, counting);
      return written[0];
    } catch (UndecodableAudioException e) {
      // A recording still being made ends mid-frame; ffmpeg says so, and what came before counts.
      if (partial && written[0] > 0) {
        return written[0];
      }
      throw e;
    }
  }

  @Override
  public Stream start(String name) throws IOException, UndecodableAudioException {
    Process p = ffmpeg.start();
    return new Stream() {
      @Override
      public OutputStream input() {
        return p.getOutputStream();
      }

      @Override
      public InputStream pcm() {
        return p.getInputStream();
      }

      @Override
      public void awaitEnd() throws IOException, UndecodableAudioException {
        try {
          if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new UndecodableAudioException(name + ": ffmpeg did not finish");
          }
        } catch (InterruptedException e) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while decoding " + name, e);
        }
        if (p.exitValue() != 0) {
          throw new UndecodableAudioException(
              name + " cannot be decoded: ffmpeg ended with " + p.exitValue());
        }
      }

      @Override
      public void close() {
        p.destroyForcibly();
      }
    };
  }
}
