package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SBSYS-shaped case system: OAuth2 password grant at /token, {@code POST /api/sag/search},
 * {@code POST /api/journalarknote/create} (409 for a closed case) and {@code POST
 * /api/journalarknote/search}; notes are kept in memory.
 */
public final class FakeSbsys extends FakeCaseSystem {

  public static final String USER = "samtalenotat";
  public static final String PASSWORD = "test-only-password";
  public static final String CLIENT = "samtalenotat-client";
  public static final String SECRET = "test-only-secret";

  /** A case: id, number, title, status, the citizen's CPR as DDMMYY-SSSS. */
  public record Case(long id, String number, String title, String status, String cpr) {}

  /** A stored note. */
  public record Note(long id, long caseId, String title, String html, String contactTime) {}

  private final Map<Long, Case> cases = new ConcurrentHashMap<>();
  private final List<Note> notes = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

  public FakeSbsys() throws IOException {
    this(0);
  }

  public FakeSbsys(int port) throws IOException {
    super(port);
    server.createContext("/token", this::token);
    server.createContext("/api/sag/search", ex -> authorised(ex, this::searchCases));
    server.createContext("/api/journalarknote/create", ex -> authorised(ex, this::create));
    server.createContext("/api/journalarknote/search", ex -> authorised(ex, this::searchNotes));
    start();
  }

  public FakeSbsys addCase(long id, String number, String title, String status, String cpr) {
    cases.put(id, new Case(id, number, title, status, cpr));
    return this;
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  /** Notes carrying the reference derived from this idempotency key (never the key itself). */
  public long notesWithKey(String key) {
    String reference = dk.samtalenotat.journal.JournalNote.referenceOf(key);
    return notes.stream().filter(n -> n.html().contains(reference)).count();
  }

  /** Notes whose text holds this string anywhere. */
  public long notesContaining(String text) {
    return notes.stream().filter(n -> n.html().contains(text)).count();
  }

  private interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  private void authorised(HttpExchange ex, Handler h) throws IOException {
    try {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer ") || !tokens.containsKey(auth.substring(7))) {
        send(ex, 401, "{\"Message\":\"Authorization has been denied for this request.\"}");
        return;
      }
      h.handle(ex);
    } catch (RuntimeException e) {
      send(ex, 400, "{\"Message\":\"" + e.getClass().getSimpleName() + "\"}");
    }
  }

  private void token(HttpExchange ex) throws IOException {
    Map<String, String> form = new ConcurrentHashMap<>();
    for (String pair : body(ex).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        form.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    if (!"password".equals(form.get("grant_type"))
        || !USER.equals(form.get("username"))
        || !PASSWORD.equals(form.get("password"))
        || !CLIENT.equals(form.get("client_id"))
        || !SECRET.equals(form.get("client_secret"))) {
      send(ex, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    String token = "t" + ids.incrementAndGet();
    tokens.put(token, true);
    send(
        ex,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
  }

  private void searchCases(HttpExchange ex) throws IOException {
    JsonObject q = Json.createReader(new StringReader(body(ex))).readObject();
    String cpr =
        q.containsKey("PrimaerPerson")
            ? q.getJsonObject("PrimaerPerson").getString("CprNummer", null)
            : null;
    String number = q.getString("Nummer", null);
    JsonArrayBuilder results = Json.createArrayBuilder();
    cases.values().stream()
        .filter(
            c ->
                (cpr != null && cpr.equals(c.cpr()))
                    || (number != null && number.equals(c.number())))
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(
            c ->
                results.add(
                    Json.createObjectBuilder()
                        .add("Id", c.id())
                        .add("SagIdentity", "uuid-" + c.id())
                        .add("Nummer", c.number())
                        .add("SagsTitel", c.title())
                        .add("SagsStatus", Json.createObjectBuilder().add("Navn", c.status()))));
    JsonObject answer =
        Json.createObjectBuilder()
            .add("Results", results)
            .add("TotalCount", cases.size())
            .add("Page", 1)
            .build();
    send(ex, 200, answer.toString());
  }

  private void create(HttpExchange ex) throws IOException {
    createRequests.incrementAndGet();
    JsonObject q = Json.createReader(new StringReader(body(ex))).readObject();
    Fault fault = faults.poll();
    if (fault == Fault.ERROR_500) {
      send(ex, 500, "{\"Message\":\"An error has occurred.\"}");
      return;
    }
    if (fault == Fault.UNAVAILABLE_503) {
      send(ex, 503, "");
      return;
    }
    if (fault == Fault.TOO_MANY_429) {
      ex.getResponseHeaders().set("Retry-After", "1");
      send(ex, 429, "{\"Message\":\"Too many requests\"}");
      return;
    }
    if (fault == Fault.DROP) {
      ex.close();
      return;
    }
    long caseId = q.getJsonNumber("SagID").longValue();
    Case c = cases.get(caseId);
    if (c == null) {
      send(ex, 404, "{\"Message\":\"Sagen findes ikke\"}");
      return;
    }
    if (!c.status().equalsIgnoreCase("Aktiv") && !c.status().equalsIgnoreCase("Opstået")) {
      send(ex, 409, "{\"Message\":\"Sagen er afsluttet\"}");
      return;
    }
    Note n =
        new Note(
            ids.incrementAndGet(),
            caseId,
            q.getString("Overskrift"),
            q.getString("Note"),
            q.getString("KontaktTidspunkt"));
    notes.add(n);
    if (fault == Fault.STORE_THEN_500) {
      send(ex, 500, "{\"Message\":\"An error has occurred.\"}");
      return;
    }
    if (fault == Fault.STORE_THEN_SLOW) {
      sleepSlow();
    }
    send(ex, 200, Json.createObjectBuilder().add("Id", n.id()).build().toString());
  }

  private void searchNotes(HttpExchange ex) throws IOException {
    JsonObject q = Json.createReader(new StringReader(body(ex))).readObject();
    long caseId = q.getJsonNumber("SagID").longValue();
    JsonArrayBuilder results = Json.createArrayBuilder();
    notes.stream()
        .filter(n -> n.caseId() == caseId)
        .forEach(
            n ->
                results.add(
                    Json.createObjectBuilder()
                        .add("Id", n.id())
                        .add("Overskrift", n.title())
                        .add("Note", n.html())));
    send(ex, 200, Json.createObjectBuilder().add("Results", results).build().toString());
  }
}
