package gt.mirps.coordination.demo;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * One demo account for each role, so that a newcomer can try the workspace as each kind of user.
 * They exist only with demo data on, and their password is public (README.md): change or deactivate
 * them before real use.
 */
@ApplicationScoped
public class DemoAccounts implements DemoDataSet {

  public static final String PASSWORD = "MIRPS-demo-2024";

  private UserAccounts accounts;

  /** For the container's proxies only. */
  protected DemoAccounts() {}

  @Inject
  public DemoAccounts(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public String name() {
    return "demo-accounts";
  }

  @Override
  public void load() {
    create("equipo", "Ana López (equipo técnico)", Role.TEAM_MEMBER);
    create("coordinacion", "Luis Pérez (coordinación)", Role.COORDINATOR);
    create("gerencia", "Marta Gómez (gerencia)", Role.MANAGER);
    create("admin", "Administración del sistema", Role.ADMINISTRATOR);
  }

  private void create(String username, String displayName, Role role) {
    accounts.create(username, displayName, null, PASSWORD.toCharArray(), Set.of(role));
  }
}
