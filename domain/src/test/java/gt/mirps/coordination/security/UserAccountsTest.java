package gt.mirps.coordination.security;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountsTest {

  private static final String PASSWORD = "Solidaridad-2024";
  private static final String NEW_PASSWORD = "Ciudades-Solidarias-25";

  private final InMemoryUserAccounts repository = new InMemoryUserAccounts();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final UserAccounts accounts = new UserAccounts(repository, new Auditor(trail));

  private UserAccount create(String username, Role... roles) {
    return accounts.create(
        username,
        "Nombre de " + username,
        null,
        PASSWORD.toCharArray(),
        EnumSet.of(roles[0], roles));
  }

  private UserAccount admin(String username) {
    return create(username, Role.ADMINISTRATOR);
  }

  private boolean signsIn(String username, String password) {
    return accounts.authenticate(username, password.toCharArray()).isPresent();
  }

  private String stored(long id) {
    return repository.find(id).orElseThrow().passwordHash().encoded();
  }

  // Creating

  @Test
  void createOpensAnActiveAccountAndAuditsIt() {
    UserAccount created =
        accounts.create(
            "Ana.Lopez",
            "Ana López",
            "ana.lopez@minex.gob.gt",
            PASSWORD.toCharArray(),
            Set.of(Role.COORDINATOR));

    assertThat(created.id()).isNotNull();
    assertThat(created.username()).isEqualTo("ana.lopez");
    assertThat(created.displayName()).isEqualTo("Ana López");
    assertThat(created.email()).contains("ana.lopez@minex.gob.gt");
    assertThat(created.isActive()).isTrue();
    assertThat(created.roles()).containsExactly(Role.COORDINATOR);
    assertThat(created.passwordHash().encoded()).matches("^PBKDF2WithHmacSHA256:210000:.+");
    assertThat(created.passwordMatches(PASSWORD.toCharArray())).isTrue();
    assertThat(repository.list()).containsExactly(created);
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, created.id()))
        .containsExactly("account.created");
    assertThat(trail.all().get(0).detail()).contains("ana.lopez [COORDINATOR]");
  }

  @Test
  void aTakenUsernameIsRefusedWhateverItsCase() {
    create("ana.lopez", Role.COORDINATOR);

    assertRefused(() -> create(" ANA.Lopez ", Role.MANAGER), "account.username.taken");
    assertThat(repository.size()).isEqualTo(1);
    assertThat(trail.all()).hasSize(1);
  }

  @Test
  void anotherUsernameIsFree() {
    create("ana.lopez", Role.COORDINATOR);

    create("ana.lopez2", Role.COORDINATOR);

    assertThat(repository.list())
        .extracting(UserAccount::username)
        .containsExactly("ana.lopez", "ana.lopez2");
  }

  @Test
  void createChecksThePasswordPolicy() {
    assertRefused(
        () ->
            accounts.create(
                "ana.lopez", "Ana", null, "corta".toCharArray(), Set.of(Role.COORDINATOR)),
        "account.password.tooShort");
    assertRefused(
        () ->
            accounts.create(
                "ana.lopez", "Ana", null, "xxxxxxxxxxxxxx".toCharArray(), Set.of(Role.COORDINATOR)),
        "account.password.sameCharacter");
    assertRefused(
        () ->
            accounts.create(
                "coordinacion.mirps",
                "Coordinación",
                null,
                "Coordinacion.MIRPS".toCharArray(),
                Set.of(Role.COORDINATOR)),
        "account.password.sameAsUsername");
    assertThat(repository.size()).isZero();
    assertThat(trail.all()).isEmpty();
  }

  @Test
  void createChecksTheAccountsRules() {
    assertRefused(() -> create("a b", Role.COORDINATOR), "account.username.invalid");
    assertRefused(
        () -> accounts.create("ana.lopez", "Ana", null, PASSWORD.toCharArray(), Set.of()),
        "account.roles.required");
    assertRefused(
        () ->
            accounts.create(
                "ana.lopez", "Ana", "no-es-correo", PASSWORD.toCharArray(), Set.of(Role.MANAGER)),
        "account.email.invalid");
    assertThat(repository.size()).isZero();
    assertThat(trail.all()).isEmpty();
  }

  // Passwords

  @Test
  void theHolderChangesTheirPasswordByGivingTheCurrentOne() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.changePassword(ana.id(), PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray());

    assertThat(signsIn("ana.lopez", NEW_PASSWORD)).isTrue();
    assertThat(signsIn("ana.lopez", PASSWORD)).isFalse();
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created", "account.passwordChanged");
  }

  @Test
  void aWrongCurrentPasswordIsRefused() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    String before = stored(ana.id());

    assertRefused(
        () ->
            accounts.changePassword(
                ana.id(), "Solidaridad-2025".toCharArray(), NEW_PASSWORD.toCharArray()),
        "account.password.wrong");
    assertThat(stored(ana.id())).isEqualTo(before);
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created");
  }

  @Test
  void aNewPasswordMustFollowThePolicy() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertRefused(
        () -> accounts.changePassword(ana.id(), PASSWORD.toCharArray(), "corta".toCharArray()),
        "account.password.tooShort");
    assertRefused(
        () ->
            accounts.changePassword(ana.id(), PASSWORD.toCharArray(), "000000000000".toCharArray()),
        "account.password.sameCharacter");
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();
  }

  @Test
  void aNewPasswordCannotBeTheUsername() {
    UserAccount coordination = create("coordinacion.mirps", Role.COORDINATOR);

    assertRefused(
        () ->
            accounts.changePassword(
                coordination.id(), PASSWORD.toCharArray(), "COORDINACION.MIRPS".toCharArray()),
        "account.password.sameAsUsername");
    assertRefused(
        () -> accounts.resetPassword(coordination.id(), "Coordinacion.Mirps".toCharArray()),
        "account.password.sameAsUsername");
  }

  @Test
  void anAdministratorResetsAPasswordWithoutKnowingTheOldOne() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.resetPassword(ana.id(), NEW_PASSWORD.toCharArray());

    assertThat(signsIn("ana.lopez", NEW_PASSWORD)).isTrue();
    assertThat(signsIn("ana.lopez", PASSWORD)).isFalse();
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created", "account.passwordReset");
  }

  @Test
  void aResetPasswordMustFollowThePolicy() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertRefused(
        () -> accounts.resetPassword(ana.id(), "corta".toCharArray()), "account.password.tooShort");
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created");
  }

  @Test
  void theAuditTrailNeverHoldsAPasswordOrItsHash() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    String firstHash = stored(ana.id());
    accounts.changePassword(ana.id(), PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray());
    String secondHash = stored(ana.id());
    accounts.resetPassword(ana.id(), "Otra-contraseña-segura".toCharArray());
    String thirdHash = stored(ana.id());

    assertThat(trail.all()).hasSize(3);
    for (AuditEntry entry : trail.all()) {
      String detail = entry.detail().orElseThrow();
      assertThat(detail)
          .doesNotContain(PASSWORD, NEW_PASSWORD, "Otra-contraseña-segura", "PBKDF2")
          .doesNotContain(firstHash.split(":")[3], secondHash.split(":")[3])
          .doesNotContain(thirdHash.split(":")[3]);
    }
  }

  // Roles and the last administrator

  @Test
  void assigningRolesGivesExactlyThoseAndAuditsThem() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.assignRoles(ana.id(), Set.of(Role.MANAGER, Role.TEAM_MEMBER));

    assertThat(ana.roles()).containsExactly(Role.TEAM_MEMBER, Role.MANAGER);
    assertThat(trail.of(UserAccounts.RECORD_TYPE, ana.id()))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .last()
        .isEqualTo(tuple("account.rolesAssigned", Optional.of("[TEAM_MEMBER, MANAGER]")));
  }

  @Test
  void assigningNoRoleIsRefused() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertRefused(() -> accounts.assignRoles(ana.id(), Set.of()), "account.roles.required");
    assertRefused(() -> accounts.assignRoles(ana.id(), null), "account.roles.required");
    assertThat(ana.roles()).containsExactly(Role.COORDINATOR);
  }

  @Test
  void theLastActiveAdministratorKeepsTheRole() {
    UserAccount root = admin("admin");

    assertRefused(
        () -> accounts.assignRoles(root.id(), Set.of(Role.MANAGER)), "account.lastAdministrator");
    assertThat(root.roles()).containsExactly(Role.ADMINISTRATOR);
  }

  @Test
  void theLastActiveAdministratorMayGainOtherRoles() {
    UserAccount root = admin("admin");

    accounts.assignRoles(root.id(), Set.of(Role.MANAGER, Role.ADMINISTRATOR));

    assertThat(root.roles()).containsExactly(Role.MANAGER, Role.ADMINISTRATOR);
  }

  @Test
  void anAdministratorMayLoseTheRoleWhileAnotherActiveOneRemains() {
    UserAccount root = admin("admin");
    admin("admin2");

    accounts.assignRoles(root.id(), Set.of(Role.COORDINATOR));

    assertThat(root.roles()).containsExactly(Role.COORDINATOR);
    assertThat(repository.countActiveAdministrators()).isEqualTo(1);
  }

  @Test
  void anInactiveAdministratorDoesNotCountAsTheOneThatRemains() {
    UserAccount root = admin("admin");
    UserAccount former = admin("former.admin");
    accounts.deactivate(former.id());

    assertRefused(
        () -> accounts.assignRoles(root.id(), Set.of(Role.MANAGER)), "account.lastAdministrator");
    assertRefused(() -> accounts.deactivate(root.id()), "account.lastAdministrator");
  }

  @Test
  void anInactiveAdministratorMayLoseTheRole() {
    admin("admin");
    UserAccount former = admin("former.admin");
    accounts.deactivate(former.id());

    accounts.assignRoles(former.id(), Set.of(Role.TEAM_MEMBER));

    assertThat(former.roles()).containsExactly(Role.TEAM_MEMBER);
  }

  @Test
  void theLastActiveAdministratorCannotBeDeactivated() {
    UserAccount root = admin("admin");

    assertRefused(() -> accounts.deactivate(root.id()), "account.lastAdministrator");
    assertThat(root.isActive()).isTrue();
    assertThat(signsIn("admin", PASSWORD)).isTrue();
  }

  @Test
  void anAdministratorIsDeactivatedWhileAnotherActiveOneRemains() {
    UserAccount root = admin("admin");
    UserAccount second = admin("admin2");

    accounts.deactivate(root.id());

    assertThat(root.isActive()).isFalse();
    assertRefused(() -> accounts.deactivate(second.id()), "account.lastAdministrator");
  }

  // Deactivating

  @Test
  void deactivatingAnAccountIsAuditedOnce() {
    admin("admin");
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.deactivate(ana.id());
    accounts.deactivate(ana.id());

    assertThat(ana.isActive()).isFalse();
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created", "account.deactivated");
  }

  @Test
  void anAccountIsDeactivatedEvenWithNoAdministratorAtAll() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.deactivate(ana.id());

    assertThat(ana.isActive()).isFalse();
  }

  @Test
  void reactivatingAnAccountIsAuditedOnce() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    accounts.deactivate(ana.id());

    accounts.reactivate(ana.id());
    accounts.reactivate(ana.id());

    assertThat(ana.isActive()).isTrue();
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created", "account.deactivated", "account.reactivated");
  }

  // Profile

  @Test
  void theProfileIsUpdatedAndAudited() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    accounts.updateProfile(ana.id(), "Ana María López", "ana@mirps.gt", "en");

    assertThat(ana.displayName()).isEqualTo("Ana María López");
    assertThat(ana.email()).contains("ana@mirps.gt");
    assertThat(ana.preferredLanguage()).isEqualTo("en");
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created", "account.profileUpdated");
  }

  @Test
  void aProfileWithAnUnsupportedLanguageIsRefused() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertRefused(
        () -> accounts.updateProfile(ana.id(), "Ana", null, "fr"), "account.language.unsupported");
    assertThat(trail.actionsOn(UserAccounts.RECORD_TYPE, ana.id()))
        .containsExactly("account.created");
  }

  @Test
  void anUnknownAccountIsReported() {
    assertRefused(() -> accounts.deactivate(99), "account.notFound");
    assertRefused(() -> accounts.reactivate(99), "account.notFound");
    assertRefused(() -> accounts.resetPassword(99, NEW_PASSWORD.toCharArray()), "account.notFound");
    assertRefused(
        () -> accounts.changePassword(99, PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray()),
        "account.notFound");
    assertRefused(() -> accounts.assignRoles(99, Set.of(Role.MANAGER)), "account.notFound");
    assertRefused(() -> accounts.updateProfile(99, "X", null, "es"), "account.notFound");
  }

  // Signing in

  @Test
  void anActiveAccountSignsInWithItsPassword() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertThat(accounts.authenticate("ana.lopez", PASSWORD.toCharArray())).contains(ana);
  }

  @Test
  void theUsernameIsMatchedWhateverItsCaseAndBlanks() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertThat(accounts.authenticate("  Ana.LOPEZ ", PASSWORD.toCharArray())).contains(ana);
  }

  @Test
  void aWrongPasswordDoesNotSignIn() {
    create("ana.lopez", Role.COORDINATOR);

    assertThat(signsIn("ana.lopez", "Solidaridad-2025")).isFalse();
    assertThat(signsIn("ana.lopez", "solidaridad-2024")).isFalse();
    assertThat(signsIn("ana.lopez", "")).isFalse();
    assertThat(accounts.authenticate("ana.lopez", null)).isEmpty();
  }

  @Test
  void aPasswordJustVerifiedSignsInAgainButAWrongOneStillFails() {
    create("ana.lopez", Role.COORDINATOR);

    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();
    assertThat(signsIn("ana.lopez", "Solidaridad-2025")).isFalse();
    assertThat(signsIn("ANA.LOPEZ", PASSWORD)).isTrue();
  }

  @Test
  void aResetPasswordEndsTheOldOneAtOnceEvenJustAfterSigningIn() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();

    accounts.resetPassword(ana.id(), NEW_PASSWORD.toCharArray());

    assertThat(signsIn("ana.lopez", PASSWORD)).isFalse();
    assertThat(signsIn("ana.lopez", NEW_PASSWORD)).isTrue();
  }

  @Test
  void aDeactivatedAccountIsRefusedEvenJustAfterSigningIn() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    assertThat(signsIn("ana.lopez", PASSWORD)).isTrue();

    accounts.deactivate(ana.id());

    assertThat(signsIn("ana.lopez", PASSWORD)).isFalse();
  }

  @Test
  void anUnknownUsernameDoesNotSignIn() {
    create("ana.lopez", Role.COORDINATOR);

    assertThat(signsIn("carlos.martinez", PASSWORD)).isFalse();
    assertThat(signsIn("", PASSWORD)).isFalse();
    assertThat(accounts.authenticate(null, PASSWORD.toCharArray())).isEmpty();
  }

  @Test
  void anInactiveAccountDoesNotSignInEvenWithTheRightPassword() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    accounts.deactivate(ana.id());

    assertThat(signsIn("ana.lopez", PASSWORD)).isFalse();
  }

  @Test
  void signingInChangesNothingAndIsNotAudited() {
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);
    String before = stored(ana.id());

    signsIn("ana.lopez", PASSWORD);
    signsIn("ana.lopez", "Solidaridad-2025");

    assertThat(stored(ana.id())).isEqualTo(before);
    assertThat(trail.all()).hasSize(1);
  }

  // Reading

  @Test
  void accountsAreFoundByIdAndUsernameAndListedByUsername() {
    UserAccount carlos = create("carlos.martinez", Role.MANAGER);
    UserAccount ana = create("ana.lopez", Role.COORDINATOR);

    assertThat(accounts.find(carlos.id())).contains(carlos);
    assertThat(accounts.find(99)).isEmpty();
    assertThat(accounts.findByUsername(" ANA.lopez")).contains(ana);
    assertThat(accounts.findByUsername("nadie")).isEmpty();
    assertThat(accounts.findByUsername(null)).isEmpty();
    assertThat(accounts.list()).containsExactly(ana, carlos);
  }
}
