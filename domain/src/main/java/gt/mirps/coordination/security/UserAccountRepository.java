package gt.mirps.coordination.security;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccountRepository {

  UserAccount add(UserAccount account);

  Optional<UserAccount> find(long id);

  /** The account with this username, whatever the case and surrounding blanks it is typed with. */
  Optional<UserAccount> findByUsername(String username);

  /** Every account, active or not, in the order of their usernames. */
  List<UserAccount> list();

  /** How many active accounts hold {@link Role#ADMINISTRATOR}. */
  long countActiveAdministrators();
}
