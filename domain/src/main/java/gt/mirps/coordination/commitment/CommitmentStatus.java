package gt.mirps.coordination.commitment;

import java.util.List;

/**
 * Where a commitment stands. It moves only forward: planning, then in progress, then fulfilled; it
 * can be cancelled while planned or in progress. Fulfilled and cancelled are final.
 */
public enum CommitmentStatus {
  PLANNING,
  IN_PROGRESS,
  FULFILLED,
  CANCELLED;

  /** True if a commitment in this status may move to {@code target}. */
  public boolean canMoveTo(CommitmentStatus target) {
    return switch (this) {
      case PLANNING -> target == IN_PROGRESS || target == CANCELLED;
      case IN_PROGRESS -> target == FULFILLED || target == CANCELLED;
      case FULFILLED, CANCELLED -> false;
    };
  }

  /** True for the final statuses, fulfilled and cancelled. */
  public boolean isClosed() {
    return this == FULFILLED || this == CANCELLED;
  }

  /** The statuses in which a commitment is still being worked on. */
  public static List<CommitmentStatus> open() {
    return List.of(PLANNING, IN_PROGRESS);
  }
}
