package gt.mirps.coordination.institution;

import static gt.mirps.coordination.directory.Directory.delegation;
import static gt.mirps.coordination.directory.Directory.event;
import static gt.mirps.coordination.directory.Directory.institution;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.participation.JpaParticipationHistories;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Institution lists paged, filtered and sorted by the database. */
class JpaInstitutionSearchTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @BeforeEach
  void someInstitutions() {
    database.inTransaction(
        em -> {
          em.persist(JpaInstitutionRepositoryTest.acnur(em));
          institution(em, "Ministerio de Relaciones Exteriores", "MINEX").joinNationalTeam(true);
          institution(em, "Instituto Guatemalteco de Migración", "IGM").joinNationalTeam(true);
          Institution oea =
              new Institution(
                  "Organización de los Estados Americanos",
                  InstitutionKind.INTERNATIONAL_ORGANISATION,
                  em.find(Country.class, "HN"),
                  null);
          oea.abbreviate("OEA");
          em.persist(oea);
          for (int i = 1; i <= 25; i++) {
            institution(em, String.format("Municipalidad número %02d", i), null);
          }
        });
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private List<Institution> page(
      InstitutionFilter filter, InstitutionOrder order, boolean ascending, int first, int max) {
    return database.fromTransaction(
        em -> new JpaInstitutionSearch(em).find(filter, order, ascending, first, max));
  }

  private long count(InstitutionFilter filter) {
    return database.fromTransaction(em -> new JpaInstitutionSearch(em).count(filter));
  }

  private List<String> names(InstitutionFilter filter) {
    return page(filter, InstitutionOrder.NAME, true, 0, 50).stream()
        .map(Institution::name)
        .toList();
  }

  @Test
  void acnurIsFoundByAnyPartOfItsNamesWhateverTheAccentsAndCase() {
    for (String typed :
        List.of(
            "acnur",
            "ACNÚR",
            "Agencia de la ONU para los Refugiados",
            "agencia de la onu",
            "naciones unidas para")) {
      assertThat(names(InstitutionFilter.text(typed)))
          .as(typed)
          .containsExactly("Alto Comisionado de las Naciones Unidas para los Refugiados");
    }
    assertThat(names(InstitutionFilter.text("migracion")))
        .containsExactly("Instituto Guatemalteco de Migración");
    assertThat(names(InstitutionFilter.text("100%"))).isEmpty();
  }

  @Test
  void filtersByKindCountryAndTeamMembershipCombine() {
    assertThat(names(new InstitutionFilter(null, null, null, true)))
        .containsExactly(
            "Instituto Guatemalteco de Migración", "Ministerio de Relaciones Exteriores");
    assertThat(names(new InstitutionFilter(null, null, "HN", null)))
        .containsExactly("Organización de los Estados Americanos");
    assertThat(names(new InstitutionFilter(null, InstitutionKind.UN_AGENCY, "GT", null)))
        .containsExactly("Alto Comisionado de las Naciones Unidas para los Refugiados");
    assertThat(names(new InstitutionFilter("mini", null, null, true)))
        .containsExactly("Ministerio de Relaciones Exteriores");
    assertThat(count(new InstitutionFilter("municipalidad", null, "GT", false))).isEqualTo(25);
  }

  @Test
  void pagesAreCutAndSortedByTheDatabase() {
    InstitutionFilter municipalities = InstitutionFilter.text("numero");
    List<Institution> secondPage = page(municipalities, InstitutionOrder.NAME, false, 10, 10);
    assertThat(secondPage)
        .extracting(Institution::name)
        .first()
        .isEqualTo("Municipalidad número 15");
    assertThat(secondPage).hasSize(10);
    assertThat(count(municipalities)).isEqualTo(25);
    assertThat(page(InstitutionFilter.all(), InstitutionOrder.ACRONYM, true, 0, 3))
        .extracting(i -> i.acronym().orElse(null))
        .containsExactly("ACNUR", "IGM", "MINEX");
  }

  @Test
  void aPageOfInstitutionsAndItsCountryCostOneStatementWhateverItsSize() {
    int statements =
        database.statementsDuring(
            () ->
                database.inTransaction(
                    em ->
                        new JpaInstitutionSearch(em)
                            .find(InstitutionFilter.all(), InstitutionOrder.COUNTRY, true, 0, 20)
                            .forEach(i -> i.country().nameEs())));
    assertThat(statements).isLessThanOrEqualTo(2);
  }

  @Test
  void theEventsAnInstitutionTookPartInComeLatestFirstAPageAtATime() {
    long minex =
        database.fromTransaction(
            em -> {
              Institution institution = institution(em, "Secretaría Ejecutiva", "SE");
              for (int day = 1; day <= 12; day++) {
                delegation(em, event(em, "Reunión " + day, day), institution, 2);
              }
              em.flush();
              return institution.id();
            });

    List<Participation> page =
        database.fromTransaction(
            em -> {
              List<Participation> found =
                  JpaParticipationHistories.using(em).ofInstitution(minex, 0, 5);
              found.forEach(p -> p.event().title());
              return found;
            });
    assertThat(page).extracting(p -> p.event().title()).startsWith("Reunión 12", "Reunión 11");
    assertThat(page).hasSize(5);
    long count =
        database.fromTransaction(
            em -> JpaParticipationHistories.using(em).countOfInstitution(minex));
    assertThat(count).isEqualTo(12);
  }
}
