package gt.mirps.coordination.report;

import gt.mirps.coordination.shared.GuatemalaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    List<HeadsByKindAndCountry> participation = figures.participationByKindAndCountry(period);
    return new DashboardFigures(
        period,
        rollUp(participation, HeadsByKindAndCountry::kind, h -> null),
        rollUp(
            participation, HeadsByKindAndCountry::countryCode, HeadsByKindAndCountry::countryName),
        figures.eventsByMonth(period),
        figures.commitmentsByStatus(period),
        figures.commitmentsByArea(period),
        figures.overdueCommitments(period, today()),
        figures.solidarityCitiesByDepartment(period),
        figures.solidarityServices(period));
  }

  /** Adds the groups up by one of their keys: the largest first, the group without a key last. */
  static List<GroupHeads> rollUp(
      List<HeadsByKindAndCountry> groups,
      Function<HeadsByKindAndCountry, String> key,
      Function<HeadsByKindAndCountry, String> label) {
    Map<String, GroupHeads> sums = new LinkedHashMap<>();
    for (HeadsByKindAndCountry group : groups) {
      sums.merge(
          String.valueOf(key.apply(group)),
          new GroupHeads(
              key.apply(group), label.apply(group), group.registered(), group.attended()),
          (a, b) ->
              new GroupHeads(
                  a.key(),
                  a.label(),
                  a.registered() + b.registered(),
                  a.attended() + b.attended()));
    }
    return sums.values().stream()
        .sorted(
            Comparator.comparing((GroupHeads h) -> h.key() == null)
                .thenComparing(Comparator.comparingLong(GroupHeads::registered).reversed())
                .thenComparing(GroupHeads::key, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
