package gt.mirps.coordination.participation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A participation as the desk shows it, read inside the service's transaction: who, from where,
 * their state and, when checked in, since when. {@code firstCheckIn} tells a check-in that just
 * happened from a repeat.
 */
public record DeskEntry(
    long id,
    String code,
    String name,
    String institution,
    String position,
    AttendanceState state,
    Instant checkedInAt,
    boolean walkIn,
    boolean firstCheckIn)
    implements Serializable {

  static DeskEntry of(Participation participation, boolean firstCheckIn) {
    return new DeskEntry(
        participation.id(),
        participation.code(),
        participation.displayName(),
        participation.institution().map(i -> i.displayName()).orElse(null),
        participation.positionAtEvent().orElse(null),
        participation.state(),
        participation.checkedInAt().orElse(null),
        participation.isWalkIn(),
        firstCheckIn);
  }

  public Optional<Instant> checkedIn() {
    return Optional.ofNullable(checkedInAt);
  }

  public boolean isCheckedIn() {
    return state == AttendanceState.ATTENDED;
  }

  public boolean isCancelled() {
    return state == AttendanceState.CANCELLED;
  }
}
