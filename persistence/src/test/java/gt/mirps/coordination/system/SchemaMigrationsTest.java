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

  private static int appliedChanges(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
