package dk.samtalenotat.transcript.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.UndecodableAudioException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Danish speech from espeak-ng, encoded by ffmpeg into each format a caseworker or a browser
 * delivers, decodes back to 16 kHz mono of the same length. Needs Debian's espeak-ng and ffmpeg
 * (bin/test installs them).
 */
class FfmpegDecoderTest {

  @TempDir static Path dir;
  private static Path wav;
  private static double seconds;
  private static final FfmpegDecoder FFMPEG = FfmpegDecoder.fromEnvironment();

  @BeforeAll
  static void speech() throws Exception {
    assertTrue(FFMPEG.available(), "ffmpeg is not on the PATH: install Debian's ffmpeg");
    wav = dir.resolve("tale.wav");
    run(
        "espeak-ng",
        "-v",
        "da",
        "-w",
        wav.toString(),
        "Goddag. Vi taler om din jobsøgning og om de kurser, du gerne vil tage.");
    // espeak-ng writes 22050 Hz mono 16-bit: the data chunk after a 44-byte header.
    seconds = (Files.size(wav) - 44) / (22050.0 * 2);
    assertTrue(seconds > 2, "espeak-ng wrote " + seconds + " s");
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
    assertEquals(0, p.exitValue(), out);
  }

  private static Path encoded(String name, String... codec) throws Exception {
    Path out = dir.resolve(name);
    if (!Files.exists(out)) {
      List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
      command.addAll(List.of("-i", wav.toString()));
      command.addAll(List.of(codec));
      command.add(out.toString());
      run(command.toArray(String[]::new));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"tale.wav", "tale.mp3", "tale.m4a", "tale.ogg", "tale.webm", "stereo.wav"})
  void everyFormatDecodesTo16kMonoOfTheSameLength(String name) throws Exception {
    Path file =
        switch (name) {
          case "tale.wav" -> wav;
          case "tale.mp3" -> encoded(name, "-c:a", "libmp3lame", "-b:a", "64k");
          case "tale.m4a" -> encoded(name, "-c:a", "aac", "-b:a", "64k");
          case "tale.ogg" -> encoded(name, "-c:a", "libopus", "-b:a", "32k");
          case "tale.webm" -> encoded(name, "-c:a", "libopus", "-b:a", "32k");
          default -> encoded(name, "-ac", "2", "-ar", "44100", "-c:a", "pcm_f32le");
        };
    float[] samples;
    try (InputStream in = Files.newInputStream(file)) {
      samples = FFMPEG.decode(in, name);
    }
    double decoded = samples.length / (double) FfmpegDecoder.RATE;
    // Lossy codecs pad a few milliseconds at the start and end.
    assertEquals(seconds, decoded, 0.1, name + " decoded to " + decoded + " s");
    float peak = 0;
    for (float s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    assertTrue(peak > 0.05 && peak <= 1.0, name + ": speech, not silence (" + peak + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"noise", "cut"})
  void aFileThatCannotBeDecodedSaysSo(String kind) throws Exception {
    byte[] bytes;
    if (kind.equals("noise")) {
      bytes = new byte[50_000];
      new java.util.Random(1).nextBytes(bytes);
    } else {
      // The first hundred bytes of an Ogg file: a header and nothing to play.
      bytes =
          java.util.Arrays.copyOf(Files.readAllBytes(encoded("tale.ogg", "-c:a", "libopus")), 100);
    }
    UndecodableAudioException e =
        assertThrows(
            UndecodableAudioException.class,
            () -> FFMPEG.decode(new ByteArrayInputStream(bytes), kind + ".bin"));
    assertTrue(e.getMessage().contains(kind + ".bin cannot be decoded"), e.getMessage());
    assertFalse(e.transient_(), "trying again does not help");
  }

  @org.junit.jupiter.api.Test
  void withoutFfmpegTheMessageSaysWhatToInstall() {
    FfmpegDecoder none = new FfmpegDecoder(dir.resolve("no-ffmpeg").toString());
    assertFalse(none.available());
    UndecodableAudioException e =
        assertThrows(
            UndecodableAudioException.class,
            () -> none.decode(new ByteArrayInputStream(new byte[10]), "x.mp3"));
    assertTrue(e.getMessage().contains("Debian package ffmpeg"), e.getMessage());
  }
}
