package gt.mirps.coordination.event;

import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A segment of an event ("La importancia de la creación de la Red Nacional de Ciudades Solidarias")
 * with its time and its speakers in the order they spoke. Part of its event: it is created, changed
 * and removed only through {@link Event}.
 */
@Entity
@Table(name = "event_session")
public class EventSession extends AuditedEntity {

  public static final int TITLE_MAX = 300;

  @Id
  @SequenceGenerator(
      name = "event_session_seq",
      sequenceName = "event_session_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_session_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private Event event;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @ManyToMany
  @JoinTable(
      name = "session_speaker",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "speaker_order")
  private List<Person> speakers = new ArrayList<>();

  protected EventSession() {
    // for JPA
  }

  EventSession(Event event, String title, LocalDateTime startsAt, LocalDateTime endsAt) {
    this.event = Objects.requireNonNull(event);
    retitle(title);
    reschedule(startsAt, endsAt);
  }

  void retitle(String newTitle) {
    this.title = Text.required(newTitle, TITLE_MAX, "session.title");
  }

  void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
    if (newStart == null || newEnd == null) {
      throw new RuleViolation("session.dates.required", "A session needs a start and an end");
    }
    if (newEnd.isBefore(newStart)) {
      throw new RuleViolation(
          "session.dates.endBeforeStart", "A session cannot end before it starts");
    }
    if (!event.covers(newStart, newEnd)) {
      throw new RuleViolation(
          "session.dates.outsideEvent", "A session must take place within its event's dates");
    }
    this.startsAt = newStart;
    this.endsAt = newEnd;
  }

  /** Sets the speakers in the order they spoke; the same person only once. */
  void speakersInOrder(List<Person> people) {
    if (new HashSet<>(people).size() != people.size()) {
      throw new RuleViolation("session.speakers.duplicate", "A speaker is listed twice");
    }
    speakers.clear();
    speakers.addAll(people);
  }

  void placeAt(int newPosition) {
    this.position = newPosition;
  }

  /** Where the session comes in its event's programme, from 0. */
  public int position() {
    return position;
  }

  public Long id() {
    return id;
  }

  public Event event() {
    return event;
  }

  public String title() {
    return title;
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public LocalDateTime endsAt() {
    return endsAt;
  }

  public List<Person> speakers() {
    return Collections.unmodifiableList(speakers);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof EventSession that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return EventSession.class.hashCode();
  }
}
