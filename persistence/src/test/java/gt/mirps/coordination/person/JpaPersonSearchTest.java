package gt.mirps.coordination.person;

import static gt.mirps.coordination.directory.Directory.institution;
import static gt.mirps.coordination.directory.Directory.person;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People lists paged and filtered by the database. */
class JpaPersonSearchTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private List<String> names(PersonFilter filter) {
    return database.fromTransaction(
        em ->
            new JpaPersonSearch(em)
                .find(filter, true, 0, 20).stream().map(Person::fullName).toList());
  }

  @Test
  void peopleAreFoundByPartOfTheirNameIgnoringAccentsAndByTheirCurrentInstitution() {
    long minexId =
        database.fromTransaction(
            em -> {
              Institution minex = institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
              Institution igm = institution(em, "Instituto Guatemalteco de Migración", "IGM");
              person(em, "Carlos Ramiro Martínez")
                  .joinInstitution(minex, "Canciller", LocalDate.of(2024, 1, 15));
              Person moved = person(em, "Stephanie Martínez");
              moved.joinInstitution(minex, "Directora", LocalDate.of(2020, 1, 1));
              moved.joinInstitution(igm, "Directora", LocalDate.of(2023, 1, 1));
              person(em, "Karin Herrera");
              em.flush();
              return minex.id();
            });

    assertThat(names(PersonFilter.text("Martinez")))
        .containsExactly("Carlos Ramiro Martínez", "Stephanie Martínez");
    assertThat(names(PersonFilter.text("KARIN"))).containsExactly("Karin Herrera");
    assertThat(names(new PersonFilter(null, minexId))).containsExactly("Carlos Ramiro Martínez");
    assertThat(names(new PersonFilter("stephanie", minexId))).isEmpty();
    long count =
        database.fromTransaction(
            em -> new JpaPersonSearch(em).count(PersonFilter.text("martínez")));
    assertThat(count).isEqualTo(2);
  }
}
