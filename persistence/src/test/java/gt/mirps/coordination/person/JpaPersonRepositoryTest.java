package gt.mirps.coordination.person;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaPersonRepositoryTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void aPersonRoundTripsWithContactConsentAndAffiliationHistory() {
    long id =
        database.fromTransaction(
            em -> {
              Country guatemala = em.find(Country.class, "GT");
              Institution igm =
                  new Institution(
                      "Instituto Guatemalteco de Migración",
                      InstitutionKind.GOVERNMENT_AGENCY,
                      guatemala,
                      null);
              Institution minex =
                  new Institution(
                      "Ministerio de Relaciones Exteriores",
                      InstitutionKind.MINISTRY,
                      guatemala,
                      null);
              em.persist(igm);
              em.persist(minex);
              Person person = new Person("Carlos Ramiro Martínez");
              person.describe("Sr.", null);
              person.contactAt("canciller@minex.gob.gt", "+502 2410-0000");
              person.joinInstitution(igm, "Director", LocalDate.of(2020, 1, 1));
              person.joinInstitution(minex, "Canciller", LocalDate.of(2024, 1, 15));
              return new JpaPersonRepository(em).add(person).id();
            });

    Person read =
        database.fromTransaction(
            em -> {
              Person p = new JpaPersonRepository(em).find(id).orElseThrow();
              p.affiliations().forEach(a -> a.institution().name());
              return p;
            });

    assertThat(read.email()).contains("canciller@minex.gob.gt");
    assertThat(read.publicConsent()).isFalse();
    assertThat(read.position()).contains("Canciller");
    assertThat(read.affiliations())
        .extracting(a -> a.institution().name(), Affiliation::since)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Instituto Guatemalteco de Migración", LocalDate.of(2020, 1, 1)),
            org.assertj.core.groups.Tuple.tuple(
                "Ministerio de Relaciones Exteriores", LocalDate.of(2024, 1, 15)));
    assertThat(read.affiliations().get(0).until()).contains(LocalDate.of(2024, 1, 15));
  }

  @Test
  void peopleAreFoundByNameWhateverTheAccentsAndCase() {
    database.inTransaction(
        em -> {
          JpaPersonRepository people = new JpaPersonRepository(em);
          people.add(new Person("Karin Herrera"));
          people.add(new Person("Besem Obenson"));
        });

    List<Person> found =
        database.fromTransaction(em -> new JpaPersonRepository(em).findByName("KARÍN  herrera"));
    List<Person> none =
        database.fromTransaction(em -> new JpaPersonRepository(em).findByName("Karin"));

    assertThat(found).extracting(Person::fullName).containsExactly("Karin Herrera");
    assertThat(none).isEmpty();
  }
}
