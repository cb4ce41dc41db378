package gt.mirps.coordination.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One commitment in the tracker: who submitted it, where it stands, when it was made (its event's
 * first day, or the day it was recorded), its target date, its last progress update and the day it
 * was fulfilled (null until then).
 */
public record CommitmentTrack(
    long id,
    String title,
    String submitter,
    String submitterAcronym,
    CommitmentStatus status,
    ThematicArea area,
    String event,
    LocalDate committedOn,
    LocalDate targetDate,
    LocalDate lastUpdate,
    LocalDate fulfilledOn) {

  /** Past its target date on {@code today} and neither fulfilled nor cancelled. */
  public boolean isOverdue(LocalDate today) {
    return targetDate != null && targetDate.isBefore(today) && !status.isClosed();
  }

  /** Days from the commitment to its fulfilment, or null while it is not fulfilled. */
  public Long daysToFulfilment() {
    return fulfilledOn == null || committedOn == null
        ? null
        : ChronoUnit.DAYS.between(committedOn, fulfilledOn);
  }

  /** The submitter as people call it: acronym when there is one. */
  public String submitterName() {
    return submitterAcronym == null || submitterAcronym.isBlank()
        ? submitter
        : submitter + " (" + submitterAcronym + ")";
  }
}
