package dk.samtalenotat.journal.momentum;

import dk.samtalenotat.journal.CaseCheck;
import dk.samtalenotat.journal.Delivery;
import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.OpenCase;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.UnknownOutcomeException;
import dk.samtalenotat.journal.config.CaseSystemAdapter;
import dk.samtalenotat.journal.rest.OAuthTokens;
import dk.samtalenotat.journal.rest.RestCalls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Invocation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Journalises into KMD Momentum's citizen journal (domain.md; the API shape is from unofficial
 * sources): OAuth2 client credentials plus an {@code apikey} header, {@code GET citizens/find?cpr=}
 * and {@code POST journals/note}. The note's idempotency key travels as {@code externalReference};
 * {@link #find} asks {@code GET journals/find?externalReference=} (both unverified, configurable by
 * the vendor's documentation).
 *
 * <p>The citizen look-up is the one call whose API takes the CPR number in the URL (the note itself
 * carries it in the body). That URL goes to Momentum only: {@link RestCalls} never puts a URI in a
 * message, so logs and stored errors name the system and the operation ({@code citizens/find}).
 */
public final class MomentumJournalAdapter implements CaseSystemAdapter {

  public static final String SYSTEM = "momentum";
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  private final URI base;
  private final RestCalls calls;
  private final OAuthTokens tokens;
  private final String apiKey;
  private final String journalTypeId;

  public MomentumJournalAdapter(
      URI base,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      String apiKey,
      String journalTypeId,
      RestCalls calls) {
    this.base = base;
    this.calls = calls;
    this.apiKey = apiKey;
    this.journalTypeId = journalTypeId;
    this.tokens =
        new OAuthTokens(
            calls,
            tokenUrl,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", clientSecret),
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

  /** Momentum keeps one journal per citizen: the citizen is the "case". */
  @Override
  public List<OpenCase> openCases(String tenantCvr, String cpr) throws JournalException {
    return citizen(cpr).map(List::of).orElse(List.of());
  }

  @Override
  public Optional<OpenCase> byNumber(String tenantCvr, String caseNumber) {
    return Optional.empty();
  }

  /** Momentum's "case" is the citizen's journal: the reference must be the citizen's own id. */
  @Override
  public CaseCheck check(String tenantCvr, String cpr, String caseReference)
      throws JournalException {
    Optional<OpenCase> journal = citizen(cpr);
    return journal.isPresent()
            && caseReference != null
            && caseReference.strip().equals(journal.get().reference())
        ? CaseCheck.CITIZENS_OPEN_CASE
        : CaseCheck.NOT_CITIZENS;
  }

  @Override
  public Delivery deliver(JournalNote note) throws JournalException {
    String citizenId = citizenIdOf(note);
    JsonObject body =
        Json.createObjectBuilder()
            .add("id", note.citizenCpr())
            .add(
                "occurredAt", note.conversationTime().atZone(DENMARK).toOffsetDateTime().toString())
            .add("title", note.title())
            .add("body", note.text())
            .add("referenceId", citizenId)
            .add("journalTypeId", journalTypeId)
            .add("externalReference", note.idempotencyKey())
            .add("attachments", Json.createArrayBuilder())
            .build();
    JsonStructure answer =
        authorised(
            auth ->
                calls.postJson(
                    RestCalls.Kind.CREATE,
                    "journals/note",
                    base.resolve("journals/note"),
                    body,
                    auth));
    if (!(answer instanceof JsonObject o) || !o.containsKey("id")) {
      throw new UnknownOutcomeException("Momentum answered the note without an id");
    }
    return new Delivery.Stored(
        new JournalReceipt(SYSTEM, citizenId, text(o.get("id")), Instant.now()));
  }

  @Override
  public Optional<Delivery> find(JournalNote note) throws JournalException {
    URI uri = base.resolve("journals/find?externalReference=" + encode(note.idempotencyKey()));
    JsonStructure answer;
    try {
      answer = authorised(auth -> calls.get("journals/find", uri, auth));
    } catch (PermanentJournalException e) {
      if (e.failure() == JournalFailure.CASE_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
    if (answer instanceof JsonObject o && o.containsKey("id")) {
      return Optional.of(
          new Delivery.Stored(
              new JournalReceipt(
                  SYSTEM, text(o.get("referenceId")), text(o.get("id")), Instant.now())));
    }
    return Optional.empty();
  }

  /**
   * The citizen's id in Momentum, by Momentum's own look-up of the CPR number. A reference the
   * caseworker typed must be that id: another citizen's journal stops the note before anything is
   * sent.
   */
  private String citizenIdOf(JournalNote note) throws JournalException {
    String citizenId =
        citizen(note.citizenCpr())
            .map(OpenCase::reference)
            .orElseThrow(
                () ->
                    new PermanentJournalException(
                        JournalFailure.NO_CASE, "the citizen is not in Momentum"));
    String ref = note.caseReference();
    if (ref != null && !ref.isBlank() && !ref.strip().equals(citizenId)) {
      throw new PermanentJournalException(
          JournalFailure.CASE_NOT_CITIZENS,
          "Momentum case check before delivery: " + CaseCheck.NOT_CITIZENS);
    }
    return citizenId;
  }

  private Optional<OpenCase> citizen(String cpr) throws JournalException {
    URI uri = base.resolve("citizens/find?cpr=" + encode(cpr));
    JsonStructure answer;
    try {
      answer = authorised(auth -> calls.get("citizens/find", uri, auth));
    } catch (PermanentJournalException e) {
      if (e.failure() == JournalFailure.CASE_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
    if (!(answer instanceof JsonObject o) || !o.containsKey("id")) {
      return Optional.empty();
    }
    String name = o.containsKey("name") ? text(o.get("name")) : null;
    return Optional.of(
        new OpenCase(
            text(o.get("id")),
            text(o.get("id")),
            "Borgerens journal i Momentum" + (name == null ? "" : " (" + name + ")"),
            o.containsKey("status") ? text(o.get("status")) : "aktiv"));
  }

  private interface Call {
    JsonStructure with(UnaryOperator<Invocation.Builder> auth) throws JournalException;
  }

  private JsonStructure authorised(Call call) throws JournalException {
    String bearer = tokens.bearer();
    try {
      return call.with(b -> b.header("Authorization", bearer).header("apikey", apiKey));
    } catch (PermanentJournalException e) {
      if (e.failure() != JournalFailure.NOT_AUTHORISED) {
        throw e;
      }
      tokens.invalidate();
      String fresh = tokens.bearer();
      return call.with(b -> b.header("Authorization", fresh).header("apikey", apiKey));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String text(JsonValue v) {
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    return v instanceof JsonString s ? s.getString() : v.toString();
  }

  @Override
  public String toString() {
    return "Momentum at " + base;
  }
}
