package gt.mirps.coordination.security;

import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Someone who signs in: "ana.lopez", Ana López, coordinator. The username is the account's
 * identity: lower case, made of a-z, 0-9, ".", "_" and "-", and never changed. The password is kept
 * only as a {@link PasswordHash}. An account holds at least one {@link Role}; a deactivated account
 * is kept (its changes stay attributed to it) but cannot sign in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByUsername",
    query = "select a from UserAccount a where a.username = :username")
@NamedQuery(name = "UserAccount.list", query = "select a from UserAccount a order by a.username")
@NamedQuery(
    name = "UserAccount.countActiveWithRole",
    query = "select count(a) from UserAccount a join a.roles r where a.active = true and r = :role")
public class UserAccount extends AuditedEntity {

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 60;
  public static final int DISPLAY_NAME_MAX = 200;
  public static final int EMAIL_MAX = Text.EMAIL_MAX;
  public static final String SPANISH = "es";
  public static final String ENGLISH = "en";

  /** The languages of the interface, the first being the default. */
  public static final List<String> LANGUAGES = List.of(SPANISH, ENGLISH);

  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]+$");

  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(name = "username", nullable = false, unique = true, updatable = false, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Column(name = "email", length = EMAIL_MAX)
  private String email;

  @Column(name = "password_hash", nullable = false, length = PasswordHash.STORED_MAX)
  private String passwordHash;

  /** Read with the account: every use of an account (signing in above all) asks for its roles. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = 20)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private String preferredLanguage = SPANISH;

  protected UserAccount() {
    // for JPA
  }

  /** A new, active account that prefers Spanish. */
  public UserAccount(
      String username, String displayName, PasswordHash passwordHash, Set<Role> roles) {
    this.username = checkedUsername(username);
    rename(displayName);
    changePassword(passwordHash);
    replaceRoles(roles);
  }

  /**
   * The form a username is kept and looked up in: trimmed and lower case ("Ana.Lopez " is
   * "ana.lopez"); null when blank. Does not check the username's rules.
   */
  public static String usernameKey(String typed) {
    String cleaned = Text.clean(typed);
    return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }

  /**
   * The username {@code typed} gives, lower-cased; refuses one shorter than {@value #USERNAME_MIN}
   * or longer than {@value #USERNAME_MAX} characters, or with other characters than a-z, 0-9, ".",
   * "_" and "-".
   */
  public static String checkedUsername(String typed) {
    String username =
        Text.required(typed, USERNAME_MAX, "account.username").toLowerCase(Locale.ROOT);
    if (username.length() < USERNAME_MIN) {
      throw new RuleViolation(
          "account.username.tooShort",
          "A username needs at least " + USERNAME_MIN + " characters",
          USERNAME_MIN);
    }
    if (username.length() > USERNAME_MAX || !USERNAME.matcher(username).matches()) {
      throw new RuleViolation(
          "account.username.invalid", "Not a valid username: " + username, username);
    }
    return username;
  }

  /** The name shown for the account ("Ana López"). */
  public void rename(String newDisplayName) {
    this.displayName = Text.required(newDisplayName, DISPLAY_NAME_MAX, "account.displayName");
  }

  /** Sets the account's email address, kept in lower case; blank removes it. */
  public void contactAt(String newEmail) {
    this.email = Text.email(newEmail, "account.email");
  }

  /** Replaces the password; the policy was checked before hashing (see {@link PasswordPolicy}). */
  public void changePassword(PasswordHash newHash) {
    this.passwordHash = Objects.requireNonNull(newHash, "password hash").encoded();
  }

  /** True if {@code candidate} is the account's password (whether or not the account is active). */
  public boolean passwordMatches(char[] candidate) {
    return passwordHash().verify(candidate);
  }

  /** Gives the account {@code role} as well as those it has. */
  public void assign(Role role) {
    roles.add(Objects.requireNonNull(role, "role"));
  }

  /** Takes {@code role} away; an account keeps at least one role. */
  public void withdraw(Role role) {
    if (roles.contains(role) && roles.size() == 1) {
      throw new RuleViolation(
          "account.role.last", "The last role of " + username + " cannot be withdrawn", role);
    }
    roles.remove(role);
  }

  /** Gives the account exactly {@code newRoles}, at least one. */
  public void replaceRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new RuleViolation("account.roles.required", "An account needs at least one role");
    }
    EnumSet<Role> wanted = EnumSet.copyOf(newRoles);
    roles.retainAll(wanted);
    roles.addAll(wanted);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** The account can no longer sign in; its history stays. Deactivating twice changes nothing. */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  /** Sets the language of the interface for this account: "es" or "en". */
  public void preferLanguage(String language) {
    String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      throw new RuleViolation(
          "account.language.unsupported", "Unsupported language: " + language, language);
    }
    this.preferredLanguage = code;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public PasswordHash passwordHash() {
    return PasswordHash.parse(passwordHash);
  }

  /** The account's roles, in the order of {@link Role}. */
  public Set<Role> roles() {
    return Collections.unmodifiableSet(
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
  }

  public boolean isActive() {
    return active;
  }

  public String preferredLanguage() {
    return preferredLanguage;
  }

  /** Accounts are the same when their usernames are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof UserAccount that && Objects.equals(username, that.username);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }

  /** Never shows the password hash. */
  @Override
  public String toString() {
    return "UserAccount[" + username + "]";
  }
}
