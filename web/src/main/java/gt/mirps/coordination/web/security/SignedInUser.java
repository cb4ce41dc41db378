package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** Who is signed in, for the top bar and the menu; and signing out. */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private SecurityContext security;
  @Inject private UserAccounts accounts;

  private Optional<UserAccount> account;

  public Optional<UserAccount> account() {
    if (account == null) {
      Principal caller = security.getCallerPrincipal();
      account = caller == null ? Optional.empty() : accounts.findByUsername(caller.getName());
    }
    return account;
  }

  public String getDisplayName() {
    return account().map(UserAccount::displayName).orElse("");
  }

  /** The user's roles, in the order of the Role list. */
  public List<Role> getRoles() {
    return account().map(a -> a.roles().stream().sorted().toList()).orElse(List.of());
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }

  public void logout() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?salida=true");
    faces.responseComplete();
  }
}
