package dk.samtalenotat.web.api;

import dk.samtalenotat.retention.DeletionEvidenceExport;
import dk.samtalenotat.retention.DeletionRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Deletion evidence of the caller's municipality, per period or per conversation. */
@Path("compliance/deletion-evidence")
@RequestScoped
public class DeletionEvidenceResource {

  @Inject DeletionEvidenceExport evidence;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeletionRecord> period(@QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    return evidence.executedBetween(period.start(), period.end());
  }

  @GET
  @Path("conversation/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DeletionRecord> conversation(@PathParam("id") long id) {
    return evidence.ofConversation(id);
  }
}
