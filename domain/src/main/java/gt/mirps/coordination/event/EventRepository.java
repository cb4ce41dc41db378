package gt.mirps.coordination.event;

import java.util.List;
import java.util.Optional;

/** Where events are kept. */
public interface EventRepository {

  Event add(Event event);

  Optional<Event> find(long id);

  Optional<Event> findBySeriesAndEdition(String series, String edition);

  /** The most recent events first, at most {@code max} of them. */
  List<Event> latest(int max);

  long count();
}
