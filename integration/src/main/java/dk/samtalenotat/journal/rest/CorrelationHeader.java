package dk.samtalenotat.journal.rest;

import dk.samtalenotat.tracing.Correlation;
import dk.samtalenotat.tracing.TraceSpans;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Sends the correlation id of the work in hand ({@link Correlation}) with every call to a case
 * system, so the municipality's case system operators can find our delivery in their logs by it.
 * When WildFly's OpenTelemetry client filter traces the call (it runs first, with the default
 * priority), its span gets the id too, and its address loses the query's values (Momentum finds a
 * citizen by CPR number in the query; {@link TraceSpans}).
 */
@Priority(Priorities.USER + 100)
final class CorrelationHeader implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    String id = Correlation.current();
    if (id != null) {
      request.getHeaders().putSingle(Correlation.HEADER, id);
    }
    TraceSpans.clientRequest(id, request.getUri());
  }
}
