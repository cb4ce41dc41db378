package gt.mirps.coordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same migrations and mappings on PostgreSQL, the production database, in a throw-away schema.
 * Runs when MIRPS_TEST_POSTGRES_URL names a server (CI starts one; see .ci/run), with
 * MIRPS_TEST_POSTGRES_USER and MIRPS_TEST_POSTGRES_PASSWORD (both "mirps" by default).
 */
@EnabledIfEnvironmentVariable(named = "MIRPS_TEST_POSTGRES_URL", matches = ".+")
class PostgresMigrationTest {

  private final String baseUrl = System.getenv("MIRPS_TEST_POSTGRES_URL");
  private final String user = System.getenv().getOrDefault("MIRPS_TEST_POSTGRES_USER", "mirps");
  private final String password =
      System.getenv().getOrDefault("MIRPS_TEST_POSTGRES_PASSWORD", "mirps");
  private final String schema = "mirps_test_" + UUID.randomUUID().toString().replace("-", "");
  private String url;

  @BeforeEach
  void createSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA " + schema);
    }
    url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static long count(Connection connection, String query) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void theMigrationsApplyOnPostgresqlOnceAndLoadTheReferenceData() throws Exception {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      SchemaMigrations.apply(connection);
      long changes = count(connection, "SELECT COUNT(*) FROM databasechangelog");
      SchemaMigrations.apply(connection);

      assertThat(count(connection, "SELECT COUNT(*) FROM databasechangelog")).isEqualTo(changes);
      assertThat(count(connection, "SELECT COUNT(*) FROM territory WHERE level = 'DEPARTMENT'"))
          .isEqualTo(22);
      assertThat(count(connection, "SELECT COUNT(*) FROM territory WHERE level = 'MUNICIPALITY'"))
          .isEqualTo(340);
      assertThat(count(connection, "SELECT COUNT(*) FROM country WHERE mirps_member")).isEqualTo(7);
    }
  }

  @Test
  void theEntitiesRoundTripAndTheConstraintsHoldOnPostgresql() throws Exception {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      SchemaMigrations.apply(connection);
    }
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(
            "mirps",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.logging.level", "SEVERE"));
    try {
      EntityManager em = factory.createEntityManager();
      em.getTransaction().begin();
      Institution flores =
          new Institution(
              "Municipalidad de Flores",
              InstitutionKind.MUNICIPALITY,
              em.find(Country.class, "GT"),
              em.find(Territory.class, 1701L));
      flores.addAlias("Muni Flores");
      em.persist(flores);
      Event event =
          new Event(
              "II Conferencia Nacional de Ciudades Solidarias",
              EventKind.CONFERENCE,
              LocalDateTime.of(2024, 9, 25, 9, 0),
              LocalDateTime.of(2024, 9, 26, 17, 0));
      event.organisedBy(flores);
      em.persist(event);
      em.getTransaction().commit();
      em.clear();

      Event read = em.find(Event.class, event.id());
      assertThat(read.organisers())
          .extracting(i -> i.territory().orElseThrow().code())
          .containsExactly("1701");
      em.close();
    } finally {
      factory.close();
    }

    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO event (id, title, kind, starts_at, ends_at, status, version,"
                          + " created_at, created_by, updated_at, updated_by) VALUES (1, 'x',"
                          + " 'MEETING', TIMESTAMP '2024-09-26 09:00:00', TIMESTAMP '2024-09-25"
                          + " 09:00:00', 'PLANNED', 0, CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP,"
                          + " 's')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("ck_event_dates");
    }
  }
}
