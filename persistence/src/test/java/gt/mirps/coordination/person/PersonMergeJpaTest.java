package gt.mirps.coordination.person;

import static gt.mirps.coordination.directory.Directory.attends;
import static gt.mirps.coordination.directory.Directory.event;
import static gt.mirps.coordination.directory.Directory.foreignKeysTo;
import static gt.mirps.coordination.directory.Directory.institution;
import static gt.mirps.coordination.directory.Directory.person;
import static gt.mirps.coordination.directory.Directory.rowsPointingTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.directory.Directory.ForeignKey;
import gt.mirps.coordination.directory.Directory.ListTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Territory;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merging two records of one person against the real schema. */
class PersonMergeJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final ListTrail trail = new ListTrail();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private Person merge(long duplicate, long kept) {
    return database.fromTransaction(
        em ->
            new PersonMerger(
                    new JpaPersonRepository(em), new JpaPersonReferences(em), trail.auditor())
                .merge(duplicate, kept));
  }

  /** [duplicate, kept, city] ids: the duplicate referenced from every table that can. */
  private long[] fullyReferenced() {
    return database.fromTransaction(
        em -> {
          Institution minex = institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
          Person kept = person(em, "Carlos Ramiro Martínez");
          kept.joinInstitution(minex, "Canciller", LocalDate.of(2024, 1, 15));
          Person duplicate = person(em, "Carlos Martinez");
          duplicate.contactAt("cmartinez@minex.gob.gt", null);
          duplicate.joinInstitution(minex, "Viceministro", LocalDate.of(2020, 1, 15));
          Event earlier = event(em, "Reunión de cancilleres", 3);
          earlier.addSession(
              "Apertura",
              LocalDateTime.of(2024, 9, 3, 9, 0),
              LocalDateTime.of(2024, 9, 3, 10, 0),
              List.of(duplicate));
          attends(em, earlier, duplicate, minex);
          attends(em, event(em, "Conferencia", 25), kept, minex);
          SolidarityCity city =
              new SolidarityCity(
                  SolidarityCityKind.DEPARTMENT,
                  em.find(Territory.class, 13L),
                  LocalDate.of(2024, 9, 25),
                  LocalDate.of(2025, 1, 1));
          city.appointFocalPoint(duplicate);
          em.persist(city);
          em.flush();
          return new long[] {duplicate.id(), kept.id(), city.id()};
        });
  }

  @Test
  void mergingAFullyReferencedDuplicateLeavesNoReferenceToIt() throws SQLException {
    long[] ids = fullyReferenced();
    List<ForeignKey> keys = foreignKeysTo(database, "person");
    assertThat(keys)
        .contains(
            new ForeignKey("participation", "person_id"),
            new ForeignKey("session_speaker", "person_id"));
    for (ForeignKey key : keys) {
      assertThat(rowsPointingTo(database, key, ids[0])).as(key.toString()).isPositive();
    }

    merge(ids[0], ids[1]);

    for (ForeignKey key : keys) {
      assertThat(rowsPointingTo(database, key, ids[0])).as(key.toString()).isZero();
    }
    database.inTransaction(
        em -> {
          assertThat(em.find(Person.class, ids[0])).isNull();
          Person kept = em.find(Person.class, ids[1]);
          assertThat(kept.email()).contains("cmartinez@minex.gob.gt");
          assertThat(kept.affiliations())
              .extracting(a -> a.position().orElseThrow())
              .containsExactly("Viceministro", "Canciller");
          assertThat(kept.affiliations().get(0).until()).contains(LocalDate.of(2024, 1, 15));
          assertThat(kept.currentAffiliation().flatMap(Affiliation::position))
              .contains("Canciller");
          assertThat(em.find(SolidarityCity.class, ids[2]).focalPoint()).contains(kept);
          assertThat(
                  gt.mirps.coordination.participation.JpaParticipationHistories.using(em)
                      .countOfPerson(ids[1]))
              .isEqualTo(2);
        });
    assertThat(trail.entries).hasSize(2);
  }

  @Test
  void twoRecordsAtTheSameEventAreNotMergedAndNothingChanges() {
    long[] ids =
        database.fromTransaction(
            em -> {
              Institution minex = institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
              Person kept = person(em, "Karin Herrera");
              Person duplicate = person(em, "Karin Herrera Aguilar");
              Event conference = event(em, "II Conferencia Nacional", 25);
              attends(em, conference, kept, minex);
              attends(em, conference, duplicate, minex);
              em.flush();
              return new long[] {duplicate.id(), kept.id()};
            });

    assertThatThrownBy(() -> merge(ids[0], ids[1]))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("person.merge.sameEvent");

    database.inTransaction(em -> assertThat(em.find(Person.class, ids[0])).isNotNull());
    assertThat(trail.entries).isEmpty();
  }
}
