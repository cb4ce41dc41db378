package gt.mirps.coordination.participation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where participations are kept. */
public interface ParticipationRepository {

  Participation add(Participation participation);

  Optional<Participation> find(long id);

  Optional<Participation> findByCode(String code);

  Optional<Participation> findByEventAndPerson(long eventId, long personId);

  Optional<Participation> delegation(long eventId, long institutionId);

  /** One page of an event's participants, with their person and institution, in one query. */
  List<Participation> ofEvent(long eventId, int first, int max);

  long countOfEvent(long eventId);

  /**
   * How many participations of the event are in each attendance state; states with none are left
   * out. One query, whatever the size of the event.
   */
  Map<AttendanceState, Long> countByState(long eventId);

  boolean codeTaken(String code);
}
