package gt.mirps.coordination.report;

import gt.mirps.coordination.shared.GuatemalaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** The figures of the manager dashboard: a handful of grouped queries, whatever the data size. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ManagerDashboard {

  private final ManagerFigures figures;
  private final Clock clock;

  /** For the container's proxies only. */
  protected ManagerDashboard() {
    this(null, Clock.systemUTC());
  }

  @Inject
  public ManagerDashboard(ManagerFigures figures) {
    this(figures, Clock.systemUTC());
  }

  ManagerDashboard(ManagerFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  /** Today in Guatemala, which the default periods end with. */
  public LocalDate today() {
    return GuatemalaTime.now(clock).toLocalDate();
  }

  /** Every figure of the dashboard over {@code period}. */
  public DashboardFigures over(DashboardPeriod period) {
    return new DashboardFigures(
        period,
        figures.participationByInstitutionKind(period),
        figures.participationByCountry(period),
        figures.eventsByMonth(period),
        figures.commitmentsByStatus(period),
        figures.commitmentsByArea(period),
        figures.overdueCommitments(period, today()),
        figures.solidarityCitiesByDepartment(period),
        figures.solidarityServices(period));
  }
}
