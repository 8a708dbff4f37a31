package dk.samtalenotat.web.prg;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A postback whose page the server no longer holds is shown again instead of failing: the browser
 * is sent to the same screen's address (with its view parameters, as the form posted them), and a
 * message says that nothing was done and the last step is to be repeated.
 *
 * <p>A signed-in caseworker meets this when the view state of her page is gone while her session
 * lives on: in a cluster, when the node that rendered the page died a moment after rendering it,
 * before its last change of the session reached the other node (Undertow commits a distributable
 * session after the response is written); on any node, when she opened more pages than the session
 * keeps views of. Before, she got the error page and lost her place. A forged postback without a
 * real view state ends here too, and is answered with the screen, nothing done. A GET never
 * restores a view, so the redirect cannot loop.
 */
public class ViewExpiredRecovery extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(ViewExpiredRecovery.class.getName());

  /** The message key, in {@code messages*.properties}. */
  static final String MESSAGE = "view.expired";

  public ViewExpiredRecovery(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        Optional<ViewExpiredException> expired = viewExpired(queued.next());
        if (expired.isPresent() && sendBack(faces, expired.get())) {
          queued.remove();
        }
      }
      getWrapped().handle();
    }

    private static Optional<ViewExpiredException> viewExpired(ExceptionQueuedEvent event) {
      for (Throwable t = event.getContext().getException(); t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException e) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    /** Redirects to the posted screen's own address; false when the answer has begun already. */
    private static boolean sendBack(FacesContext faces, ViewExpiredException expired) {
      ExternalContext external = faces.getExternalContext();
      if (external.isResponseCommitted()
          || !(external.getRequest() instanceof HttpServletRequest request)) {
        return false;
      }
      String query = request.getQueryString();
      String url = request.getRequestURI() + (query == null ? "" : "?" + query);
      LOG.info(
          () ->
              "FACES-VIEW-01 the page "
                  + expired.getViewId()
                  + " was no longer held for this session; the browser is sent to it again");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(faces), null));
      external.getFlash().setKeepMessages(true);
      try {
        external.redirect(url);
      } catch (IOException e) {
        throw new FacesException(e);
      }
      faces.responseComplete();
      return true;
    }

    private static String text(FacesContext faces) {
      try {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(MESSAGE);
      } catch (MissingResourceException | NullPointerException e) {
        return MESSAGE;
      }
    }
  }
}
