package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.UserAccounts;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: checks the credentials and lets the visitor into the workspace. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private SecurityContext security;
  @Inject private Language language;
  @Inject private UserAccounts accounts;

  private String username;
  private String password;
  private boolean loggedOut;
  private boolean expired;
  private String destination;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        accounts
            .findByUsername(username.strip())
            .ifPresent(account -> language.apply(account.preferredLanguage()));
        external.redirect(
            external.getRequestContextPath()
                + WorkspaceAuthentication.safeDestination(destination).orElse("/equipo/"));
        faces.responseComplete();
      }
      default ->
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  Messages.bundle(language.getCurrent()).getString("login.failed"),
                  null));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * True when the browser came with a session that no longer exists (it expired while the person
   * was away), so the login page can say why they must sign in again. Not after signing out, which
   * also leaves the browser with an ended session.
   */
  public boolean isSessionExpired() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return expired
        || !loggedOut
            && request.getRequestedSessionId() != null
            && !request.isRequestedSessionIdValid()
            && request.getUserPrincipal() == null;
  }

  /** Set by {@link ExpiredSessionFilter}'s redirect. */
  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  /** The workspace page asked for before signing in (see {@link WorkspaceAuthentication}). */
  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  /** True right after signing out, to say so on the login page. */
  public boolean isLoggedOut() {
    return loggedOut;
  }

  public void setLoggedOut(boolean loggedOut) {
    this.loggedOut = loggedOut;
  }
}
