package gt.mirps.coordination.report;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.solidarity.SolidarityCity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Solidarity Cities report: designations by department with the services each offers, their
 * signing dates and the events their institution took part in. A page costs three queries
 * (designations, their services, their events), however many rows it has.
 */
@ApplicationScoped
@Transactional
public class SolidarityCityReport {

  /** The most rows one page may ask for. */
  public static final int PAGE_MAX = 500;

  private final CityReportQueries queries;

  protected SolidarityCityReport() {
    this(null);
  }

  @Inject
  public SolidarityCityReport(CityReportQueries queries) {
    this.queries = queries;
  }

  /** How many designations the filter lets through. */
  public long count(CityReportFilter filter) {
    return queries.count(Objects.requireNonNull(filter, "filter"));
  }

  /** Rows {@code first} to {@code first + max} (at most {@link #PAGE_MAX}) of the report. */
  public List<CityReportRow> page(CityReportFilter filter, int first, int max) {
    List<SolidarityCity> cities =
        queries.page(
            Objects.requireNonNull(filter, "filter"),
            Math.max(0, first),
            Math.max(1, Math.min(max, PAGE_MAX)));
    List<Long> institutionIds =
        cities.stream()
            .map(SolidarityCity::institution)
            .flatMap(Optional::stream)
            .map(Institution::id)
            .distinct()
            .toList();
    Map<Long, List<EventTakenPart>> events =
        institutionIds.isEmpty() ? Map.of() : queries.eventsOf(institutionIds);
    return cities.stream()
        .map(
            city ->
                new CityReportRow(
                    city,
                    city.institution()
                        .map(i -> events.getOrDefault(i.id(), List.of()))
                        .orElse(List.of())))
        .toList();
  }
}
