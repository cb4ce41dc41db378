package gt.mirps.coordination.event;

/** The orders the list of events can be sorted in (ties broken by id). */
public enum EventSort {
  STARTS_AT,
  TITLE,
  KIND,
  STATUS,
  SERIES
}
