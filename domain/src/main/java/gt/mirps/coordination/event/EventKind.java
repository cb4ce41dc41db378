package gt.mirps.coordination.event;

/** What kind of gathering an event is. */
public enum EventKind {
  CONFERENCE,
  MEETING,
  WORKSHOP,
  TRAINING,
  CEREMONY,
  VISIT
}
