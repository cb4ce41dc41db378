package gt.mirps.coordination.solidarity;

import static gt.mirps.coordination.solidarity.Places.FLORES;
import static gt.mirps.coordination.solidarity.Places.GUATEMALA_COUNTRY;
import static gt.mirps.coordination.solidarity.Places.HUEHUETENANGO;
import static gt.mirps.coordination.solidarity.Places.HUEHUETENANGO_CITY;
import static gt.mirps.coordination.solidarity.Places.PETEN;
import static gt.mirps.coordination.solidarity.Places.governorshipOf;
import static gt.mirps.coordination.solidarity.Places.municipalityOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Territory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SolidarityCityTest {

  private static final LocalDate SIGNED = LocalDate.of(2023, 5, 10);
  private static final LocalDate TODAY = LocalDate.of(2024, 9, 25);

  private static SolidarityCity huehuetenangoCity() {
    return new SolidarityCity(SolidarityCityKind.MUNICIPALITY, HUEHUETENANGO_CITY, SIGNED, TODAY);
  }

  private static SolidarityCity ended() {
    SolidarityCity city = huehuetenangoCity();
    city.end(LocalDate.of(2024, 6, 30), TODAY);
    return city;
  }

  private static AbstractObjectAssert<?, String> refusedWith(ThrowingCallable change) {
    return assertThatThrownBy(change)
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey());
  }

  @Test
  void aMunicipalityIsDesignatedActiveOutsideTheNetworkWithNoServicesYet() {
    SolidarityCity city = huehuetenangoCity();

    assertThat(city.kind()).isEqualTo(SolidarityCityKind.MUNICIPALITY);
    assertThat(city.territory()).isEqualTo(HUEHUETENANGO_CITY);
    assertThat(city.signedOn()).isEqualTo(SIGNED);
    assertThat(city.isActive()).isTrue();
    assertThat(city.endedOn()).isEmpty();
    assertThat(city.nationalNetworkMember()).isFalse();
    assertThat(city.services()).isEmpty();
    assertThat(city.institution()).isEmpty();
    assertThat(city.focalPoint()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"DEPARTMENTAL_GOVERNORSHIP", "DEPARTMENT"})
  void aGovernorshipOrDepartmentIsDesignatedForADepartment(SolidarityCityKind kind) {
    SolidarityCity city = new SolidarityCity(kind, HUEHUETENANGO, SIGNED, TODAY);

    assertThat(city.kind()).isEqualTo(kind);
    assertThat(city.territory()).isEqualTo(HUEHUETENANGO);
  }

  @Test
  void aMunicipalityDesignationRefusesADepartment() {
    refusedWith(
            () -> new SolidarityCity(SolidarityCityKind.MUNICIPALITY, HUEHUETENANGO, SIGNED, TODAY))
        .isEqualTo("solidarityCity.territory.wrongLevel");
  }

  @ParameterizedTest
  @EnumSource(names = {"DEPARTMENTAL_GOVERNORSHIP", "DEPARTMENT"})
  void aGovernorshipOrDepartmentDesignationRefusesAMunicipality(SolidarityCityKind kind) {
    refusedWith(() -> new SolidarityCity(kind, HUEHUETENANGO_CITY, SIGNED, TODAY))
        .isEqualTo("solidarityCity.territory.wrongLevel");
  }

  @Test
  void aDesignationNeedsAKind() {
    refusedWith(() -> new SolidarityCity(null, HUEHUETENANGO_CITY, SIGNED, TODAY))
        .isEqualTo("solidarityCity.kind.required");
  }

  @Test
  void aDesignationNeedsATerritory() {
    refusedWith(() -> new SolidarityCity(SolidarityCityKind.MUNICIPALITY, null, SIGNED, TODAY))
        .isEqualTo("solidarityCity.territory.required");
  }

  @Test
  void aDesignationNeedsASigningDate() {
    refusedWith(
            () ->
                new SolidarityCity(
                    SolidarityCityKind.MUNICIPALITY, HUEHUETENANGO_CITY, null, TODAY))
        .isEqualTo("solidarityCity.signedOn.required");
  }

  @Test
  void theAgreementMayHaveBeenSignedToday() {
    SolidarityCity city =
        new SolidarityCity(SolidarityCityKind.MUNICIPALITY, HUEHUETENANGO_CITY, TODAY, TODAY);

    assertThat(city.signedOn()).isEqualTo(TODAY);
  }

  @Test
  void aSigningDateAfterTodayIsRefused() {
    refusedWith(
            () ->
                new SolidarityCity(
                    SolidarityCityKind.MUNICIPALITY, HUEHUETENANGO_CITY, TODAY.plusDays(1), TODAY))
        .isEqualTo("solidarityCity.signedOn.inFuture");
  }

  @Test
  void theDepartmentOfAMunicipalityIsItsDepartmentAndOfADepartmentItself() {
    SolidarityCity department =
        new SolidarityCity(SolidarityCityKind.DEPARTMENT, PETEN, SIGNED, TODAY);

    assertThat(huehuetenangoCity().department()).isEqualTo(HUEHUETENANGO);
    assertThat(department.department()).isEqualTo(PETEN);
  }

  @Test
  void theInstitutionOfTheSameTerritoryIsAccepted() {
    SolidarityCity city = huehuetenangoCity();
    Institution municipality = municipalityOf(HUEHUETENANGO_CITY);

    city.representedBy(municipality);

    assertThat(city.institution()).containsSame(municipality);
  }

  @Test
  void theGovernorshipOfTheDepartmentIsAcceptedForItsDesignation() {
    SolidarityCity city =
        new SolidarityCity(
            SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP, HUEHUETENANGO, SIGNED, TODAY);
    Institution governorship = governorshipOf(HUEHUETENANGO);

    city.representedBy(governorship);

    assertThat(city.institution()).containsSame(governorship);
  }

  @Test
  void anInstitutionOfAnotherTerritoryIsRefused() {
    SolidarityCity city = huehuetenangoCity();

    refusedWith(() -> city.representedBy(municipalityOf(FLORES)))
        .isEqualTo("solidarityCity.institution.otherTerritory");
    assertThat(city.institution()).isEmpty();
  }

  @Test
  void theDepartmentsInstitutionIsRefusedForOneOfItsMunicipalities() {
    SolidarityCity city = huehuetenangoCity();

    refusedWith(() -> city.representedBy(governorshipOf(HUEHUETENANGO)))
        .isEqualTo("solidarityCity.institution.otherTerritory");
  }

  @Test
  void anInstitutionWithoutTerritoryIsRefused() {
    SolidarityCity city = huehuetenangoCity();
    Institution acnur =
        new Institution(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            InstitutionKind.UN_AGENCY,
            GUATEMALA_COUNTRY,
            null);

    refusedWith(() -> city.representedBy(acnur))
        .isEqualTo("solidarityCity.institution.otherTerritory");
  }

  @Test
  void theInstitutionCanBeRemoved() {
    SolidarityCity city = huehuetenangoCity();
    city.representedBy(municipalityOf(HUEHUETENANGO_CITY));

    city.representedBy(null);

    assertThat(city.institution()).isEmpty();
  }

  @Test
  void servicesAreReplacedAndListedInTheirOwnOrder() {
    SolidarityCity city = huehuetenangoCity();
    city.changeServices(EnumSet.of(SolidarityService.SHELTER, SolidarityService.LEGAL_AID));

    city.changeServices(
        Set.of(
            SolidarityService.HEALTH,
            SolidarityService.EDUCATION,
            SolidarityService.PSYCHOSOCIAL_SUPPORT,
            SolidarityService.SHELTER));

    assertThat(city.services())
        .containsExactly(
            SolidarityService.EDUCATION,
            SolidarityService.HEALTH,
            SolidarityService.PSYCHOSOCIAL_SUPPORT,
            SolidarityService.SHELTER);
  }

  @Test
  void servicesCanBeEmptied() {
    SolidarityCity city = huehuetenangoCity();
    city.changeServices(EnumSet.of(SolidarityService.HEALTH));

    city.changeServices(Set.of());

    assertThat(city.services()).isEmpty();
  }

  @Test
  void theListedServicesCannotBeChangedFromOutside() {
    SolidarityCity city = huehuetenangoCity();
    city.changeServices(EnumSet.of(SolidarityService.HEALTH));

    assertThatThrownBy(() -> city.services().add(SolidarityService.SHELTER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFocalPointIsAppointedAndRemoved() {
    SolidarityCity city = huehuetenangoCity();
    Person focalPoint = new Person("Ana María López");

    city.appointFocalPoint(focalPoint);
    assertThat(city.focalPoint()).containsSame(focalPoint);

    city.appointFocalPoint(null);
    assertThat(city.focalPoint()).isEmpty();
  }

  @Test
  void aDesignationJoinsAndLeavesTheNationalNetwork() {
    SolidarityCity city = huehuetenangoCity();

    city.joinNetwork();
    assertThat(city.nationalNetworkMember()).isTrue();

    city.leaveNetwork();
    assertThat(city.nationalNetworkMember()).isFalse();
  }

  @Test
  void aDesignationEndsAndIsNoLongerActive() {
    SolidarityCity city = huehuetenangoCity();

    city.end(LocalDate.of(2024, 6, 30), TODAY);

    assertThat(city.isActive()).isFalse();
    assertThat(city.endedOn()).contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void aDesignationMayEndOnItsSigningDayOrToday() {
    SolidarityCity sameDay = huehuetenangoCity();
    SolidarityCity endsToday = huehuetenangoCity();

    sameDay.end(SIGNED, TODAY);
    endsToday.end(TODAY, TODAY);

    assertThat(sameDay.endedOn()).contains(SIGNED);
    assertThat(endsToday.endedOn()).contains(TODAY);
  }

  @Test
  void anEndBeforeTheSigningDateIsRefused() {
    SolidarityCity city = huehuetenangoCity();

    refusedWith(() -> city.end(SIGNED.minusDays(1), TODAY))
        .isEqualTo("solidarityCity.endedOn.beforeSigning");
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void anEndAfterTodayIsRefused() {
    SolidarityCity city = huehuetenangoCity();

    refusedWith(() -> city.end(TODAY.plusDays(1), TODAY))
        .isEqualTo("solidarityCity.endedOn.inFuture");
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void endingNeedsADate() {
    SolidarityCity city = huehuetenangoCity();

    refusedWith(() -> city.end(null, TODAY)).isEqualTo("solidarityCity.endedOn.required");
    assertThat(city.isActive()).isTrue();
  }

  @Test
  void anEndedDesignationCannotBeEndedAgain() {
    SolidarityCity city = ended();

    refusedWith(() -> city.end(TODAY, TODAY)).isEqualTo("solidarityCity.end.alreadyEnded");
    assertThat(city.endedOn()).contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void anEndedDesignationCannotBeEdited() {
    SolidarityCity city = ended();

    refusedWith(() -> city.changeServices(EnumSet.of(SolidarityService.HEALTH)))
        .isEqualTo("solidarityCity.ended");
    refusedWith(() -> city.appointFocalPoint(new Person("Ana María López")))
        .isEqualTo("solidarityCity.ended");
    refusedWith(city::joinNetwork).isEqualTo("solidarityCity.ended");
    refusedWith(city::leaveNetwork).isEqualTo("solidarityCity.ended");
    refusedWith(() -> city.representedBy(municipalityOf(HUEHUETENANGO_CITY)))
        .isEqualTo("solidarityCity.ended");

    assertThat(city.services()).isEmpty();
    assertThat(city.focalPoint()).isEmpty();
    assertThat(city.nationalNetworkMember()).isFalse();
    assertThat(city.institution()).isEmpty();
  }

  @Test
  void twoUnsavedDesignationsAreNeverEqualButOneIsEqualToItself() {
    SolidarityCity city = huehuetenangoCity();
    Territory sameTerritory = Territory.municipality("1301", "Huehuetenango", HUEHUETENANGO);

    assertThat(city).isEqualTo(city);
    assertThat(city)
        .isNotEqualTo(
            new SolidarityCity(SolidarityCityKind.MUNICIPALITY, sameTerritory, SIGNED, TODAY));
  }
}
