package dk.samtalenotat.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioStoreTest {

  @TempDir Path dir;

  private static byte[] wav(int dataBytes) {
    byte[] b = new byte[44 + dataBytes];
    System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
    System.arraycopy("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
    return b;
  }

  private AudioRejectedException.Reason refused(AudioStore store, String name, byte[] bytes) {
    return assertThrows(
            AudioRejectedException.class, () -> store.store(name, new ByteArrayInputStream(bytes)))
        .reason();
  }

  private long filesLeft() throws IOException {
    if (!Files.exists(dir.resolve("audio"))) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir.resolve("audio"))) {
      return files.count();
    }
  }

  @Test
  void storesAudioAndReadsItBack() throws IOException {
    AudioStore store = new AudioStore(dir.resolve("audio"), 10_000);
    byte[] bytes = wav(1000);
    AudioStore.Stored stored = store.store("samtale.wav", new ByteArrayInputStream(bytes));
    assertEquals(AudioFormat.WAV, stored.format());
    assertEquals(bytes.length, stored.size());
    assertEquals(64, stored.sha256().length());
    try (InputStream in =
        store.source(stored.storageKey(), "samtale.wav", "audio/wav", 1044).open()) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
  }

  @Test
  void refusesEmptyOversizedForeignAndMislabelledFilesAndLeavesNothing() throws IOException {
    AudioStore store = new AudioStore(dir.resolve("audio"), 2_000);
    assertEquals(AudioRejectedException.Reason.EMPTY, refused(store, "a.wav", new byte[0]));
    assertEquals(AudioRejectedException.Reason.TOO_LARGE, refused(store, "a.wav", wav(5_000)));
    assertEquals(
        AudioRejectedException.Reason.NOT_AUDIO,
        refused(store, "a.wav", "%PDF-1.7 not audio".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(AudioRejectedException.Reason.MISLABELLED, refused(store, "a.mp3", wav(100)));
    assertEquals(0, filesLeft());
  }

  @Test
  void recognisesTheAcceptedFormats() {
    assertEquals(AudioFormat.OGG, detect("OggS\0\2\0\0\0\0\0\0"));
    assertEquals(AudioFormat.MP3, detect("ID3\4\0\0\0\0\0\0\0\0"));
    assertEquals(AudioFormat.MP4_AAC, detect("\0\0\0\30ftypM4A "));
    byte[] webm = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 0, 0, 0, 0};
    assertEquals(AudioFormat.WEBM, AudioFormat.detect(webm, webm.length).orElseThrow());
    assertEquals(AudioFormat.OGG, AudioFormat.fromFileName("optagelse.opus").orElseThrow());
  }

  private static AudioFormat detect(String head) {
    byte[] b = head.getBytes(StandardCharsets.ISO_8859_1);
    return AudioFormat.detect(b, b.length).orElseThrow();
  }
}
