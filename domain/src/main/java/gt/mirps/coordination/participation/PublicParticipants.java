package gt.mirps.coordination.participation;

import java.util.List;

/**
 * Who took part in an event, as open data may show it: the people who consented to public lists
 * (see {@link gt.mirps.coordination.person.Person#publicConsent()}) and the delegations of
 * institutions, never a cancelled participation. Paged by the database.
 */
public interface PublicParticipants {

  /**
   * Rows {@code first} to {@code first + max} of the event's public participations, in the order
   * they were recorded, with their person and institution loaded.
   */
  List<Participation> ofEvent(long eventId, int first, int max);

  /** How many public participations the event has. */
  long countOfEvent(long eventId);
}
