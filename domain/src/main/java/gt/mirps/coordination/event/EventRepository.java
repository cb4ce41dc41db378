package gt.mirps.coordination.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Where events are kept. */
public interface EventRepository {

  Event add(Event event);

  Optional<Event> find(long id);

  /**
   * The event, to be changed in this transaction: its version goes up on commit even when only a
   * session or a file changed, so a form built from the old version is refused.
   */
  Optional<Event> findForChange(long id);

  Optional<Event> findBySeriesAndEdition(String series, String edition);

  /** The most recent events first, at most {@code max} of them. */
  List<Event> latest(int max);

  long count();

  /** One page of the events that {@code filter} keeps, sorted in the database. */
  List<Event> search(EventFilter filter, EventSort sort, boolean ascending, int first, int max);

  /** How many events {@code filter} keeps. */
  long count(EventFilter filter);

  /** The events that take place, at least partly, between {@code from} and {@code to}. */
  List<Event> between(LocalDateTime from, LocalDateTime to);

  /** The names of the series events belong to, alphabetically. */
  List<String> seriesNames();
}
