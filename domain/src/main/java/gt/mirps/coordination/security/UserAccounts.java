package gt.mirps.coordination.security;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The use cases of user accounts: creating them, changing and resetting passwords, assigning roles,
 * deactivating, and checking a username and password at sign-in. Every change is written to the
 * audit trail in the same transaction; passwords and their hashes never are. The application always
 * keeps at least one active administrator.
 *
 * <p>Who may call what (an administrator for {@link #create}, {@link #resetPassword}, {@link
 * #assignRoles}, {@link #deactivate}) is the web layer's concern. Passwords arrive as {@code
 * char[]}; the caller clears them afterwards.
 */
@ApplicationScoped
@Transactional
public class UserAccounts {

  public static final String RECORD_TYPE = "UserAccount";

  private final UserAccountRepository accounts;
  private final Auditor auditor;
  private final RecentlyVerified recentlyVerified;

  /** For the container's proxies only. */
  protected UserAccounts() {
    this(null, null);
  }

  @Inject
  public UserAccounts(UserAccountRepository accounts, Auditor auditor) {
    this(accounts, auditor, Clock.systemUTC());
  }

  UserAccounts(UserAccountRepository accounts, Auditor auditor, Clock clock) {
    this.accounts = accounts;
    this.auditor = auditor;
    this.recentlyVerified = new RecentlyVerified(clock);
  }

  /**
   * Opens an active account. The username must be free (whatever its case), and the password must
   * follow the {@link PasswordPolicy}.
   */
  public UserAccount create(
      String username, String displayName, String email, char[] password, Set<Role> roles) {
    String checked = UserAccount.checkedUsername(username);
    if (accounts.findByUsername(checked).isPresent()) {
      throw new RuleViolation(
          "account.username.taken", "Username " + checked + " is taken", checked);
    }
    PasswordPolicy.check(checked, password);
    UserAccount account = new UserAccount(checked, displayName, PasswordHash.of(password), roles);
    account.contactAt(email);
    UserAccount added = accounts.add(account);
    auditor.record(
        "account.created", RECORD_TYPE, added.id(), added.username() + " " + describe(added));
    return added;
  }

  /**
   * The account holder changes their own password: {@code currentPassword} must be the present one,
   * and the new one must follow the {@link PasswordPolicy}.
   */
  public void changePassword(long accountId, char[] currentPassword, char[] newPassword) {
    UserAccount account = existing(accountId);
    if (!account.passwordMatches(currentPassword)) {
      throw new RuleViolation(
          "account.password.wrong", "Wrong current password for " + account.username());
    }
    PasswordPolicy.check(account.username(), newPassword);
    account.changePassword(PasswordHash.of(newPassword));
    auditor.record("account.passwordChanged", RECORD_TYPE, accountId, account.username());
  }

  /** An administrator sets a new password for the account; it must follow the policy. */
  public void resetPassword(long accountId, char[] newPassword) {
    UserAccount account = existing(accountId);
    PasswordPolicy.check(account.username(), newPassword);
    account.changePassword(PasswordHash.of(newPassword));
    auditor.record("account.passwordReset", RECORD_TYPE, accountId, account.username());
  }

  /**
   * Gives the account exactly {@code roles} (at least one). Taking {@link Role#ADMINISTRATOR} from
   * the last active administrator is refused.
   */
  public UserAccount assignRoles(long accountId, Set<Role> roles) {
    UserAccount account = existing(accountId);
    if (roles != null && !roles.contains(Role.ADMINISTRATOR)) {
      keepAnAdministrator(account);
    }
    account.replaceRoles(roles);
    auditor.record("account.rolesAssigned", RECORD_TYPE, accountId, describe(account));
    return account;
  }

  /**
   * The account can no longer sign in. Deactivating the last active administrator is refused;
   * deactivating an inactive account changes nothing.
   */
  public UserAccount deactivate(long accountId) {
    UserAccount account = existing(accountId);
    if (account.isActive()) {
      keepAnAdministrator(account);
      account.deactivate();
      auditor.record("account.deactivated", RECORD_TYPE, accountId, account.username());
    }
    return account;
  }

  /** The account can sign in again; reactivating an active account changes nothing. */
  public UserAccount reactivate(long accountId) {
    UserAccount account = existing(accountId);
    if (!account.isActive()) {
      account.reactivate();
      auditor.record("account.reactivated", RECORD_TYPE, accountId, account.username());
    }
    return account;
  }

  /** Changes the name shown, the email address (blank removes it) and the interface language. */
  /** Remembers the interface language the account holder chose ("es" or "en"). */
  public void preferLanguage(String username, String language) {
    String key = UserAccount.usernameKey(username);
    UserAccount account =
        (key == null ? Optional.<UserAccount>empty() : accounts.findByUsername(key))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "account.notFound", "No account " + username, String.valueOf(username)));
    if (!account.preferredLanguage().equals(language)) {
      account.preferLanguage(language);
      auditor.record(
          "account.languageChosen", RECORD_TYPE, account.id(), account.preferredLanguage());
    }
  }

  public UserAccount updateProfile(
      long accountId, String displayName, String email, String preferredLanguage) {
    UserAccount account = existing(accountId);
    account.rename(displayName);
    account.contactAt(email);
    account.preferLanguage(preferredLanguage);
    auditor.record(
        "account.profileUpdated",
        RECORD_TYPE,
        accountId,
        account.displayName() + " (" + account.preferredLanguage() + ")");
    return account;
  }

  /**
   * The active account with this username and password, or nothing: an unknown username, a wrong
   * password and an inactive account all give nothing, and take about as long, so that the answer
   * does not tell which usernames exist. A password verified for the account less than five minutes
   * ago is not verified again (see {@link RecentlyVerified}): a scanner sends it with every
   * check-in.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserAccount> authenticate(String username, char[] password) {
    String key = UserAccount.usernameKey(username);
    Optional<UserAccount> account = key == null ? Optional.empty() : accounts.findByUsername(key);
    if (account.isEmpty()) {
      Decoy.HASH.verify(password);
      return Optional.empty();
    }
    String storedHash = account.get().passwordHash().encoded();
    if (account.get().isActive() && recentlyVerified.remembers(key, password, storedHash)) {
      return account;
    }
    boolean matches = account.get().passwordMatches(password);
    if (matches && account.get().isActive()) {
      recentlyVerified.remember(key, password, storedHash);
      return account;
    }
    return Optional.empty();
  }

  /** How many active accounts hold the administrator role. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long countActiveAdministrators() {
    return accounts.countActiveAdministrators();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserAccount> find(long id) {
    return accounts.find(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserAccount> findByUsername(String username) {
    String key = UserAccount.usernameKey(username);
    return key == null ? Optional.empty() : accounts.findByUsername(key);
  }

  /** Every account, active or not, by username. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UserAccount> list() {
    return accounts.list();
  }

  private UserAccount existing(long accountId) {
    return accounts
        .find(accountId)
        .orElseThrow(
            () -> new RuleViolation("account.notFound", "No user account " + accountId, accountId));
  }

  /** Refuses to let {@code account} stop being an active administrator if it is the last one. */
  private void keepAnAdministrator(UserAccount account) {
    if (account.isActive()
        && account.hasRole(Role.ADMINISTRATOR)
        && accounts.countActiveAdministrators() <= 1) {
      throw new RuleViolation(
          "account.lastAdministrator",
          account.username() + " is the last active administrator",
          account.username());
    }
  }

  private static String describe(UserAccount account) {
    return account.roles().stream().map(Role::name).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * A hash that no typed password matches, checked when the username is unknown so that such an
   * attempt costs as much as a wrong password. Made on first use.
   */
  private static final class Decoy {
    static final PasswordHash HASH =
        PasswordHash.of((UUID.randomUUID() + "-" + UUID.randomUUID()).toCharArray());
  }
}
