package gt.mirps.coordination.report;

import gt.mirps.coordination.solidarity.SolidarityCity;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The database queries behind the Solidarity Cities report. */
public interface CityReportQueries {

  /** How many designations the filter lets through. */
  long count(CityReportFilter filter);

  /**
   * Rows {@code first} to {@code first + max} of the designations the filter lets through, by
   * department code, territory code, then signing date; with territory, department, institution and
   * services loaded.
   */
  List<SolidarityCity> page(CityReportFilter filter, int first, int max);

  /**
   * The events each of these institutions took part in (a participation neither cancelled nor a
   * no-show, at an event not cancelled), earliest first, in one query; institutions without any are
   * absent from the map.
   */
  Map<Long, List<EventTakenPart>> eventsOf(Collection<Long> institutionIds);
}
