package gt.mirps.coordination.opendata;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A commitment as open data: what, who submitted and co-sponsored it (institutions), at which
 * event, its area, type, status, target date and the date of its last progress update (null when
 * none was reported).
 */
public record PublicCommitment(
    long id,
    String title,
    String submitter,
    List<String> cosponsors,
    String event,
    ThematicArea area,
    CommitmentType type,
    CommitmentStatus status,
    LocalDate targetDate,
    LocalDate lastProgressOn) {

  public PublicCommitment {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(submitter, "submitter");
    Objects.requireNonNull(status, "status");
    cosponsors = List.copyOf(cosponsors);
  }

  /** True if the target date is past on {@code today} and the commitment is still open. */
  public boolean isOverdueOn(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return targetDate != null && targetDate.isBefore(today) && !status.isClosed();
  }
}
