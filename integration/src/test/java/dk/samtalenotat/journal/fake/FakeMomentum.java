package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
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
 * A Momentum-shaped citizen journal: OAuth2 client credentials at /token plus an {@code apikey}
 * header, {@code GET citizens/find?cpr=}, {@code POST journals/note} and {@code GET
 * journals/find?externalReference=}.
 */
public final class FakeMomentum extends FakeCaseSystem {

  public static final String CLIENT = "samtalenotat";
  public static final String SECRET = "test-only-secret";
  public static final String API_KEY = "test-only-apikey";

  /** A stored note. */
  public record Note(
      String id, String citizenId, String cpr, String title, String body, String key) {}

  private final Map<String, String> citizenIdByCpr = new ConcurrentHashMap<>();
  private final List<Note> notes = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(5000);
  private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

  public FakeMomentum() throws IOException {
    this(0);
  }

  public FakeMomentum(int port) throws IOException {
    super(port);
    server.createContext("/token", this::token);
    server.createContext("/citizens/find", ex -> authorised(ex, this::findCitizen));
    server.createContext("/journals/note", ex -> authorised(ex, this::create));
    server.createContext("/journals/find", ex -> authorised(ex, this::findNote));
    start();
  }

  public FakeMomentum addCitizen(String cpr, String citizenId) {
    citizenIdByCpr.put(cpr, citizenId);
    return this;
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  public long notesWithKey(String key) {
    return notes.stream().filter(n -> key.equals(n.key())).count();
  }

  private interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  private void authorised(HttpExchange ex, Handler h) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (!API_KEY.equals(ex.getRequestHeaders().getFirst("apikey"))) {
      send(ex, 403, "{\"error\":\"invalid api key\"}");
      return;
    }
    if (auth == null || !auth.startsWith("Bearer ") || !tokens.containsKey(auth.substring(7))) {
      send(ex, 401, "{\"error\":\"invalid token\"}");
      return;
    }
    h.handle(ex);
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
    if (!"client_credentials".equals(form.get("grant_type"))
        || !CLIENT.equals(form.get("client_id"))
        || !SECRET.equals(form.get("client_secret"))) {
      send(ex, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = "m" + ids.incrementAndGet();
    tokens.put(token, true);
    send(ex, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3600}");
  }

  private static String query(HttpExchange ex, String name) {
    String q = ex.getRequestURI().getRawQuery();
    if (q == null) {
      return null;
    }
    for (String pair : q.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2 && kv[0].equals(name)) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private void findCitizen(HttpExchange ex) throws IOException {
    String cpr = String.valueOf(query(ex, "cpr"));
    String id = citizenIdByCpr.get(cpr);
    if (id == null) {
      // As a careless API might: the answer echoes what was asked, the CPR number.
      send(ex, 404, "{\"error\":\"citizen " + cpr + " not found\"}");
      return;
    }
    send(ex, 200, "{\"id\":\"" + id + "\",\"name\":\"Borger\",\"status\":\"aktiv\"}");
  }

  private void create(HttpExchange ex) throws IOException {
    counted(ex);
    JsonObject q = Json.createReader(new StringReader(body(ex))).readObject();
    Fault fault = faults.poll();
    if (fault == Fault.ERROR_500) {
      send(ex, 500, "{\"error\":\"internal error for citizen " + q.getString("id") + "\"}");
      return;
    }
    if (fault == Fault.UNAVAILABLE_503) {
      send(ex, 503, "");
      return;
    }
    if (fault == Fault.TOO_MANY_429) {
      send(ex, 429, "{\"error\":\"rate limited\"}");
      return;
    }
    if (fault == Fault.DROP) {
      ex.close();
      return;
    }
    String citizenId = q.getString("referenceId");
    if (!citizenIdByCpr.containsValue(citizenId)) {
      send(ex, 404, "{\"error\":\"unknown citizen\"}");
      return;
    }
    Note n =
        new Note(
            "J" + ids.incrementAndGet(),
            citizenId,
            q.getString("id"),
            q.getString("title"),
            q.getString("body"),
            q.getString("externalReference", null));
    notes.add(n);
    if (fault == Fault.STORE_THEN_500) {
      send(ex, 500, "{\"error\":\"internal\"}");
      return;
    }
    if (fault == Fault.STORE_THEN_SLOW) {
      sleepSlow();
    }
    send(ex, 201, "{\"id\":\"" + n.id() + "\"}");
  }

  private void findNote(HttpExchange ex) throws IOException {
    String key = query(ex, "externalReference");
    Note n =
        notes.stream().filter(x -> key != null && key.equals(x.key())).findFirst().orElse(null);
    if (n == null) {
      send(ex, 404, "{\"error\":\"not found\"}");
      return;
    }
    send(ex, 200, "{\"id\":\"" + n.id() + "\",\"referenceId\":\"" + n.citizenId() + "\"}");
  }
}
