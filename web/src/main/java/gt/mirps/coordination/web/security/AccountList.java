package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The accounts page for administrators: who may sign in, with which roles. */
@Named
@RequestScoped
public class AccountList {

  @Inject private UserAccounts accounts;

  private List<UserAccount> all;

  public List<UserAccount> getAccounts() {
    if (all == null) {
      all = accounts.list();
    }
    return all;
  }

  public List<Role> rolesOf(UserAccount account) {
    return account.roles().stream().sorted().toList();
  }
}
