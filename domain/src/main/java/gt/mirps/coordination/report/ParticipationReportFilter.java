package gt.mirps.coordination.report;

import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDate;

/**
 * Which participations the participation report counts; every part is optional (null: any). The
 * period is the events' first day, from and to inclusive.
 */
public record ParticipationReportFilter(
    LocalDate from,
    LocalDate to,
    String series,
    EventKind eventKind,
    InstitutionKind institutionKind,
    String countryCode,
    ParticipationRole role,
    AttendanceState state) {

  public ParticipationReportFilter {
    Periods.check(from, to);
    series = series == null || series.isBlank() ? null : series.strip();
    countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip();
  }

  /** Every participation. */
  public static ParticipationReportFilter everything() {
    return new ParticipationReportFilter(null, null, null, null, null, null, null, null);
  }

  /** Thrown by the constructor; here so that its message key sits with the rule. */
  static RuleViolation reversed(LocalDate from, LocalDate to) {
    return new RuleViolation(
        "report.period.reversed", "Period from " + from + " to " + to + " ends before it starts");
  }
}
