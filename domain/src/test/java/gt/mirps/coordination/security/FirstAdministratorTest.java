package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

  private final InMemoryUserAccounts repository = new InMemoryUserAccounts();
  private final UserAccounts accounts =
      new UserAccounts(repository, new Auditor(new RecordingAuditTrail()));

  private FirstAdministrator withEnvironment(Map<String, String> variables) {
    return new FirstAdministrator(accounts, variables::get);
  }

  @Test
  void theEnvironmentNamesTheFirstAdministratorOfAnEmptyDatabase() {
    FirstAdministrator first =
        withEnvironment(
            Map.of(
                "MIRPS_ADMIN_USERNAME", "Directora",
                "MIRPS_ADMIN_PASSWORD", "una clave muy larga"));

    assertThat(first.createIfNone()).isTrue();

    UserAccount admin = accounts.findByUsername("directora").orElseThrow();
    assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
    assertThat(accounts.authenticate("directora", "una clave muy larga".toCharArray())).isPresent();
  }

  @Test
  void withAnAdministratorAlreadyThereTheEnvironmentIsIgnored() {
    accounts.create(
        "admin", "Admin", null, "otra clave muy larga".toCharArray(), Set.of(Role.ADMINISTRATOR));
    FirstAdministrator first =
        withEnvironment(
            Map.of(
                "MIRPS_ADMIN_USERNAME", "intrusa",
                "MIRPS_ADMIN_PASSWORD", "una clave muy larga"));

    assertThat(first.createIfNone()).isFalse();
    assertThat(accounts.findByUsername("intrusa")).isEmpty();
  }

  @Test
  void withoutTheVariablesNoAccountAndNoDefaultPasswordIsCreated() {
    assertThat(withEnvironment(Map.of()).createIfNone()).isFalse();
    assertThat(accounts.list()).isEmpty();
  }
}
