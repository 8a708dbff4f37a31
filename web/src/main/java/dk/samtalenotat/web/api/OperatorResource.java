package dk.samtalenotat.web.api;

import dk.samtalenotat.operator.MunicipalityRow;
import dk.samtalenotat.operator.OperatorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The operator's screen for an operations tool: the municipalities and their state, suspend and
 * resume (the same as {@code drift.xhtml}). Only the operator role reaches it (web.xml and the
 * service); changes take a JSON body, which another site's page cannot send.
 */
@Path("operator/municipalities")
@RequestScoped
public class OperatorResource {

  @Inject OperatorService operator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<MunicipalityRow> list() {
    return operator.municipalities();
  }

  @POST
  @Path("{cvr}/suspend")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response suspend(@PathParam("cvr") String cvr, String ignoredBody) {
    return Response.ok(Map.of("changed", operator.suspend(cvr))).build();
  }

  @POST
  @Path("{cvr}/resume")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response resume(@PathParam("cvr") String cvr, String ignoredBody) {
    return Response.ok(Map.of("changed", operator.resume(cvr))).build();
  }
}
