package gt.mirps.coordination.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the sign-in when the workspace session has expired. Liberty keeps the caller signed in with
 * its single sign-on cookie for longer than the session lasts; without this filter a person coming
 * back after the session timeout would carry on with a fresh, empty session and no word about what
 * happened. With it, they land on the login page, which says their session ended.
 */
@WebFilter(urlPatterns = "/equipo/*")
public class ExpiredSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean sessionLost =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    if (sessionLost && request.getUserPrincipal() != null) {
      request.logout();
      response.sendRedirect(request.getContextPath() + "/login.xhtml?caducada=true");
      return;
    }
    chain.doFilter(request, response);
  }
}
