package gt.mirps.coordination.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaInstitutionRepositoryTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  static Institution acnur(EntityManager em) {
    Institution acnur =
        new Institution(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            InstitutionKind.UN_AGENCY,
            em.find(Country.class, "GT"),
            null);
    acnur.abbreviate("ACNUR");
    acnur.addAlias("Agencia de la ONU para los Refugiados");
    return acnur;
  }

  @Test
  void acnurIsFoundByItsNameAcronymOrAliasWhateverTheAccentsAndCase() {
    long id = database.fromTransaction(em -> new JpaInstitutionRepository(em).add(acnur(em)).id());

    for (String typed :
        List.of(
            "acnur",
            "ACNUR",
            "Agencia de la ONU para los Refugiados",
            "alto comisionado de las naciones unidas para los refugiados")) {
      List<Institution> found =
          database.fromTransaction(em -> new JpaInstitutionRepository(em).findByAnyName(typed));
      assertThat(found).as(typed).extracting(Institution::id).containsExactly(id);
    }
    boolean inGuatemala =
        database.fromTransaction(
            em -> new JpaInstitutionRepository(em).findByAcronym("GT", "Acnur").isPresent());
    boolean inHonduras =
        database.fromTransaction(
            em -> new JpaInstitutionRepository(em).findByAcronym("HN", "ACNUR").isPresent());
    assertThat(inGuatemala).isTrue();
    assertThat(inHonduras).isFalse();
  }

  @Test
  void anAcronymIsUniqueWithinACountryButMayRepeatAcrossCountries() {
    database.inTransaction(em -> new JpaInstitutionRepository(em).add(acnur(em)));
    database.inTransaction(
        em -> {
          Institution honduras =
              new Institution(
                  "ACNUR Honduras", InstitutionKind.UN_AGENCY, em.find(Country.class, "HN"), null);
          honduras.abbreviate("ACNUR");
          new JpaInstitutionRepository(em).add(honduras);
        });

    assertThatThrownBy(
            () ->
                database.inTransaction(
                    em -> {
                      Institution again =
                          new Institution(
                              "Otra", InstitutionKind.NGO, em.find(Country.class, "GT"), null);
                      again.abbreviate("acnur");
                      new JpaInstitutionRepository(em).add(again);
                    }))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void aMunicipalityKeepsItsTerritory() {
    long id =
        database.fromTransaction(
            em -> {
              Institution flores =
                  new Institution(
                      "Municipalidad de Flores",
                      InstitutionKind.MUNICIPALITY,
                      em.find(Country.class, "GT"),
                      em.find(Territory.class, 1701L));
              return new JpaInstitutionRepository(em).add(flores).id();
            });
    String territory =
        database.fromTransaction(
            em ->
                new JpaInstitutionRepository(em)
                    .find(id)
                    .orElseThrow()
                    .territory()
                    .orElseThrow()
                    .code());
    assertThat(territory).isEqualTo("1701");
  }

  @Test
  void theDatabaseRefusesAMunicipalityWithoutTerritory() throws SQLException {
    try (var connection = database.connection();
        Statement sql = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "INSERT INTO institution (id, name, name_key, kind, country_code,"
                          + " national_team_member, version, created_at, created_by, updated_at,"
                          + " updated_by) VALUES (1, 'M', 'm', 'MUNICIPALITY', 'GT', false, 0,"
                          + " CURRENT_TIMESTAMP, 's', CURRENT_TIMESTAMP, 's')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("CK_INSTITUTION_TERRITORY");
    }
  }
}
