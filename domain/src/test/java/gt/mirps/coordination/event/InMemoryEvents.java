package gt.mirps.coordination.event;

import gt.mirps.coordination.shared.TestIds;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A repository that keeps events in a list, for testing use cases without a database. */
public class InMemoryEvents implements EventRepository {

  private final List<Event> events = new ArrayList<>();
  private long nextSessionId = 5000L;
  private long nextAttachmentId = 9000L;

  @Override
  public Event add(Event event) {
    events.add(event.id() == null ? TestIds.assign(event, events.size() + 1000L) : event);
    assignChildIds(event);
    return event;
  }

  /** What a flush would do: give new sessions and files their ids. */
  void assignChildIds(Event event) {
    event.sessions().stream()
        .filter(s -> s.id() == null)
        .forEach(s -> TestIds.assign(s, nextSessionId++));
    event.attachments().stream()
        .filter(a -> a.id() == null)
        .forEach(a -> TestIds.assign(a, nextAttachmentId++));
  }

  @Override
  public Optional<Event> find(long id) {
    Optional<Event> found = events.stream().filter(e -> e.id() != null && e.id() == id).findFirst();
    found.ifPresent(this::assignChildIds);
    return found;
  }

  @Override
  public Optional<Event> findForChange(long id) {
    return find(id);
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

  @Override
  public List<Event> search(
      EventFilter filter, EventSort sort, boolean ascending, int first, int max) {
    Function<Event, String> key =
        switch (sort) {
          case TITLE -> Event::title;
          case KIND -> e -> e.kind().name();
          case STATUS -> e -> e.status().name();
          case SERIES -> e -> e.series().orElse("");
          case STARTS_AT -> e -> e.startsAt().toString();
        };
    Comparator<Event> order = Comparator.comparing(key);
    return events.stream()
        .filter(e -> keeps(filter, e))
        .sorted(ascending ? order : order.reversed())
        .skip(first)
        .limit(max)
        .toList();
  }

  @Override
  public long count(EventFilter filter) {
    return events.stream().filter(e -> keeps(filter, e)).count();
  }

  private static boolean keeps(EventFilter filter, Event e) {
    return (filter.textKey() == null
            || gt.mirps.coordination.shared.Text.searchKey(
                    e.title()
                        + " "
                        + e.series().orElse("")
                        + " "
                        + e.venue().orElse("")
                        + " "
                        + e.city().orElse(""))
                .contains(filter.textKey()))
        && (filter.kind() == null || filter.kind() == e.kind())
        && (filter.status() == null || filter.status() == e.status())
        && (filter.series() == null || Objects.equals(filter.series(), e.series().orElse(null)))
        && (filter.from() == null || !e.lastDay().isBefore(filter.from()))
        && (filter.to() == null || !e.firstDay().isAfter(filter.to()));
  }

  @Override
  public List<Event> between(LocalDateTime from, LocalDateTime to) {
    return events.stream()
        .filter(e -> e.startsAt().isBefore(to) && e.endsAt().isAfter(from))
        .toList();
  }

  @Override
  public List<String> seriesNames() {
    return events.stream().flatMap(e -> e.series().stream()).distinct().sorted().toList();
  }
}
