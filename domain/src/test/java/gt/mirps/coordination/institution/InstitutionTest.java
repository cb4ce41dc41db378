package gt.mirps.coordination.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import org.junit.jupiter.api.Test;

class InstitutionTest {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  static final Territory PETEN = Territory.department("17", "Petén");
  static final Territory FLORES = Territory.municipality("1701", "Flores", PETEN);

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void aMunicipalityNeedsAMunicipalityTerritory() {
    Institution flores =
        new Institution("Municipalidad de Flores", InstitutionKind.MUNICIPALITY, GUATEMALA, FLORES);
    assertThat(flores.territory()).contains(FLORES);

    assertThatThrownBy(
            () ->
                new Institution(
                    "Municipalidad", InstitutionKind.MUNICIPALITY, GUATEMALA, (Territory) null))
        .extracting(InstitutionTest::key)
        .isEqualTo("institution.territory.required");
    assertThatThrownBy(
            () -> new Institution("Municipalidad", InstitutionKind.MUNICIPALITY, GUATEMALA, PETEN))
        .extracting(InstitutionTest::key)
        .isEqualTo("institution.territory.wrongLevel");
  }

  @Test
  void governorshipsAndDepartmentsNeedADepartment() {
    assertThat(
            new Institution(
                    "Gobernación Departamental de Petén",
                    InstitutionKind.DEPARTMENTAL_GOVERNORSHIP,
                    GUATEMALA,
                    PETEN)
                .territory())
        .contains(PETEN);
    assertThatThrownBy(
            () ->
                new Institution(
                    "Gobernación", InstitutionKind.DEPARTMENTAL_GOVERNORSHIP, GUATEMALA, FLORES))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(
            () -> new Institution("Petén", InstitutionKind.DEPARTMENT, GUATEMALA, (Territory) null))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void otherKindsMayGoWithoutTerritory() {
    Institution minex =
        new Institution(
            "Ministerio de Relaciones Exteriores", InstitutionKind.MINISTRY, GUATEMALA, null);
    assertThat(minex.territory()).isEmpty();
  }

  @Test
  void aNameIsRequired() {
    assertThatThrownBy(() -> new Institution(" ", InstitutionKind.NGO, GUATEMALA, null))
        .extracting(InstitutionTest::key)
        .isEqualTo("institution.name.required");
  }

  @Test
  void anInstitutionIsKnownByNameAcronymAndAliasesWhateverTheAccentsAndCase() {
    Institution acnur =
        new Institution(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            InstitutionKind.UN_AGENCY,
            GUATEMALA,
            null);
    acnur.abbreviate("ACNUR");
    acnur.addAlias("Agencia de la ONU para los Refugiados");
    acnur.addAlias("agencia de la onu para los refugiados");
    acnur.addAlias("Acnur");

    assertThat(acnur.aliases()).containsExactly("Agencia de la ONU para los Refugiados");
    assertThat(acnur.isKnownAs("acnur")).isTrue();
    assertThat(acnur.isKnownAs("ALTO COMISIONADO de las Naciones Unidas para los Refugiados"))
        .isTrue();
    assertThat(acnur.isKnownAs("Agencia de la ONU para los Refugiados")).isTrue();
    assertThat(acnur.isKnownAs("OEA")).isFalse();
    assertThat(acnur.displayName()).endsWith("(ACNUR)");
  }

  @Test
  void anAcronymLongerThanTheLimitIsRefused() {
    Institution oea =
        new Institution(
            "Organización de los Estados Americanos",
            InstitutionKind.INTERNATIONAL_ORGANISATION,
            GUATEMALA,
            null);
    assertThatThrownBy(() -> oea.abbreviate("X".repeat(Institution.ACRONYM_MAX + 1)))
        .isInstanceOf(RuleViolation.class);
    oea.abbreviate("OEA");
    assertThat(oea.acronym()).contains("OEA");
  }

  @Test
  void anInstitutionCannotBeItsOwnAncestor() {
    Institution ministry = new Institution("Ministerio", InstitutionKind.MINISTRY, GUATEMALA, null);
    Institution directorate =
        new Institution("Dirección", InstitutionKind.GOVERNMENT_AGENCY, GUATEMALA, null);
    directorate.placeUnder(ministry);
    assertThat(directorate.parent()).contains(ministry);

    assertThatThrownBy(() -> ministry.placeUnder(directorate))
        .extracting(InstitutionTest::key)
        .isEqualTo("institution.parent.cycle");
    assertThatThrownBy(() -> ministry.placeUnder(ministry)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void absorbingADuplicateKeepsItsNamesAsAliases() {
    Institution igm =
        new Institution(
            "Instituto Guatemalteco de Migración",
            InstitutionKind.GOVERNMENT_AGENCY,
            GUATEMALA,
            null);
    Institution duplicate =
        new Institution("Migración Guatemala", InstitutionKind.GOVERNMENT_AGENCY, GUATEMALA, null);
    duplicate.abbreviate("IGM");
    duplicate.addAlias("Instituto de Migración");

    igm.absorbNamesOf(duplicate);

    assertThat(igm.acronym()).contains("IGM");
    assertThat(igm.aliases()).contains("Migración Guatemala", "Instituto de Migración");
    assertThatThrownBy(() -> igm.absorbNamesOf(igm)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void anAliasIsForgottenWhateverItsAccentsAndCase() {
    Institution acnur =
        new Institution("Alto Comisionado", InstitutionKind.UN_AGENCY, GUATEMALA, null);
    acnur.addAlias("Agencia de la ONU para los Refugiados");
    acnur.addAlias("UNHCR");

    acnur.removeAlias("agencia de la onu para los refugiados");
    acnur.removeAlias("not an alias");

    assertThat(acnur.aliases()).containsExactly("UNHCR");
    assertThat(acnur.isKnownAs("Agencia de la ONU para los Refugiados")).isFalse();
  }

  @Test
  void anInstitutionMovesToAnotherCountry() {
    Institution oim = new Institution("OIM", InstitutionKind.UN_AGENCY, GUATEMALA, null);
    Country honduras = new Country("HN", "Honduras", "Honduras", true);

    oim.moveTo(honduras);

    assertThat(oim.country()).isEqualTo(honduras);
  }
}
