package gt.mirps.coordination.opendata;

import gt.mirps.coordination.event.EventStatus;

/**
 * How many institutions took part in an event, counted as a communiqué counts them (see {@code
 * EventCommuniqueWriter.takingPart}): those of participations neither cancelled nor no-shows and,
 * for a held event where people were checked in, only those of attended participations.
 */
public final class TakingPart {

  private TakingPart() {}

  /**
   * @param status the event's status
   * @param attended how many of its participations were checked in
   * @param attendedInstitutions distinct institutions among the checked-in participations
   * @param comingInstitutions distinct institutions among participations neither cancelled nor
   *     no-shows
   */
  public static long institutions(
      EventStatus status, long attended, long attendedInstitutions, long comingInstitutions) {
    if (status == EventStatus.HELD && attended > 0) {
      return attendedInstitutions;
    }
    return comingInstitutions;
  }
}
