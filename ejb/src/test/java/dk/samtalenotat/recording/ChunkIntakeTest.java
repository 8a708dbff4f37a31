package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunk intake on a real database with concurrent senders, each request in its own transaction as
 * in the server: a chunk sent many times at once is stored once and acknowledged the other times,
 * chunks sent out of order and repeated end as exactly the recording, the status's ranges match
 * what is held, and another content under a held number is refused whenever it comes.
 */
class ChunkIntakeTest {

  private static final String CVR = "11111111";

  @TempDir Path dir;

  private final TestKeys kek = new TestKeys();
  private TestDatabase db;
  private ChunkStore store;
  private String uploadKey;
  private DataKey key;

  @BeforeEach
  void upload() {
    db = new TestDatabase();
    store = new ChunkStore(dir);
    var keys = kek.asDataKeys();
    key = keys.create(CVR);
    uploadKey =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant(CVR, "Demo Kommune");
              em.persist(t);
              AppUser owner = new AppUser(t, "mette", "Mette Sørensen", null);
              em.persist(owner);
              Conversation c =
                  Conversation.register(
                      t,
                      owner,
                      SealedCpr.seal(Cpr.parse("1411790987"), CVR, keys, kek.hasher()),
                      "SAG-1",
                      ConversationType.JOBSAMTALE,
                      ConversationForm.FREMMOEDE,
                      LocalDateTime.of(2026, 3, 12, 9, 30));
              em.persist(c);
              AudioUpload u = new AudioUpload(c, "audio/webm;codecs=opus", key.wrapped());
              em.persist(u);
              return u.getUploadKey();
            });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * What one PUT does in its transaction: decide on the upload as read, write the file unlocked,
   * then lock and record.
   */
  private AudioUpload.Admission put(int seq, byte[] chunk) {
    return db.inTransaction(
        em -> {
          ChunkIntake intake = new ChunkIntake(em, store);
          AudioUpload u = intake.find(uploadKey).orElseThrow();
          AudioUpload.Admission a = intake.admit(u, seq, sha(chunk));
          if (a == AudioUpload.Admission.DUPLICATE) {
            return a;
          }
          try {
            ChunkStore.StoredChunk stored =
                store.write(
                    u.getUploadKey(),
                    seq,
                    sha(chunk),
                    new ByteArrayInputStream(chunk),
                    1_000_000,
                    key);
            return intake.record(u, seq, stored, 1_000_000);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private UploadStatusView status() {
    return db.inTransaction(
        em -> {
          ChunkIntake intake = new ChunkIntake(em, store);
          AudioUpload u = intake.find(uploadKey).orElseThrow();
          List<SeqRange> received = intake.received(u);
          return new UploadStatusView(
              u.getChunkCount(),
              u.getBytesReceived(),
              u.getHighestSeq(),
              received,
              AudioUpload.gaps(received));
        });
  }

  private record UploadStatusView(
      int chunks, long bytes, int highest, List<SeqRange> received, List<SeqRange> missing) {}

  @Test
  void aChunkSentManyTimesAtOnceIsStoredOnceAndAcknowledgedTheOtherTimes() throws Exception {
    byte[] chunk = bytes(12_000, 1);
    int senders = 8;
    List<AudioUpload.Admission> answers = concurrently(senders, i -> put(0, chunk));
    assertEquals(1, Collections.frequency(answers, AudioUpload.Admission.NEW), answers.toString());
    assertEquals(senders - 1, Collections.frequency(answers, AudioUpload.Admission.DUPLICATE));
    UploadStatusView s = status();
    assertEquals(1, s.chunks());
    assertEquals(12_000, s.bytes());
    assertEquals(List.of(new SeqRange(0, 0)), s.received());
    assertEquals(1, files(), "one file: the repeats stored nothing");
  }

  @Test
  void chunksOutOfOrderAndRepeatedBecomeExactlyTheRecording() throws Exception {
    int n = 60;
    byte[][] chunks = new byte[n][];
    for (int i = 0; i < n; i++) {
      chunks[i] = bytes(1_000 + i, 100 + i);
    }
    // Every chunk twice, shuffled, sent by four senders at once: a device resending after a
    // timeout while its first copy is still on the way.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
      order.add(i);
    }
    Collections.shuffle(order, new Random(18));
    ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>(order);
    List<List<AudioUpload.Admission>> bySender =
        concurrently(
            4,
            i -> {
              List<AudioUpload.Admission> mine = new ArrayList<>();
              for (Integer seq; (seq = queue.poll()) != null; ) {
                mine.add(put(seq, chunks[seq]));
              }
              return mine;
            });
    List<AudioUpload.Admission> all = bySender.stream().flatMap(List::stream).toList();
    assertEquals(n, Collections.frequency(all, AudioUpload.Admission.NEW));
    assertEquals(n, Collections.frequency(all, AudioUpload.Admission.DUPLICATE));

    UploadStatusView s = status();
    assertEquals(n, s.chunks());
    assertEquals(n - 1, s.highest());
    assertEquals(List.of(new SeqRange(0, n - 1)), s.received());
    assertEquals(List.of(), s.missing());
    assertEquals(n, files());

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      expected.write(c);
    }
    assertArrayEquals(expected.toByteArray(), joined(n), "the chunks in order, each once");
  }

  @Test
  void theStatusShowsTheGapsUntilTheyAreFilled() {
    put(0, bytes(10, 0));
    put(1, bytes(10, 1));
    put(4, bytes(10, 4));
    put(6, bytes(10, 6));
    UploadStatusView s = status();
    assertEquals(List.of(new SeqRange(0, 1), new SeqRange(4, 4), new SeqRange(6, 6)), s.received());
    assertEquals(List.of(new SeqRange(2, 3), new SeqRange(5, 5)), s.missing());

    assertEquals(AudioUpload.Admission.DUPLICATE, put(4, bytes(10, 4)), "held: looked up");
    put(2, bytes(10, 2));
    put(3, bytes(10, 3));
    put(5, bytes(10, 5));
    s = status();
    assertEquals(List.of(new SeqRange(0, 6)), s.received());
    assertEquals(List.of(), s.missing());
  }

  @Test
  void anotherContentUnderAHeldNumberIsRefusedAlsoBelowTheHighest() {
    put(0, bytes(10, 0));
    put(1, bytes(10, 1));
    put(2, bytes(10, 2));
    ChunkRejectedException refused =
        assertThrows(ChunkRejectedException.class, () -> put(1, bytes(10, 99)));
    assertEquals(ChunkRejectedException.Reason.CONFLICT, refused.reason());
    assertEquals(3, status().chunks());
  }

  @Test
  void twoContentsForOneNumberAtOnceKeepTheFirstAndRefuseTheOthers() throws Exception {
    put(0, bytes(10, 0));
    int senders = 6;
    // Every sender offers other bytes for 1, all past the unlocked look-up before any records.
    List<String> answers =
        concurrently(
            senders,
            i -> {
              try {
                return put(1, bytes(500, 1_000 + i)).name();
              } catch (ChunkRejectedException e) {
                return e.reason().name();
              }
            });
    assertEquals(1, Collections.frequency(answers, "NEW"), answers.toString());
    assertEquals(senders - 1, Collections.frequency(answers, "CONFLICT"), answers.toString());
    UploadStatusView s = status();
    assertEquals(2, s.chunks());
    assertEquals(510, s.bytes());
    assertEquals(2, files(), "the refused copies' files are gone");
  }

  @Test
  void aChunkBelowAGapIsAcknowledgedAgainAndAboveItIsTaken() throws IOException {
    put(0, bytes(10, 0));
    put(3, bytes(10, 3));
    assertEquals(AudioUpload.Admission.DUPLICATE, put(0, bytes(10, 0)));
    assertEquals(AudioUpload.Admission.DUPLICATE, put(3, bytes(10, 3)));
    assertEquals(AudioUpload.Admission.NEW, put(2, bytes(10, 2)), "below the highest, not held");
    UploadStatusView s = status();
    assertEquals(3, s.chunks());
    assertEquals(3, s.highest());
    assertEquals(List.of(new SeqRange(1, 1)), s.missing());
    assertEquals(3, files());
  }

  @Test
  void aClosedUploadRefusesEvenARepeat() {
    put(0, bytes(10, 0));
    db.inTransaction(
        em -> {
          new ChunkIntake(em, store)
              .find(uploadKey)
              .orElseThrow()
              .finished(java.time.Instant.now());
          return null;
        });
    ChunkRejectedException refused =
        assertThrows(ChunkRejectedException.class, () -> put(0, bytes(10, 0)));
    assertEquals(ChunkRejectedException.Reason.CLOSED, refused.reason());
  }

  private interface Sender<T> {
    T send(int index) throws Exception;
  }

  /** Runs the senders at the same moment and returns their answers in sender order. */
  private static <T> List<T> concurrently(int senders, Sender<T> sender) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return sender.send(index);
                }));
      }
      start.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(60, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private byte[] joined(int n) throws IOException {
    List<ChunkStore.Part> parts =
        db.inTransaction(
            em ->
                em
                    .createQuery(
                        "select k from UploadChunk k where k.upload.uploadKey = :k order by k.seq",
                        UploadChunk.class)
                    .setParameter("k", uploadKey)
                    .getResultList()
                    .stream()
                    .map(UploadChunk::part)
                    .toList());
    assertEquals(n, parts.size());
    try (InputStream in = store.joined(uploadKey, parts, key)) {
      return in.readAllBytes();
    }
  }

  private long files() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(uploadKey))) {
      return s.count();
    }
  }

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static String sha(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
