package gt.mirps.coordination.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.server.ServerSession;

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
                "eclipselink.logging.level", "SEVERE"));
  }

  /**
   * How many SQL statements {@code work} sent to the database, counted by EclipseLink itself;
   * proves that a list query does not fetch each row's relations one by one (N+1).
   */
  public int statementsDuring(Runnable work) {
    AtomicInteger calls = new AtomicInteger();
    SessionEventAdapter counter =
        new SessionEventAdapter() {
          @Override
          public void postExecuteCall(SessionEvent event) {
            calls.incrementAndGet();
          }
        };
    ServerSession session = factory.unwrap(JpaEntityManagerFactory.class).getServerSession();
    session.getEventManager().addListener(counter);
    try {
      work.run();
    } finally {
      session.getEventManager().removeListener(counter);
    }
    return calls.get();
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /**
   * Tells {@code listener} about EclipseLink's session events (each SQL call, for one), from the
   * next entity manager on.
   */
  public void listen(SessionEventListener listener) {
    factory
        .unwrap(JpaEntityManagerFactory.class)
        .getServerSession()
        .getEventManager()
        .addListener(listener);
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
   * Runs {@code work} in one committed transaction, like {@link #inTransaction}, and returns how
   * many SQL statements it sent to the database.
   */
  public int statementsRunBy(Consumer<EntityManager> work) {
    return statementsDuring(() -> inTransaction(work));
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
