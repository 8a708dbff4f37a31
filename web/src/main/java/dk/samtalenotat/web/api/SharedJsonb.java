package dk.samtalenotat.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B context for every API answer and body. Without a resolver RESTEasy builds a context
 * per request and closes it after: a service look-up and yasson's set-up on every chunk PUT (a
 * tenth of the request path's samples in the ingest benchmark's profile). A context is thread-safe
 * and this one has the defaults RESTEasy's own would have, so one serves all; RESTEasy does not
 * close a context a resolver gives it.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
