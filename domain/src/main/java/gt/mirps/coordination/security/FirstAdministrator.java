package gt.mirps.coordination.security;

import gt.mirps.coordination.system.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Without demo data there is no default password: the first administrator comes from the
 * environment variables MIRPS_ADMIN_USERNAME and MIRPS_ADMIN_PASSWORD, and only while the database
 * has no active administrator. Once one exists the variables are ignored.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  private final UserAccounts accounts;
  private final UnaryOperator<String> environment;

  /** For the container's proxies only. */
  protected FirstAdministrator() {
    this(null, System::getenv);
  }

  @Inject
  public FirstAdministrator(UserAccounts accounts) {
    this(accounts, System::getenv);
  }

  FirstAdministrator(UserAccounts accounts, UnaryOperator<String> environment) {
    this.accounts = accounts;
    this.environment = environment;
  }

  @Transactional
  public void onSchemaReady(@Observes SchemaReady ready) {
    createIfNone();
  }

  /** Creates the administrator named by the environment if there is none; true if it did. */
  boolean createIfNone() {
    String username = environment.apply("MIRPS_ADMIN_USERNAME");
    String password = environment.apply("MIRPS_ADMIN_PASSWORD");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      if (accounts.countActiveAdministrators() == 0) {
        LOG.warning(
            "No administrator can sign in yet: set MIRPS_ADMIN_USERNAME and MIRPS_ADMIN_PASSWORD"
                + " and start again to create the first one.");
      }
      return false;
    }
    if (accounts.countActiveAdministrators() > 0) {
      LOG.info("An administrator exists: MIRPS_ADMIN_USERNAME and MIRPS_ADMIN_PASSWORD ignored.");
      return false;
    }
    accounts.create(username, username, null, password.toCharArray(), Set.of(Role.ADMINISTRATOR));
    LOG.info(() -> "First administrator created: " + username + ".");
    return true;
  }
}
