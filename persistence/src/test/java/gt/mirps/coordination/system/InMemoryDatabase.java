package gt.mirps.coordination.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;

/**
 * A fresh in-memory Derby database per test, migrated with the real changelog and opened with the
 * application's persistence unit switched to local transactions.
 */
public final class InMemoryDatabase implements AutoCloseable {

  private final String url;
  private final Connection keepAlive;
  private final EntityManagerFactory factory;

  public InMemoryDatabase() {
    this.url = "jdbc:derby:memory:mirps-" + UUID.randomUUID();
    try {
      this.keepAlive = DriverManager.getConnection(url + ";create=true");
      SchemaMigrations.apply(keepAlive);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot prepare the test database", e);
    }
    this.factory =
        Persistence.createEntityManagerFactory(
            "mirps",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.logging.level", "WARNING"));
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Runs {@code work} in one committed transaction. */
  public void inTransaction(Consumer<EntityManager> work) {
    fromTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Runs {@code work} in one committed transaction and returns what it returns. */
  public <T> T fromTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /**
   * Runs {@code work} in one committed transaction and returns how many SQL statements EclipseLink
   * sent to the database meanwhile, to check that a query does not grow with the rows (N+1).
   */
  public long countStatements(Consumer<EntityManager> work) {
    AtomicLong statements = new AtomicLong();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            statements.incrementAndGet();
          }
        };
    SessionEventManager events =
        factory.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager();
    events.addListener(counter);
    try {
      inTransaction(work);
    } finally {
      events.removeListener(counter);
    }
    return statements.get();
  }

  @Override
  public void close() throws SQLException {
    factory.close();
    keepAlive.close();
    try {
      DriverManager.getConnection(url + ";drop=true");
    } catch (SQLException expected) {
      // Derby reports a successful drop as SQLState 08006.
      if (!"08006".equals(expected.getSQLState())) {
        throw expected;
      }
    }
  }
}
