package gt.mirps.coordination.participation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a participant is on the way to an event: invited → registered → confirmed → attended or
 * no-show; from any state (but cancelled) to cancelled. No other move is allowed.
 */
public enum AttendanceState {
  INVITED,
  REGISTERED,
  CONFIRMED,
  ATTENDED,
  NO_SHOW,
  CANCELLED;

  /** The states this one may move to. */
  public Set<AttendanceState> next() {
    return switch (this) {
      case INVITED -> EnumSet.of(REGISTERED, CANCELLED);
      case REGISTERED -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(ATTENDED, NO_SHOW, CANCELLED);
      case ATTENDED, NO_SHOW -> EnumSet.of(CANCELLED);
      case CANCELLED -> EnumSet.noneOf(AttendanceState.class);
    };
  }

  public boolean canMoveTo(AttendanceState target) {
    return next().contains(target);
  }
}
