package dk.samtalenotat.journal.rest;

import dk.samtalenotat.tracing.Correlation;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Sends the correlation id of the work in hand ({@link Correlation}) with every call to a case
 * system, so the municipality's case system operators can find our delivery in their logs by it.
 */
final class CorrelationHeader implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    String id = Correlation.current();
    if (id != null) {
      request.getHeaders().putSingle(Correlation.HEADER, id);
    }
  }
}
