package gt.mirps.coordination.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where participations are kept. */
public interface ParticipationRepository {

  /** How many participations {@link #allOfEvent} reads per query. */
  int ALL_OF_EVENT_PER_READ = 500;

  Participation add(Participation participation);

  Optional<Participation> find(long id);

  Optional<Participation> findByCode(String code);

  Optional<Participation> findByEventAndPerson(long eventId, long personId);

  Optional<Participation> delegation(long eventId, long institutionId);

  /** One page of an event's participants, with their person and institution, in one query. */
  List<Participation> ofEvent(long eventId, int first, int max);

  long countOfEvent(long eventId);

  /**
   * All of an event's participants, with their person and institution, in the order of {@link
   * #ofEvent}: read {@link #ALL_OF_EVENT_PER_READ} at a time, so that no single query returns an
   * unbounded list.
   */
  default List<Participation> allOfEvent(long eventId) {
    long count = countOfEvent(eventId);
    List<Participation> all = new ArrayList<>();
    for (int first = 0; first < count; first += ALL_OF_EVENT_PER_READ) {
      all.addAll(ofEvent(eventId, first, ALL_OF_EVENT_PER_READ));
    }
    return all;
  }

  /**
   * How many participations of the event are in each attendance state; states with none are left
   * out. One query, whatever the size of the event.
   */
  Map<AttendanceState, Long> countByState(long eventId);

  boolean codeTaken(String code);
}
