package gt.mirps.coordination.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted after its session ran out (or after a restart) cannot be restored: instead of an
 * error, the visitor is sent to a page that says so in their language and offers to sign in again.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  static final String PAGE = "/error/expired.xhtml";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      if (isExpiredView(failure)) {
        events.remove();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
          external.redirect(external.getRequestContextPath() + PAGE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return;
      }
    }
    getWrapped().handle();
  }

  private static boolean isExpiredView(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}
