package gt.mirps.coordination.report;

import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The days a report covers, both included, in Guatemala; an open bound (null) reaches as far as the
 * records go, so {@link #all()} covers everything.
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

  public DashboardPeriod {
    if (from != null && to != null && to.isBefore(from)) {
      throw new RuleViolation(
          "report.dashboard.period.reversed",
          "DashboardPeriod ends " + to + " before it starts " + from);
    }
  }

  /** Everything recorded, whenever it happened. */
  public static DashboardPeriod all() {
    return new DashboardPeriod(null, null);
  }

  /** From January 1st to December 31st of {@code today}'s year. */
  public static DashboardPeriod yearOf(LocalDate today) {
    return new DashboardPeriod(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
  }

  /** The twelve months that end with {@code today}. */
  public static DashboardPeriod twelveMonthsTo(LocalDate today) {
    return new DashboardPeriod(today.minusMonths(12).plusDays(1), today);
  }

  public Optional<LocalDate> start() {
    return Optional.ofNullable(from);
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(to);
  }

  /** The first moment of the period as a wall-clock time, or a time before any record. */
  public LocalDateTime startsAt() {
    return from == null ? LocalDateTime.of(1, 1, 1, 0, 0) : from.atStartOfDay();
  }

  /** The first moment after the period as a wall-clock time, or a time after any record. */
  public LocalDateTime endsBefore() {
    return to == null ? LocalDateTime.of(9999, 1, 1, 0, 0) : to.plusDays(1).atStartOfDay();
  }

  /** {@link #startsAt()} as an instant in Guatemala. */
  public Instant startsAtInstant() {
    return startsAt().atZone(GuatemalaTime.ZONE).toInstant();
  }

  /** {@link #endsBefore()} as an instant in Guatemala. */
  public Instant endsBeforeInstant() {
    return endsBefore().atZone(GuatemalaTime.ZONE).toInstant();
  }

  /** The first day (or the earliest date) a date-only record may have to fall in the period. */
  public LocalDate firstDay() {
    return from == null ? LocalDate.of(1, 1, 1) : from;
  }

  /** The last day (or the latest date) a date-only record may have to fall in the period. */
  public LocalDate lastDay() {
    return to == null ? LocalDate.of(9998, 12, 31) : to;
  }
}
