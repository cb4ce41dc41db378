package gt.mirps.coordination.participation;

import java.util.Map;

/**
 * The running counts at an event's door: registered (everyone expected, not only invited and not
 * cancelled; walk-ins included), checked in, and walk-ins among them.
 */
public record DeskCounts(long registered, long checkedIn, long walkIns) {

  static DeskCounts of(Map<AttendanceState, Long> byState, long walkIns) {
    long registered =
        byState.getOrDefault(AttendanceState.REGISTERED, 0L)
            + byState.getOrDefault(AttendanceState.CONFIRMED, 0L)
            + byState.getOrDefault(AttendanceState.ATTENDED, 0L)
            + byState.getOrDefault(AttendanceState.NO_SHOW, 0L);
    return new DeskCounts(registered, byState.getOrDefault(AttendanceState.ATTENDED, 0L), walkIns);
  }
}
