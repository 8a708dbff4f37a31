package dk.samtalenotat.web.api;

import dk.samtalenotat.tracing.Correlation;
import dk.samtalenotat.tracing.TraceSpans;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts the request's correlation id on the span WildFly's OpenTelemetry filter opened for it, and
 * replaces the query it recorded by the parameters' names and a CPR-shaped part of the path by a
 * mask ({@link TraceSpans}). Runs after that filter (which has the default priority), while its
 * span is the current one.
 */
@Provider
@Priority(Priorities.USER + 100)
public class TraceSpanFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    TraceSpans.serverRequest(
        Correlation.current(),
        request.getUriInfo().getRequestUri().getRawPath(),
        request.getUriInfo().getRequestUri().getRawQuery());
  }
}
