package dk.samtalenotat.demosbsys;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SBSYS protocol as the SBSYS adapter expects it: OAuth2 password grant at {@code token},
 * {@code POST api/sag/search}, {@code POST api/journalarknote/create} (404 for an unknown case, 409
 * for a closed one) and {@code POST api/journalarknote/search}. Cases and notes are kept in memory.
 * Transport-free: the caller hands over path, Authorization header and body and writes the {@link
 * Answer} back.
 */
public final class SbsysCaseSystem {

  /** A case: id, number, title, status, the citizen's CPR as DDMMYY-SSSS. */
  public record Case(long id, String number, String title, String status, String cpr) {}

  /** A stored note. */
  public record Note(long id, long caseId, String title, String html, String contactTime) {}

  /** What to answer: an HTTP status and a JSON body (empty for none). */
  public record Answer(int status, String json) {
    public boolean ok() {
      return status == 200;
    }
  }

  /** The credentials a client must present at the token endpoint. */
  public record Credentials(String user, String password, String clientId, String clientSecret) {}

  private static final Set<String> OPEN = Set.of("aktiv", "opstået");

  private final Credentials credentials;
  private final Map<Long, Case> cases = new ConcurrentHashMap<>();
  private final List<Note> notes = new CopyOnWriteArrayList<>();
  private final AtomicLong ids;
  private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

  /**
   * @param firstId ids of notes and tokens count up from here
   */
  public SbsysCaseSystem(Credentials credentials, long firstId) {
    this.credentials = credentials;
    this.ids = new AtomicLong(firstId);
  }

  public SbsysCaseSystem addCase(long id, String number, String title, String status, String cpr) {
    cases.put(id, new Case(id, number, title, status, cpr));
    return this;
  }

  public List<Case> cases() {
    return cases.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }

  /**
   * Answers one POST.
   *
   * @param path below the API root, without a leading slash: {@code token}, {@code api/sag/search},
   *     {@code api/journalarknote/create} or {@code api/journalarknote/search}
   * @param authorization the Authorization header, null if none
   */
  public Answer post(String path, String authorization, String body) {
    if ("token".equals(path)) {
      return token(body);
    }
    if (!authorised(authorization)) {
      return new Answer(401, "{\"Message\":\"Authorization has been denied for this request.\"}");
    }
    try {
      return switch (path) {
        case "api/sag/search" -> searchCases(body);
        case "api/journalarknote/create" -> create(body);
        case "api/journalarknote/search" -> searchNotes(body);
        default -> new Answer(404, "{\"Message\":\"No HTTP resource was found.\"}");
      };
    } catch (RuntimeException e) {
      return new Answer(400, "{\"Message\":\"" + e.getClass().getSimpleName() + "\"}");
    }
  }

  /** Whether this Authorization header carries a token the token endpoint gave out. */
  public boolean authorised(String authorization) {
    return authorization != null
        && authorization.startsWith("Bearer ")
        && tokens.containsKey(authorization.substring(7));
  }

  private Answer token(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        form.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    if (!"password".equals(form.get("grant_type"))
        || !credentials.user().equals(form.get("username"))
        || !credentials.password().equals(form.get("password"))
        || !credentials.clientId().equals(form.get("client_id"))
        || !credentials.clientSecret().equals(form.get("client_secret"))) {
      return new Answer(400, "{\"error\":\"invalid_grant\"}");
    }
    String token = "t" + ids.incrementAndGet();
    tokens.put(token, true);
    return new Answer(
        200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
  }

  private Answer searchCases(String body) {
    JsonObject q = json(body);
    String cpr =
        q.containsKey("PrimaerPerson")
            ? q.getJsonObject("PrimaerPerson").getString("CprNummer", null)
            : null;
    String number = q.getString("Nummer", null);
    JsonArrayBuilder results = Json.createArrayBuilder();
    cases().stream()
        .filter(
            c ->
                (cpr != null && cpr.equals(c.cpr()))
                    || (number != null && number.equals(c.number())))
        .forEach(
            c ->
                results.add(
                    Json.createObjectBuilder()
                        .add("Id", c.id())
                        .add("SagIdentity", "uuid-" + c.id())
                        .add("Nummer", c.number())
                        .add("SagsTitel", c.title())
                        .add("SagsStatus", Json.createObjectBuilder().add("Navn", c.status()))));
    return new Answer(
        200,
        Json.createObjectBuilder()
            .add("Results", results)
            .add("TotalCount", cases.size())
            .add("Page", 1)
            .build()
            .toString());
  }

  private Answer create(String body) {
    JsonObject q = json(body);
    long caseId = q.getJsonNumber("SagID").longValue();
    Case c = cases.get(caseId);
    if (c == null) {
      return new Answer(404, "{\"Message\":\"Sagen findes ikke\"}");
    }
    if (!OPEN.contains(c.status().toLowerCase(java.util.Locale.ROOT))) {
      return new Answer(409, "{\"Message\":\"Sagen er afsluttet\"}");
    }
    Note n =
        new Note(
            ids.incrementAndGet(),
            caseId,
            q.getString("Overskrift"),
            q.getString("Note"),
            q.getString("KontaktTidspunkt"));
    notes.add(n);
    return new Answer(200, Json.createObjectBuilder().add("Id", n.id()).build().toString());
  }

  private Answer searchNotes(String body) {
    long caseId = json(body).getJsonNumber("SagID").longValue();
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
    return new Answer(200, Json.createObjectBuilder().add("Results", results).build().toString());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
