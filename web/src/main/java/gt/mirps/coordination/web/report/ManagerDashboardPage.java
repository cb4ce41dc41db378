package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.DashboardFigures;
import gt.mirps.coordination.report.DashboardPeriod;
import gt.mirps.coordination.report.ManagerDashboard;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The manager dashboard ({@code /equipo/informes/panel.xhtml}). The period comes from the address
 * ({@code ?desde=2024-01-01&hasta=2024-12-31}, or {@code ?periodo=anio|12meses|todo}; the last
 * twelve months by default), so every view of it can be bookmarked and each chart links to its
 * report over the same period. The figures are read once per request: a few grouped queries.
 */
@Named
@RequestScoped
public class ManagerDashboardPage {

  @Inject private ManagerDashboard dashboard;
  @Inject private Language language;

  private String from;
  private String to;
  private String preset;

  private LocalDate today;
  private DashboardPeriod period;
  private DashboardFigures counted;
  private List<Figure> figures;

  /** The period the address asks for; a wrong one is said, and the default shown instead. */
  public DashboardPeriod getPeriod() {
    if (period == null) {
      try {
        period = DashboardLinks.period(preset, day(from), day(to), today());
      } catch (RuleViolation reversed) {
        Notices.violation(reversed);
        period = DashboardPeriod.twelveMonthsTo(today());
      } catch (DateTimeParseException wrong) {
        Notices.error("report.dashboard.date.invalid", wrong.getParsedString());
        period = DashboardPeriod.twelveMonthsTo(today());
      }
    }
    return period;
  }

  /** Today in Guatemala, read once for the request. */
  private LocalDate today() {
    if (today == null) {
      today = dashboard.today();
    }
    return today;
  }

  private static LocalDate day(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }

  /** The charts, in the order the page shows them. */
  public List<Figure> getFigures() {
    if (figures == null) {
      figures = charts().of(getCounted());
    }
    return figures;
  }

  private DashboardFigures getCounted() {
    if (counted == null) {
      counted = dashboard.over(getPeriod());
    }
    return counted;
  }

  private DashboardCharts charts() {
    return new DashboardCharts(
        Messages.bundle(language.getCurrent()), language.getCurrent(), getPeriod());
  }

  /** How many commitments of the period are overdue today. */
  public long getOverdue() {
    return getCounted().overdueCommitments();
  }

  /** "del 1 de enero de 2024 al 31 de diciembre de 2024", or "todo lo registrado". */
  public String getPeriodText() {
    return charts().describe();
  }

  /** The commitments tracker on the overdue commitments of the period. */
  public String getOverdueReport() {
    return DashboardLinks.overdue(getPeriod());
  }

  /** The first day of the period for the date field, yyyy-mm-dd, or empty. */
  public String getFromDay() {
    return getPeriod().start().map(LocalDate::toString).orElse("");
  }

  /** The last day of the period for the date field, yyyy-mm-dd, or empty. */
  public String getToDay() {
    return getPeriod().end().map(LocalDate::toString).orElse("");
  }

  /** Whether the period shown is the one of this quick choice. */
  public boolean shows(String choice) {
    return getPeriod().equals(DashboardLinks.period(choice, null, null, today()));
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getPreset() {
    return preset;
  }

  public void setPreset(String preset) {
    this.preset = preset;
  }
}
