package gt.mirps.coordination.security;

import gt.mirps.coordination.shared.TestIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A repository that keeps accounts in a list, for testing use cases without a database. */
public class InMemoryUserAccounts implements UserAccountRepository {

  private final List<UserAccount> accounts = new ArrayList<>();
  private long nextId = 1;

  @Override
  public UserAccount add(UserAccount account) {
    if (findByUsername(account.username()).isPresent()) {
      throw new IllegalStateException("duplicate username " + account.username());
    }
    accounts.add(TestIds.assign(account, nextId++));
    return account;
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return accounts.stream().filter(a -> a.id() == id).findFirst();
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    String key = UserAccount.usernameKey(username);
    return accounts.stream().filter(a -> a.username().equals(key)).findFirst();
  }

  @Override
  public List<UserAccount> list() {
    return accounts.stream().sorted(Comparator.comparing(UserAccount::username)).toList();
  }

  @Override
  public long countActiveAdministrators() {
    return accounts.stream().filter(a -> a.isActive() && a.hasRole(Role.ADMINISTRATOR)).count();
  }

  public int size() {
    return accounts.size();
  }
}
