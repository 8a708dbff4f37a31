package dk.samtalenotat.transcript.decoding;

import dk.samtalenotat.transcript.UndecodableAudioException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Decodes any audio ffmpeg reads into 16 kHz mono samples, streaming: the recording goes to
 * ffmpeg's standard input as it is decrypted and the PCM comes back on its standard output, so only
 * the result is held. The ffmpeg binary is the one on the machine's PATH (Debian's package), or the
 * one {@code samtalenotat.ffmpeg} names; nothing is downloaded.
 */
public final class FfmpegDecoder {

  /** The sample rate speech engines work at. */
  public static final int RATE = 16_000;

  private static final long TIMEOUT_MINUTES = 30;

  private final String ffmpeg;

  public FfmpegDecoder(String ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /** The ffmpeg of {@code samtalenotat.ffmpeg}, else the first one on the PATH. */
  public static FfmpegDecoder fromEnvironment() {
    String configured =
        System.getProperty("samtalenotat.ffmpeg", System.getenv("SAMTALENOTAT_FFMPEG"));
    if (configured != null && !configured.isBlank()) {
      return new FfmpegDecoder(configured);
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, "ffmpeg");
        if (Files.isExecutable(candidate)) {
          return new FfmpegDecoder(candidate.toString());
        }
      }
    }
    return new FfmpegDecoder(null);
  }

  /** Whether an ffmpeg binary was found. */
  public boolean available() {
    return ffmpeg != null && Files.isExecutable(Path.of(ffmpeg));
  }

  /**
   * Decodes the audio to 16 kHz mono samples in [-1, 1].
   *
   * @param name the file name, for messages only
   * @throws UndecodableAudioException when ffmpeg is missing or cannot read the audio; the message
   *     says which
   */
  public float[] decode(InputStream audio, String name)
      throws IOException, UndecodableAudioException {
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    decodeTo(audio, name, pcm);
    byte[] b = pcm.toByteArray();
    float[] samples = new float[b.length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8)) / 32768f;
    }
    return samples;
  }

  /**
   * Decodes the audio to 16 kHz mono signed 16-bit little-endian PCM written to {@code out}.
   *
   * @return the number of samples written
   */
  public long decodeTo(InputStream audio, String name, OutputStream out)
      throws IOException, UndecodableAudioException {
    return decodeTo(audio, name, out, 0);
  }

  /**
   * As {@link #decodeTo(InputStream, String, OutputStream)}, stopping after {@code seconds} of
   * audio when that is above 0; ffmpeg then stops reading its input.
   */
  public long decodeTo(InputStream audio, String name, OutputStream out, int seconds)
      throws IOException, UndecodableAudioException {
    if (!available()) {
      throw new UndecodableAudioException(
          "ffmpeg is not installed (Debian package ffmpeg) or samtalenotat.ffmpeg names none;"
              + " only WAV PCM can be decoded without it");
    }
    Process p = new ProcessBuilder(command(seconds)).start();
    // The input is fed and the errors drained on their own threads, so none of the three pipes
    // can fill up and stall ffmpeg.
    CompletableFuture<Void> feeding =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream stdin = p.getOutputStream()) {
                audio.transferTo(stdin);
              } catch (IOException e) {
                // ffmpeg stopped reading (it gave up on the input): its exit code says why.
              }
            });
    CompletableFuture<String> errors =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream err = p.getErrorStream()) {
                return new String(err.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "";
              }
            });
    long bytes;
    try (InputStream stdout = p.getInputStream()) {
      bytes = stdout.transferTo(out);
    }
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new UndecodableAudioException(name + ": ffmpeg did not finish");
      }
      feeding.get(1, TimeUnit.MINUTES);
      String stderr = errors.get(1, TimeUnit.MINUTES).strip();
      if (p.exitValue() != 0 || bytes == 0) {
        throw new UndecodableAudioException(
            name
                + " cannot be decoded: "
                + (stderr.isEmpty() ? "no audio in it" : lastLine(stderr)));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while decoding " + name, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("decoding " + name + " failed", e);
    }
    return bytes / 2;
  }

  /**
   * Starts ffmpeg on a recording that will arrive piece by piece: what is written to its standard
   * input is decoded as it comes, and the PCM comes out on its standard output at once (the same
   * bytes as {@link #decodeTo} gives for the whole recording). Its messages are dropped: a stream
   * that fails here is decoded again whole later, and that decoding reports what is wrong.
   *
   * @throws UndecodableAudioException when ffmpeg is missing
   */
  public Process start() throws IOException, UndecodableAudioException {
    if (!available()) {
      throw new UndecodableAudioException(
          "ffmpeg is not installed (Debian package ffmpeg) or samtalenotat.ffmpeg names none");
    }
    return new ProcessBuilder(command(0)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** ffmpeg reading its standard input, stopping after {@code seconds} of audio when above 0. */
  private List<String> command(int seconds) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(ffmpeg, "-nostdin", "-hide_banner", "-v", "error", "-i", "pipe:0", "-vn"));
    if (seconds > 0) {
      command.addAll(List.of("-t", String.valueOf(seconds)));
    }
    command.addAll(
        List.of(
            "-f",
            "s16le",
            "-acodec",
            "pcm_s16le",
            "-ac",
            "1",
            "-ar",
            String.valueOf(RATE),
            "pipe:1"));
    return command;
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\\R");
    String last = lines[lines.length - 1];
    return last.length() > 300 ? last.substring(0, 300) : last;
  }
}
