package gt.mirps.coordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void applyingTheMigrationsAgainChangesNothing() throws Exception {
    try (Connection connection = database.connection()) {
      int before = appliedChanges(connection);

      SchemaMigrations.apply(connection);

      assertThat(appliedChanges(connection)).isEqualTo(before).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theDatabaseRefusesAnEventThatEndsBeforeItStarts() throws Exception {
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO event (id, title, kind, starts_at, ends_at, status, version,"
                          + " created_at, created_by, updated_at, updated_by) VALUES (1, 'x',"
                          + " 'MEETING', TIMESTAMP('2024-09-26 09:00:00'), TIMESTAMP('2024-09-25"
                          + " 09:00:00'), 'PLANNED', 0, CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP,"
                          + " 's')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_EVENT_DATES");
    }
  }

  @Test
  void noTableOrColumnNeedsQuoting() throws Exception {
    // Liquibase quotes reserved words, which makes them lower-case names that JPA's unquoted SQL
    // cannot find: every name in our schema must be a plain upper-case identifier in Derby.
    try (Connection connection = database.connection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT t.TABLENAME, c.COLUMNNAME FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t"
                    + " ON c.REFERENCEID = t.TABLEID WHERE t.TABLETYPE = 'T'"
                    + " AND (c.COLUMNNAME <> UPPER(c.COLUMNNAME) OR t.TABLENAME <> UPPER(t.TABLENAME))")) {
      StringBuilder quoted = new StringBuilder();
      while (rows.next()) {
        quoted.append(rows.getString(1)).append('.').append(rows.getString(2)).append(' ');
      }
      assertThat(quoted.toString()).isEmpty();
    }
  }

  private static int appliedChanges(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
