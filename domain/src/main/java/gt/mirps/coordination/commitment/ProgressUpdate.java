package gt.mirps.coordination.commitment;

import gt.mirps.coordination.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated report on a commitment: what was done, by whom, and the status change it made, if any.
 * Made only by {@link Commitment#report}, which checks the rules; never changed afterwards.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends AuditedEntity {

  public static final int NARRATIVE_MAX = 4000;
  public static final int AUTHOR_MAX = 120;

  @Id
  @SequenceGenerator(
      name = "progress_update_seq",
      sequenceName = "progress_update_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_update_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commitment_id", nullable = false)
  private Commitment commitment;

  @Column(name = "reported_on", nullable = false)
  private LocalDate date;

  @Column(name = "narrative", nullable = false, length = NARRATIVE_MAX)
  private String narrative;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private CommitmentStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20)
  private CommitmentStatus toStatus;

  @Column(name = "author", nullable = false, length = AUTHOR_MAX)
  private String author;

  protected ProgressUpdate() {
    // for JPA
  }

  /** Called by {@link Commitment#report} once it has checked the rules. */
  ProgressUpdate(
      Commitment commitment,
      LocalDate date,
      String narrative,
      CommitmentStatus fromStatus,
      CommitmentStatus toStatus,
      String author) {
    if ((fromStatus == null) != (toStatus == null)) {
      throw new IllegalArgumentException("A status change needs both statuses or neither");
    }
    this.commitment = Objects.requireNonNull(commitment, "commitment");
    this.date = Objects.requireNonNull(date, "date");
    this.narrative = Objects.requireNonNull(narrative, "narrative");
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.author = Objects.requireNonNull(author, "author");
  }

  public Long id() {
    return id;
  }

  public Commitment commitment() {
    return commitment;
  }

  public LocalDate date() {
    return date;
  }

  public String narrative() {
    return narrative;
  }

  public Optional<CommitmentStatus> fromStatus() {
    return Optional.ofNullable(fromStatus);
  }

  public Optional<CommitmentStatus> toStatus() {
    return Optional.ofNullable(toStatus);
  }

  /** True if this update moved the commitment to another status. */
  public boolean changesStatus() {
    return toStatus != null;
  }

  public String author() {
    return author;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ProgressUpdate that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return ProgressUpdate.class.hashCode();
  }

  @Override
  public String toString() {
    return "ProgressUpdate[" + id + ", " + date + ", " + fromStatus + "→" + toStatus + "]";
  }
}
