package gt.mirps.coordination.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The team's workspace signs people in with our own Spanish login page; which pages each role may
 * open is declared in web.xml, so that the server, not only the menu, refuses the others.
 */
@ApplicationScoped
@DeclareRoles({"TEAM_MEMBER", "COORDINATOR", "MANAGER", "ADMINISTRATOR"})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class WorkspaceSecurity {}
