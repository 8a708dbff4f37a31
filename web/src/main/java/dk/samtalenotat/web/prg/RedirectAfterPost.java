package dk.samtalenotat.web.prg;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * After the action of a full-page postback (not AJAX) that stayed on its screen without an error,
 * redirects the browser to the screen's address with its view parameters, the messages kept in the
 * flash: reloading then shows the screen again instead of posting the form a second time. A failed
 * action (an error message) is rendered at once, so what was typed stays in the form. An action
 * that answered itself (a download) or navigated elsewhere is left alone.
 */
public class RedirectAfterPost implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /**
   * Screens whose answer to a post is shown once and never again: a device's new token is not kept
   * anywhere a reload could fetch it.
   */
  private static final Set<String> SHOWN_ONCE = Set.of("/enheder.xhtml");

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.INVOKE_APPLICATION;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // The view id before the action: a navigation changes it.
    FacesContext faces = event.getFacesContext();
    if (faces.getViewRoot() != null) {
      faces.getAttributes().put(RedirectAfterPost.class, faces.getViewRoot().getViewId());
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot root = faces.getViewRoot();
    if (!faces.isPostback()
        || faces.getPartialViewContext().isAjaxRequest()
        || faces.getResponseComplete()
        || root == null
        || !root.getViewId().equals(faces.getAttributes().get(RedirectAfterPost.class))
        || SHOWN_ONCE.contains(root.getViewId())) {
      return;
    }
    FacesMessage.Severity worst = faces.getMaximumSeverity();
    if (worst != null && worst.compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    ViewHandler views = faces.getApplication().getViewHandler();
    String url = views.getRedirectURL(faces, root.getViewId(), Map.of(), true);
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
