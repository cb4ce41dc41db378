package gt.mirps.coordination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaDemoDataLoadsTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private boolean wasLoaded(String dataSet) {
    return database.fromTransaction(em -> new JpaDemoDataLoads(em).wasLoaded(dataSet));
  }

  @Test
  void remembersWhichDataSetsWereLoaded() {
    assertThat(wasLoaded("seed-conference")).isFalse();

    database.inTransaction(
        em ->
            new JpaDemoDataLoads(em)
                .record(
                    new DemoDataLoad("seed-conference", Instant.parse("2026-11-25T12:00:00Z"))));

    assertThat(wasLoaded("seed-conference")).isTrue();
    assertThat(wasLoaded("other")).isFalse();
  }
}
