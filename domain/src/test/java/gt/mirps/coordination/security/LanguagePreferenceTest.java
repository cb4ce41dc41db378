package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.shared.RuleViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final UserAccounts accounts =
      new UserAccounts(new InMemoryUserAccounts(), new Auditor(trail));

  private UserAccount manager() {
    return accounts.create(
        "gerencia", "Marta Gómez", null, "una clave muy larga".toCharArray(), Set.of(Role.MANAGER));
  }

  @Test
  void theChosenLanguageIsRememberedAndAuditedOncePerChange() {
    UserAccount account = manager();

    accounts.preferLanguage("GERENCIA", "en");
    accounts.preferLanguage("gerencia", "en");

    assertThat(account.preferredLanguage()).isEqualTo("en");
    assertThat(trail.actionsOn("UserAccount", account.id()))
        .containsExactly("account.created", "account.languageChosen");
  }

  @Test
  void anUnsupportedLanguageOrUnknownAccountIsRefused() {
    UserAccount account = manager();

    assertThatThrownBy(() -> accounts.preferLanguage("gerencia", "fr"))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("account.language.unsupported");
    assertThat(account.preferredLanguage()).isEqualTo("es");
    assertThatThrownBy(() -> accounts.preferLanguage("nadie", "en"))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("account.notFound");
  }
}
