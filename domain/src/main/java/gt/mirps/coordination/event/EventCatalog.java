package gt.mirps.coordination.event;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
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

  /** Records a new event from the form. */
  public Event record(EventDetails details) {
    return record(Event.from(details));
  }

  /**
   * Revises an event from the form built at {@code versionRead}; refused if someone else changed
   * the event since ({@link ConcurrentChange}).
   */
  public Event revise(long id, long versionRead, EventDetails details) {
    Event event = forChange(id, versionRead);
    String series = details.series() == null ? null : details.series().strip();
    String edition = details.edition() == null ? null : details.edition().strip();
    if (series != null && !series.isEmpty() && edition != null && !edition.isEmpty()) {
      events
          .findBySeriesAndEdition(series, edition)
          .filter(other -> !other.equals(event))
          .ifPresent(
              other -> {
                throw new RuleViolation(
                    "event.series.duplicateEdition",
                    "Edition " + edition + " of " + series + " is already recorded",
                    edition,
                    series);
              });
    }
    event.revise(details);
    auditor.record("event.revised", RECORD, id, event.title());
    return event;
  }

  /** Adds a session at the end of the programme. */
  public EventSession addSession(
      long id,
      long versionRead,
      String title,
      LocalDateTime start,
      LocalDateTime end,
      List<Person> speakers) {
    Event event = forChange(id, versionRead);
    EventSession session = event.addSession(title, start, end, speakers);
    auditor.record("event.session.added", RECORD, id, session.title());
    return session;
  }

  public EventSession changeSession(
      long id,
      long versionRead,
      long sessionId,
      String title,
      LocalDateTime start,
      LocalDateTime end,
      List<Person> speakers) {
    Event event = forChange(id, versionRead);
    EventSession session = event.changeSession(sessionId, title, start, end, speakers);
    auditor.record(
        "event.session.changed", RECORD, id, "session " + sessionId + ": " + session.title());
    return session;
  }

  public void removeSession(long id, long versionRead, long sessionId) {
    Event event = forChange(id, versionRead);
    EventSession removed = event.removeSession(sessionId);
    auditor.record(
        "event.session.removed", RECORD, id, "session " + sessionId + ": " + removed.title());
  }

  /** Moves a session {@code offset} places in the programme (negative: earlier). */
  public void moveSession(long id, long versionRead, long sessionId, int offset) {
    Event event = forChange(id, versionRead);
    event.moveSession(sessionId, offset);
    auditor.record("event.session.moved", RECORD, id, "session " + sessionId + " by " + offset);
  }

  /** Keeps a file with the event (type read from the content, at most 20 MB). */
  public EventAttachment attach(
      long id, long versionRead, String fileName, String declaredType, byte[] content) {
    Event event = forChange(id, versionRead);
    EventAttachment attachment = event.attach(fileName, declaredType, content);
    auditor.record(
        "event.attached",
        RECORD,
        id,
        attachment.fileName()
            + " ("
            + attachment.mediaType().mimeType()
            + ", "
            + attachment.sizeBytes()
            + " bytes, sha256 "
            + attachment.sha256()
            + ")");
    return attachment;
  }

  public void detach(long id, long versionRead, long attachmentId) {
    Event event = forChange(id, versionRead);
    EventAttachment removed = event.detach(attachmentId);
    auditor.record(
        "event.detached", RECORD, id, removed.fileName() + " (sha256 " + removed.sha256() + ")");
  }

  /**
   * A file of the event with its content, for download (in a transaction: the bytes load lazily).
   */
  public Optional<Download> download(long id, long attachmentId) {
    return events
        .find(id)
        .flatMap(e -> e.attachment(attachmentId))
        .map(a -> new Download(a.fileName(), a.mediaType().mimeType(), a.content()));
  }

  /** A file's name, type and bytes, read inside the transaction. */
  public record Download(String fileName, String mimeType, byte[] content) {}

  private Event forChange(long id, long versionRead) {
    Event event =
        events
            .findForChange(id)
            .orElseThrow(
                () -> new RuleViolation("event.notFound", "No event " + id + " to change", id));
    ConcurrentChange.check(event, versionRead, RECORD, id);
    return event;
  }

  /** One page of the events {@code filter} keeps, sorted in the database. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Event> search(
      EventFilter filter, EventSort sort, boolean ascending, int first, int max) {
    if (first < 0 || max < 1) {
      throw new IllegalArgumentException("first must be 0 or more and max at least 1");
    }
    return events.search(filter, sort, ascending, first, max);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(EventFilter filter) {
    return events.count(filter);
  }

  /** The events on a calendar showing {@code from} to {@code to}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Event> between(LocalDateTime from, LocalDateTime to) {
    return events.between(from, to);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> seriesNames() {
    return events.seriesNames();
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
