package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How people and badge scanners sign in; the one authentication mechanism of the application
 * (Jakarta Security 3.0 allows one).
 *
 * <ul>
 *   <li>Under {@code /api/}: HTTP Basic against the same accounts, on every request and without a
 *       session. Missing or wrong credentials leave the request anonymous, and the API answers 401
 *       itself, with {@code WWW-Authenticate} and a JSON body. Never a redirect to the login page.
 *   <li>Everywhere else: our own login page. {@link LoginPage} hands the form's credentials over
 *       with {@code SecurityContext.authenticate}; the caller is then kept in the HTTP session (a
 *       new session id, against fixation) until signing out or the session ends. On each request
 *       the account is read again: a deactivated account is signed out at once, and changed roles
 *       apply at once. A protected page asked for without a sign-in redirects to {@code
 *       /login.xhtml}, with the page asked for to come back to.
 * </ul>
 */
@ApplicationScoped
public class WorkspaceAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on an API request whose Basic credentials were wrong (it then stays anonymous). */
  public static final String CREDENTIALS_REFUSED =
      WorkspaceAuthentication.class.getName() + ".refused";

  private static final String CALLER = WorkspaceAuthentication.class.getName() + ".caller";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private UserAccounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return basic(request, response, context);
    }
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null) {
      return formSignIn(request, typed, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof String caller) {
      // The account as it is now: deactivated, it is signed out at once; its roles as assigned now.
      Optional<UserAccount> account = accounts.findByUsername(caller).filter(UserAccount::isActive);
      if (account.isPresent()) {
        return context.notifyContainerAboutLogin(caller, groupsOf(account.get()));
      }
      // The server ties the session to its owner: an anonymous request may not use it any more.
      session.invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE + destinationOf(request));
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus formSignIn(
      HttpServletRequest request, Credential typed, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(typed);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(CALLER, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing();
    }
    UsernamePasswordCredential credential = basicCredential(header.substring(6).strip());
    CredentialValidationResult result =
        credential == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    // Left anonymous: the API answers its own 401, in JSON with the Basic challenge. (Failing here
    // would let the server write a second, HTML answer after ours.)
    request.setAttribute(CREDENTIALS_REFUSED, Boolean.TRUE);
    return context.doNothing();
  }

  private static UsernamePasswordCredential basicCredential(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return null;
    }
    return new UsernamePasswordCredential(
        decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
  }

  /**
   * {@code ?destino=} with the page asked for (a GET of the workspace), so that signing in leads
   * back to it, e.g. to the check-in desk bookmarked on a tablet; nothing otherwise.
   */
  private static String destinationOf(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String wanted = query == null ? path : path + "?" + query;
    return safeDestination(wanted)
        .map(w -> "?destino=" + URLEncoder.encode(w, StandardCharsets.UTF_8))
        .orElse("");
  }

  /**
   * {@code wanted} if it is a page of the workspace of this application (a path under {@code
   * /equipo/}, never another site), to go to after signing in.
   */
  public static Optional<String> safeDestination(String wanted) {
    if (wanted == null
        || !wanted.startsWith("/equipo/")
        || wanted.contains("//")
        || wanted.contains("\\")
        || wanted.chars().anyMatch(c -> c < 0x20)) {
      return Optional.empty();
    }
    return Optional.of(wanted);
  }

  private static Set<String> groupsOf(UserAccount account) {
    return Role.effective(account.roles()).stream().map(Role::name).collect(Collectors.toSet());
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }
}
