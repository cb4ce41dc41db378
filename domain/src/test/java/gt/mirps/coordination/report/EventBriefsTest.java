package gt.mirps.coordination.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.report.EventBrief.InstitutionPart;
import gt.mirps.coordination.report.EventBrief.Representative;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EventBriefsTest {

  private static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  private final Event conference =
      new Event(
          "II Conferencia Nacional de Ciudades Solidarias",
          EventKind.CONFERENCE,
          LocalDateTime.of(2024, 9, 25, 9, 0),
          LocalDateTime.of(2024, 9, 26, 17, 0));

  private static Institution institution(String name, String acronym) {
    Institution institution =
        new Institution(name, InstitutionKind.GOVERNMENT_AGENCY, GUATEMALA, null);
    institution.abbreviate(acronym);
    return institution;
  }

  private Participation person(
      String name, boolean consent, Institution at, String position, ParticipationRole role) {
    Person person = new Person(name);
    person.consentToPublicLists(consent);
    return Participation.ofPerson(
        conference, person, at, position, role, AttendanceState.REGISTERED, ParticipantCode.next());
  }

  private Participation delegation(Institution institution, int people) {
    return Participation.delegation(
        conference,
        institution,
        people,
        ParticipationRole.DELEGATE,
        AttendanceState.REGISTERED,
        ParticipantCode.next());
  }

  @Test
  void namesPeopleOnlyWithConsentAndAlwaysGivesPositionsAndInstitutions() {
    Institution minex = institution("Ministerio de Relaciones Exteriores", "MINEX");
    Institution acnur =
        institution("Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR");
    Institution igm = institution("Instituto Guatemalteco de Migración", "IGM");
    Institution svet = institution("Secretaría contra la Violencia Sexual", "SVET");

    List<InstitutionPart> parts =
        EventBriefs.institutions(
            List.of(
                delegation(igm, 3),
                person(
                    "Antonio Escobedo", true, minex, "Vicecanciller", ParticipationRole.ATTENDEE),
                person(
                    "Carlos Ramiro Martínez", true, minex, "Canciller", ParticipationRole.SPEAKER),
                person(
                    "Ana Reservada",
                    false,
                    acnur,
                    "Oficial de protección",
                    ParticipationRole.ATTENDEE),
                person("Sin Cargo", false, svet, null, ParticipationRole.ATTENDEE),
                person("Juan Pérez", true, null, null, ParticipationRole.ATTENDEE)));

    // prominent roles first, then represented institutions, then delegations; own account last
    assertThat(parts)
        .extracting(InstitutionPart::name)
        .containsExactly(
            "Ministerio de Relaciones Exteriores (MINEX)",
            "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)",
            "Instituto Guatemalteco de Migración (IGM)",
            "Secretaría contra la Violencia Sexual (SVET)",
            null);
    assertThat(parts.get(0).representatives())
        .containsExactly(
            new Representative("Carlos Ramiro Martínez", "Canciller"),
            new Representative("Antonio Escobedo", "Vicecanciller"));
    assertThat(parts.get(1).representatives())
        .containsExactly(new Representative(null, "Oficial de protección"));
    assertThat(parts.get(2).headCount()).isEqualTo(3);
    assertThat(parts.get(3).representatives()).isEmpty();
    assertThat(parts.get(3).headCount()).isEqualTo(1);
    assertThat(parts.get(4).representatives())
        .containsExactly(new Representative("Juan Pérez", null));
  }

  @Test
  void aReportPeriodCannotEndBeforeItStarts() {
    Assertions.assertThatThrownBy(
            () ->
                new CityReportFilter(
                    null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)))
        .isInstanceOf(RuleViolation.class)
        .extracting("messageKey")
        .isEqualTo("cityReport.period.reversed");
    assertThat(new CityReportFilter(" ", null, null, null).departmentCode()).isNull();
  }
}
