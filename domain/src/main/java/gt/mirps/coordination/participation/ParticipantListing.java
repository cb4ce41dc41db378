package gt.mirps.coordination.participation;

import java.util.List;

/** An event's participants as the participants page lists them: filtered, ordered and paged. */
public interface ParticipantListing {

  /**
   * One page of the event's participants that match {@code filter}, in its order, with their person
   * and institution, in one query.
   */
  List<Participation> page(long eventId, ParticipantFilter filter, int first, int max);

  /** How many of the event's participants match {@code filter}. */
  long count(long eventId, ParticipantFilter filter);
}
