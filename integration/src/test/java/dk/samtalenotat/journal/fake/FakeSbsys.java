package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import dk.samtalenotat.demosbsys.SbsysCaseSystem;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * An SBSYS-shaped case system on loopback: the protocol of {@link SbsysCaseSystem} (shared with the
 * demo's case system) served by the JDK's HTTP server, with the scripted faults of {@link
 * FakeCaseSystem} met by the next create requests.
 */
public final class FakeSbsys extends FakeCaseSystem {

  public static final String USER = "samtalenotat";
  public static final String PASSWORD = "test-only-password";
  public static final String CLIENT = "samtalenotat-client";
  public static final String SECRET = "test-only-secret";

  private final SbsysCaseSystem sbsys =
      new SbsysCaseSystem(new SbsysCaseSystem.Credentials(USER, PASSWORD, CLIENT, SECRET), 1000);

  public FakeSbsys() throws IOException {
    this(0);
  }

  public FakeSbsys(int port) throws IOException {
    this(port, null);
  }

  /**
   * @param tls when set, HTTPS with this server certificate and a client certificate required
   */
  public FakeSbsys(int port, javax.net.ssl.SSLContext tls) throws IOException {
    super(port, tls);
    server.createContext("/token", ex -> answer(ex, "token"));
    server.createContext("/api/sag/search", ex -> answer(ex, "api/sag/search"));
    server.createContext("/api/journalarknote/create", this::create);
    server.createContext(
        "/api/journalarknote/search", ex -> answer(ex, "api/journalarknote/search"));
    start();
  }

  public FakeSbsys addCase(long id, String number, String title, String status, String cpr) {
    sbsys.addCase(id, number, title, status, cpr);
    return this;
  }

  public List<SbsysCaseSystem.Note> notes() {
    return sbsys.notes();
  }

  /** Notes carrying the reference derived from this idempotency key (never the key itself). */
  public long notesWithKey(String key) {
    String reference = dk.samtalenotat.journal.JournalNote.referenceOf(key);
    return notes().stream().filter(n -> n.html().contains(reference)).count();
  }

  /** Notes whose text holds this string anywhere. */
  public long notesContaining(String text) {
    return notes().stream().filter(n -> n.html().contains(text)).count();
  }

  private SbsysCaseSystem.Answer post(HttpExchange ex, String path, String body) {
    return sbsys.post(path, ex.getRequestHeaders().getFirst("Authorization"), body);
  }

  private void answer(HttpExchange ex, String path) throws IOException {
    SbsysCaseSystem.Answer a = post(ex, path, body(ex));
    send(ex, a.status(), a.json());
  }

  private void create(HttpExchange ex) throws IOException {
    String body = body(ex);
    if (!sbsys.authorised(ex.getRequestHeaders().getFirst("Authorization"))) {
      SbsysCaseSystem.Answer refused = post(ex, "api/journalarknote/create", body);
      send(ex, refused.status(), refused.json());
      return;
    }
    counted(ex);
    Fault fault = faults.poll();
    if (fault == Fault.ERROR_500) {
      // As a careless API might: the error echoes what was sent, the note's text.
      send(
          ex,
          500,
          Json.createObjectBuilder()
              .add("Message", "An error has occurred.")
              .add("Request", Json.createReader(new StringReader(body)).readObject())
              .build()
              .toString());
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
    SbsysCaseSystem.Answer a = post(ex, "api/journalarknote/create", body);
    if (a.ok() && fault == Fault.STORE_THEN_500) {
      send(ex, 500, "{\"Message\":\"An error has occurred.\"}");
      return;
    }
    if (a.ok() && fault == Fault.STORE_THEN_SLOW) {
      sleepSlow();
    }
    send(ex, a.status(), a.json());
  }
}
