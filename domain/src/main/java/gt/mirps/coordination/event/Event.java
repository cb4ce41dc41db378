package gt.mirps.coordination.event;

import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

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
public class Event extends AuditedEntity {

  public static final int TITLE_MAX = 300;

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

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private EventStatus status = EventStatus.PLANNED;

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
  }

  /** Moves the event; it may not end before it starts. */
  public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
    if (newStart == null || newEnd == null) {
      throw new RuleViolation("event.dates.required", "An event needs a start and an end");
    }
    if (newEnd.isBefore(newStart)) {
      throw new RuleViolation("event.dates.endBeforeStart", "An event cannot end before it starts");
    }
    this.startsAt = newStart;
    this.endsAt = newEnd;
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
  }

  public void describe(String newPurpose, String newFramework) {
    this.purpose = blankToNull(newPurpose);
    this.framework = blankToNull(newFramework);
  }

  public void locate(String newVenue, String newCity) {
    this.venue = blankToNull(newVenue);
    this.city = blankToNull(newCity);
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

  public Optional<String> framework() {
    return Optional.ofNullable(framework);
  }

  public EventStatus status() {
    return status;
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
