package dk.samtalenotat.journal.sbsys;

import dk.samtalenotat.journal.CaseCheck;
import dk.samtalenotat.journal.Delivery;
import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.OpenCase;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.config.CaseSystemAdapter;
import dk.samtalenotat.journal.rest.OAuthTokens;
import dk.samtalenotat.journal.rest.RestCalls;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Invocation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Journalises into SBSYS over its REST API (domain.md): cases by {@code POST /api/sag/search},
 * notes by {@code POST /api/journalarknote/create} with the note as escaped HTML. SBSYS has no
 * idempotency key of its own, so the note carries a visible reference line ({@link
 * JournalNote#reference()}, derived from the key, never the key itself), and {@link #find} looks
 * for it among the case's notes ({@code POST /api/journalarknote/search}; unverified against a real
 * SBSYS, configure the path if it differs).
 */
public final class SbsysJournalAdapter implements CaseSystemAdapter {

  public static final String SYSTEM = "sbsys";

  /** The line that carries the note's reference inside the note. */
  public static final String REFERENCE_PREFIX = "Samtalenotat-reference: ";

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final Set<String> CLOSED =
      Set.of("afsluttet", "lukket", "arkiveret", "henlagt", "closed");

  private final URI base;
  private final RestCalls calls;
  private final OAuthTokens tokens;
  private final String noteSearchPath;

  /**
   * @param base the API root, ending in '/'
   * @param tokenUrl the OAuth2 token endpoint
   */
  public SbsysJournalAdapter(
      URI base,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      String username,
      String password,
      String noteSearchPath,
      RestCalls calls) {
    this.base = base;
    this.calls = calls;
    this.noteSearchPath = noteSearchPath;
    this.tokens =
        new OAuthTokens(
            calls,
            tokenUrl,
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "client_secret", clientSecret,
                "username", username,
                "password", password),
            Clock.systemUTC());
  }

  @Override
  public String system() {
    return SYSTEM;
  }

  @Override
  public String endpoint() {
    return SYSTEM + " " + base;
  }

  @Override
  public String address() {
    return base.toString();
  }

  @Override
  public List<OpenCase> openCases(String tenantCvr, String cpr) throws JournalException {
    return citizensCases(cpr).stream().filter(c -> !isClosed(c.status())).toList();
  }

  @Override
  public Optional<OpenCase> byNumber(String tenantCvr, String caseNumber) throws JournalException {
    JsonObject query = Json.createObjectBuilder().add("Nummer", caseNumber.strip()).build();
    return search(query).stream().filter(c -> !isClosed(c.status())).findFirst();
  }

  @Override
  public CaseCheck check(String tenantCvr, String cpr, String caseReference)
      throws JournalException {
    return checked(citizensCases(cpr), caseReference).check();
  }

  @Override
  public Delivery deliver(JournalNote note) throws JournalException {
    long caseId = caseIdOf(note);
    JsonObject body =
        Json.createObjectBuilder()
            .add("SagID", caseId)
            .add("Overskrift", note.title())
            .add("Note", htmlWithReference(note))
            .add(
                "KontaktTidspunkt",
                note.conversationTime().atZone(DENMARK).toOffsetDateTime().toString())
            .build();
    JsonStructure answer =
        authorised(
            auth ->
                calls.postJson(
                    RestCalls.Kind.CREATE,
                    "journalarknote/create",
                    base.resolve("api/journalarknote/create"),
                    body,
                    auth));
    String documentId = idOf(answer);
    return new Delivery.Stored(
        new JournalReceipt(SYSTEM, Long.toString(caseId), documentId, Instant.now()));
  }

  @Override
  public Optional<Delivery> find(JournalNote note) throws JournalException {
    long caseId = caseIdOf(note);
    JsonObject query = Json.createObjectBuilder().add("SagID", caseId).build();
    JsonStructure answer =
        authorised(
            auth ->
                calls.postJson(
                    RestCalls.Kind.READ,
                    "journalarknote/search",
                    base.resolve(noteSearchPath),
                    query,
                    auth));
    String marker = REFERENCE_PREFIX + note.reference();
    // Notes sent before the reference replaced the key in the text carry the key itself.
    String legacyMarker = REFERENCE_PREFIX + note.idempotencyKey();
    for (JsonObject n : results(answer)) {
      String text = n.getString("Note", "");
      if (text.contains(marker) || text.contains(legacyMarker)) {
        return Optional.of(
            new Delivery.Stored(
                new JournalReceipt(
                    SYSTEM, Long.toString(caseId), text(n.get("Id")), Instant.now())));
      }
    }
    return Optional.empty();
  }

  /** The note's HTML with the reference line that lets {@link #find} recognise it. */
  static String htmlWithReference(JournalNote note) {
    String html = note.html() != null ? note.html() : JournalNote.toHtml(note.text());
    return html
        + "<p><small>"
        + JournalNote.escape(REFERENCE_PREFIX + note.reference())
        + "</small></p>";
  }

  /**
   * SBSYS's numeric case id for the note: the case the reference names (by id or number) when it is
   * one of the citizen's open cases in SBSYS's own search by CPR number, else the citizen's only
   * open case when no case is named. Any other case stops the note before anything is sent: a
   * caseworker's typing error must not put a citizen's note into another citizen's case.
   */
  private long caseIdOf(JournalNote note) throws JournalException {
    List<OpenCase> citizens = citizensCases(note.citizenCpr());
    String ref = note.caseReference();
    if (ref == null || ref.isBlank()) {
      List<OpenCase> open = citizens.stream().filter(c -> !isClosed(c.status())).toList();
      if (open.size() != 1) {
        throw new PermanentJournalException(
            JournalFailure.NO_CASE,
            "no case chosen and the citizen has " + open.size() + " open SBSYS cases");
      }
      return Long.parseLong(open.get(0).reference());
    }
    Match match = checked(citizens, ref);
    if (match.check() != CaseCheck.CITIZENS_OPEN_CASE) {
      throw new PermanentJournalException(
          match.check().failure(), "SBSYS case check before delivery: " + match.check());
    }
    return Long.parseLong(match.found().reference());
  }

  /** The reference among the citizen's cases, and what that means for a note. */
  private record Match(CaseCheck check, OpenCase found) {}

  private static Match checked(List<OpenCase> citizens, String reference) {
    String ref = reference == null ? "" : reference.strip();
    for (OpenCase c : citizens) {
      if (ref.equals(c.reference()) || ref.equals(c.number())) {
        return new Match(isClosed(c.status()) ? CaseCheck.CLOSED : CaseCheck.CITIZENS_OPEN_CASE, c);
      }
    }
    return new Match(CaseCheck.NOT_CITIZENS, null);
  }

  /** Every case whose primary person is the citizen, closed ones included. */
  private List<OpenCase> citizensCases(String cpr) throws JournalException {
    JsonObject query =
        Json.createObjectBuilder()
            .add(
                "PrimaerPerson",
                Json.createObjectBuilder()
                    .add("CprNummer", cpr.substring(0, 6) + "-" + cpr.substring(6)))
            .build();
    return search(query);
  }

  private List<OpenCase> search(JsonObject query) throws JournalException {
    JsonStructure answer =
        authorised(
            auth ->
                calls.postJson(
                    RestCalls.Kind.READ,
                    "sag/search",
                    base.resolve("api/sag/search"),
                    query,
                    auth));
    List<OpenCase> cases = new ArrayList<>();
    for (JsonObject c : results(answer)) {
      cases.add(
          new OpenCase(
              text(c.get("Id")),
              text(c.get("Nummer")),
              text(c.get("SagsTitel")),
              statusOf(c.get("SagsStatus"))));
    }
    return cases;
  }

  private interface Call {
    JsonStructure with(java.util.function.UnaryOperator<Invocation.Builder> auth)
        throws JournalException;
  }

  /** One call with the bearer token; on 401 once more with a fresh token. */
  private JsonStructure authorised(Call call) throws JournalException {
    String bearer = tokens.bearer();
    try {
      return call.with(b -> b.header("Authorization", bearer));
    } catch (PermanentJournalException e) {
      if (e.failure() != JournalFailure.NOT_AUTHORISED) {
        throw e;
      }
      tokens.invalidate();
      String fresh = tokens.bearer();
      return call.with(b -> b.header("Authorization", fresh));
    }
  }

  private static List<JsonObject> results(JsonStructure answer) {
    JsonArray array = null;
    if (answer instanceof JsonObject o && o.get("Results") instanceof JsonArray a) {
      array = a;
    } else if (answer instanceof JsonArray a) {
      array = a;
    }
    if (array == null) {
      return List.of();
    }
    return array.stream().filter(v -> v instanceof JsonObject).map(v -> (JsonObject) v).toList();
  }

  private static String idOf(JsonStructure answer) throws JournalException {
    if (answer instanceof JsonObject o && o.containsKey("Id")) {
      return text(o.get("Id"));
    }
    throw new dk.samtalenotat.journal.UnknownOutcomeException(
        "SBSYS answered the create without an Id");
  }

  private static String statusOf(JsonValue v) {
    if (v instanceof JsonObject o) {
      return o.containsKey("Navn") ? text(o.get("Navn")) : o.toString();
    }
    return text(v);
  }

  private static boolean isClosed(String status) {
    return status != null && CLOSED.contains(status.strip().toLowerCase(Locale.ROOT));
  }

  private static String text(JsonValue v) {
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  @Override
  public String toString() {
    return "SBSYS at " + base;
  }
}
