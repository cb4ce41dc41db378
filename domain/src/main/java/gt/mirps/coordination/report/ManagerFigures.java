package gt.mirps.coordination.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The aggregates behind the manager dashboard, each counted by the database in one grouped query
 * (never by loading rows), over a {@link DashboardPeriod}:
 *
 * <ul>
 *   <li>participations belong to the period when their event starts in it;
 *   <li>commitments when the event they were made at starts in it, or, made at no event, when they
 *       were recorded in it;
 *   <li>Solidarity Cities when their designation was in force on some day of it (signed on or
 *       before its last day, not ended before its first).
 * </ul>
 */
public interface ManagerFigures {

  /**
   * People taking part (in events not cancelled) by their institution's kind and country at the
   * event, in one grouped statement; countries named in Spanish.
   */
  List<HeadsByKindAndCountry> participationByKindAndCountry(DashboardPeriod period);

  /** Events not cancelled by the month they start in ("2024-09"), earliest first. */
  List<GroupCount> eventsByMonth(DashboardPeriod period);

  /** Commitments by status. */
  List<GroupCount> commitmentsByStatus(DashboardPeriod period);

  /** Commitments by thematic area, most first. */
  List<GroupCount> commitmentsByArea(DashboardPeriod period);

  /** Commitments past their target date on {@code today}, neither fulfilled nor cancelled. */
  long overdueCommitments(DashboardPeriod period, LocalDate today);

  /** Solidarity Cities by department (a department's own designation counts in it), most first. */
  List<GroupCount> solidarityCitiesByDepartment(DashboardPeriod period);

  /** How many Solidarity Cities offer each service, most first. */
  List<GroupCount> solidarityServices(DashboardPeriod period);
}
