package gt.mirps.coordination.event;

/** Where an event is in its life: planned, then either held or cancelled, and nothing after. */
public enum EventStatus {
  PLANNED,
  HELD,
  CANCELLED
}
