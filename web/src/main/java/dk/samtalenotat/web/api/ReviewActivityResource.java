package dk.samtalenotat.web.api;

import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.persistence.ConcurrentUpdates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The review screen's activity beats, from which the caseworker's documentation time is counted
 * (see {@code DocumentationClock}): the server's clock decides, a beat only says "working now".
 * JSON bodies only, so a page of another site cannot send one without the browser asking first.
 */
@Path("conversations/{id}/review-activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewActivityResource {

  /** Whether the beat counted (the owner's, while the draft is under review). */
  public record Beat(boolean counted) {}

  @Inject ConversationService conversations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response beat(@PathParam("id") long id) {
    try {
      // Two tabs may beat at the same moment: the later one is simply counted again.
      boolean counted =
          ConcurrentUpdates.retry(
              "review activity of conversation " + id, () -> conversations.reviewActivity(id));
      return Response.ok(new Beat(counted)).build();
    } catch (ConversationNotFoundException e) {
      // Someone else's conversation, or none: the same answer, so ids reveal nothing.
      return Response.status(Response.Status.NOT_FOUND).entity(new Beat(false)).build();
    }
  }
}
