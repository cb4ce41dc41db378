package gt.mirps.coordination.event;

import gt.mirps.coordination.shared.TestIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A repository that keeps events in a list, for testing use cases without a database. */
public class InMemoryEvents implements EventRepository {

  private final List<Event> events = new ArrayList<>();

  @Override
  public Event add(Event event) {
    events.add(event.id() == null ? TestIds.assign(event, events.size() + 1000L) : event);
    return event;
  }

  @Override
  public Optional<Event> find(long id) {
    return events.stream().filter(e -> e.id() != null && e.id() == id).findFirst();
  }

  @Override
  public Optional<Event> findBySeriesAndEdition(String series, String edition) {
    return events.stream()
        .filter(e -> e.series().equals(Optional.of(series)))
        .filter(e -> e.edition().equals(Optional.of(edition)))
        .findFirst();
  }

  @Override
  public List<Event> latest(int max) {
    return events.stream()
        .sorted(Comparator.comparing(Event::startsAt).reversed())
        .limit(max)
        .toList();
  }

  @Override
  public long count() {
    return events.size();
  }
}
