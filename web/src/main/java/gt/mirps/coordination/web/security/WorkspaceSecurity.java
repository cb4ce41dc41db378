package gt.mirps.coordination.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's roles. People sign in with our own Spanish login page and badge scanners with
 * HTTP Basic, both through {@link WorkspaceAuthentication}; which pages each role may open is
 * declared in web.xml, so that the server, not only the menu, refuses the others.
 */
@ApplicationScoped
@DeclareRoles({"TEAM_MEMBER", "COORDINATOR", "MANAGER", "ADMINISTRATOR"})
public class WorkspaceSecurity {}
