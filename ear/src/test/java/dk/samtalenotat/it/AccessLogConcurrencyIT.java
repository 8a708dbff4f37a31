package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.it.capacity.Browser;
import dk.samtalenotat.it.capacity.Caseworker;
import dk.samtalenotat.it.capacity.Latencies;
import dk.samtalenotat.it.capacity.Material;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every read is in the access log also when many come at once: the entry is written in the
 * transaction of the read it records, so a page that was shown has its entry and a page that failed
 * has none. Caseworkers open the same conversation's review page from several sessions at the same
 * moment, and the compliance officer's log holds exactly one READ per page served.
 */
@ExtendWith(WildFlyExtension.class)
class AccessLogConcurrencyIT {

  private static final int SESSIONS = 4;
  private static final int READS_PER_SESSION = 20;

  @Test
  void concurrentReadsEachLeaveExactlyOneEntry(WildFlyServer server) throws Exception {
    Latencies latencies = new Latencies();
    List<Caseworker> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      Caseworker c = new Caseworker(new Browser(server.baseUri()), latencies, "jonas");
      c.signOn();
      sessions.add(c);
    }
    long id = sessions.get(0).register("240386-1357", "LOG-LOAD-1");
    sessions.get(0).importTranscript(id, "samtale.vtt", Material.transcript(5));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!"DRAFT_READY".equals(sessions.get(0).stateOf(id)) && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    assertEquals("DRAFT_READY", sessions.get(0).stateOf(id));

    Instant start = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(SESSIONS * 2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> served = new ArrayList<>();
    for (Caseworker c : sessions) {
      for (int half = 0; half < 2; half++) {
        served.add(
            pool.submit(
                () -> {
                  go.await();
                  int ok = 0;
                  for (int r = 0; r < READS_PER_SESSION / 2; r++) {
                    try {
                      c.openReview(id);
                      ok++;
                    } catch (Caseworker.StepFailed e) {
                      // A page not served: it must have left no entry.
                    }
                  }
                  return ok;
                }));
      }
    }
    go.countDown();
    int pages = 0;
    for (Future<Integer> f : served) {
      pages += f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertTrue(pages > SESSIONS * READS_PER_SESSION / 2, "most pages served: " + pages);

    Browser compliance = new Browser(server.baseUri());
    dk.samtalenotat.it.capacity.SignOn.signOn(compliance, "peter");
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    HttpResponse<String> log =
        compliance.send(
            "GET",
            "api/compliance/access-log?from=" + today + "&to=" + today + "&action=READ",
            "application/json",
            new byte[0],
            java.util.Map.of());
    assertEquals(200, log.statusCode(), log.body());
    int reads = 0;
    Set<Long> entryIds = new HashSet<>();
    try (JsonReader reader = Json.createReader(new StringReader(log.body()))) {
      for (JsonValue v : reader.readArray()) {
        JsonObject e = v.asJsonObject();
        if (e.containsKey("conversationId")
            && !e.isNull("conversationId")
            && e.getJsonNumber("conversationId").longValue() == id
            && "READ".equals(e.getString("action"))
            && !Instant.parse(e.getString("occurredAt")).isBefore(start)) {
          reads++;
          if (e.containsKey("id")) {
            entryIds.add(e.getJsonNumber("id").longValue());
          }
        }
      }
    }
    assertEquals(pages, reads, "one READ entry per page served, none lost, none doubled");
    assertTrue(entryIds.isEmpty() || entryIds.size() == reads, "entries are distinct");
  }
}
