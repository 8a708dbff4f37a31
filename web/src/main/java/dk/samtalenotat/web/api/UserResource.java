package dk.samtalenotat.web.api;

import dk.samtalenotat.users.SelfDeactivationException;
import dk.samtalenotat.users.UserAdministration;
import dk.samtalenotat.users.UserNotFoundException;
import dk.samtalenotat.users.UserOverview;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The municipality's users for its administrator, for a user administration system that handles
 * leavers (the user key is the employee's professional UUID, as the IdP gives it): list them,
 * deactivate one (devices revoked, sessions ended, sign-on refused) and reactivate one. The same as
 * {@code brugere.xhtml}. Changes take a JSON body (which another site's page cannot send); a user
 * of another municipality is not found.
 */
@Path("users")
@RequestScoped
public class UserResource {

  @Inject UserAdministration users;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<UserOverview> list() {
    return users.ofMunicipality();
  }

  @POST
  @Path("{userKey}/deactivate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response deactivate(@PathParam("userKey") String userKey, String ignoredBody) {
    return change(() -> users.deactivate(userKey, request.getRemoteAddr()));
  }

  @POST
  @Path("{userKey}/reactivate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response reactivate(@PathParam("userKey") String userKey, String ignoredBody) {
    return change(() -> users.reactivate(userKey, request.getRemoteAddr()));
  }

  private static Response change(Supplier<Boolean> change) {
    try {
      return Response.ok(new Changed(change.get())).build();
    } catch (UserNotFoundException e) {
      return error(Response.Status.NOT_FOUND, "USER_NOT_FOUND");
    } catch (SelfDeactivationException e) {
      return error(Response.Status.CONFLICT, "USER_SELF");
    } catch (EJBException e) {
      if (e.getCause() instanceof UserNotFoundException) {
        return error(Response.Status.NOT_FOUND, "USER_NOT_FOUND");
      }
      throw e;
    }
  }

  /** Whether the call changed anything (false: the user already was so). */
  public record Changed(boolean changed) {}

  private static Response error(Response.Status status, String code) {
    ResourceBundle msg =
        ResourceBundle.getBundle("dk.samtalenotat.web.messages", Locale.forLanguageTag("da"));
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ApiError(code, msg.getString("api.users." + code), List.of()))
        .build();
  }
}
