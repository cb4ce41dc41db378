package gt.mirps.coordination.solidarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules the database keeps on its own, whatever writes to it. */
class SolidarityCitySchemaTest {

  private static final String INSERT =
      "INSERT INTO solidarity_city (id, kind, territory_id, active_territory_id, signed_on,"
          + " ended_on, national_network_member, version, created_at, created_by, updated_at,"
          + " updated_by) VALUES (?, ?, ?, ?, ?, ?, FALSE, 0, CURRENT_TIMESTAMP, 's',"
          + " CURRENT_TIMESTAMP, 's')";

  private final InMemoryDatabase database = new InMemoryDatabase();
  private Connection connection;
  private long nextId = 1;

  @BeforeEach
  void connect() throws SQLException {
    connection = database.connection();
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    connection.close();
    database.close();
  }

  private long insert(
      String kind, long territory, Long activeTerritory, String signed, String ended)
      throws SQLException {
    long id = nextId++;
    try (PreparedStatement sql = connection.prepareStatement(INSERT)) {
      sql.setLong(1, id);
      sql.setString(2, kind);
      sql.setLong(3, territory);
      if (activeTerritory == null) {
        sql.setNull(4, Types.BIGINT);
      } else {
        sql.setLong(4, activeTerritory);
      }
      sql.setDate(5, java.sql.Date.valueOf(signed));
      if (ended == null) {
        sql.setNull(6, Types.DATE);
      } else {
        sql.setDate(6, java.sql.Date.valueOf(ended));
      }
      sql.executeUpdate();
    }
    return id;
  }

  private void addService(long cityId, String service) throws SQLException {
    try (PreparedStatement sql =
        connection.prepareStatement(
            "INSERT INTO solidarity_city_service (solidarity_city_id, service) VALUES (?, ?)")) {
      sql.setLong(1, cityId);
      sql.setString(2, service);
      sql.executeUpdate();
    }
  }

  private int rows() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery("SELECT COUNT(*) FROM solidarity_city")) {
      result.next();
      return result.getInt(1);
    }
  }

  @Test
  void anActiveDesignationHoldsItsOwnTerritory() throws SQLException {
    insert("MUNICIPALITY", 1301, 1301L, "2023-05-10", null);

    assertThat(rows()).isEqualTo(1);
  }

  @Test
  void anActiveDesignationCannotHoldAnotherTerritoryOrNone() {
    assertThatThrownBy(() -> insert("MUNICIPALITY", 1301, 1701L, "2023-05-10", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_ACTIVE");
    assertThatThrownBy(() -> insert("MUNICIPALITY", 1301, null, "2023-05-10", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_ACTIVE");
  }

  @Test
  void endedDesignationsReleaseTheirTerritoryAndMayBeMany() throws SQLException {
    insert("MUNICIPALITY", 1301, null, "2020-01-15", "2021-01-15");
    insert("MUNICIPALITY", 1301, null, "2022-01-15", "2023-01-15");
    insert("MUNICIPALITY", 1301, 1301L, "2023-05-10", null);

    assertThat(rows()).isEqualTo(3);
  }

  @Test
  void anEndedDesignationCannotKeepHoldingItsTerritory() {
    assertThatThrownBy(() -> insert("MUNICIPALITY", 1301, 1301L, "2020-01-15", "2021-01-15"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_ACTIVE");
  }

  @Test
  void aTerritoryCannotHoldTwoActiveDesignations() throws SQLException {
    insert("MUNICIPALITY", 1301, 1301L, "2023-05-10", null);

    assertThatThrownBy(() -> insert("MUNICIPALITY", 1301, 1301L, "2024-01-10", null))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("23505");
  }

  @Test
  void aDesignationMayEndOnTheDayItWasSignedButNotBefore() throws SQLException {
    insert("MUNICIPALITY", 1301, null, "2023-05-10", "2023-05-10");

    assertThatThrownBy(() -> insert("MUNICIPALITY", 1701, null, "2023-05-10", "2023-05-09"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_DATES");
  }

  @Test
  void onlyTheThreeKindsAreAccepted() throws SQLException {
    insert("DEPARTMENTAL_GOVERNORSHIP", 13, 13L, "2023-05-10", null);
    insert("DEPARTMENT", 17, 17L, "2023-05-10", null);

    assertThatThrownBy(() -> insert("NGO", 1301, 1301L, "2023-05-10", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_KIND");
  }

  @Test
  void aServiceIsOneOfTheKnownOnesAndListedOnce() throws SQLException {
    long id = insert("MUNICIPALITY", 1301, 1301L, "2023-05-10", null);
    addService(id, "EDUCATION");
    addService(id, "SHELTER");

    assertThatThrownBy(() -> addService(id, "KARAOKE"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CK_SOLIDARITY_CITY_SERVICE");
    assertThatThrownBy(() -> addService(id, "EDUCATION"))
        .isInstanceOf(SQLException.class)
        .extracting(e -> ((SQLException) e).getSQLState())
        .isEqualTo("23505");
  }

  @Test
  void aDesignationNeedsAnExistingTerritory() {
    assertThatThrownBy(() -> insert("MUNICIPALITY", 9999, 9999L, "2023-05-10", null))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("FK_SOLIDARITY_CITY_TERRITORY");
  }
}
