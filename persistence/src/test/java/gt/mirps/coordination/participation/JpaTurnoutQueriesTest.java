package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaTurnoutQueriesTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void countsTheRegisteredAndTheCheckedInOfSeveralEventsInOneStatement() {
    long[] ids =
        database.fromTransaction(
            em -> {
              Institution minex = Directory.institution(em, "Ministerio de Relaciones", "MINEX");
              Event first = Directory.event(em, "Primera reunión", 10);
              Event second = Directory.event(em, "Segunda reunión", 11);
              Event empty = Directory.event(em, "Reunión sin inscritos", 12);
              Directory.attends(em, first, Directory.person(em, "Ana López"), minex)
                  .checkIn(Instant.parse("2024-09-10T15:00:00Z"), "equipo");
              Directory.attends(em, first, Directory.person(em, "Luis Pérez"), minex);
              Directory.attends(em, first, Directory.person(em, "Rosa Díaz"), minex).cancel();
              Directory.delegation(em, second, minex, 4);
              return new long[] {first.id(), second.id(), empty.id()};
            });

    AtomicReference<Map<Long, Turnout>> read = new AtomicReference<>();
    int statements =
        database.statementsDuring(
            () ->
                read.set(
                    database.fromTransaction(
                        em ->
                            new JpaTurnoutQueries(em).ofEvents(List.of(ids[0], ids[1], ids[2])))));

    assertThat(read.get())
        .containsEntry(ids[0], new Turnout(2, 1))
        .containsEntry(ids[1], new Turnout(1, 0))
        .doesNotContainKey(ids[2]);
    assertThat(statements).isEqualTo(1);
  }
}
