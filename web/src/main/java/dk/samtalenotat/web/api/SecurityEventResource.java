package dk.samtalenotat.web.api;

import dk.samtalenotat.audit.SecurityEventRecord;
import dk.samtalenotat.audit.SecurityEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Sign-ons, sign-offs and refused sign-on messages of a period, for the compliance officer. */
@Path("compliance/security-events")
@RequestScoped
public class SecurityEventResource {

  @Inject SecurityEvents events;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SecurityEventRecord> json(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    return events.events(period.start(), period.end());
  }
}
