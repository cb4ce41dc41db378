package gt.mirps.coordination.event;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conference, meeting or workshop held or attended by the national technical team. Start and end
 * are wall-clock times in Guatemala (see {@link gt.mirps.coordination.shared.GuatemalaTime}).
 */
@Entity
@Table(name = "event")
@NamedQuery(
    name = "Event.findBySeriesAndEdition",
    query = "select e from Event e where e.series = :series and e.edition = :edition")
@NamedQuery(name = "Event.latestFirst", query = "select e from Event e order by e.startsAt desc")
@NamedQuery(name = "Event.count", query = "select count(e) from Event e")
@NamedQuery(
    name = "Event.between",
    query =
        "select e from Event e where e.startsAt < :to and e.endsAt >= :from"
            + " order by e.startsAt, e.id")
@NamedQuery(
    name = "Event.seriesNames",
    query = "select distinct e.series from Event e where e.series is not null order by e.series")
public class Event extends AuditedEntity {

  public static final int TITLE_MAX = 300;
  public static final int NOTES_MAX = 4000;

  @Id
  @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
  private Long id;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private EventKind kind;

  @Size(max = 200)
  @Column(name = "series", length = 200)
  private String series;

  @Size(max = 20)
  @Column(name = "edition", length = 20)
  private String edition;

  @Size(max = 4000)
  @Column(name = "purpose", length = 4000)
  private String purpose;

  @NotNull
  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @NotNull
  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Size(max = 300)
  @Column(name = "venue", length = 300)
  private String venue;

  @Size(max = 120)
  @Column(name = "city", length = 120)
  private String city;

  @Size(max = 60)
  @Column(name = "framework", length = 60)
  private String framework;

  @Size(max = NOTES_MAX)
  @Column(name = "notes", length = NOTES_MAX)
  private String notes;

  /** Title, series, venue and city folded by {@link Text#searchKey}, for the list's text search. */
  @Column(name = "search_key", length = 1000)
  private String searchKey;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private EventStatus status = EventStatus.PLANNED;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "territory_id")
  private Territory territory;

  @ManyToMany
  @JoinTable(
      name = "event_organiser",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "institution_id"))
  private Set<Institution> organisers = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "event_co_organiser",
      joinColumns = @JoinColumn(name = "event_id"),
      inverseJoinColumns = @JoinColumn(name = "institution_id"))
  private Set<Institution> coOrganisers = new LinkedHashSet<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC, id ASC")
  private List<EventSession> sessions = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC, id ASC")
  private List<EventAttachment> attachments = new ArrayList<>();

  protected Event() {
    // for JPA
  }

  public Event(String title, EventKind kind, LocalDateTime startsAt, LocalDateTime endsAt) {
    rename(title);
    this.kind = Objects.requireNonNull(kind, "kind");
    reschedule(startsAt, endsAt);
  }

  /** Changes the title; it must not be blank. */
  public void rename(String newTitle) {
    if (newTitle == null || newTitle.isBlank()) {
      throw new RuleViolation("event.title.required", "An event needs a title");
    }
    String trimmed = newTitle.strip();
    if (trimmed.length() > TITLE_MAX) {
      throw new RuleViolation(
          "event.title.tooLong", "Event title longer than " + TITLE_MAX, TITLE_MAX);
    }
    this.title = trimmed;
    refreshSearchKey();
  }

  /** Moves the event; it may not end before it starts, nor leave a session outside it. */
  public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
    if (newStart == null || newEnd == null) {
      throw new RuleViolation("event.dates.required", "An event needs a start and an end");
    }
    if (newEnd.isBefore(newStart)) {
      throw new RuleViolation("event.dates.endBeforeStart", "An event cannot end before it starts");
    }
    if (sessions != null
        && sessions.stream()
            .anyMatch(s -> s.startsAt().isBefore(newStart) || s.endsAt().isAfter(newEnd))) {
      throw new RuleViolation(
          "event.dates.sessionOutside", "The new dates would leave a session outside the event");
    }
    this.startsAt = newStart;
    this.endsAt = newEnd;
  }

  /** True if the span from {@code start} to {@code end} lies within the event. */
  public boolean covers(LocalDateTime start, LocalDateTime end) {
    return !start.isBefore(startsAt) && !end.isAfter(endsAt);
  }

  /** Adds an institution that led the event ("ACNUR led this one"). */
  public void organisedBy(Institution institution) {
    if (coOrganisers.contains(institution)) {
      throw new RuleViolation(
          "event.organiser.both", "An institution is either organiser or co-organiser");
    }
    organisers.add(Objects.requireNonNull(institution));
  }

  /** Adds an institution that helped organise the event. */
  public void coOrganisedBy(Institution institution) {
    if (organisers.contains(institution)) {
      throw new RuleViolation(
          "event.organiser.both", "An institution is either organiser or co-organiser");
    }
    coOrganisers.add(Objects.requireNonNull(institution));
  }

  /** Takes an institution off the organisers; nothing happens if it was not one. */
  public void removeOrganiser(Institution institution) {
    organisers.remove(institution);
  }

  /** Takes an institution off the co-organisers; nothing happens if it was not one. */
  public void removeCoOrganiser(Institution institution) {
    coOrganisers.remove(institution);
  }

  /**
   * Makes the organisers and co-organisers exactly these (the form's lists), keeping the order
   * given; an institution cannot be in both.
   */
  public void organisedBy(List<Institution> newOrganisers, List<Institution> newCoOrganisers) {
    if (newOrganisers.stream().anyMatch(newCoOrganisers::contains)) {
      throw new RuleViolation(
          "event.organiser.both", "An institution is either organiser or co-organiser");
    }
    organisers.clear();
    coOrganisers.clear();
    newOrganisers.forEach(this::organisedBy);
    newCoOrganisers.forEach(this::coOrganisedBy);
  }

  /**
   * Sets the status the form chose: the same one changes nothing; otherwise only a planned event
   * moves, to held or cancelled.
   */
  public void changeStatus(EventStatus target) {
    if (target != null && target != status) {
      moveTo(target);
    }
  }

  /**
   * Revises the event from the form, all or nothing: a refused value leaves the transaction to be
   * rolled back by the caller's service.
   */
  public void revise(EventDetails details) {
    rename(details.title());
    this.kind =
        Optional.ofNullable(details.kind())
            .orElseThrow(() -> new RuleViolation("event.kind.required", "An event needs a kind"));
    reschedule(details.startsAt(), details.endsAt());
    partOfSeries(details.series(), details.edition());
    describe(details.purpose(), details.framework());
    locate(details.venue(), details.city(), details.territory());
    writeNotes(details.notes());
    organisedBy(details.organisers(), details.coOrganisers());
    changeStatus(details.status());
  }

  /** A new event from the form. */
  public static Event from(EventDetails details) {
    if (details.kind() == null) {
      throw new RuleViolation("event.kind.required", "An event needs a kind");
    }
    Event event = new Event(details.title(), details.kind(), details.startsAt(), details.endsAt());
    event.revise(details);
    return event;
  }

  /** Adds a session within the event's dates, its speakers in the order they spoke. */
  public EventSession addSession(
      String sessionTitle, LocalDateTime start, LocalDateTime end, List<Person> speakers) {
    EventSession session = new EventSession(this, sessionTitle, start, end);
    session.speakersInOrder(speakers);
    sessions.add(session);
    renumberSessions();
    return session;
  }

  /** Changes a session's title, time and speakers. */
  public EventSession changeSession(
      long sessionId,
      String sessionTitle,
      LocalDateTime start,
      LocalDateTime end,
      List<Person> speakers) {
    EventSession session = existingSession(sessionId);
    session.retitle(sessionTitle);
    session.reschedule(start, end);
    session.speakersInOrder(speakers);
    return session;
  }

  /** Removes a session (and its list of speakers; the people stay). */
  public EventSession removeSession(long sessionId) {
    EventSession session = existingSession(sessionId);
    sessions.remove(session);
    renumberSessions();
    return session;
  }

  /**
   * Moves a session {@code offset} places in the programme (negative: earlier); the programme is
   * the order the team sets, which need not follow the clock (parallel sessions, a late change).
   * Moving past either end stops there.
   */
  public void moveSession(long sessionId, int offset) {
    EventSession session = existingSession(sessionId);
    int from = sessions.indexOf(session);
    int to = Math.max(0, Math.min(sessions.size() - 1, from + offset));
    sessions.remove(from);
    sessions.add(to, session);
    renumberSessions();
  }

  public Optional<EventSession> session(long sessionId) {
    return sessions.stream().filter(s -> s.id() != null && s.id() == sessionId).findFirst();
  }

  private EventSession existingSession(long sessionId) {
    return session(sessionId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "event.session.notFound",
                    "No session " + sessionId + " in event " + id,
                    sessionId));
  }

  private void renumberSessions() {
    for (int i = 0; i < sessions.size(); i++) {
      sessions.get(i).placeAt(i);
    }
  }

  /** Keeps a file with the event; the same content twice is refused. */
  public EventAttachment attach(String fileName, String declaredType, byte[] content) {
    int next = attachments.stream().mapToInt(EventAttachment::position).max().orElse(-1) + 1;
    EventAttachment attachment = new EventAttachment(this, next, fileName, declaredType, content);
    Optional<EventAttachment> same =
        attachments.stream().filter(a -> a.sha256().equals(attachment.sha256())).findFirst();
    if (same.isPresent()) {
      throw new RuleViolation(
          "event.attachment.duplicate",
          attachment.fileName() + " has the same content as " + same.get().fileName(),
          attachment.fileName(),
          same.get().fileName());
    }
    attachments.add(attachment);
    return attachment;
  }

  /** Removes a file from the event. */
  public EventAttachment detach(long attachmentId) {
    EventAttachment attachment =
        attachment(attachmentId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "event.attachment.notFound",
                        "No attachment " + attachmentId + " in event " + id,
                        attachmentId));
    attachments.remove(attachment);
    return attachment;
  }

  public Optional<EventAttachment> attachment(long attachmentId) {
    return attachments.stream().filter(a -> a.id() != null && a.id() == attachmentId).findFirst();
  }

  /** The files in the order they were attached. */
  public List<EventAttachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  /** Places the event in a series ("Conferencia Nacional de Ciudades Solidarias", "II"). */
  public void partOfSeries(String seriesName, String editionLabel) {
    boolean hasSeries = seriesName != null && !seriesName.isBlank();
    boolean hasEdition = editionLabel != null && !editionLabel.isBlank();
    if (hasSeries != hasEdition) {
      throw new RuleViolation(
          "event.series.editionWithSeries", "Series and edition go together or not at all");
    }
    this.series = hasSeries ? seriesName.strip() : null;
    this.edition = hasEdition ? editionLabel.strip() : null;
    refreshSearchKey();
  }

  public void describe(String newPurpose, String newFramework) {
    this.purpose = blankToNull(newPurpose);
    this.framework = blankToNull(newFramework);
  }

  /**
   * Where the event takes place: a venue ("Hotel …"), the place as people write it ("Ciudad de
   * Guatemala") and the municipality or department it lies in; each may be left out.
   */
  public void locate(String newVenue, String newCity, Territory newTerritory) {
    this.venue = blankToNull(newVenue);
    this.city = blankToNull(newCity);
    this.territory = newTerritory;
    refreshSearchKey();
  }

  /** The team's own remarks about the event; blank removes them. */
  public void writeNotes(String newNotes) {
    this.notes = Text.optional(newNotes, NOTES_MAX, "event.notes");
  }

  private void refreshSearchKey() {
    String key =
        Text.searchKey(
            String.join(
                " ",
                Objects.toString(title, ""),
                Objects.toString(series, ""),
                Objects.toString(venue, ""),
                Objects.toString(city, "")));
    this.searchKey = key.length() > 1000 ? key.substring(0, 1000) : key;
  }

  /** Records that the event took place. Only a planned event can be held. */
  public void markHeld() {
    moveTo(EventStatus.HELD);
  }

  /** Calls the event off. Only a planned event can be cancelled. */
  public void cancel() {
    moveTo(EventStatus.CANCELLED);
  }

  private void moveTo(EventStatus target) {
    if (status != EventStatus.PLANNED) {
      throw new RuleViolation(
          "event.status.notAllowed",
          "An event that is " + status + " cannot become " + target,
          status,
          target);
    }
    status = target;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public EventKind kind() {
    return kind;
  }

  public Optional<String> series() {
    return Optional.ofNullable(series);
  }

  public Optional<String> edition() {
    return Optional.ofNullable(edition);
  }

  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public LocalDate firstDay() {
    return startsAt.toLocalDate();
  }

  public LocalDate lastDay() {
    return endsAt.toLocalDate();
  }

  public Optional<String> venue() {
    return Optional.ofNullable(venue);
  }

  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<String> framework() {
    return Optional.ofNullable(framework);
  }

  public EventStatus status() {
    return status;
  }

  public Optional<Territory> territory() {
    return Optional.ofNullable(territory);
  }

  public Set<Institution> organisers() {
    return Collections.unmodifiableSet(organisers);
  }

  public Set<Institution> coOrganisers() {
    return Collections.unmodifiableSet(coOrganisers);
  }

  public List<EventSession> sessions() {
    return Collections.unmodifiableList(sessions);
  }

  /**
   * Events have no natural key until they belong to a series, so identity is the database
   * identifier once assigned; two unsaved events are never equal.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Event that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Event.class.hashCode();
  }

  @Override
  public String toString() {
    return "Event[" + id + ", " + title + "]";
  }
}
