package dk.samtalenotat.web;

import dk.samtalenotat.tracing.Correlation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request: runs it under a correlation id ({@link Correlation}), the one
 * the caller sent in {@value Correlation#HEADER} if acceptable (a load balancer's, or a recording
 * device's), else a new one, and answers with it in the same header, so a caseworker's report of a
 * failure can name the id that finds it in every node's log. A forward or error page of the same
 * request keeps its id.
 */
public class CorrelationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = CorrelationFilter.class.getName();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object earlier = request.getAttribute(ATTRIBUTE);
    String wanted = earlier instanceof String id ? id : request.getHeader(Correlation.HEADER);
    try (Correlation.Scope scope = Correlation.open(wanted)) {
      request.setAttribute(ATTRIBUTE, scope.id());
      response.setHeader(Correlation.HEADER, scope.id());
      chain.doFilter(request, response);
    }
  }
}
