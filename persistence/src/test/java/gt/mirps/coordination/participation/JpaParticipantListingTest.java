package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaParticipantListingTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private long eventId;
  private long otherEventId;

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /**
   * The conference: the Canciller (MINEX, speaker, attended), Gómez (ACNUR, attendee, invited),
   * Zúñiga (no institution, observer, registered) and IGM's delegation of three (delegate,
   * confirmed). Another event has Peña.
   */
  @BeforeEach
  void recordConference() {
    database.inTransaction(
        em -> {
          Event event = event(em, "II Conferencia Nacional de Ciudades Solidarias");
          Event other = event(em, "Taller de gobernanza local");
          Institution minex = institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
          Institution acnur = institution(em, "Alto Comisionado para los Refugiados", "ACNUR");
          Institution igm = institution(em, "Instituto Guatemalteco de Migración", "IGM");
          Participation canciller =
              person(
                  em, event, "Carlos Ramiro Martínez", minex, "Canciller", "SPEAKER", "AAAA1111");
          canciller.checkIn(Instant.parse("2024-09-25T15:00:00Z"), "ana");
          Participation gomez =
              person(em, event, "Lucía Gómez", acnur, "Representante", "ATTENDEE", "BBBB2222");
          gomez.changeRole(ParticipationRole.ATTENDEE);
          person(em, event, "Ángel Zúñiga", null, null, "OBSERVER", "CCCC3333").register();
          Participation delegation =
              Participation.delegation(
                  event,
                  igm,
                  3,
                  ParticipationRole.DELEGATE,
                  AttendanceState.REGISTERED,
                  "DDDD4444");
          delegation.confirm();
          em.persist(delegation);
          person(em, other, "Marta Peña", minex, "Directora", "ATTENDEE", "EEEE5555");
          em.flush();
          eventId = event.id();
          otherEventId = other.id();
        });
  }

  private static Event event(EntityManager em, String title) {
    Event event =
        new Event(
            title,
            EventKind.CONFERENCE,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 26, 17, 0));
    em.persist(event);
    return event;
  }

  private static Institution institution(EntityManager em, String name, String acronym) {
    Institution institution =
        new Institution(name, InstitutionKind.MINISTRY, em.find(Country.class, "GT"), null);
    institution.abbreviate(acronym);
    em.persist(institution);
    return institution;
  }

  private static Participation person(
      EntityManager em,
      Event event,
      String name,
      Institution institution,
      String position,
      String role,
      String code) {
    Person person = new Person(name);
    if (institution != null) {
      person.joinInstitution(institution, position, LocalDate.of(2024, 1, 15));
    }
    em.persist(person);
    Participation participation =
        Participation.ofPerson(
            event,
            person,
            null,
            null,
            ParticipationRole.valueOf(role),
            AttendanceState.INVITED,
            code);
    em.persist(participation);
    return participation;
  }

  private List<String> names(ParticipantFilter filter, int first, int max) {
    return database.fromTransaction(
        em ->
            new JpaParticipantListing(em)
                .page(eventId, filter, first, max).stream()
                    .map(
                        p ->
                            p.person()
                                .map(Person::fullName)
                                .orElseGet(() -> p.institution().orElseThrow().name()))
                    .toList());
  }

  private long count(ParticipantFilter filter) {
    return database.fromTransaction(em -> new JpaParticipantListing(em).count(eventId, filter));
  }

  private static ParticipantFilter text(String text) {
    return new ParticipantFilter(text, null, null, ParticipantSort.NAME, true);
  }

  @Test
  void listsOnlyTheEventsParticipantsByNameWithDelegationsByTheirInstitution() {
    assertThat(names(ParticipantFilter.everyone(), 0, 10))
        .containsExactly(
            "Ángel Zúñiga",
            "Carlos Ramiro Martínez",
            "Instituto Guatemalteco de Migración",
            "Lucía Gómez");
    assertThat(count(ParticipantFilter.everyone())).isEqualTo(4);
  }

  @Test
  void pagesInTheDatabaseOrder() {
    assertThat(names(ParticipantFilter.everyone(), 1, 2))
        .containsExactly("Carlos Ramiro Martínez", "Instituto Guatemalteco de Migración");
    assertThat(names(new ParticipantFilter(null, null, null, ParticipantSort.NAME, false), 0, 1))
        .containsExactly("Lucía Gómez");
  }

  @Test
  void findsByNameInstitutionAcronymOrCodeAccentsAndCaseAside() {
    assertThat(names(text("zuniga"), 0, 10)).containsExactly("Ángel Zúñiga");
    assertThat(names(text("GOMEZ"), 0, 10)).containsExactly("Lucía Gómez");
    assertThat(names(text("acnur"), 0, 10)).containsExactly("Lucía Gómez");
    assertThat(names(text("migracion"), 0, 10))
        .containsExactly("Instituto Guatemalteco de Migración");
    assertThat(names(text("aaaa1"), 0, 10)).containsExactly("Carlos Ramiro Martínez");
    assertThat(count(text("peña"))).isZero();
    assertThat(count(text("100%"))).isZero();
  }

  @Test
  void filtersByRoleAndStateAndSortsByEitherColumn() {
    assertThat(
            names(new ParticipantFilter(null, ParticipationRole.SPEAKER, null, null, true), 0, 10))
        .containsExactly("Carlos Ramiro Martínez");
    assertThat(names(new ParticipantFilter(null, null, AttendanceState.INVITED, null, true), 0, 10))
        .containsExactly("Lucía Gómez");
    assertThat(
            count(
                new ParticipantFilter(
                    null, ParticipationRole.SPEAKER, AttendanceState.INVITED, null, true)))
        .isZero();
    assertThat(names(new ParticipantFilter(null, null, null, ParticipantSort.STATE, true), 0, 10))
        .containsExactly(
            "Carlos Ramiro Martínez",
            "Instituto Guatemalteco de Migración",
            "Lucía Gómez",
            "Ángel Zúñiga");
    assertThat(names(new ParticipantFilter(null, null, null, ParticipantSort.CODE, false), 0, 10))
        .containsExactly(
            "Instituto Guatemalteco de Migración",
            "Ángel Zúñiga",
            "Lucía Gómez",
            "Carlos Ramiro Martínez");
    for (ParticipantSort sort : ParticipantSort.values()) {
      assertThat(names(new ParticipantFilter(null, null, null, sort, false), 0, 10)).hasSize(4);
    }
  }

  @Test
  void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
    List<String> one = new ArrayList<>();
    List<String> all = new ArrayList<>();
    int forOne = database.statementsDuring(() -> showPage(1, one));
    int forAll = database.statementsDuring(() -> showPage(4, all));

    assertThat(all).hasSize(4);
    assertThat(forAll).isEqualTo(forOne);
  }

  private void showPage(int size, List<String> lines) {
    database.inTransaction(
        em -> {
          for (Participation p :
              new JpaParticipantListing(em).page(eventId, ParticipantFilter.everyone(), 0, size)) {
            lines.add(
                p.person().map(Person::fullName).orElse("")
                    + p.institution().map(Institution::displayName).orElse(""));
          }
        });
  }

  @Test
  void findsPeopleByPartOfTheirNameWithTheirCurrentPost() {
    List<PersonCandidate> found =
        database.fromTransaction(em -> new JpaRegistrationCandidates(em).people("MARTINEZ", 10));

    assertThat(found)
        .extracting(PersonCandidate::fullName)
        .containsExactly("Carlos Ramiro Martínez");
    assertThat(found.get(0).institution()).isEqualTo("Ministerio de Relaciones Exteriores");
    assertThat(found.get(0).position()).isEqualTo("Canciller");
    List<PersonCandidate> without =
        database.fromTransaction(em -> new JpaRegistrationCandidates(em).people("zuñ", 10));
    assertThat(without).extracting(PersonCandidate::institution).containsExactly((String) null);
    List<PersonCandidate> two =
        database.fromTransaction(em -> new JpaRegistrationCandidates(em).people("a", 2));
    assertThat(two).hasSize(2);
  }

  @Test
  void findsInstitutionsByPartOfTheirNameOrAcronym() {
    List<Institution> byName =
        database.fromTransaction(em -> new JpaRegistrationCandidates(em).institutions("migra", 10));
    List<Institution> byAcronym =
        database.fromTransaction(em -> new JpaRegistrationCandidates(em).institutions("acn", 10));

    assertThat(byName)
        .extracting(Institution::name)
        .containsExactly("Instituto Guatemalteco de Migración");
    assertThat(byAcronym)
        .extracting(Institution::name)
        .containsExactly("Alto Comisionado para los Refugiados");
    assertThat(otherEventId).isPositive();
  }
}
