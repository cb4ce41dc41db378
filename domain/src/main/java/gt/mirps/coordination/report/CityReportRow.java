package gt.mirps.coordination.report;

import gt.mirps.coordination.solidarity.SolidarityCity;
import java.util.List;

/**
 * One line of the Solidarity Cities report: a designation (with its territory, department,
 * institution and services loaded) and the events its institution took part in, earliest first.
 */
public record CityReportRow(SolidarityCity city, List<EventTakenPart> events) {

  public CityReportRow {
    events = List.copyOf(events);
  }

  public Long id() {
    return city.id();
  }
}
