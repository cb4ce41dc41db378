package gt.mirps.coordination.web.security;

import gt.mirps.coordination.security.Role;
import gt.mirps.coordination.security.UserAccount;
import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a username and password against the accounts in the database (PBKDF2 hashes) and gives the
 * account's roles, with the roles they include ({@link Role#includes()}), as the groups Liberty
 * maps to the application's roles of the same name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private UserAccounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    char[] password = login.getPassword().getValue();
    Optional<UserAccount> account = accounts.authenticate(login.getCaller(), password);
    if (account.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        account.get().username(),
        Role.effective(account.get().roles()).stream().map(Role::name).collect(Collectors.toSet()));
  }
}
