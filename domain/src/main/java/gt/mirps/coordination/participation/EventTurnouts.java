package gt.mirps.coordination.participation;

import gt.mirps.coordination.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The turnout of a short list of events, for overviews such as the team dashboard. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventTurnouts {

  private final TurnoutQueries queries;

  /** For the container's proxies only. */
  protected EventTurnouts() {
    this(null);
  }

  @Inject
  public EventTurnouts(TurnoutQueries queries) {
    this.queries = queries;
  }

  /**
   * The turnout of each event by its id; an event nobody registered for has {@link Turnout#NONE}.
   */
  public Map<Long, Turnout> of(List<Event> events) {
    if (events.isEmpty()) {
      return Map.of();
    }
    Map<Long, Turnout> found = queries.ofEvents(events.stream().map(Event::id).toList());
    return events.stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Event::id, e -> found.getOrDefault(e.id(), Turnout.NONE), (a, b) -> a));
  }
}
