package gt.mirps.coordination.web.security;

import gt.mirps.coordination.shared.ChangeAuthor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;

/**
 * Records the signed-in person as the author of every change a request makes: the audit trail's
 * "who" and each record's created/updated by. Without it every change made through a page or the
 * API would be recorded as made by the system.
 */
@WebFilter(urlPatterns = "/*")
public class ChangeAuthorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    try {
      ChangeAuthor.actingAs(
          caller.getName(),
          () -> {
            try {
              chain.doFilter(request, response);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new WrappedServletException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (WrappedServletException e) {
      throw (ServletException) e.getCause();
    }
  }

  /** Carries a ServletException through the Runnable and out again, unchanged. */
  private static final class WrappedServletException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrappedServletException(ServletException cause) {
      super(cause);
    }
  }
}
