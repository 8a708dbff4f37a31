package dk.samtalenotat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLimitsTest {

  private final PcmRecording recording = new PcmRecording(1, 3, 32000, 3);
  private final byte[][] chunks = new byte[recording.chunkCount()][];

  MachineLimitsTest() {
    for (int seq = 0; seq < chunks.length; seq++) {
      chunks[seq] = recording.chunk(seq);
    }
  }

  @Test
  void encryptsEveryChunkItIsGivenOnce() throws Exception {
    List<Integer> asked = new ArrayList<>();
    double rate =
        MachineLimits.aesGcm(
            seq -> {
              asked.add(seq);
              return chunks[seq];
            },
            chunks.length);

    assertEquals(chunks.length, asked.size());
    assertEquals(0, asked.get(0));
    assertEquals(chunks.length - 1, asked.get(asked.size() - 1));
    assertTrue(rate > 0 && Double.isFinite(rate), "MB/s " + rate);
  }

  @Test
  void warmsUpForAtLeastThreeRoundsAndAtMostTheLimit() throws Exception {
    int[] asked = {0};
    MachineLimits.warmUpAesGcm(
        seq -> {
          asked[0]++;
          return chunks[seq];
        },
        4,
        5);

    assertTrue(asked[0] >= 3 * 4 && asked[0] <= 5 * 4, "chunks encrypted: " + asked[0]);
    assertEquals(0, asked[0] % 4, "whole rounds only");
  }

  @Test
  void writesTheBytesToDiskAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
    double rate = MachineLimits.disk(dir.resolve("limits"), seq -> chunks[seq], chunks.length);

    assertTrue(rate > 0 && Double.isFinite(rate), "MB/s " + rate);
    try (var left = Files.list(dir.resolve("limits"))) {
      assertEquals(0, left.count(), "the file written is deleted");
    }
  }

  @Test
  void aFailingWriteLeavesNoFileEither(@TempDir Path dir) {
    assertThrows(
        IllegalStateException.class,
        () ->
            MachineLimits.disk(
                dir,
                seq -> {
                  if (seq == 5) {
                    throw new IllegalStateException("no chunk 5");
                  }
                  return chunks[seq];
                },
                chunks.length));
    assertTrue(dir.toFile().list().length == 0);
  }
}
