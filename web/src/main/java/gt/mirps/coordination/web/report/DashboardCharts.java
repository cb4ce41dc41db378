package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.DashboardFigures;
import gt.mirps.coordination.report.DashboardPeriod;
import gt.mirps.coordination.report.GroupCount;
import gt.mirps.coordination.report.GroupHeads;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.report.ChartConfig.Kind;
import gt.mirps.coordination.web.report.ChartConfig.Series;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Turns the dashboard's counts into charts and tables: labels in the reader's language, one
 * Chart.js configuration per chart, the same numbers row by row, and the links to the reports.
 */
final class DashboardCharts {

  private final ResourceBundle texts;
  private final Locale locale;
  private final DashboardPeriod period;

  DashboardCharts(ResourceBundle texts, Locale locale, DashboardPeriod period) {
    this.texts = texts;
    this.locale = locale;
    this.period = period;
  }

  /** Every chart of the dashboard, in the order the page shows them. */
  List<Figure> of(DashboardFigures figures) {
    return List.of(
        heads(
            "by-kind",
            "report.dashboard.byKind",
            "report.dashboard.kind",
            figures.byInstitutionKind(),
            h -> h.key() == null ? noInstitution() : text("directory.kind." + h.key()),
            DashboardLinks.participation(period, "tipo")),
        heads(
            "by-country",
            "report.dashboard.byCountry",
            "report.dashboard.country",
            figures.byCountry(),
            this::country,
            DashboardLinks.participation(period, "pais")),
        counts(
            "events-by-month",
            Kind.BAR,
            "report.dashboard.eventsByMonth",
            "report.dashboard.month",
            "report.dashboard.events",
            figures.eventsByMonth(),
            c -> month(c.key()),
            c -> null,
            DashboardLinks.events(),
            "report.dashboard.openEvents"),
        counts(
            "commitments-by-status",
            Kind.DOUGHNUT,
            "report.dashboard.commitmentsByStatus",
            "report.dashboard.status",
            "report.dashboard.commitments",
            figures.commitmentsByStatus(),
            c -> text("commitment.status." + c.key()),
            c -> DashboardLinks.commitments(period, c.key()),
            DashboardLinks.commitments(period, null),
            "report.dashboard.openReport"),
        counts(
            "commitments-by-area",
            Kind.BAR,
            "report.dashboard.commitmentsByArea",
            "report.dashboard.area",
            "report.dashboard.commitments",
            figures.commitmentsByArea(),
            c -> text("commitment.area." + c.key()),
            c -> null,
            DashboardLinks.commitments(period, null),
            "report.dashboard.openReport"),
        counts(
            "cities-by-department",
            Kind.BAR,
            "report.dashboard.citiesByDepartment",
            "report.dashboard.department",
            "report.dashboard.cities",
            figures.citiesByDepartment(),
            GroupCount::label,
            c -> DashboardLinks.cities(period, c.key()),
            DashboardLinks.cities(period, null),
            "report.dashboard.openReport"),
        counts(
            "city-services",
            Kind.BAR,
            "report.dashboard.cityServices",
            "report.dashboard.service",
            "report.dashboard.cities",
            figures.cityServices(),
            c -> text("solidarityCity.service." + c.key()),
            c -> null,
            DashboardLinks.cities(period, null),
            "report.dashboard.openReport"));
  }

  private Figure heads(
      String id,
      String titleKey,
      String groupKey,
      List<GroupHeads> groups,
      Function<GroupHeads, String> label,
      String report) {
    List<String> labels = groups.stream().map(label).toList();
    List<Long> registered = groups.stream().map(GroupHeads::registered).toList();
    List<Long> attended = groups.stream().map(GroupHeads::attended).toList();
    String registeredName = text("report.dashboard.registered");
    String attendedName = text("report.dashboard.attended");
    List<Figure.Row> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      rows.add(new Figure.Row(labels.get(i), List.of(registered.get(i), attended.get(i)), null));
    }
    String title = text(titleKey);
    return new Figure(
        id,
        title,
        ChartConfig.of(
            Kind.BAR,
            labels,
            List.of(new Series(registeredName, registered), new Series(attendedName, attended))),
        aria(Kind.BAR, title),
        text(groupKey),
        List.of(registeredName, attendedName),
        rows,
        report,
        text("report.dashboard.openReport"));
  }

  private Figure counts(
      String id,
      Kind kind,
      String titleKey,
      String groupKey,
      String valueKey,
      List<GroupCount> groups,
      Function<GroupCount, String> label,
      Function<GroupCount, String> link,
      String report,
      String reportKey) {
    List<String> labels = groups.stream().map(label).toList();
    List<Long> values = groups.stream().map(GroupCount::count).toList();
    List<Figure.Row> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      rows.add(new Figure.Row(labels.get(i), List.of(values.get(i)), link.apply(groups.get(i))));
    }
    String title = text(titleKey);
    String valueName = text(valueKey);
    return new Figure(
        id,
        title,
        ChartConfig.of(kind, labels, List.of(new Series(valueName, values))),
        aria(kind, title),
        text(groupKey),
        List.of(valueName),
        rows,
        report,
        text(reportKey));
  }

  /** "Gráfico de barras: Participación por tipo de institución, del … al …". */
  private String aria(Kind kind, String title) {
    return format("report.dashboard.chart." + kind.chartJs(), title, describe());
  }

  /** The period in words: "del 1 de enero de 2024 al 31 de diciembre de 2024". */
  String describe() {
    if (period.from() == null && period.to() == null) {
      return text("report.dashboard.period.all");
    }
    if (period.to() == null) {
      return format("report.dashboard.period.from", DateRanges.format(period.from(), locale));
    }
    if (period.from() == null) {
      return format("report.dashboard.period.to", DateRanges.format(period.to(), locale));
    }
    return format(
        "report.dashboard.period.between",
        DateRanges.format(period.from(), locale),
        DateRanges.format(period.to(), locale));
  }

  private String country(GroupHeads group) {
    if (group.key() == null) {
      return noInstitution();
    }
    if ("es".equals(locale.getLanguage()) && group.label() != null) {
      return group.label();
    }
    return new Locale("", group.key()).getDisplayCountry(locale);
  }

  private String month(String key) {
    return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(YearMonth.parse(key));
  }

  private String noInstitution() {
    return text("report.dashboard.noInstitution");
  }

  private String text(String key) {
    return texts.getString(key);
  }

  private String format(String key, Object... arguments) {
    return Messages.format(texts, locale, key, arguments);
  }
}
