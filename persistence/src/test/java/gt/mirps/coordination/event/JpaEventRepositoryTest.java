package gt.mirps.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaEventRepositoryTest {

  private static final String SERIES = "Conferencia Nacional de Ciudades Solidarias";

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static Event conference(String edition, int year) {
    Event event =
        new Event(
            edition + " Conferencia Nacional de Ciudades Solidarias",
            EventKind.CONFERENCE,
            LocalDateTime.of(year, 9, 25, 9, 0),
            LocalDateTime.of(year, 9, 26, 17, 0));
    event.partOfSeries("Conferencia Nacional de Ciudades Solidarias", edition);
    event.describe("Promover un intercambio de buenas prácticas.", "MIRPS");
    event.locate(null, "Ciudad de Guatemala", null);
    return event;
  }

  @Test
  void anEventRoundTripsThroughTheDatabase() {
    long id =
        database.fromTransaction(em -> new JpaEventRepository(em).add(conference("II", 2024)).id());

    Event read = database.fromTransaction(em -> new JpaEventRepository(em).find(id).orElseThrow());

    assertThat(read.title()).isEqualTo("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(read.kind()).isEqualTo(EventKind.CONFERENCE);
    assertThat(read.startsAt()).isEqualTo(LocalDateTime.of(2024, 9, 25, 9, 0));
    assertThat(read.endsAt()).isEqualTo(LocalDateTime.of(2024, 9, 26, 17, 0));
    assertThat(read.purpose()).contains("Promover un intercambio de buenas prácticas.");
    assertThat(read.city()).contains("Ciudad de Guatemala");
    assertThat(read.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(read.createdBy()).isEqualTo("system");
    assertThat(read.createdAt()).isNotNull();
  }

  @Test
  void findsAnEditionOfASeries() {
    database.inTransaction(
        em -> {
          JpaEventRepository events = new JpaEventRepository(em);
          events.add(conference("I", 2023));
          events.add(conference("II", 2024));
        });

    Optional<String> second =
        database.fromTransaction(
            em ->
                new JpaEventRepository(em).findBySeriesAndEdition(SERIES, "II").map(Event::title));
    Optional<Event> ninth =
        database.fromTransaction(
            em -> new JpaEventRepository(em).findBySeriesAndEdition(SERIES, "IX"));

    assertThat(second).contains("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(ninth).isEmpty();
  }

  @Test
  void latestListsTheNewestFirstAndCounts() {
    database.inTransaction(
        em -> {
          JpaEventRepository events = new JpaEventRepository(em);
          events.add(conference("I", 2023));
          events.add(conference("III", 2025));
          events.add(conference("II", 2024));
        });

    List<Event> latest = database.fromTransaction(em -> new JpaEventRepository(em).latest(2));
    long count = database.fromTransaction(em -> new JpaEventRepository(em).count());

    assertThat(latest).extracting(e -> e.edition().orElseThrow()).containsExactly("III", "II");
    assertThat(count).isEqualTo(3);
  }

  @Test
  void theDatabaseRefusesASecondCopyOfTheSameEdition() {
    database.inTransaction(em -> new JpaEventRepository(em).add(conference("II", 2024)));

    assertThatThrownBy(
            () ->
                database.inTransaction(
                    em -> new JpaEventRepository(em).add(conference("II", 2024))))
        .isInstanceOf(PersistenceException.class);
    long count = database.fromTransaction(em -> new JpaEventRepository(em).count());
    assertThat(count).isEqualTo(1);
  }

  @Test
  void ofTwoConcurrentEditsTheSecondFailsAndTheFirstIsKept() {
    long id =
        database.fromTransaction(em -> new JpaEventRepository(em).add(conference("II", 2024)).id());
    Event first = database.fromTransaction(em -> em.find(Event.class, id));
    Event second = database.fromTransaction(em -> em.find(Event.class, id));

    first.rename("II Conferencia (editada por Ana)");
    database.inTransaction(em -> em.merge(first));
    second.rename("II Conferencia (editada por Luis)");

    assertThatThrownBy(() -> database.inTransaction(em -> em.merge(second)))
        .isInstanceOfAny(OptimisticLockException.class, PersistenceException.class);
    String kept = database.fromTransaction(em -> em.find(Event.class, id).title());
    assertThat(kept).isEqualTo("II Conferencia (editada por Ana)");
  }
}
