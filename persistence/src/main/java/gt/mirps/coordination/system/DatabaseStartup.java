package gt.mirps.coordination.system;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the schema migrations when the application starts, then announces {@link SchemaReady}. If
 * the database cannot be reached or migrated, it says so in one sentence and the readiness check
 * stays DOWN; nothing else touches the database at start-up.
 */
@ApplicationScoped
public class DatabaseStartup implements DatabaseStatus {

  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Resource(lookup = "jdbc/mirps")
  private DataSource dataSource;

  @Inject private Event<SchemaReady> schemaReady;

  private volatile boolean upToDate;

  void onStart(@Observes @Priority(100) Startup startup) {
    try (Connection connection = dataSource.getConnection()) {
      SchemaMigrations.apply(connection);
      upToDate = true;
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE,
          "MIRPS Coordination cannot prepare its database ({0}): check that the data directory"
              + " (MIRPS_DATA_DIR) exists and is writable, or that the database server answers.",
          rootMessage(e));
      LOG.log(Level.FINE, "Database start-up failure", e);
      return;
    }
    schemaReady.fire(new SchemaReady());
  }

  @Override
  public boolean schemaUpToDate() {
    return upToDate;
  }

  @Override
  public boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
