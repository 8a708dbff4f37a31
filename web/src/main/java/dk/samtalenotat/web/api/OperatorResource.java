package dk.samtalenotat.web.api;

import dk.samtalenotat.operator.MunicipalityRow;
import dk.samtalenotat.operator.OperatorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The operator's screen for an operations tool: the municipalities and their state, suspend, resume
 * and offboard, and the offboarding report (the same as {@code drift.xhtml}). Only the operator
 * role reaches it (web.xml and the service); changes take a JSON body, which another site's page
 * cannot send.
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

  /**
   * Offboards a suspended municipality; the body names its CVR number again as the confirmation
   * ({@code {"confirm": "<cvr>"}}). 409 with the Danish reasons when it may not be offboarded.
   */
  @POST
  @Path("{cvr}/offboard")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response offboard(@PathParam("cvr") String cvr, Confirmation body) {
    List<String> problems = operator.offboard(cvr, body == null ? null : body.confirm());
    if (problems.isEmpty()) {
      return Response.ok(Map.of("offboarded", true)).build();
    }
    return Response.status(
            problems.contains("operator.error.unknown")
                ? Response.Status.NOT_FOUND
                : Response.Status.CONFLICT)
        .entity(
            Map.of(
                "offboarded", false, "errors", problems.stream().map(p -> danish(p, cvr)).toList()))
        .build();
  }

  /** The offboarding report (PDF) of an offboarded municipality; 404 for any other CVR. */
  @GET
  @Path("{cvr}/offboarding-report")
  @Produces("application/pdf")
  public Response offboardingReport(@PathParam("cvr") String cvr) {
    return operator
        .offboardingReport(cvr)
        .map(
            pdf ->
                Response.ok(pdf)
                    .header(
                        "Content-Disposition", "attachment; filename=\"afvikling-" + cvr + ".pdf\"")
                    .build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  private static String danish(String key, String cvr) {
    ResourceBundle msg =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    return MessageFormat.format(msg.getString(key), cvr);
  }

  /** The confirmation an offboarding takes: the municipality's CVR number typed again. */
  public record Confirmation(String confirm) {}

  @POST
  @Path("{cvr}/resume")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response resume(@PathParam("cvr") String cvr, String ignoredBody) {
    return Response.ok(Map.of("changed", operator.resume(cvr))).build();
  }

  /**
   * Lets the municipality's own administrator change its case system settings ({@code {"allowed":
   * true}}), or no longer; 404 for a CVR that is no municipality of the installation.
   */
  @PUT
  @Path("{cvr}/administrator-case-system")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response administratorCaseSystem(@PathParam("cvr") String cvr, Allowed body) {
    boolean allowed = body != null && Boolean.TRUE.equals(body.allowed());
    return operator
        .allowAdministratorCaseSystem(cvr, allowed)
        .map(changed -> Response.ok(Map.of("changed", changed, "allowed", allowed)).build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  /** Whether the municipality's administrator may change its case system. */
  public record Allowed(Boolean allowed) {}
}
