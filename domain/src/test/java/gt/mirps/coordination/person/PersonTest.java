package gt.mirps.coordination.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonTest {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  static final Institution MINEX =
      new Institution(
          "Ministerio de Relaciones Exteriores", InstitutionKind.MINISTRY, GUATEMALA, null);
  static final Institution IGM =
      new Institution(
          "Instituto Guatemalteco de Migración",
          InstitutionKind.GOVERNMENT_AGENCY,
          GUATEMALA,
          null);

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void aFullNameIsRequired() {
    assertThat(new Person(" Carlos Ramiro  Martínez ").fullName())
        .isEqualTo("Carlos Ramiro Martínez");
    assertThatThrownBy(() -> new Person("  "))
        .extracting(PersonTest::key)
        .isEqualTo("person.fullName.required");
  }

  @Test
  void consentToPublicListsIsOffUntilGiven() {
    Person person = new Person("Karin Herrera");
    assertThat(person.publicConsent()).isFalse();
    person.consentToPublicLists(true);
    assertThat(person.publicConsent()).isTrue();
  }

  @Test
  void aWellFormedEmailAndPhoneAreKept() {
    Person person = new Person("Besem Obenson");
    person.contactAt(" Obenson@UNHCR.org ", "+502 2300-0000");
    assertThat(person.email()).contains("obenson@unhcr.org");
    assertThat(person.phone()).contains("+502 2300-0000");
    person.contactAt("", null);
    assertThat(person.email()).isEmpty();
  }

  @Test
  void aMalformedEmailIsRefusedAndChangesNothing() {
    Person person = new Person("Antonio Escobedo");
    person.contactAt("a@minex.gob.gt", null);

    assertThatThrownBy(() -> person.contactAt("no-es-un-correo", null))
        .extracting(PersonTest::key)
        .isEqualTo("person.email.invalid");
    assertThat(person.email()).contains("a@minex.gob.gt");
  }

  @Test
  void aMalformedPhoneIsRefused() {
    Person person = new Person("Antonio Escobedo");
    assertThatThrownBy(() -> person.contactAt(null, "call me"))
        .extracting(PersonTest::key)
        .isEqualTo("person.phone.invalid");
    assertThatThrownBy(() -> person.contactAt(null, "12-34")).isInstanceOf(RuleViolation.class);
  }

  @Test
  void joiningAnInstitutionEndsThePreviousPost() {
    Person person = new Person("Carlos Ramiro Martínez");
    person.joinInstitution(IGM, "Director", LocalDate.of(2020, 1, 1));
    person.joinInstitution(MINEX, "Canciller", LocalDate.of(2024, 1, 15));

    assertThat(person.currentAffiliation())
        .get()
        .extracting(Affiliation::institution)
        .isEqualTo(MINEX);
    assertThat(person.position()).contains("Canciller");
    assertThat(person.affiliations().get(0).until()).contains(LocalDate.of(2024, 1, 15));
    assertThat(person.affiliationOn(LocalDate.of(2022, 6, 1)))
        .get()
        .extracting(Affiliation::institution)
        .isEqualTo(IGM);
  }

  @Test
  void aNewPostCannotStartBeforeTheCurrentOne() {
    Person person = new Person("Carlos Ramiro Martínez");
    person.joinInstitution(MINEX, "Canciller", LocalDate.of(2024, 1, 15));

    assertThatThrownBy(() -> person.joinInstitution(IGM, "Director", LocalDate.of(2023, 1, 1)))
        .extracting(PersonTest::key)
        .isEqualTo("person.affiliation.beforeCurrent");
    assertThat(person.affiliations()).hasSize(1);
  }

  @Test
  void leavingEndsTheCurrentPostButNotBeforeItStarted() {
    Person person = new Person("Antonio Escobedo");
    person.joinInstitution(MINEX, "Vicecanciller", LocalDate.of(2024, 1, 15));

    assertThatThrownBy(() -> person.leaveInstitution(LocalDate.of(2023, 12, 31)))
        .extracting(PersonTest::key)
        .isEqualTo("person.affiliation.endBeforeStart");
    person.leaveInstitution(LocalDate.of(2025, 1, 1));
    assertThat(person.currentAffiliation()).isEmpty();
    assertThatThrownBy(() -> person.leaveInstitution(LocalDate.of(2025, 2, 1)))
        .extracting(PersonTest::key)
        .isEqualTo("person.affiliation.none");
  }
}
