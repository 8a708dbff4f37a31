package dk.samtalenotat.transcript.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.UndecodableAudioException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The beginning of a WebM/Opus recording still being made, as the chunks received so far hold it,
 * decodes to what it holds; the whole recording decodes to its length. Needs Debian's ffmpeg.
 */
class FfmpegPcmDecoderTest {

  @TempDir Path dir;
  private final FfmpegPcmDecoder decoder = new FfmpegPcmDecoder();

  private Path webm(int seconds) throws Exception {
    Path out = dir.resolve("optagelse.webm");
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000:duration=" + seconds,
                "-c:a",
                "libopus",
                "-b:a",
                "32k",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), said);
    return out;
  }

  @Test
  void theFirstPartOfARecordingStillBeingMadeDecodesToWhatItHolds() throws Exception {
    assertTrue(decoder.available(), "ffmpeg is not on the PATH: install Debian's ffmpeg");
    byte[] whole = Files.readAllBytes(webm(20));

    ByteArrayOutputStream all = new ByteArrayOutputStream();
    long bytes = decoder.decode(new ByteArrayInputStream(whole), "hel.webm", false, all);
    assertEquals(bytes, all.size());
    assertEquals(20.0, bytes / 32_000.0, 0.1, "20 s at 16 kHz mono 16-bit");

    // Cut in the middle of a frame, as a chunk boundary may fall.
    byte[] half = Arrays.copyOf(whole, whole.length / 2 + 7);
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    long partBytes = decoder.decode(new ByteArrayInputStream(half), "halv.webm", true, part);
    double seconds = partBytes / 32_000.0;
    assertTrue(seconds > 8 && seconds < 12, "about half: " + seconds + " s");
  }

  @Test
  void bytesThatAreNoAudioAreRefusedAlsoAsAPartialRecording() {
    byte[] noise = "ikke lyd, bare tekst i en fil".repeat(100).getBytes();
    assertThrows(
        UndecodableAudioException.class,
        () ->
            decoder.decode(
                new ByteArrayInputStream(noise), "tekst.webm", true, new ByteArrayOutputStream()));
  }

  @Test
  void aProbeReadsOnlyTheBeginningAndRefusesWhatDoesNotDecode() throws Exception {
    assertTrue(decoder.available(), "ffmpeg is not on the PATH: install Debian's ffmpeg");
    byte[] whole = Files.readAllBytes(webm(60));
    int[] read = {0};
    java.io.InputStream counting =
        new java.io.FilterInputStream(new ByteArrayInputStream(whole)) {
          @Override
          public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            read[0] += Math.max(n, 0);
            return n;
          }
        };
    decoder.probe(counting, "lang.webm");
    assertTrue(read[0] < whole.length, "read " + read[0] + " of " + whole.length + " bytes");

    // An Ogg page header and nothing that decodes: sniffed as audio, refused by the probe.
    byte[] fake = ("OggS" + "\0".repeat(60) + "ikke lyd".repeat(200)).getBytes();
    assertThrows(
        UndecodableAudioException.class,
        () -> decoder.probe(new ByteArrayInputStream(fake), "falsk.ogg"));
  }
}
