package gt.mirps.coordination.territory;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TerritoryMigrationTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  @Test
  void theMigrationLoadsGuatemalasDepartmentsAndMunicipalities() {
    List<Territory> departments =
        database.fromTransaction(em -> new JpaTerritories(em).departments());
    List<Territory> peten =
        database.fromTransaction(em -> new JpaTerritories(em).municipalitiesOf("17"));
    long municipalities =
        database.fromTransaction(
            em ->
                em.createQuery(
                        "select count(t) from Territory t where t.level = :level", Long.class)
                    .setParameter("level", TerritoryLevel.MUNICIPALITY)
                    .getSingleResult());

    assertThat(departments).hasSize(22);
    assertThat(departments.get(0).name()).isEqualTo("Guatemala");
    assertThat(departments.get(21).name()).isEqualTo("Jutiapa");
    assertThat(municipalities).isEqualTo(340);
    assertThat(peten).hasSize(14).extracting(Territory::name).contains("Flores", "San Benito");
  }

  @Test
  void aMunicipalityKnowsItsDepartmentAndCode() {
    Territory flores =
        database.fromTransaction(
            em -> {
              Territory t = new JpaTerritories(em).territory("1701").orElseThrow();
              t.fullName();
              return t;
            });
    assertThat(flores.id()).isEqualTo(1701L);
    assertThat(flores.fullName()).isEqualTo("Flores, Petén");
    assertThat(flores.isMunicipality()).isTrue();
    Territory petatan =
        database.fromTransaction(em -> new JpaTerritories(em).territory("1333").orElseThrow());
    assertThat(petatan.name()).isEqualTo("Petatán");
  }

  @Test
  void theSevenMirpsCountriesAreFlagged() {
    List<Country> members = database.fromTransaction(em -> new JpaTerritories(em).mirpsMembers());
    Country guatemala =
        database.fromTransaction(em -> new JpaTerritories(em).country("GT").orElseThrow());

    assertThat(members)
        .extracting(Country::code)
        .containsExactlyInAnyOrder("BZ", "CR", "SV", "GT", "HN", "MX", "PA");
    assertThat(guatemala.nameEs()).isEqualTo("Guatemala");
    boolean usMember =
        database.fromTransaction(
            em -> new JpaTerritories(em).country("US").orElseThrow().mirpsMember());
    assertThat(usMember).isFalse();
  }
}
