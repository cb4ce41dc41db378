package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.DashboardPeriod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The dashboard's periods by name and the addresses of the reports behind its charts, with the same
 * period ({@code desde}, {@code hasta}, yyyy-mm-dd, left out when open).
 */
final class DashboardLinks {

  /** This calendar year. */
  static final String THIS_YEAR = "anio";

  /** The twelve months up to today: the default. */
  static final String LAST_12_MONTHS = "12meses";

  /** Everything recorded. */
  static final String ALL = "todo";

  private DashboardLinks() {}

  /**
   * The period of a quick choice, or else of the two days given (either may be open), or else the
   * last twelve months.
   */
  static DashboardPeriod period(String preset, LocalDate from, LocalDate to, LocalDate today) {
    if (THIS_YEAR.equals(preset)) {
      return DashboardPeriod.yearOf(today);
    }
    if (ALL.equals(preset)) {
      return DashboardPeriod.all();
    }
    if (LAST_12_MONTHS.equals(preset) || (from == null && to == null)) {
      return DashboardPeriod.twelveMonthsTo(today);
    }
    return new DashboardPeriod(from, to);
  }

  /** The participation report grouped by institution kind ("tipo") or country ("pais"). */
  static String participation(DashboardPeriod period, String grouping) {
    return "/equipo/informes/participacion.xhtml" + query(period, "agrupar", grouping);
  }

  /** The commitments tracker on one status. */
  static String commitments(DashboardPeriod period, String status) {
    return "/equipo/informes/compromisos.xhtml" + query(period, "estado", status);
  }

  /** The commitments tracker on the overdue ones. */
  static String overdue(DashboardPeriod period) {
    return "/equipo/informes/compromisos.xhtml" + query(period, "vencidos", "true");
  }

  /** The Solidarity Cities report of one department, or of all when {@code department} is null. */
  static String cities(DashboardPeriod period, String department) {
    return "/equipo/informes/ciudades.xhtml" + query(period, "departamento", department);
  }

  /** The event list (it takes no period from the address). */
  static String events() {
    return "/equipo/eventos/";
  }

  private static String query(DashboardPeriod period, String name, String value) {
    StringJoiner query = new StringJoiner("&");
    period.start().ifPresent(day -> query.add("desde=" + day));
    period.end().ifPresent(day -> query.add("hasta=" + day));
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return query.length() == 0 ? "" : "?" + query;
  }
}
