package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParticipationTest {

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
  static final Instant NINE = Instant.parse("2024-09-25T15:00:00Z");
  static final Instant TEN = Instant.parse("2024-09-25T16:00:00Z");

  static Event conference() {
    return new Event(
        "II Conferencia Nacional de Ciudades Solidarias",
        EventKind.CONFERENCE,
        LocalDateTime.of(2024, 9, 25, 9, 0),
        LocalDateTime.of(2024, 9, 26, 17, 0));
  }

  static Person canciller() {
    Person person = new Person("Carlos Ramiro Martínez");
    person.joinInstitution(MINEX, "Canciller", LocalDate.of(2024, 1, 15));
    return person;
  }

  static Participation registered(AttendanceState state) {
    return Participation.ofPerson(
        conference(), canciller(), null, null, ParticipationRole.SPEAKER, state, "ABCD2345");
  }

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void thePersonsInstitutionAndPositionAreCopiedAtRegistration() {
    Person canciller = canciller();
    Participation participation =
        Participation.ofPerson(
            conference(),
            canciller,
            null,
            null,
            ParticipationRole.SPEAKER,
            AttendanceState.REGISTERED,
            "ABCD2345");

    canciller.joinInstitution(IGM, "Asesor", LocalDate.of(2025, 3, 1));

    assertThat(participation.institution()).contains(MINEX);
    assertThat(participation.positionAtEvent()).contains("Canciller");
  }

  @Test
  void theRegistrarMayNameWhomThePersonRepresents() {
    Participation participation =
        Participation.ofPerson(
            conference(),
            canciller(),
            IGM,
            "Delegado",
            ParticipationRole.DELEGATE,
            AttendanceState.INVITED,
            "ABCD2345");
    assertThat(participation.institution()).contains(IGM);
    assertThat(participation.positionAtEvent()).contains("Delegado");
  }

  @Test
  void theWholeWayFromInvitationToAttendanceIsAllowed() {
    Participation participation = registered(AttendanceState.INVITED);
    participation.register();
    participation.confirm();
    assertThat(participation.checkIn(NINE, "coordinadora")).isTrue();
    assertThat(participation.state()).isEqualTo(AttendanceState.ATTENDED);
    assertThat(participation.checkedInAt()).contains(NINE);
    assertThat(participation.checkedInBy()).contains("coordinadora");
  }

  @Test
  void checkInTwiceKeepsTheFirstTime() {
    Participation participation = registered(AttendanceState.REGISTERED);
    participation.checkIn(NINE, "ana");

    assertThat(participation.checkIn(TEN, "luis")).isFalse();

    assertThat(participation.checkedInAt()).contains(NINE);
    assertThat(participation.checkedInBy()).contains("ana");
  }

  @Test
  void checkingInSomeoneOnlyInvitedConfirmsThemOnTheWay() {
    Participation participation = registered(AttendanceState.INVITED);
    participation.checkIn(NINE, "ana");
    assertThat(participation.state()).isEqualTo(AttendanceState.ATTENDED);
  }

  @Test
  void aCancelledOrAbsentParticipantCannotBeCheckedIn() {
    Participation cancelled = registered(AttendanceState.REGISTERED);
    cancelled.cancel();
    assertThatThrownBy(() -> cancelled.checkIn(NINE, "ana"))
        .extracting(ParticipationTest::key)
        .isEqualTo("participation.checkIn.cancelled");
    assertThat(cancelled.checkedInAt()).isEmpty();

    Participation absent = registered(AttendanceState.REGISTERED);
    absent.confirm();
    absent.markNoShow();
    assertThatThrownBy(() -> absent.checkIn(NINE, "ana")).isInstanceOf(RuleViolation.class);
  }

  @Test
  void stepsCannotBeSkippedOrUndone() {
    Participation invited = registered(AttendanceState.INVITED);
    assertThatThrownBy(invited::confirm).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(invited::markNoShow).isInstanceOf(RuleViolation.class);

    Participation confirmed = registered(AttendanceState.REGISTERED);
    confirmed.confirm();
    assertThatThrownBy(confirmed::register).isInstanceOf(RuleViolation.class);
    assertThat(confirmed.state()).isEqualTo(AttendanceState.CONFIRMED);
  }

  @Test
  void anyStateButCancelledCanBeCancelled() {
    for (AttendanceState start : AttendanceState.values()) {
      assertThat(start.canMoveTo(AttendanceState.CANCELLED))
          .as(start.name())
          .isEqualTo(start != AttendanceState.CANCELLED);
    }
    Participation cancelled = registered(AttendanceState.INVITED);
    cancelled.cancel();
    assertThatThrownBy(cancelled::cancel).isInstanceOf(RuleViolation.class);
  }

  @Test
  void aParticipantStartsInvitedOrRegistered() {
    assertThatThrownBy(() -> registered(AttendanceState.ATTENDED))
        .extracting(ParticipationTest::key)
        .isEqualTo("participation.state.initial");
  }

  @Test
  void aDelegationHasAtLeastOnePerson() {
    Participation delegation =
        Participation.delegation(
            conference(),
            IGM,
            3,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            "ABCD2345");
    assertThat(delegation.headCount()).isEqualTo(3);
    assertThat(delegation.isDelegation()).isTrue();

    assertThatThrownBy(() -> delegation.changeHeadCount(0))
        .extracting(ParticipationTest::key)
        .isEqualTo("participation.headCount.atLeastOne");
    assertThat(delegation.headCount()).isEqualTo(3);
  }

  @Test
  void aPersonsParticipationCountsOne() {
    Participation participation = registered(AttendanceState.REGISTERED);
    assertThat(participation.headCount()).isEqualTo(1);
    assertThatThrownBy(() -> participation.changeHeadCount(2))
        .extracting(ParticipationTest::key)
        .isEqualTo("participation.headCount.personal");
  }

  @Test
  void participantCodesAreShortUnambiguousAndVaried() {
    Random random = new Random(7);
    String first = ParticipantCode.next(random);
    String second = ParticipantCode.next(random);

    assertThat(first).hasSize(8).matches("[0-9A-HJKMNP-TV-Z]{8}").isNotEqualTo(second);
    assertThat(ParticipantCode.next()).matches("[0-9A-HJKMNP-TV-Z]{8}");
    assertThat(ParticipantCode.normalise(" abcd-2345 ")).isEqualTo("ABCD2345");
    assertThat(ParticipantCode.normalise("ILOU1234")).isEmpty();
    assertThat(ParticipantCode.normalise(null)).isEmpty();
  }
}
