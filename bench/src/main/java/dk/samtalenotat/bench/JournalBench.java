package dk.samtalenotat.bench;

import dk.samtalenotat.journal.Backoff;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.CircuitBreaker;
import dk.samtalenotat.journal.InMemoryOutboxStore;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.OutboxEntry;
import dk.samtalenotat.journal.OutboxProcessor;
import dk.samtalenotat.journal.config.ConfiguredCaseSystems;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notes journalised per second through the outbox rules and the SBSYS adapter into a fake SBSYS on
 * loopback, and the latency the app adds per note over a bare HTTP POST of the same size. The
 * outbox is in memory here: the database commits of a real server are not included.
 *
 * <p>Arguments: number of notes (default 2000), warm-up notes (default 300). Bounded in count and
 * time; talks to 127.0.0.1 only.
 */
public final class JournalBench {

  private static final String CVR = "29189897";

  public static void main(String[] args) throws Exception {
    int notes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    try (FakeSbsys sbsys = new FakeSbsys()) {
      sbsys.addCase(17, "27.24.00-G01-17-26", "Jobafklaring", "Aktiv", "010190-1234");
      String p = "samtalenotat.journal.tenant." + CVR + ".";
      CaseSystems systems =
          ConfiguredCaseSystems.fromValues(
              Map.of(
                  p + "system", "sbsys",
                  p + "url", sbsys.url().toString(),
                  p + "client-id", FakeSbsys.CLIENT,
                  p + "client-secret", FakeSbsys.SECRET,
                  p + "username", FakeSbsys.USER,
                  p + "password", FakeSbsys.PASSWORD));
      run(systems, warmup);
      long rawNanos = rawPosts(sbsys.url(), warmup, notes);
      Instant start = Instant.now();
      long nanos = run(systems, notes);
      Duration took = Duration.between(start, Instant.now());
      double perSecond = notes / (nanos / 1e9);
      double appMs = nanos / 1e6 / notes;
      double rawMs = rawNanos / 1e6 / notes;
      System.out.printf(
          "journal bench: %d notes in %d ms: %.0f notes/s; %.2f ms per note through outbox and"
              + " adapter, %.2f ms per bare HTTP POST, app adds %.2f ms per note%n",
          notes, took.toMillis(), perSecond, appMs, rawMs, appMs - rawMs);
      // The outbox runs and the bare POSTs each stored warm-up plus measured notes.
      int expected = 2 * (notes + warmup);
      if (sbsys.notes().size() != expected) {
        throw new IllegalStateException(
            "expected " + expected + " notes in the fake, found " + sbsys.notes().size());
      }
    }
  }

  private static long run(CaseSystems systems, int notes) {
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    Instant now = Instant.now();
    for (int i = 0; i < notes; i++) {
      store.add(note(UUID.randomUUID().toString()), now);
    }
    OutboxProcessor processor =
        new OutboxProcessor(
            store,
            systems::journal,
            e -> new CircuitBreaker(5, Duration.ofSeconds(5), Clock.systemUTC()),
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)),
            5,
            Duration.ofMinutes(1),
            Clock.systemUTC());
    long t0 = System.nanoTime();
    Instant end = Instant.now().plusSeconds(300);
    while (Instant.now().isBefore(end)
        && store.entries.values().stream().anyMatch(e -> e.status == OutboxEntry.Status.PENDING)) {
      processor.runOnce(100);
    }
    return System.nanoTime() - t0;
  }

  /** The same number of POSTs of a note-sized body with a plain client, for comparison. */
  private static long rawPosts(URI base, int warmup, int n) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token = "";
    String form =
        "grant_type=password&client_id="
            + FakeSbsys.CLIENT
            + "&client_secret="
            + FakeSbsys.SECRET
            + "&username="
            + FakeSbsys.USER
            + "&password="
            + FakeSbsys.PASSWORD;
    String answer =
        client
            .send(
                HttpRequest.newBuilder(base.resolve("token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    token = answer.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    JournalNote note = note("raw");
    String body =
        "{\"SagID\":17,\"Overskrift\":\"x\",\"Note\":\""
            + note.html().replace("\"", "\\\"")
            + "\",\"KontaktTidspunkt\":\"2026-03-12T09:30:00+01:00\"}";
    long t0 = 0;
    for (int i = 0; i < warmup + n; i++) {
      if (i == warmup) {
        t0 = System.nanoTime();
      }
      client.send(
          HttpRequest.newBuilder(base.resolve("api/journalarknote/create"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
    return System.nanoTime() - t0;
  }

  private static JournalNote note(String key) {
    String text =
        "Jobsamtale 12.03.2026\n\nSamtaletype: Jobsamtale\nSamtaleform: Fremmøde\n\nFormål\n"
            + "Opfølgning på jobsøgningen. ".repeat(40)
            + "\n\nAftaler\nBorgeren søger fire stillinger om ugen.";
    return new JournalNote(
        CVR,
        "0101901234",
        "17",
        "Jobsamtale 12.03.2026",
        text,
        JournalNote.toHtml(text),
        LocalDateTime.of(2026, 3, 12, 9, 30),
        OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
        new JournalNote.Author("u1", "JH", "Jonas Holm"),
        "Jobsamtale",
        "Fremmøde",
        List.of(),
        null,
        null,
        null,
        key);
  }
}
