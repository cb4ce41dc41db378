package gt.mirps.coordination.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.institution.InstitutionKind;
import java.time.LocalDate;

/**
 * Which commitments the tracker shows; every part optional. The period is the day the commitment
 * was made (its event's first day, or the day it was recorded), from and to inclusive; {@code
 * overdueOnly} keeps those past their target date and neither fulfilled nor cancelled.
 */
public record CommitmentReportFilter(
    LocalDate from,
    LocalDate to,
    CommitmentStatus status,
    ThematicArea area,
    InstitutionKind institutionKind,
    String series,
    boolean overdueOnly) {

  public CommitmentReportFilter {
    Periods.check(from, to);
    series = series == null || series.isBlank() ? null : series.strip();
  }

  /** Every commitment. */
  public static CommitmentReportFilter everything() {
    return new CommitmentReportFilter(null, null, null, null, null, null, false);
  }
}
