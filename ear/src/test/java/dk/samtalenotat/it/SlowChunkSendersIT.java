package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.it.capacity.Browser;
import dk.samtalenotat.it.capacity.Caseworker;
import dk.samtalenotat.it.capacity.Latencies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A chunk's bytes come over the network and go to the disk with no database connection held: more
 * recording screens than the pool has connections (20 in the embedded configuration) are each
 * halfway through sending a chunk, as over a slow line, and meanwhile the upload's status and the
 * caseworker's list still answer (each needs a connection); then every chunk is acknowledged once
 * its last byte arrives, and the upload holds them all. When one transaction took the whole chunk,
 * the senders kept the pool's connections while their bytes trickled in, and the rest of the server
 * waited for one until the pool gave up (a 500).
 */
@ExtendWith(WildFlyExtension.class)
class SlowChunkSendersIT {

  /**
   * More than the pool's 20 connections, and fewer than the server's request threads (16 a core;
   * each sender holds one while its body comes, as blocking reads do).
   */
  private static final int SENDERS = 22;

  private static final int CHUNK_BYTES = 12_000;

  @Test
  void slowChunkSendersHoldNoDatabaseConnection(WildFlyServer server) throws Exception {
    Browser browser = new Browser(server.baseUri());
    Caseworker jonas = new Caseworker(browser, new Latencies(), "jonas");
    jonas.signOn();
    long id = jonas.register("120385-1236", "SLOW-CHUNKS-1");
    String key = jonas.startUpload(id);

    List<Sender> senders = new ArrayList<>();
    try {
      for (int seq = 0; seq < SENDERS; seq++) {
        senders.add(Sender.start(server.baseUri(), browser.cookieHeader(), key, seq));
      }
      // Each request is in the server's hands, its body half sent.
      HttpResponse<String> status = browser.get("api/recordings/" + key);
      assertEquals(200, status.statusCode(), status.body());
      assertEquals(0, object(status.body()).getInt("chunks"), status.body());
      assertTrue(jonas.openList() >= 1, "the list answers too");

      for (Sender s : senders) {
        s.finishBody();
      }
      for (Sender s : senders) {
        String answer = s.answer();
        assertTrue(answer.startsWith("HTTP/1.1 201"), "chunk " + s.seq + ": " + answer);
      }
    } finally {
      senders.forEach(Sender::close);
    }
    JsonObject held = object(browser.get("api/recordings/" + key).body());
    assertEquals(SENDERS, held.getInt("chunks"), held.toString());
    assertEquals(0, held.getJsonArray("missing").size(), held.toString());
  }

  /**
   * A recording screen whose connection dropped while it waited for its finish sends it again, and
   * both requests are in the server at once: the chunks are joined with no transaction held, so
   * both may join them, and the one that comes second to the upload's lock answers as a repeat and
   * deletes its copy. Both are answered 200, and the conversation holds one recording: one new
   * audio file in the server's store.
   */
  @Test
  void twoFinishesOfOneUploadAtOnceKeepOneRecording(WildFlyServer server) throws Exception {
    Browser browser = new Browser(server.baseUri());
    Caseworker jonas = new Caseworker(browser, new Latencies(), "jonas");
    jonas.signOn();
    long id = jonas.register("120385-1236", "SLOW-CHUNKS-2");
    String key = wavUpload(browser, id);
    byte[] wav = DeviceTokenIT.sineWav();
    int half = wav.length / 2;
    jonas.sendChunk(key, 0, Arrays.copyOfRange(wav, 0, half));
    jonas.sendChunk(key, 1, Arrays.copyOfRange(wav, half, wav.length));

    Path store = server.dataDir().resolve("samtalenotat").resolve("audio");
    Set<String> before = audioFiles(store);
    ExecutorService twice = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> finishes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        finishes.add(
            twice.submit(
                () -> {
                  go.await();
                  jonas.finish(key, 1);
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : finishes) {
        f.get(2, TimeUnit.MINUTES); // each answered 200, or it throws
      }
    } finally {
      twice.shutdownNow();
    }
    JsonObject upload = object(browser.get("api/recordings/" + key).body());
    assertEquals("FINISHED", upload.getString("state"), upload.toString());
    assertTrue(!"REGISTERED".equals(upload.getString("conversationState")), upload.toString());
    Set<String> added = audioFiles(store);
    added.removeAll(before);
    assertEquals(1, added.size(), "one recording kept, the other copy deleted: " + added);
  }

  /**
   * A finish runs on the server's finish threads, not on the request's, under the identity of the
   * caseworker who asked: a colleague's finish of Jonas's upload is refused as not found (the
   * ownership check ran as the colleague) and leaves it open, and Jonas's own finish then goes
   * through (it ran as Jonas, not as whoever that thread last served).
   */
  @Test
  void aFinishRunsAsTheCaseworkerWhoAskedIt(WildFlyServer server) throws Exception {
    Browser browser = new Browser(server.baseUri());
    Caseworker jonas = new Caseworker(browser, new Latencies(), "jonas");
    jonas.signOn();
    long id = jonas.register("120385-1236", "SLOW-CHUNKS-3");
    String key = wavUpload(browser, id);
    jonas.sendChunk(key, 0, DeviceTokenIT.sineWav());

    Browser other = new Browser(server.baseUri());
    new Caseworker(other, new Latencies(), "mette").signOn();
    HttpResponse<String> colleagues =
        other.send(
            "POST",
            "api/recordings/" + key + "/finish",
            "application/json",
            "{\"lastSeq\":0}".getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertEquals(404, colleagues.statusCode(), colleagues.body());
    assertEquals("NOT_FOUND", object(colleagues.body()).getString("code"));
    JsonObject open = object(browser.get("api/recordings/" + key).body());
    assertEquals("OPEN", open.getString("state"), open.toString());

    jonas.finish(key, 0);
    JsonObject done = object(browser.get("api/recordings/" + key).body());
    assertEquals("FINISHED", done.getString("state"), done.toString());
  }

  /** Starts a WAV upload of the conversation and gives its key. */
  private static String wavUpload(Browser browser, long id) throws Exception {
    HttpResponse<String> started =
        browser.send(
            "POST",
            "api/conversations/" + id + "/recordings",
            "application/json",
            "{\"mediaType\":\"audio/wav\"}".getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertEquals(201, started.statusCode(), started.body());
    return object(started.body()).getString("uploadKey");
  }

  private static Set<String> audioFiles(Path store) throws IOException {
    if (!Files.isDirectory(store)) {
      return new HashSet<>();
    }
    try (var files = Files.list(store)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".audio"))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }

  private static JsonObject object(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** A chunk PUT over its own socket: the headers and half the body now, the rest later. */
  private static final class Sender implements AutoCloseable {
    private final Socket socket;
    private final byte[] body;
    private final int seq;

    private Sender(Socket socket, byte[] body, int seq) {
      this.socket = socket;
      this.body = body;
      this.seq = seq;
    }

    static Sender start(URI base, String cookie, String key, int seq) throws Exception {
      byte[] body = new byte[CHUNK_BYTES];
      new Random(seq).nextBytes(body);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
      Socket socket = new Socket(base.getHost(), base.getPort());
      socket.setSoTimeout(180_000);
      String head =
          "PUT "
              + base.getPath()
              + "api/recordings/"
              + key
              + "/chunks/"
              + seq
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nCookie: "
              + cookie
              + "\r\nContent-Type: application/octet-stream\r\nX-Content-SHA256: "
              + sha
              + "\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, 0, body.length / 2);
      out.flush();
      return new Sender(socket, body, seq);
    }

    void finishBody() throws IOException {
      OutputStream out = socket.getOutputStream();
      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();
    }

    /** The whole answer; the server closes the connection after it. */
    String answer() throws IOException {
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      in.transferTo(got);
      return got.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closed already
      }
    }
  }
}
