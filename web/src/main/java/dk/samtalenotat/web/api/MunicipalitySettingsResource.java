package dk.samtalenotat.web.api;

import dk.samtalenotat.tenant.settings.AdministratorSettings;
import dk.samtalenotat.tenant.settings.MunicipalitySettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The municipality administrator's own settings for a program (the same as {@code
 * indstillinger.xhtml}): {@code GET} reads them, secrets only as stored or not; {@code PUT} takes
 * {@code {"settings": {"compliance.dpo.email": "..."}}} and saves a new version. The municipality
 * is always the caller's own: a path or parameter naming another CVR number is refused with 403.
 * Only the administrator role reaches it (web.xml and the service).
 */
@Path("municipality/settings")
@RequestScoped
public class MunicipalitySettingsResource {

  @Inject MunicipalitySettingsService service;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@QueryParam("cvr") String cvr) {
    return other(cvr) ? refuseOther() : Response.ok(service.mine()).build();
  }

  @GET
  @Path("{cvr}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response getOf(@PathParam("cvr") String cvr) {
    return get(cvr);
  }

  /**
   * Saves the changes; 400 with the Danish reasons when a value is wrong, 403 when a setting may
   * not be changed by the administrator (another setting, or the case system the operator has not
   * opened).
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response put(@QueryParam("cvr") String cvr, Update body) {
    if (other(cvr)) {
      return refuseOther();
    }
    if (body == null || body.settings() == null) {
      return error(
          Response.Status.BAD_REQUEST, "SETTINGS_EMPTY", danish("api.settings.SETTINGS_EMPTY"));
    }
    AdministratorSettings.Outcome outcome = service.save(body.settings());
    if (outcome.refused()) {
      return error(
          Response.Status.FORBIDDEN, "SETTING_NOT_ALLOWED", danish("settings.error.notAllowed"));
    }
    if (!outcome.problems().isEmpty()) {
      String text =
          String.join(
              " ",
              outcome.problems().stream()
                  .map(p -> danish(p.key(), danish("settings.field." + p.field())))
                  .toList());
      return error(Response.Status.BAD_REQUEST, "SETTING_INVALID", text);
    }
    return Response.ok(new Saved(outcome.version().orElse(null), outcome.changed(), service.mine()))
        .build();
  }

  @PUT
  @Path("{cvr}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response putOf(@PathParam("cvr") String cvr, Update body) {
    return put(cvr, body);
  }

  /** The settings to change, by name; a blank secret keeps the stored one. */
  public record Update(Map<String, String> settings) {}

  /** What a save did: the new version (null when nothing changed), what changed, and the result. */
  public record Saved(Integer version, List<String> changed, AdministratorSettings.View now) {}

  private boolean other(String cvr) {
    return cvr != null && !cvr.strip().equals(service.myCvr());
  }

  private static Response refuseOther() {
    return error(
        Response.Status.FORBIDDEN, "OTHER_MUNICIPALITY", danish("api.settings.OTHER_MUNICIPALITY"));
  }

  private static Response error(Response.Status status, String code, String text) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(code, text, List.of()))
        .build();
  }

  private static String danish(String key, Object... args) {
    ResourceBundle msg =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    return args.length == 0 ? msg.getString(key) : MessageFormat.format(msg.getString(key), args);
  }
}
