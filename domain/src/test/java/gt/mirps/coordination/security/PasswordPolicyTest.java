package gt.mirps.coordination.security;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static void allowed(String username, String password) {
    assertThatCode(() -> PasswordPolicy.check(username, password.toCharArray()))
        .as(password)
        .doesNotThrowAnyException();
  }

  private static void refused(String username, String password, String key) {
    assertRefused(() -> PasswordPolicy.check(username, password.toCharArray()), key);
  }

  @Test
  void twelveCharactersAreEnough() {
    allowed("ana.lopez", "mirps-guate1");
    allowed("ana.lopez", "Ciudades Solidarias 2024");
  }

  @Test
  void elevenCharactersAreTooFew() {
    refused("ana.lopez", "mirps-guate", "account.password.tooShort");
  }

  @Test
  void theRefusalSaysHowManyCharactersAreNeeded() {
    assertThatThrownBy(() -> PasswordPolicy.check("ana.lopez", "corta".toCharArray()))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.arguments()).containsExactly(12));
  }

  @Test
  void noPasswordIsTooShort() {
    refused("ana.lopez", "", "account.password.tooShort");
    assertRefused(() -> PasswordPolicy.check("ana.lopez", null), "account.password.tooShort");
  }

  /** {@code count} different emoji: each is one character but two Java chars. */
  private static String emoji(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.appendCodePoint(0x1F600 + i);
    }
    return text.toString();
  }

  @Test
  void lengthCountsCharactersNotJavaChars() {
    assertThat(emoji(11)).hasSize(22);
    refused("ana.lopez", emoji(11), "account.password.tooShort");
    allowed("ana.lopez", emoji(12));
  }

  @Test
  void aVeryLongPasswordIsAllowedUpToTheLimit() {
    allowed("ana.lopez", "ab".repeat(128));
    refused("ana.lopez", "ab".repeat(128) + "c", "account.password.tooLong");
  }

  @Test
  void oneCharacterRepeatedIsRefused() {
    refused("ana.lopez", "aaaaaaaaaaaa", "account.password.sameCharacter");
    refused("ana.lopez", "111111111111111111", "account.password.sameCharacter");
    refused("ana.lopez", emoji(1).repeat(12), "account.password.sameCharacter");
  }

  @Test
  void aSingleDifferentCharacterIsEnoughToNotBeRepeated() {
    allowed("ana.lopez", "aaaaaaaaaaab");
    allowed("ana.lopez", "baaaaaaaaaaa");
    allowed("ana.lopez", emoji(1).repeat(11) + emoji(2).substring(2));
  }

  @Test
  void theUsernameInAnyCaseIsRefused() {
    refused("coordinacion.mirps", "coordinacion.mirps", "account.password.sameAsUsername");
    refused("coordinacion.mirps", "COORDINACION.MIRPS", "account.password.sameAsUsername");
    refused("coordinacion.mirps", "Coordinacion.Mirps", "account.password.sameAsUsername");
    refused(" Coordinacion.Mirps ", "coordinacion.mirps", "account.password.sameAsUsername");
  }

  @Test
  void aPasswordThatOnlyContainsTheUsernameIsAllowed() {
    allowed("coordinacion.mirps", "coordinacion.mirps!");
    allowed("coordinacion.mirps", "coordinacion-mirps");
  }

  @Test
  void withoutAUsernameOnlyTheOtherRulesApply() {
    allowed(null, "coordinacion.mirps");
    refused(null, "aaaaaaaaaaaa", "account.password.sameCharacter");
  }

  @Test
  void checkingLeavesThePasswordAlone() {
    char[] password = "Ciudades-Solidarias".toCharArray();

    PasswordPolicy.check("ana.lopez", password);

    assertThat(password).isEqualTo("Ciudades-Solidarias".toCharArray());
  }
}
