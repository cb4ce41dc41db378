package gt.mirps.coordination.commitment;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an institution pledged to do, modelled on the Global Refugee Forum pledges: "the
 * Municipality of Guatemala will open a second orientation desk for refugees in 2025". Its status
 * changes only through dated {@linkplain ProgressUpdate progress updates}, so the record shows when
 * and by whom each step was reported.
 */
@Entity
@Table(name = "commitment")
@NamedQuery(
    name = "Commitment.ofEvent",
    query =
        "select c from Commitment c join fetch c.submitter where c.event.id = :event order by c.id")
@NamedQuery(
    name = "Commitment.submittedBy",
    query =
        "select c from Commitment c join fetch c.submitter"
            + " where c.submitter.id = :institution order by c.id")
@NamedQuery(
    name = "Commitment.overdue",
    query =
        "select c from Commitment c join fetch c.submitter"
            + " where c.targetDate < :today and c.status in :open order by c.targetDate, c.id")
public class Commitment extends AuditedEntity {

  public static final int TITLE_MAX = 300;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int CANCELLATION_REASON_MAX = 1000;

  @Id
  @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
  private Long id;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "description", length = DESCRIPTION_MAX)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "submitter_id", nullable = false)
  private Institution submitter;

  @ManyToMany
  @JoinTable(
      name = "commitment_cosponsor",
      joinColumns = @JoinColumn(name = "commitment_id"),
      inverseJoinColumns = @JoinColumn(name = "institution_id"))
  @OrderBy("name ASC")
  private List<Institution> cosponsors = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "commitment_type", nullable = false, length = 20)
  private CommitmentType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "thematic_area", nullable = false, length = 30)
  private ThematicArea area;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CommitmentStatus status = CommitmentStatus.PLANNING;

  @Column(name = "cancellation_reason", length = CANCELLATION_REASON_MAX)
  private String cancellationReason;

  @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("date ASC, id ASC")
  private List<ProgressUpdate> progressUpdates = new ArrayList<>();

  protected Commitment() {
    // for JPA
  }

  /** A new commitment of {@code submitter}; it starts in {@link CommitmentStatus#PLANNING}. */
  public Commitment(String title, Institution submitter, CommitmentType type, ThematicArea area) {
    rename(title);
    if (submitter == null) {
      throw new RuleViolation("commitment.submitter.required", "A commitment needs a submitter");
    }
    this.submitter = submitter;
    classify(type, area);
  }

  public void rename(String newTitle) {
    this.title = Text.required(newTitle, TITLE_MAX, "commitment.title");
  }

  /** Sets the description; blank removes it. */
  public void describe(String newDescription) {
    this.description = Text.optional(newDescription, DESCRIPTION_MAX, "commitment.description");
  }

  /** Sets the type and thematic area; both are required. */
  public void classify(CommitmentType newType, ThematicArea newArea) {
    if (newType == null) {
      throw new RuleViolation("commitment.type.required", "A commitment needs a type");
    }
    if (newArea == null) {
      throw new RuleViolation("commitment.area.required", "A commitment needs a thematic area");
    }
    this.type = newType;
    this.area = newArea;
  }

  /** Records the event where the commitment was made; null when it was made elsewhere. */
  public void madeAt(Event newEvent) {
    this.event = newEvent;
  }

  /** Sets the day by which the commitment should be fulfilled; null when there is none. */
  public void dueBy(LocalDate newTargetDate) {
    this.targetDate = newTargetDate;
  }

  /**
   * Adds a co-sponsor. The submitter cannot also co-sponsor, and an institution co-sponsors once.
   */
  public void cosponsor(Institution institution) {
    if (institution == null) {
      throw new RuleViolation("commitment.cosponsor.required", "No co-sponsor given");
    }
    if (institution.equals(submitter)) {
      throw new RuleViolation(
          "commitment.cosponsor.submitter",
          "The submitter " + institution + " cannot also co-sponsor");
    }
    if (cosponsors.contains(institution)) {
      throw new RuleViolation(
          "commitment.cosponsor.duplicate", institution + " already co-sponsors this commitment");
    }
    cosponsors.add(institution);
  }

  /** Removes a co-sponsor; refused for an institution that does not co-sponsor. */
  public void removeCosponsor(Institution institution) {
    if (institution == null || !cosponsors.remove(institution)) {
      throw new RuleViolation(
          "commitment.cosponsor.notCosponsor",
          institution + " does not co-sponsor this commitment");
    }
  }

  /**
   * Reports progress on {@code date}: the only way a commitment changes status. The date cannot be
   * later than today in Guatemala according to {@code clock}, nor earlier than the previous report.
   * A status change must be an allowed move (see {@link CommitmentStatus#canMoveTo}), and a
   * cancellation needs a reason; a reason without a cancellation is refused. Nothing changes when
   * any rule refuses the report.
   *
   * @param newStatus the status the commitment moves to, or null for a report without a change
   * @param cancellationReason why the commitment is cancelled; only with {@code CANCELLED}
   */
  public ProgressUpdate report(
      LocalDate date,
      String narrative,
      CommitmentStatus newStatus,
      String cancellationReason,
      Clock clock) {
    Objects.requireNonNull(clock, "clock");
    if (date == null) {
      throw new RuleViolation(
          "commitment.progress.date.required", "A progress update needs a date");
    }
    LocalDate today = GuatemalaTime.now(clock).toLocalDate();
    if (date.isAfter(today)) {
      throw new RuleViolation(
          "commitment.progress.date.future",
          "A progress update dated " + date + " is in the future (today is " + today + ")",
          date);
    }
    Optional<ProgressUpdate> previous = lastUpdate();
    if (previous.isPresent() && date.isBefore(previous.get().date())) {
      throw new RuleViolation(
          "commitment.progress.date.beforePrevious",
          "A progress update dated " + date + " comes before the previous one",
          previous.get().date());
    }
    String cleanedNarrative =
        Text.required(narrative, ProgressUpdate.NARRATIVE_MAX, "commitment.progress.narrative");
    if (newStatus != null && !status.canMoveTo(newStatus)) {
      throw new RuleViolation(
          "commitment.status.notAllowed",
          "A commitment that is " + status + " cannot become " + newStatus,
          status,
          newStatus);
    }
    String reason;
    if (newStatus == CommitmentStatus.CANCELLED) {
      reason =
          Text.required(
              cancellationReason, CANCELLATION_REASON_MAX, "commitment.cancellationReason");
    } else if (Text.clean(cancellationReason) != null) {
      throw new RuleViolation(
          "commitment.cancellationReason.withoutCancelling",
          "A cancellation reason is given only when cancelling");
    } else {
      reason = null;
    }
    ProgressUpdate update =
        new ProgressUpdate(
            this,
            date,
            cleanedNarrative,
            newStatus == null ? null : status,
            newStatus,
            ChangeAuthor.current());
    progressUpdates.add(update);
    if (newStatus != null) {
      status = newStatus;
      this.cancellationReason = reason;
    }
    return update;
  }

  /**
   * True if the target date has passed on {@code today} (a day in Guatemala, see {@link
   * GuatemalaTime}) and the commitment is neither fulfilled nor cancelled.
   */
  public boolean isOverdue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return targetDate != null && targetDate.isBefore(today) && !status.isClosed();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<Event> event() {
    return Optional.ofNullable(event);
  }

  public Institution submitter() {
    return submitter;
  }

  public List<Institution> cosponsors() {
    return Collections.unmodifiableList(cosponsors);
  }

  public CommitmentType type() {
    return type;
  }

  public ThematicArea area() {
    return area;
  }

  public Optional<LocalDate> targetDate() {
    return Optional.ofNullable(targetDate);
  }

  public CommitmentStatus status() {
    return status;
  }

  public Optional<String> cancellationReason() {
    return Optional.ofNullable(cancellationReason);
  }

  /** The progress updates, oldest first. */
  public List<ProgressUpdate> progressUpdates() {
    return Collections.unmodifiableList(progressUpdates);
  }

  public Optional<ProgressUpdate> lastUpdate() {
    return progressUpdates.isEmpty()
        ? Optional.empty()
        : Optional.of(progressUpdates.get(progressUpdates.size() - 1));
  }

  /** Commitments have no natural key, so identity is the database identifier once assigned. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Commitment that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Commitment.class.hashCode();
  }

  @Override
  public String toString() {
    return "Commitment[" + id + ", " + title + "]";
  }
}
