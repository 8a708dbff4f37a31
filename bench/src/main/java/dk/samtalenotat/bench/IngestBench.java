package dk.samtalenotat.bench;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.bench.support.MachineLimits;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.crypto.Pkcs12KeyEncryptionKeys;
import dk.samtalenotat.recording.ChunkStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Chunked ingest of one long recording through the server's own intake code (checksum, encryption
 * with the upload's key, one file per chunk, then the streamed join into the encrypted recording)
 * against what the machine can do on the same bytes in the same run: AES-256-GCM alone, and writing
 * them to disk alone. Also the peak heap while ingesting, sampled at every chunk, at a quarter,
 * half and the whole of the recording: it must stay flat as the recording grows.
 *
 * <p>Arguments: minutes of audio (default 60), chunk seconds (default 3), bytes per second of audio
 * (default 32000: 16 kHz 16-bit mono PCM, the heaviest a device sends; the browser's Opus is
 * ~4000).
 */
public final class IngestBench {

  public static void main(String[] args) throws Exception {
    int minutes = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 60;
    int chunkSeconds = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 3;
    int bytesPerSecond = args.length > 2 && !args[2].isBlank() ? Integer.parseInt(args[2]) : 32000;
    int chunkBytes = chunkSeconds * bytesPerSecond;
    int chunks = minutes * 60 / chunkSeconds;
    long total = (long) chunks * chunkBytes;

    Path dir = Files.createTempDirectory("ingest-bench");
    try {
      DataKeys keys = new DataKeys(keks(dir));
      byte[][] data = new byte[16][];
      SecureRandom random = new SecureRandom();
      for (int i = 0; i < data.length; i++) {
        data[i] = new byte[chunkBytes];
        random.nextBytes(data[i]);
      }
      String[] sums = new String[data.length];
      for (int i = 0; i < data.length; i++) {
        sums[i] = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data[i]));
      }

      System.out.printf(
          "recording: %d min, %d chunks of %d s (%d bytes), %.1f MB%n",
          minutes, chunks, chunkSeconds, chunkBytes, total / 1e6);
      // Warm-up: JIT and file system on a short run, thrown away.
      ingest(dir, keys, data, sums, Math.min(chunks, 100), null);

      IntFunction<byte[]> chunk = seq -> data[seq % data.length];
      MachineLimits.warmUpAesGcm(chunk, Math.min(chunks, 300), 20);
      double gcm = MachineLimits.aesGcm(chunk, chunks);
      double disk = MachineLimits.disk(dir, chunk, chunks);
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long[] peaks = new long[4];
      double ingest = ingest(dir, keys, data, sums, chunks, peaks);

      System.out.printf("AES-256-GCM alone (same bytes):        %8.1f MB/s%n", gcm);
      System.out.printf("disk write alone (same bytes, fsync):  %8.1f MB/s%n", disk);
      System.out.printf(
          "ingest (checksum+encrypt+store, join):  %8.1f MB/s  (%.0f %% of the slower limit)%n",
          ingest, 100 * ingest / Math.min(gcm, disk));
      System.out.printf(
          "heap held after a full GC at 1/4, 1/2, 3/4, all of it: %.1f, %.1f, %.1f, %.1f MB"
              + " (max heap %d MB)%n",
          peaks[0] / 1048576.0,
          peaks[1] / 1048576.0,
          peaks[2] / 1048576.0,
          peaks[3] / 1048576.0,
          memory.getHeapMemoryUsage().getMax() >> 20);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The intake path of RecordingService without HTTP and database: MB/s of audio. */
  private static double ingest(
      Path dir, DataKeys keys, byte[][] data, String[] sums, int chunks, long[] peaks)
      throws IOException {
    ChunkStore store = new ChunkStore(dir.resolve("uploads"));
    AudioStore audio = new AudioStore(dir.resolve("audio"), Long.MAX_VALUE);
    DataKey uploadKey = keys.create("29189846");
    String upload = UUID.randomUUID().toString();
    List<ChunkStore.StoredChunk> stored = new ArrayList<>(chunks);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long gcNanos = 0;
    long start = System.nanoTime();
    for (int seq = 0; seq < chunks; seq++) {
      byte[] chunk = data[seq % data.length];
      stored.add(
          store.write(
              upload,
              seq,
              sums[seq % data.length],
              new ByteArrayInputStream(chunk),
              Long.MAX_VALUE,
              uploadKey));
      int quarter = Math.max(1, chunks / 4);
      if (peaks != null && (seq + 1) % quarter == 0 && (seq + 1) / quarter <= 3) {
        // What the intake holds on to: the heap left after a full collection (its time is not
        // counted in the throughput).
        long gc = System.nanoTime();
        System.gc();
        peaks[(seq + 1) / quarter - 1] = memory.getHeapMemoryUsage().getUsed();
        gcNanos += System.nanoTime() - gc;
      }
    }
    // The join at finish, as RecordingService does it: each chunk opened only when the one before
    // is used up, decrypted in order into the recording's own encryption.
    java.util.Iterator<ChunkStore.StoredChunk> it = stored.iterator();
    int[] seq = {0};
    java.util.Enumeration<InputStream> lazy =
        new java.util.Enumeration<>() {
          @Override
          public boolean hasMoreElements() {
            return it.hasNext();
          }

          @Override
          public InputStream nextElement() {
            try {
              return store.open(upload, seq[0]++, it.next().fileName(), uploadKey);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };
    DataKey recordingKey = keys.create("29189846");
    try (InputStream joined = new SequenceInputStream(lazy)) {
      audio.store("bench.webm", withWebmHead(joined), recordingKey);
    }
    double seconds = (System.nanoTime() - start - gcNanos) / 1e9;
    if (peaks != null) {
      System.gc();
      peaks[3] = memory.getHeapMemoryUsage().getUsed();
    }
    store.deleteAll(upload);
    return (long) chunks * data[0].length / 1e6 / seconds;
  }

  /** The store sniffs the format: a WebM signature in front of the random bytes. */
  private static InputStream withWebmHead(InputStream in) {
    return new SequenceInputStream(
        new ByteArrayInputStream(new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3}), in);
  }

  private static KeyEncryptionKeys keks(Path dir) {
    return new Pkcs12KeyEncryptionKeys(dir.resolve("kek.p12"), "bench-only".toCharArray());
  }
}
