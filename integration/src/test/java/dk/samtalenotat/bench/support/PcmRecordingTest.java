package dk.samtalenotat.bench.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class PcmRecordingTest {

  @Test
  void theChunksJoinedAreAWavFileJavaReadsWithTheLengthAsked() throws Exception {
    PcmRecording recording = new PcmRecording(1, 3, 32000, 7);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (int seq = 0; seq < recording.chunkCount(); seq++) {
      file.write(recording.chunk(seq));
    }

    assertEquals(20, recording.chunkCount());
    assertEquals(44 + 60 * 32000, file.size());
    assertEquals(recording.fileBytes(), file.size());
    try (AudioInputStream in =
        AudioSystem.getAudioInputStream(new ByteArrayInputStream(file.toByteArray()))) {
      AudioFormat format = in.getFormat();
      assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
      assertEquals(16000f, format.getSampleRate());
      assertEquals(16, format.getSampleSizeInBits());
      assertEquals(1, format.getChannels());
      assertFalse(format.isBigEndian());
      assertEquals(60L * 16000, in.getFrameLength());
    }
  }

  @Test
  void onlyTheFirstChunkCarriesTheHeader() {
    PcmRecording recording = new PcmRecording(1, 3, 32000, 7);
    byte[] first = recording.chunk(0);
    byte[] second = recording.chunk(1);

    assertEquals(44 + 96000, first.length);
    assertEquals(96000, second.length);
    assertEquals("RIFF", new String(first, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("WAVE", new String(first, 8, 4, StandardCharsets.US_ASCII));
    assertEquals("data", new String(first, 36, 4, StandardCharsets.US_ASCII));
    assertEquals(60 * 32000, ByteBuffer.wrap(first, 40, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    assertFalse("RIFF".equals(new String(second, 0, 4, StandardCharsets.US_ASCII)));
  }

  @Test
  void everyChunkDiffersAndSoundsLikeAVoiceNotSilence() {
    PcmRecording recording = new PcmRecording(2, 3, 32000, 11);
    Set<String> sums = new HashSet<>();
    for (int seq = 0; seq < recording.chunkCount(); seq++) {
      byte[] chunk = recording.chunk(seq);
      sums.add(PcmRecording.sha256(chunk));
      short[] samples = samples(chunk, seq == 0 ? 44 : 0);
      double rms =
          Math.sqrt(Arrays.stream(toInts(samples)).mapToDouble(s -> s * s).average().orElse(0));
      // Louder than the noise floor alone (about 170), never clipped to a square wave.
      assertTrue(rms > 400 && rms < 12000, "chunk " + seq + " rms " + rms);
    }
    assertEquals(recording.chunkCount(), sums.size(), "no chunk repeats another");
  }

  @Test
  void theSameSeedMakesTheSameBytesAndAnotherSeedOthers() {
    assertArrayEquals(
        new PcmRecording(1, 3, 32000, 5).chunk(4), new PcmRecording(1, 3, 32000, 5).chunk(4));
    assertFalse(
        Arrays.equals(
            new PcmRecording(1, 3, 32000, 5).chunk(4), new PcmRecording(1, 3, 32000, 6).chunk(4)));
  }

  @Test
  void otherRatesAndChunkLengthsAddUp() {
    PcmRecording recording = new PcmRecording(1, 4, 16000, 1);
    assertEquals(15, recording.chunkCount());
    assertEquals(8000, recording.sampleRate());
    assertEquals(64000, recording.chunk(3).length);
    assertEquals(44 + 60L * 16000, recording.fileBytes());
  }

  @Test
  void refusesWhatIsNotAWholeNumberOfMonoChunks() {
    assertThrows(IllegalArgumentException.class, () -> new PcmRecording(1, 7, 32000, 1));
    assertThrows(IllegalArgumentException.class, () -> new PcmRecording(1, 3, 32001, 1));
    assertThrows(IllegalArgumentException.class, () -> new PcmRecording(0, 3, 32000, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> new PcmRecording(1, 3, 32000, 1).chunk(20));
  }

  @Test
  void theChecksumIsTheHexSha256TheApiWants() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        PcmRecording.sha256(new byte[0]));
  }

  private static short[] samples(byte[] chunk, int offset) {
    short[] samples = new short[(chunk.length - offset) / 2];
    ByteBuffer.wrap(chunk, offset, chunk.length - offset)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asShortBuffer()
        .get(samples);
    return samples;
  }

  private static int[] toInts(short[] samples) {
    int[] ints = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      ints[i] = samples[i];
    }
    return ints;
  }
}
