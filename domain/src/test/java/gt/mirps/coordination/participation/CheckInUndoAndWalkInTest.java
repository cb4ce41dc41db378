package gt.mirps.coordination.participation;

import static gt.mirps.coordination.participation.ParticipationTest.NINE;
import static gt.mirps.coordination.participation.ParticipationTest.TEN;
import static gt.mirps.coordination.participation.ParticipationTest.conference;
import static gt.mirps.coordination.participation.ParticipationTest.key;
import static gt.mirps.coordination.participation.ParticipationTest.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.person.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The desk's rules on a participation: undoing a mistaken check-in, cancelled, walk-ins. */
class CheckInUndoAndWalkInTest {

  @ParameterizedTest
  @EnumSource(
      value = AttendanceState.class,
      names = {"INVITED", "REGISTERED", "CONFIRMED"})
  void undoingACheckInGoesBackToTheStateBeforeIt(AttendanceState before) {
    Participation participation = registered(AttendanceState.INVITED);
    if (before != AttendanceState.INVITED) {
      participation.register();
    }
    if (before == AttendanceState.CONFIRMED) {
      participation.confirm();
    }
    participation.checkIn(NINE, "ana");
    assertThat(participation.stateBeforeCheckIn()).contains(before);

    participation.undoCheckIn();

    assertThat(participation.state()).isEqualTo(before);
    assertThat(participation.checkedInAt()).isEmpty();
    assertThat(participation.checkedInBy()).isEmpty();
    assertThat(participation.stateBeforeCheckIn()).isEmpty();
  }

  @Test
  void afterAnUndoTheNextCheckInCountsAgainWithItsOwnTime() {
    Participation participation = registered(AttendanceState.REGISTERED);
    participation.checkIn(NINE, "ana");
    participation.undoCheckIn();

    assertThat(participation.checkIn(TEN, "luis")).isTrue();
    assertThat(participation.checkedInAt()).contains(TEN);
    assertThat(participation.checkedInBy()).contains("luis");
  }

  @ParameterizedTest
  @EnumSource(
      value = AttendanceState.class,
      names = {"ATTENDED"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyACheckedInParticipantCanHaveTheCheckInUndone(AttendanceState state) {
    Participation participation = registered(AttendanceState.REGISTERED);
    switch (state) {
      case INVITED -> participation = registered(AttendanceState.INVITED);
      case CONFIRMED -> participation.confirm();
      case NO_SHOW -> {
        participation.confirm();
        participation.markNoShow();
      }
      case CANCELLED -> participation.cancel();
      default -> {
        // registered as it is
      }
    }
    Participation refused = participation;
    assertThatThrownBy(refused::undoCheckIn)
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.checkIn.notCheckedIn"));
    assertThat(refused.state()).isEqualTo(state);
  }

  @Test
  void aCancelledParticipationCannotBeCheckedInAndSaysWhy() {
    Participation participation = registered(AttendanceState.REGISTERED);
    participation.cancel();

    assertThatThrownBy(() -> participation.checkIn(NINE, "ana"))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.checkIn.cancelled"));
    assertThat(participation.state()).isEqualTo(AttendanceState.CANCELLED);
    assertThat(participation.checkedInAt()).isEmpty();
  }

  @Test
  void aWalkInIsARegisteredAttendeeMarkedAsWalkIn() {
    Participation walkIn =
        Participation.walkIn(
            conference(),
            new Person("Rosa Elena Tun"),
            ParticipationTest.IGM,
            "Delegada",
            "WXYZ2345");

    assertThat(walkIn.isWalkIn()).isTrue();
    assertThat(walkIn.state()).isEqualTo(AttendanceState.REGISTERED);
    assertThat(walkIn.role()).isEqualTo(ParticipationRole.ATTENDEE);
    assertThat(walkIn.positionAtEvent()).contains("Delegada");
    assertThat(walkIn.institution()).contains(ParticipationTest.IGM);
    assertThat(registered(AttendanceState.REGISTERED).isWalkIn()).isFalse();
  }
}
