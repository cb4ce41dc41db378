package gt.mirps.coordination.participation;

/** The columns an event's participant list can be ordered by. */
public enum ParticipantSort {
  /** The person's name, or the institution's for a delegation. */
  NAME,
  INSTITUTION,
  ROLE,
  STATE,
  CHECKED_IN,
  CODE
}
