package gt.mirps.coordination.event;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The use cases of recording events and looking them up. */
@ApplicationScoped
@Transactional
public class EventCatalog {

  static final String RECORD = "Event";

  private final EventRepository events;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected EventCatalog() {
    this(null, null);
  }

  @Inject
  public EventCatalog(EventRepository events, Auditor auditor) {
    this.events = events;
    this.auditor = auditor;
  }

  /** Records a new event. An edition of a series can be recorded only once. */
  public Event record(Event event) {
    if (event.series().isPresent()) {
      String series = event.series().get();
      String edition = event.edition().orElseThrow();
      if (events.findBySeriesAndEdition(series, edition).isPresent()) {
        throw new RuleViolation(
            "event.series.duplicateEdition",
            "Edition " + edition + " of " + series + " is already recorded",
            edition,
            series);
      }
    }
    Event recorded = events.add(event);
    auditor.record("event.recorded", RECORD, recorded.id(), recorded.title());
    return recorded;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Event> find(long id) {
    return events.find(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Event> findEdition(String series, String edition) {
    return events.findBySeriesAndEdition(series, edition);
  }

  /** The most recent events, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Event> latest(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    return events.latest(max);
  }
}
