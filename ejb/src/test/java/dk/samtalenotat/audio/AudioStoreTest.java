package dk.samtalenotat.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.UndecodableAudioException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioStoreTest {

  @TempDir Path dir;

  private final DataKeys keys = TestKeys.dataKeys();
  private final DataKey key = keys.create("11111111");

  private static byte[] wav(int dataBytes) {
    return TestWav.pcm(dataBytes);
  }

  private AudioRejectedException.Reason refused(AudioStore store, String name, byte[] bytes) {
    return assertThrows(
            AudioRejectedException.class,
            () -> store.store(name, new ByteArrayInputStream(bytes), key))
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
  void aFileNotTakenIsDeletedAndOneTakenIsKept() throws Exception {
    AudioStore store = new AudioStore(dir.resolve("audio"), 10_000);
    java.util.List<AudioStore.Stored> handed = new java.util.ArrayList<>();
    IllegalStateException refused = new IllegalStateException("the conversation moved on");
    assertSame(
        refused,
        assertThrows(
            IllegalStateException.class,
            () ->
                store.storeAndHandOn(
                    "a.wav",
                    new ByteArrayInputStream(wav(500)),
                    key,
                    stored -> {
                      handed.add(stored);
                      throw refused;
                    })));
    assertFalse(Files.exists(dir.resolve("audio").resolve(handed.get(0).storageKey())));

    String kept =
        store.storeAndHandOn(
            "b.wav", new ByteArrayInputStream(wav(500)), key, AudioStore.Stored::storageKey);
    assertTrue(Files.exists(dir.resolve("audio").resolve(kept)));
  }

  @Test
  void storesAudioEncryptedAndReadsItBack() throws Exception {
    AudioStore store = new AudioStore(dir.resolve("audio"), 300_000);
    byte[] bytes = wav(200_000);
    new java.util.Random(3).nextBytes(bytes);
    System.arraycopy(wav(200_000), 0, bytes, 0, 44);
    AudioStore.Stored stored = store.store("samtale.wav", new ByteArrayInputStream(bytes), key);
    assertEquals(AudioFormat.WAV, stored.format());
    assertEquals(bytes.length, stored.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
        stored.sha256(),
        "the hash is of the audio as received");

    byte[] onDisk = Files.readAllBytes(dir.resolve("audio").resolve(stored.storageKey()));
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onDisk)),
        stored.ciphertextSha256());
    assertFalse(contains(onDisk, Arrays.copyOfRange(bytes, 0, 12)), "RIFF header in clear");
    assertFalse(contains(onDisk, Arrays.copyOfRange(bytes, 100_000, 100_016)), "audio in clear");

    try (InputStream in =
        store.source(stored.storageKey(), "samtale.wav", "audio/wav", bytes.length, key).open()) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    // Another recording's key, or the right key for another object, does not open it.
    DataKey other = keys.create("11111111");
    assertThrows(
        IOException.class,
        () ->
            store
                .source(stored.storageKey(), "samtale.wav", "audio/wav", bytes.length, other)
                .open()
                .readAllBytes());
  }

  @Test
  void deletingReturnsTheHashOfTheDestroyedCiphertext() throws IOException {
    AudioStore store = new AudioStore(dir.resolve("audio"), 10_000);
    AudioStore.Stored stored = store.store("a.wav", new ByteArrayInputStream(wav(500)), key);
    assertEquals(Optional.of(stored.ciphertextSha256()), store.delete(stored.storageKey()));
    assertEquals(0, filesLeft());
    assertEquals(Optional.empty(), store.delete(stored.storageKey()), "already gone");
    assertEquals("audio:" + stored.storageKey(), AudioStore.objectId(stored.storageKey()));
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
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
  void brokenWavFilesAreRefusedWithTheirReasonAndLeaveNothing() throws IOException {
    AudioStore store = new AudioStore(dir.resolve("audio"), 100_000);
    assertEquals(
        AudioRejectedException.Reason.WAV_HEADER_TRUNCATED,
        refused(store, "a.wav", Arrays.copyOf(wav(1000), 30)));
    assertEquals(
        AudioRejectedException.Reason.WAV_NO_CHANNELS,
        refused(store, "a.wav", TestWav.build(1, 0, 16_000, 16, 1000, 1000)));
    assertEquals(
        AudioRejectedException.Reason.WAV_LENGTH_MISMATCH,
        refused(store, "a.wav", TestWav.build(1, 1, 16_000, 16, 50_000, 1000)));
    assertEquals(0, filesLeft());
    assertEquals(
        AudioFormat.WAV, store.store("a.wav", new ByteArrayInputStream(wav(1000)), key).format());
  }

  @Test
  void otherFormatsAreProbedByTheDecoderBeforeTheyAreKept() throws IOException {
    List<String> probed = new java.util.ArrayList<>();
    PcmDecoder decoder =
        new PcmDecoder() {
          @Override
          public boolean available() {
            return true;
          }

          @Override
          public long decode(InputStream audio, String name, boolean partial, OutputStream out)
              throws IOException, UndecodableAudioException {
            byte[] head = audio.readNBytes(8);
            probed.add(name);
            if (new String(head, StandardCharsets.ISO_8859_1).contains("xx")) {
              throw new UndecodableAudioException(name + " cannot be decoded");
            }
            return 1;
          }

          @Override
          public Stream start(String name) {
            throw new UnsupportedOperationException("the store only probes");
          }
        };
    AudioStore store = new AudioStore(dir.resolve("audio"), 100_000, decoder);
    byte[] fake = "OggSxx not really".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(AudioRejectedException.Reason.UNDECODABLE, refused(store, "a.ogg", fake));
    assertEquals(0, filesLeft());
    byte[] real = "OggS\0\2 pages".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        AudioFormat.OGG, store.store("b.ogg", new ByteArrayInputStream(real), key).format());
    store.store("c.wav", new ByteArrayInputStream(wav(1000)), key);
    assertEquals(List.of("a.ogg", "b.ogg"), probed, "PCM WAV is checked, not decoded");
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
