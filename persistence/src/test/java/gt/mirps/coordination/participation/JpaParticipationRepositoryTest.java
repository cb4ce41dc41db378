package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaParticipationRepositoryTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private long eventId;
  private long personId;
  private long minexId;

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @BeforeEach
  void recordConferenceAndCanciller() {
    database.inTransaction(
        em -> {
          Event event =
              new Event(
                  "II Conferencia Nacional de Ciudades Solidarias",
                  EventKind.CONFERENCE,
                  LocalDateTime.of(2024, 9, 25, 9, 0),
                  LocalDateTime.of(2024, 9, 26, 17, 0));
          em.persist(event);
          Institution minex = institution(em, "Ministerio de Relaciones Exteriores");
          Person canciller = new Person("Carlos Ramiro Martínez");
          canciller.joinInstitution(minex, "Canciller", LocalDate.of(2024, 1, 15));
          em.persist(canciller);
          em.flush();
          eventId = event.id();
          personId = canciller.id();
          minexId = minex.id();
        });
  }

  static Institution institution(EntityManager em, String name) {
    Institution institution =
        new Institution(name, InstitutionKind.MINISTRY, em.find(Country.class, "GT"), null);
    em.persist(institution);
    return institution;
  }

  private Participation registerCanciller(EntityManager em, String code) {
    return new JpaParticipationRepository(em)
        .add(
            Participation.ofPerson(
                em.find(Event.class, eventId),
                em.find(Person.class, personId),
                null,
                null,
                ParticipationRole.SPEAKER,
                AttendanceState.REGISTERED,
                code));
  }

  @Test
  void aCheckedInParticipationRoundTripsWithItsSnapshot() {
    database.inTransaction(
        em ->
            registerCanciller(em, "ABCD2345")
                .checkIn(Instant.parse("2024-09-25T15:00:00Z"), "ana"));

    Participation read =
        database.fromTransaction(
            em -> new JpaParticipationRepository(em).findByCode("ABCD2345").orElseThrow());

    assertThat(read.state()).isEqualTo(AttendanceState.ATTENDED);
    assertThat(read.checkedInAt()).contains(Instant.parse("2024-09-25T15:00:00Z"));
    assertThat(read.checkedInBy()).contains("ana");
    assertThat(read.positionAtEvent()).contains("Canciller");
    assertThat(read.institution().orElseThrow().id()).isEqualTo(minexId);
    assertThat(read.person().orElseThrow().fullName()).isEqualTo("Carlos Ramiro Martínez");
  }

  @Test
  void findsByEventAndPersonAndByDelegation() {
    database.inTransaction(
        em -> {
          registerCanciller(em, "ABCD2345");
          new JpaParticipationRepository(em)
              .add(
                  Participation.delegation(
                      em.find(Event.class, eventId),
                      em.find(Institution.class, minexId),
                      4,
                      ParticipationRole.DELEGATE,
                      AttendanceState.INVITED,
                      "WXYZ6789"));
        });

    boolean person =
        database.fromTransaction(
            em ->
                new JpaParticipationRepository(em)
                    .findByEventAndPerson(eventId, personId)
                    .isPresent());
    int heads =
        database.fromTransaction(
            em ->
                new JpaParticipationRepository(em)
                    .delegation(eventId, minexId)
                    .orElseThrow()
                    .headCount());
    boolean taken =
        database.fromTransaction(em -> new JpaParticipationRepository(em).codeTaken("WXYZ6789"));
    boolean free =
        database.fromTransaction(em -> new JpaParticipationRepository(em).codeTaken("WXYZ6780"));

    assertThat(person).isTrue();
    assertThat(heads).isEqualTo(4);
    assertThat(taken).isTrue();
    assertThat(free).isFalse();
  }

  @Test
  void countsTheParticipationsOfAnEventByAttendanceState() {
    database.inTransaction(
        em -> {
          registerCanciller(em, "ABCD2345").checkIn(Instant.parse("2024-09-25T15:00:00Z"), "ana");
          for (int i = 0; i < 3; i++) {
            new JpaParticipationRepository(em)
                .add(
                    Participation.delegation(
                        em.find(Event.class, eventId),
                        institution(em, "Delegación " + i),
                        2,
                        ParticipationRole.DELEGATE,
                        AttendanceState.REGISTERED,
                        "DXGA234" + (5 + i)));
          }
        });

    Map<AttendanceState, Long> counts =
        database.fromTransaction(em -> new JpaParticipationRepository(em).countByState(eventId));

    assertThat(counts)
        .containsOnly(
            Map.entry(AttendanceState.ATTENDED, 1L), Map.entry(AttendanceState.REGISTERED, 3L));
  }

  @Test
  void theDatabaseRefusesTheSamePersonTwiceAtAnEvent() {
    database.inTransaction(em -> registerCanciller(em, "ABCD2345"));

    assertThatThrownBy(() -> database.inTransaction(em -> registerCanciller(em, "ABCD2346")))
        .isInstanceOf(PersistenceException.class);
    long count =
        database.fromTransaction(em -> new JpaParticipationRepository(em).countOfEvent(eventId));
    assertThat(count).isEqualTo(1);
  }

  @Test
  void aPageOfParticipantsCostsTheSameStatementsWhateverItsSize() {
    database.inTransaction(
        em -> {
          Event event = em.find(Event.class, eventId);
          for (int i = 0; i < 30; i++) {
            Institution institution = institution(em, "Institución " + i);
            Person person = new Person("Persona " + i);
            person.joinInstitution(institution, "Cargo " + i, LocalDate.of(2024, 1, 1));
            em.persist(person);
            new JpaParticipationRepository(em)
                .add(
                    Participation.ofPerson(
                        event,
                        person,
                        null,
                        null,
                        ParticipationRole.ATTENDEE,
                        AttendanceState.REGISTERED,
                        ParticipantCode.next()));
          }
        });

    List<String> small = new ArrayList<>();
    List<String> large = new ArrayList<>();
    int forFive = database.statementsDuring(() -> showPage(5, small));
    int forThirty = database.statementsDuring(() -> showPage(30, large));

    assertThat(small).hasSize(5);
    assertThat(large).hasSize(30);
    // Person and institution come with the page; only shared references (the event, the
    // country) may cost a statement of their own, once, whatever the number of rows.
    assertThat(forThirty).isEqualTo(forFive).isLessThanOrEqualTo(3);
  }

  private void showPage(int size, List<String> lines) {
    database.inTransaction(
        em -> {
          for (Participation p : new JpaParticipationRepository(em).ofEvent(eventId, 0, size)) {
            lines.add(
                p.person().orElseThrow().fullName() + " · " + p.institution().orElseThrow().name());
          }
        });
  }
}
