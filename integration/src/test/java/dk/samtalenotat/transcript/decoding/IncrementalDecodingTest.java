package dk.samtalenotat.transcript.decoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.UndecodableAudioException;
import dk.samtalenotat.transcript.windowed.IncrementalDecoding;
import dk.samtalenotat.transcript.windowed.PcmAudio;
import dk.samtalenotat.transcript.windowed.SlidingPcm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording decoded once as its chunks arrive gives exactly the PCM that decoding the whole file
 * gives, while holding only the audio from the point kept on; the decoder says when the next window
 * is complete without being asked. Danish speech from espeak-ng as WebM/Opus (what browsers record)
 * and as WAV (what dictation devices send), cut into 3-second chunks by bytes as a recorder cuts
 * its stream. Needs Debian's espeak-ng and ffmpeg.
 */
class IncrementalDecodingTest {

  @TempDir Path dir;
  private final FfmpegPcmDecoder decoder = new FfmpegPcmDecoder();

  private Path speech(String format, int seconds) throws Exception {
    Path said = dir.resolve("tale.wav");
    run(
        "espeak-ng",
        "-v",
        "da",
        "-w",
        said.toString(),
        "Goddag. Vi skal tale om din jobsøgning og om de kurser, du gerne vil tage.");
    Path out = dir.resolve("optagelse." + format);
    run(
        "ffmpeg",
        "-v",
        "error",
        "-y",
        "-stream_loop",
        "-1",
        "-i",
        said.toString(),
        "-t",
        String.valueOf(seconds),
        "-ac",
        "1",
        "-ar",
        format.equals("webm") ? "48000" : "16000",
        "-c:a",
        format.equals("webm") ? "libopus" : "pcm_s16le",
        out.toString());
    return out;
  }

  private byte[] whole(byte[] recording) throws Exception {
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    decoder.decode(new ByteArrayInputStream(recording), "hel", false, pcm);
    return pcm.toByteArray();
  }

  /** Feeds the recording in chunks of {@code chunkSeconds} worth of bytes. */
  private static void feedInChunks(IncrementalDecoding d, byte[] recording, int seconds)
      throws IOException {
    int chunk = recording.length / (seconds / 3);
    for (int from = 0; from < recording.length; from += chunk) {
      d.feed(new ByteArrayInputStream(recording, from, Math.min(chunk, recording.length - from)));
    }
  }

  @Test
  void aWebmRecordingDecodedAsItArrivesIsTheWholeFileDecoded() throws Exception {
    assertTrue(decoder.available(), "ffmpeg is not on the PATH: install Debian's ffmpeg");
    byte[] recording = Files.readAllBytes(speech("webm", 90));
    byte[] expected = whole(recording);

    IncrementalDecoding d =
        new IncrementalDecoding(decoder, "webm", 0, Executors.defaultThreadFactory());
    feedInChunks(d, recording, 90);
    d.finish();
    assertEquals(recording.length, d.bytes());
    assertEquals(expected.length, d.pcm().byteLength());
    try (InputStream in = d.pcm().open(0, expected.length)) {
      assertArrayEquals(expected, in.readAllBytes(), "the same samples, byte for byte");
    }
  }

  @Test
  void onlyTheAudioFromTheKeptPointIsHeldAndItIsTheSameAudio() throws Exception {
    byte[] recording = Files.readAllBytes(speech("wav", 90));
    byte[] expected = whole(recording);

    IncrementalDecoding d =
        new IncrementalDecoding(decoder, "wav", 25_000, Executors.defaultThreadFactory());
    SlidingPcm pcm = d.pcm();
    // Told, not asked: the decoder's reader says when 55 s (the second window's end) is decoded.
    CountDownLatch secondWindow = new CountDownLatch(1);
    pcm.whenAtLeast(55_000, secondWindow::countDown);
    int chunk = recording.length / 30;
    int from = 0;
    // About 63 s of the 90: the decoder has the second window whole.
    for (; from < recording.length * 2 / 3 + chunk; from += chunk) {
      d.feed(new ByteArrayInputStream(recording, from, chunk));
    }
    assertTrue(secondWindow.await(60, TimeUnit.SECONDS), "told when 55 s were decoded");
    long at55 = 55L * PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;
    long at25 = 25L * PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;
    try (InputStream in = pcm.open(at25, at55 - at25)) {
      assertArrayEquals(Arrays.copyOfRange(expected, (int) at25, (int) at55), in.readAllBytes());
    }
    assertThrows(IllegalArgumentException.class, () -> pcm.open(0, 1000), "before 25 s: dropped");

    // The windows up to 50 s are done: what lies before goes.
    pcm.keepFrom(50_000);
    long at50 = 50L * PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;
    for (; from < recording.length; from += chunk) {
      d.feed(new ByteArrayInputStream(recording, from, Math.min(chunk, recording.length - from)));
    }
    d.finish();
    assertEquals(expected.length, pcm.byteLength());
    assertEquals(expected.length - at50, pcm.heldBytes(), "only the audio from 50 s is held");
    try (InputStream in = pcm.open(at50, expected.length - at50)) {
      assertArrayEquals(
          Arrays.copyOfRange(expected, (int) at50, expected.length), in.readAllBytes());
    }
  }

  @Test
  void bytesThatAreNoAudioStopTheDecoder() throws Exception {
    IncrementalDecoding d =
        new IncrementalDecoding(decoder, "tekst", 0, Executors.defaultThreadFactory());
    byte[] noise = "ikke lyd, bare tekst i en fil".repeat(5000).getBytes();
    try {
      d.feed(new ByteArrayInputStream(noise));
    } catch (IOException stoppedReading) {
      // ffmpeg may give up before it has read everything.
    }
    assertThrows(UndecodableAudioException.class, d::finish);
    assertTrue(d.stopped());
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
    assertEquals(0, p.exitValue(), said);
  }
}
