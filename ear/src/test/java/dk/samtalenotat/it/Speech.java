package dk.samtalenotat.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Danish speech for the tests that record or transcribe: espeak-ng's Danish voice, and sox to give
 * it the form a capture device delivers. Both come from Debian's packages, which {@code bin/test}
 * installs when missing.
 */
public final class Speech {

  private Speech() {}

  /** The text spoken by espeak-ng's Danish voice, as the WAV it writes ({@code name} in dir). */
  public static Path said(Path dir, String name, String text)
      throws IOException, InterruptedException {
    Path wav = dir.resolve(name);
    run("espeak-ng", "-v", "da", "-w", wav.toString(), text);
    if (Files.size(wav) < 10_000) {
      throw new IllegalStateException("espeak-ng wrote almost nothing for: " + text);
    }
    return wav;
  }

  /**
   * The text spoken, as the 48 kHz mono 16-bit PCM WAV that Chromium's fake capture device plays
   * ({@code --use-file-for-fake-audio-capture}, looped for as long as it records).
   */
  public static Path microphone(Path dir, String text) throws IOException, InterruptedException {
    Path raw = said(dir, "tale.wav", text);
    Path wav = dir.resolve("mikrofon.wav");
    run("sox", raw.toString(), "-r", "48000", "-c", "1", "-b", "16", wav.toString());
    return wav;
  }

  /** Runs a command to its end; its output is the failure's message. */
  public static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish: " + out);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
    }
  }
}
