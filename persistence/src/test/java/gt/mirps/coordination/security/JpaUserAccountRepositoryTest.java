package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaUserAccountRepositoryTest {

  private static final char[] PASSWORD = "Solidaridad-2024".toCharArray();

  /** Hashed once: each hash costs 210,000 iterations. */
  private static final PasswordHash HASH = PasswordHash.of(PASSWORD);

  private static final String AUDIT_COLUMNS =
      "version, created_at, created_by, updated_at, updated_by";
  private static final String AUDIT_VALUES = "0, CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP, 's'";

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static UserAccount account(String username, Role... roles) {
    return new UserAccount(username, "Nombre de " + username, HASH, EnumSet.of(roles[0], roles));
  }

  private long add(UserAccount account) {
    return database.fromTransaction(em -> new JpaUserAccountRepository(em).add(account).id());
  }

  private void deactivate(long id) {
    database.inTransaction(
        em -> new JpaUserAccountRepository(em).find(id).orElseThrow().deactivate());
  }

  private long activeAdministrators() {
    return database.fromTransaction(
        em -> new JpaUserAccountRepository(em).countActiveAdministrators());
  }

  private int update(String sql) throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  @Test
  void anAccountRoundTripsThroughTheDatabase() {
    UserAccount ana = account("ana.lopez", Role.COORDINATOR, Role.MANAGER);
    ana.contactAt("ana.lopez@minex.gob.gt");
    ana.preferLanguage("en");
    long id = add(ana);

    UserAccount read =
        database.fromTransaction(em -> new JpaUserAccountRepository(em).find(id).orElseThrow());

    assertThat(read.username()).isEqualTo("ana.lopez");
    assertThat(read.displayName()).isEqualTo("Nombre de ana.lopez");
    assertThat(read.email()).contains("ana.lopez@minex.gob.gt");
    assertThat(read.preferredLanguage()).isEqualTo("en");
    assertThat(read.isActive()).isTrue();
    assertThat(read.roles()).containsExactly(Role.COORDINATOR, Role.MANAGER);
    assertThat(read.passwordHash()).isEqualTo(HASH);
    assertThat(read.passwordMatches(PASSWORD)).isTrue();
    assertThat(read.createdBy()).isEqualTo("system");
    assertThat(read.createdAt()).isNotNull();
    assertThat(read).isEqualTo(ana);
  }

  @Test
  void findByIdFindsNothingForAnUnknownId() {
    Optional<UserAccount> none =
        database.fromTransaction(em -> new JpaUserAccountRepository(em).find(4242));

    assertThat(none).isEmpty();
  }

  @Test
  void theDatabaseKeepsOnlyTheHashInTheFormatJakartaSecurityReads() throws SQLException {
    long id = add(account("ana.lopez", Role.COORDINATOR));

    try (Connection connection = database.connection();
        Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery("SELECT password_hash FROM user_account WHERE id = " + id)) {
      row.next();
      assertThat(row.getString(1))
          .isEqualTo(HASH.encoded())
          .matches("^PBKDF2WithHmacSHA256:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")
          .doesNotContain("Solidaridad");
    }
  }

  @Test
  void changesToRolesPasswordAndActiveFlagAreSaved() {
    long id = add(account("ana.lopez", Role.COORDINATOR, Role.MANAGER));
    PasswordHash newHash = PasswordHash.of("Ciudades-Solidarias-25".toCharArray());

    database.inTransaction(
        em -> {
          UserAccount ana = new JpaUserAccountRepository(em).find(id).orElseThrow();
          ana.withdraw(Role.MANAGER);
          ana.assign(Role.ADMINISTRATOR);
          ana.changePassword(newHash);
          ana.deactivate();
        });
    UserAccount read =
        database.fromTransaction(em -> new JpaUserAccountRepository(em).find(id).orElseThrow());

    assertThat(read.roles()).containsExactly(Role.COORDINATOR, Role.ADMINISTRATOR);
    assertThat(read.passwordHash()).isEqualTo(newHash);
    assertThat(read.isActive()).isFalse();
    assertThat(read.version()).isEqualTo(2);
  }

  @Test
  void findByUsernameIgnoresCaseAndBlanks() {
    long id = add(account("ana.lopez", Role.COORDINATOR));
    add(account("carlos.martinez", Role.MANAGER));

    for (String typed : List.of("ana.lopez", "ANA.LOPEZ", "  Ana.Lopez ")) {
      Optional<UserAccount> found =
          database.fromTransaction(em -> new JpaUserAccountRepository(em).findByUsername(typed));
      assertThat(found).as(typed).map(UserAccount::id).contains(id);
    }
  }

  @Test
  void findByUsernameFindsNothingForAnUnknownOrBlankUsername() {
    add(account("ana.lopez", Role.COORDINATOR));

    for (String typed : new String[] {"ana", "ana.lopez2", "", "  ", null}) {
      Optional<UserAccount> found =
          database.fromTransaction(em -> new JpaUserAccountRepository(em).findByUsername(typed));
      assertThat(found).as(String.valueOf(typed)).isEmpty();
    }
  }

  @Test
  void theListIsOrderedByUsernameAndHoldsInactiveAccounts() {
    add(account("maria.garcia", Role.TEAM_MEMBER));
    long ana = add(account("ana.lopez", Role.COORDINATOR));
    add(account("carlos.martinez", Role.MANAGER, Role.ADMINISTRATOR));
    deactivate(ana);

    List<UserAccount> listed =
        database.fromTransaction(em -> new JpaUserAccountRepository(em).list());

    assertThat(listed)
        .extracting(UserAccount::username)
        .containsExactly("ana.lopez", "carlos.martinez", "maria.garcia");
    assertThat(listed.get(0).isActive()).isFalse();
    assertThat(listed.get(1).roles()).containsExactly(Role.MANAGER, Role.ADMINISTRATOR);
  }

  @Test
  void theListOfAnEmptyDatabaseIsEmpty() {
    List<UserAccount> listed =
        database.fromTransaction(em -> new JpaUserAccountRepository(em).list());

    assertThat(listed).isEmpty();
  }

  @Test
  void listingReadsTheRolesOfAllAccountsInOneMoreStatement() {
    for (int i = 0; i < 6; i++) {
      add(account("usuario" + i, Role.TEAM_MEMBER, Role.values()[i % 4]));
    }

    int statements =
        database.statementsRunBy(
            em ->
                new JpaUserAccountRepository(em)
                    .list()
                    .forEach(a -> assertThat(a.roles()).isNotEmpty()));

    assertThat(statements).isLessThanOrEqualTo(2);
  }

  @Test
  void countsOnlyActiveAdministrators() {
    assertThat(activeAdministrators()).isZero();

    long root = add(account("admin", Role.ADMINISTRATOR));
    add(account("ana.lopez", Role.COORDINATOR, Role.MANAGER));
    assertThat(activeAdministrators()).isEqualTo(1);

    long second = add(account("admin2", Role.TEAM_MEMBER, Role.ADMINISTRATOR));
    assertThat(activeAdministrators()).isEqualTo(2);

    deactivate(second);
    assertThat(activeAdministrators()).isEqualTo(1);

    deactivate(root);
    assertThat(activeAdministrators()).isZero();
  }

  @Test
  void theDatabaseRefusesASecondAccountWithTheSameUsername() {
    add(account("ana.lopez", Role.COORDINATOR));

    assertThatThrownBy(() -> add(account("ANA.LOPEZ", Role.MANAGER)))
        .isInstanceOf(PersistenceException.class);
    long count =
        database.fromTransaction(
            em ->
                em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult());
    assertThat(count).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesAnUpperCaseOrTooShortUsername() {
    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account (id, username, display_name, password_hash, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 'Ana', 'Ana', '"
                        + HASH.encoded()
                        + "', "
                        + AUDIT_VALUES
                        + ")"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_USER_ACCOUNT_USERNAME");
    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account (id, username, display_name, password_hash, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 'an', 'Ana', '"
                        + HASH.encoded()
                        + "', "
                        + AUDIT_VALUES
                        + ")"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_USER_ACCOUNT_USERNAME");
  }

  @Test
  void theDatabaseRefusesAPlainPassword() {
    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account (id, username, display_name, password_hash, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 'ana', 'Ana', 'Solidaridad-2024', "
                        + AUDIT_VALUES
                        + ")"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_USER_ACCOUNT_PASSWORD_HASH");
  }

  @Test
  void theDatabaseRequiresAPasswordHash() {
    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account (id, username, display_name, "
                        + AUDIT_COLUMNS
                        + ") VALUES (1, 'ana', 'Ana', "
                        + AUDIT_VALUES
                        + ")"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void theDatabaseDefaultsToAnActiveSpanishAccount() throws SQLException {
    update(
        "INSERT INTO user_account (id, username, display_name, password_hash, "
            + AUDIT_COLUMNS
            + ") VALUES (1, 'ana', 'Ana', '"
            + HASH.encoded()
            + "', "
            + AUDIT_VALUES
            + ")");

    try (Connection connection = database.connection();
        Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery("SELECT active, preferred_language FROM user_account WHERE id = 1")) {
      row.next();
      assertThat(row.getBoolean(1)).isTrue();
      assertThat(row.getString(2)).isEqualTo("es");
    }
  }

  @Test
  void theDatabaseRefusesALanguageOtherThanSpanishOrEnglish() {
    long id = add(account("ana.lopez", Role.COORDINATOR));

    assertThatThrownBy(
            () -> update("UPDATE user_account SET preferred_language = 'fr' WHERE id = " + id))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_USER_ACCOUNT_LANGUAGE");
  }

  @Test
  void theDatabaseRefusesAnUnknownRole() {
    long id = add(account("ana.lopez", Role.COORDINATOR));

    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account_role (user_account_id, role_name) VALUES ("
                        + id
                        + ", 'SUPERUSER')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_USER_ACCOUNT_ROLE");
  }

  @Test
  void theDatabaseRefusesTheSameRoleTwice() {
    long id = add(account("ana.lopez", Role.COORDINATOR));

    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account_role (user_account_id, role_name) VALUES ("
                        + id
                        + ", 'COORDINATOR')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("PK_USER_ACCOUNT_ROLE");
  }

  @Test
  void theDatabaseRefusesARoleOfNoAccount() {
    assertThatThrownBy(
            () ->
                update(
                    "INSERT INTO user_account_role (user_account_id, role_name)"
                        + " VALUES (4242, 'MANAGER')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("FK_USER_ACCOUNT_ROLE_ACCOUNT");
  }

  @Test
  void anAccountsRolesAreKeptOncePerRole() throws SQLException {
    long id = add(account("ana.lopez", Role.COORDINATOR, Role.MANAGER));

    try (Connection connection = database.connection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT role_name FROM user_account_role WHERE user_account_id = "
                    + id
                    + " ORDER BY role_name")) {
      List<String> roles = new ArrayList<>();
      while (rows.next()) {
        roles.add(rows.getString(1));
      }
      assertThat(roles).containsExactly("COORDINATOR", "MANAGER");
    }
  }
}
