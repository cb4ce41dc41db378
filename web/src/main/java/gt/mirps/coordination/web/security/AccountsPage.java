package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts page for administrators: who may sign in, with which roles; opening an account,
 * assigning roles, resetting a password, deactivating and reactivating. Every change goes through
 * {@link UserAccounts}, which audits it and keeps an active administrator.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccounts accounts;

  private List<UserAccount> all;

  private String newUsername;
  private String newDisplayName;
  private String newEmail;
  private List<String> newRoles = new ArrayList<>();
  private String newPassword;

  private Long selectedId;
  private List<String> selectedRoles = new ArrayList<>();
  private String resetPassword;

  public List<UserAccount> getAccounts() {
    if (all == null) {
      all = accounts.list();
    }
    return all;
  }

  public List<Role> rolesOf(UserAccount account) {
    return account.roles().stream().sorted().toList();
  }

  /** Every role, in order, for the check boxes. */
  public List<String> getRoleNames() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  private static final String AGAIN = "cuentas?faces-redirect=true";

  /** On opening the page: the account named by {@code ?cuenta=}, if any, is shown to manage. */
  public void load() {
    if (selectedId != null) {
      selected().ifPresentOrElse(this::select, () -> selectedId = null);
    }
  }

  /** After a change, the page again (so a reload repeats nothing), with the account open. */
  private String again() {
    return AGAIN + (selectedId == null ? "" : "&cuenta=" + selectedId);
  }

  public String create() {
    char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
    try {
      UserAccount created =
          accounts.create(newUsername, newDisplayName, newEmail, password, roles(newRoles));
      Notices.done("accounts.created", created.username());
      newUsername = null;
      newDisplayName = null;
      newEmail = null;
      newRoles = new ArrayList<>();
      return AGAIN;
    } catch (RuntimeException e) {
      refused(e, "create");
      return null;
    } finally {
      Arrays.fill(password, '\0');
      newPassword = null;
    }
  }

  /** Opens the account's panel: its roles, a password reset, deactivation. */
  public void select(UserAccount account) {
    selectedId = account.id();
    selectedRoles = new ArrayList<>(account.roles().stream().map(Role::name).toList());
    resetPassword = null;
  }

  public Optional<UserAccount> selected() {
    return selectedId == null
        ? Optional.empty()
        : getAccounts().stream().filter(a -> a.id().equals(selectedId)).findFirst();
  }

  public UserAccount getSelected() {
    return selected().orElse(null);
  }

  public String assignRoles() {
    try {
      UserAccount changed = accounts.assignRoles(selectedId, roles(selectedRoles));
      Notices.done("accounts.rolesAssigned", changed.username());
      return again();
    } catch (RuntimeException e) {
      refused(e, "manage");
      return null;
    }
  }

  public String resetPassword() {
    char[] password = resetPassword == null ? new char[0] : resetPassword.toCharArray();
    try {
      accounts.resetPassword(selectedId, password);
      Notices.done("accounts.passwordReset", selected().map(UserAccount::username).orElse(""));
      return again();
    } catch (RuntimeException e) {
      refused(e, "manage");
      return null;
    } finally {
      Arrays.fill(password, '\0');
      resetPassword = null;
    }
  }

  public String deactivate() {
    try {
      UserAccount changed = accounts.deactivate(selectedId);
      Notices.done("accounts.deactivated", changed.username());
      return again();
    } catch (RuntimeException e) {
      refused(e, "manage");
      return null;
    }
  }

  public String reactivate() {
    try {
      UserAccount changed = accounts.reactivate(selectedId);
      Notices.done("accounts.reactivated", changed.username());
      return again();
    } catch (RuntimeException e) {
      refused(e, "manage");
      return null;
    }
  }

  /** Beside the field the refused rule is about, or at the top of the page. */
  private static void refused(RuntimeException e, String form) {
    Optional<RuleViolation> rule = Failures.ruleViolation(e);
    if (rule.isEmpty()) {
      throw e;
    }
    String key = rule.get().messageKey();
    String field = null;
    if (key.startsWith("account.username")) {
      field = "username";
    } else if (key.startsWith("account.displayName")) {
      field = "displayName";
    } else if (key.startsWith("account.email")) {
      field = "email";
    } else if (key.startsWith("account.roles") || key.startsWith("account.role.")) {
      field = "roles";
    } else if (key.startsWith("account.password")) {
      field = "password";
    }
    if (field != null && ("create".equals(form) || !"username".equals(field))) {
      Notices.violation(form + ":" + field, rule.get());
    } else {
      Notices.violation(rule.get());
    }
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      names.forEach(name -> roles.add(Role.valueOf(name)));
    }
    return roles;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
