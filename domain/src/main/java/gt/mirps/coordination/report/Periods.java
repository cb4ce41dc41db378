package gt.mirps.coordination.report;

import java.time.LocalDate;

/** The rule shared by the reports' periods: an end, when given, is not before the start. */
final class Periods {

  private Periods() {}

  static void check(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ParticipationReportFilter.reversed(from, to);
    }
  }
}
