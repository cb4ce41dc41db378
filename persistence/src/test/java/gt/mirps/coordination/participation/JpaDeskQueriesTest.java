package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaDeskQueriesTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private long eventId;
  private long otherEventId;

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @BeforeEach
  void recordParticipants() {
    database.inTransaction(
        em -> {
          Event event =
              new Event(
                  "Conferencia",
                  EventKind.CONFERENCE,
                  LocalDateTime.of(2024, 9, 25, 9, 0),
                  LocalDateTime.of(2024, 9, 26, 17, 0));
          Event other =
              new Event(
                  "Taller",
                  EventKind.CONFERENCE,
                  LocalDateTime.of(2024, 10, 1, 9, 0),
                  LocalDateTime.of(2024, 10, 1, 17, 0));
          em.persist(event);
          em.persist(other);
          Institution igm =
              JpaParticipationRepositoryTest.institution(em, "Instituto Guatemalteco de Migración");
          igm.abbreviate("IGM");
          JpaParticipationRepository repository = new JpaParticipationRepository(em);
          String[] names = {"Ana Lucía Xol", "Bruno Díaz", "Carla Méndez"};
          String[] codes = {"AAAA2345", "BBBB2345", "CCCC2345"};
          for (int i = 0; i < names.length; i++) {
            Person person = new Person(names[i]);
            em.persist(person);
            repository.add(
                i == 2
                    ? Participation.walkIn(event, person, igm, null, codes[i])
                    : Participation.ofPerson(
                        event,
                        person,
                        i == 1 ? igm : null,
                        null,
                        ParticipationRole.ATTENDEE,
                        AttendanceState.REGISTERED,
                        codes[i]));
          }
          Person elsewhere = new Person("Lucía Otra");
          em.persist(elsewhere);
          repository.add(Participation.walkIn(other, elsewhere, null, null, "DDDD2345"));
          em.flush();
          eventId = event.id();
          otherEventId = other.id();
        });
  }

  @Test
  void searchFindsByNameOrInstitutionWithinTheEventOnly() {
    database.inTransaction(
        em -> {
          JpaDeskQueries queries = new JpaDeskQueries(em);
          assertThat(queries.search(eventId, "lucia", 8))
              .extracting(Participation::displayName)
              .containsExactly("Ana Lucía Xol");
          assertThat(queries.search(eventId, "igm", 8))
              .extracting(Participation::displayName)
              .containsExactly("Bruno Díaz", "Carla Méndez");
          assertThat(queries.search(eventId, "migracion", 1)).hasSize(1);
          assertThat(queries.search(eventId, "zz%", 8)).isEmpty();
        });
  }

  @Test
  void walkInsAreCountedUntilCancelledAndTheUndoStateIsKept() {
    AtomicLong walkIns = new AtomicLong();
    database.inTransaction(
        em -> {
          JpaDeskQueries queries = new JpaDeskQueries(em);
          assertThat(queries.countWalkIns(eventId)).isEqualTo(1);
          assertThat(queries.countWalkIns(otherEventId)).isEqualTo(1);
          Participation carla =
              new JpaParticipationRepository(em).findByCode("CCCC2345").orElseThrow();
          carla.checkIn(Instant.parse("2024-09-25T15:00:00Z"), "luis");
        });
    database.inTransaction(
        em -> {
          Participation carla =
              new JpaParticipationRepository(em).findByCode("CCCC2345").orElseThrow();
          assertThat(carla.isWalkIn()).isTrue();
          assertThat(carla.stateBeforeCheckIn()).contains(AttendanceState.REGISTERED);
          carla.undoCheckIn();
          carla.cancel();
        });
    database.inTransaction(em -> walkIns.set(new JpaDeskQueries(em).countWalkIns(eventId)));
    assertThat(walkIns.get()).isZero();
  }

  @Test
  void institutionNamesAreSuggestedByPartOfTheNameOrAcronym() {
    database.inTransaction(
        em ->
            assertThat(new JpaDeskQueries(em).institutionNames("migra", 5))
                .contains("Instituto Guatemalteco de Migración"));
  }
}
