package gt.mirps.coordination.security;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.shared.TestIds;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  static final char[] PASSWORD = "Solidaridad-2024".toCharArray();

  /** Hashed once: each hash costs 210,000 iterations. */
  static final PasswordHash HASH = PasswordHash.of(PASSWORD);

  static UserAccount account(String username, Role... roles) {
    return new UserAccount(username, "Ana López", HASH, Set.of(roles));
  }

  private static UserAccount coordinator() {
    return account("ana.lopez", Role.COORDINATOR);
  }

  @Test
  void aNewAccountIsActivePrefersSpanishAndKeepsOnlyTheHash() {
    UserAccount account =
        new UserAccount(
            "ana.lopez", "  Ana   López ", HASH, Set.of(Role.MANAGER, Role.TEAM_MEMBER));

    assertThat(account.username()).isEqualTo("ana.lopez");
    assertThat(account.displayName()).isEqualTo("Ana López");
    assertThat(account.email()).isEmpty();
    assertThat(account.isActive()).isTrue();
    assertThat(account.preferredLanguage()).isEqualTo("es");
    assertThat(account.roles()).containsExactly(Role.TEAM_MEMBER, Role.MANAGER);
    assertThat(account.passwordHash()).isEqualTo(HASH);
    assertThat(account.passwordMatches(PASSWORD)).isTrue();
    assertThat(account.passwordMatches("Solidaridad-2025".toCharArray())).isFalse();
  }

  // Username

  @Test
  void aUsernameIsTrimmedAndLowerCased() {
    assertThat(account("  Ana.Lopez ", Role.COORDINATOR).username()).isEqualTo("ana.lopez");
    assertThat(UserAccount.checkedUsername("COORD_2024-gt.mirps")).isEqualTo("coord_2024-gt.mirps");
  }

  @Test
  void aUsernameIsRequired() {
    assertRefused(() -> account(null, Role.COORDINATOR), "account.username.required");
    assertRefused(() -> account("   ", Role.COORDINATOR), "account.username.required");
  }

  @Test
  void aUsernameHasThreeToSixtyCharacters() {
    assertThat(UserAccount.checkedUsername("ana")).isEqualTo("ana");
    assertThat(UserAccount.checkedUsername("a".repeat(60))).hasSize(60);
    assertRefused(() -> UserAccount.checkedUsername("an"), "account.username.tooShort");
    assertRefused(() -> UserAccount.checkedUsername("a".repeat(61)), "account.username.tooLong");
  }

  @Test
  void aUsernameHoldsOnlyLettersDigitsDotsHyphensAndUnderscores() {
    for (String invalid :
        new String[] {"ana lopez", "ana@mirps.gt", "josé", "ana/lopez", "ana+1", "añá", "ana'--"}) {
      assertRefused(() -> UserAccount.checkedUsername(invalid), "account.username.invalid");
    }
    assertThat(UserAccount.checkedUsername("a.b_c-d0")).isEqualTo("a.b_c-d0");
  }

  @Test
  void theUsernameKeyIsTheTrimmedLowerCaseFormWithoutChecks() {
    assertThat(UserAccount.usernameKey(" Ana.Lopez ")).isEqualTo("ana.lopez");
    assertThat(UserAccount.usernameKey("  ")).isNull();
    assertThat(UserAccount.usernameKey(null)).isNull();
  }

  // Display name and email

  @Test
  void aDisplayNameIsRequiredAndAtMostTwoHundredCharacters() {
    UserAccount account = coordinator();

    account.rename("x".repeat(200));
    assertThat(account.displayName()).hasSize(200);
    assertRefused(() -> account.rename("x".repeat(201)), "account.displayName.tooLong");
    assertRefused(() -> account.rename(" "), "account.displayName.required");
    assertRefused(
        () -> new UserAccount("ana.lopez", null, HASH, Set.of(Role.COORDINATOR)),
        "account.displayName.required");
  }

  @Test
  void anEmailIsOptionalAndKeptInLowerCase() {
    UserAccount account = coordinator();

    account.contactAt(" Ana.Lopez@MINEX.gob.gt ");
    assertThat(account.email()).contains("ana.lopez@minex.gob.gt");

    account.contactAt("  ");
    assertThat(account.email()).isEmpty();
  }

  @Test
  void anEmailMustBeWellFormed() {
    UserAccount account = coordinator();

    for (String invalid : new String[] {"ana", "ana@", "@minex.gob.gt", "ana@minex", "a b@x.gt"}) {
      assertRefused(() -> account.contactAt(invalid), "account.email.invalid");
    }
    assertThat(account.email()).isEmpty();
  }

  @Test
  void anEmailIsAtMost254Characters() {
    UserAccount account = coordinator();
    String domain = "@" + "m".repeat(60) + "." + "g".repeat(60) + "." + "t".repeat(60) + ".gt";

    account.contactAt("a".repeat(254 - domain.length()) + domain);
    assertThat(account.email().orElseThrow()).hasSize(254);
    assertRefused(
        () -> account.contactAt("a".repeat(255 - domain.length()) + domain),
        "account.email.tooLong");
  }

  // Password

  @Test
  void changingThePasswordReplacesTheHash() {
    UserAccount account = coordinator();
    PasswordHash newHash = PasswordHash.of("Nueva-contraseña-1".toCharArray());

    account.changePassword(newHash);

    assertThat(account.passwordHash()).isEqualTo(newHash);
    assertThat(account.passwordMatches("Nueva-contraseña-1".toCharArray())).isTrue();
    assertThat(account.passwordMatches(PASSWORD)).isFalse();
  }

  @Test
  void aPasswordHashIsRequired() {
    UserAccount account = coordinator();

    assertThatThrownBy(() -> account.changePassword(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new UserAccount("ana.lopez", "Ana", null, Set.of(Role.MANAGER)))
        .isInstanceOf(NullPointerException.class);
    assertThat(account.passwordMatches(PASSWORD)).isTrue();
  }

  // Roles

  @Test
  void anAccountNeedsARole() {
    assertRefused(() -> account("ana.lopez"), "account.roles.required");
    assertRefused(() -> new UserAccount("ana.lopez", "Ana", HASH, null), "account.roles.required");
  }

  @Test
  void assigningARoleAddsIt() {
    UserAccount account = coordinator();

    account.assign(Role.ADMINISTRATOR);
    account.assign(Role.ADMINISTRATOR);

    assertThat(account.roles()).containsExactly(Role.COORDINATOR, Role.ADMINISTRATOR);
    assertThat(account.hasRole(Role.ADMINISTRATOR)).isTrue();
    assertThat(account.hasRole(Role.MANAGER)).isFalse();
  }

  @Test
  void withdrawingARoleRemovesIt() {
    UserAccount account = account("ana.lopez", Role.COORDINATOR, Role.MANAGER);

    account.withdraw(Role.MANAGER);

    assertThat(account.roles()).containsExactly(Role.COORDINATOR);
    assertThat(account.hasRole(Role.MANAGER)).isFalse();
  }

  @Test
  void withdrawingARoleTheAccountDoesNotHoldChangesNothing() {
    UserAccount account = coordinator();

    account.withdraw(Role.ADMINISTRATOR);

    assertThat(account.roles()).containsExactly(Role.COORDINATOR);
  }

  @Test
  void theLastRoleCannotBeWithdrawn() {
    UserAccount account = coordinator();

    assertRefused(() -> account.withdraw(Role.COORDINATOR), "account.role.last");
    assertThat(account.roles()).containsExactly(Role.COORDINATOR);
  }

  @Test
  void replacingTheRolesGivesExactlyTheNewOnes() {
    UserAccount account = account("ana.lopez", Role.COORDINATOR, Role.MANAGER);

    account.replaceRoles(EnumSet.of(Role.MANAGER, Role.ADMINISTRATOR));

    assertThat(account.roles()).containsExactly(Role.MANAGER, Role.ADMINISTRATOR);
  }

  @Test
  void replacingTheRolesWithNoneIsRefused() {
    UserAccount account = coordinator();

    assertRefused(() -> account.replaceRoles(Set.of()), "account.roles.required");
    assertThat(account.roles()).containsExactly(Role.COORDINATOR);
  }

  @Test
  void theRolesShownCannotBeChangedFromOutside() {
    UserAccount account = coordinator();

    assertThatThrownBy(() -> account.roles().add(Role.ADMINISTRATOR))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // Active flag and language

  @Test
  void anAccountIsDeactivatedAndReactivated() {
    UserAccount account = coordinator();

    account.deactivate();
    assertThat(account.isActive()).isFalse();
    account.deactivate();
    assertThat(account.isActive()).isFalse();

    account.reactivate();
    assertThat(account.isActive()).isTrue();
  }

  @Test
  void theLanguageIsSpanishOrEnglish() {
    UserAccount account = coordinator();

    account.preferLanguage(" EN ");
    assertThat(account.preferredLanguage()).isEqualTo("en");
    account.preferLanguage("es");
    assertThat(account.preferredLanguage()).isEqualTo("es");
  }

  @Test
  void anyOtherLanguageIsRefused() {
    UserAccount account = coordinator();

    for (String other : new String[] {"fr", "es-GT", "", "spanish"}) {
      assertRefused(() -> account.preferLanguage(other), "account.language.unsupported");
    }
    assertRefused(() -> account.preferLanguage(null), "account.language.unsupported");
    assertThat(account.preferredLanguage()).isEqualTo("es");
  }

  // Identity

  @Test
  void accountsAreEqualWhenTheirUsernamesAre() {
    UserAccount first = TestIds.assign(account("ana.lopez", Role.COORDINATOR), 1);
    UserAccount sameUsername = account("Ana.Lopez", Role.ADMINISTRATOR);
    UserAccount other = TestIds.assign(account("carlos.martinez", Role.COORDINATOR), 1);

    assertThat(first).isEqualTo(sameUsername).hasSameHashCodeAs(sameUsername);
    assertThat(first).isNotEqualTo(other);
    assertThat(Set.of(first, other)).contains(sameUsername);
  }

  @Test
  void toStringNeverShowsThePasswordHash() {
    UserAccount account = coordinator();

    assertThat(account.toString())
        .isEqualTo("UserAccount[ana.lopez]")
        .doesNotContain(HASH.encoded().split(":")[3]);
  }
}
