package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.CommitmentReportFilter;
import gt.mirps.coordination.report.CommitmentTrack;
import gt.mirps.coordination.report.ParticipationGroup;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationLine;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.web.i18n.DateRanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Builds the reports as documents to write: the same title, filters in words, columns and rows for
 * the page's background export and for the direct download URLs. Rows are read a page at a time: by
 * id (keyset) for participations and commitments, by position for the few groups.
 */
@ApplicationScoped
public class ReportDocuments {

  /** Rows per database read while writing a file (a few MB at most). */
  static final int PAGE = 5000;

  private Reports reports;
  private Territories territories;

  /** For the container's proxies only. */
  protected ReportDocuments() {}

  @Inject
  public ReportDocuments(Reports reports, Territories territories) {
    this.reports = reports;
    this.territories = territories;
  }

  /** The participation report; tells {@code progress} its number of rows first. */
  public ReportDocument<?> participation(
      ParticipationReportFilter filter,
      ParticipationGrouping grouping,
      ResourceBundle texts,
      Locale locale,
      Progress progress) {
    String title = texts.getString("reports.participation.title");
    List<String> filters = describe(filter, grouping, texts, locale);
    progress.total(reports.countGroups(filter, grouping));
    if (grouping == ParticipationGrouping.NONE) {
      return new ReportDocument<ParticipationLine>(
          title,
          "informe-participacion",
          filters,
          ReportColumns.lines(texts),
          PagedRows.byKey(
              (after, max) -> reports.lines(filter, after, max),
              ParticipationLine::id,
              PAGE,
              progress));
    }
    return new ReportDocument<ParticipationGroup>(
        title,
        "informe-participacion",
        filters,
        ReportColumns.groups(grouping, texts, locale),
        PagedRows.byPosition(
            (first, max) -> reports.groups(filter, grouping, ReportSort.NAME, true, first, max),
            PAGE,
            progress));
  }

  /** The commitments tracker; tells {@code progress} its number of rows first. */
  public ReportDocument<CommitmentTrack> commitments(
      CommitmentReportFilter filter, ResourceBundle texts, Locale locale, Progress progress) {
    LocalDate today = reports.today();
    progress.total(reports.countCommitments(filter));
    return new ReportDocument<>(
        texts.getString("reports.commitments.title"),
        "seguimiento-compromisos",
        describe(filter, texts, locale),
        ReportColumns.commitments(texts, today),
        PagedRows.byKey(
            (after, max) -> reports.commitmentsAfter(filter, today, after, max),
            CommitmentTrack::id,
            PAGE,
            progress));
  }

  /** The participation filters in words, one line each, for the PDF. */
  List<String> describe(
      ParticipationReportFilter filter,
      ParticipationGrouping grouping,
      ResourceBundle texts,
      Locale locale) {
    List<String> lines = new ArrayList<>();
    period(filter.from(), filter.to(), texts, locale, lines);
    item(lines, texts, locale, "reports.filter.series", filter.series());
    if (filter.eventKind() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.eventKind",
          texts.getString("event.kind." + filter.eventKind().name()));
    }
    if (filter.institutionKind() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.institutionKind",
          texts.getString("directory.kind." + filter.institutionKind().name()));
    }
    if (filter.countryCode() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.country",
          territories
              .country(filter.countryCode())
              .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameEs())
              .orElse(filter.countryCode()));
    }
    if (filter.role() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.role",
          texts.getString("directory.role." + filter.role().name()));
    }
    if (filter.state() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.state",
          texts.getString("directory.state." + filter.state().name()));
    }
    if (lines.isEmpty()) {
      lines.add(texts.getString("reports.filters.none"));
    }
    lines.add(
        format(
            texts,
            locale,
            "reports.filters.grouping",
            texts.getString("reports.grouping." + grouping.name())));
    return lines;
  }

  /** The commitment filters in words, one line each, for the PDF. */
  List<String> describe(CommitmentReportFilter filter, ResourceBundle texts, Locale locale) {
    List<String> lines = new ArrayList<>();
    period(filter.from(), filter.to(), texts, locale, lines);
    if (filter.status() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.status",
          texts.getString("commitment.status." + filter.status().name()));
    }
    if (filter.area() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.area",
          texts.getString("commitment.area." + filter.area().name()));
    }
    if (filter.institutionKind() != null) {
      item(
          lines,
          texts,
          locale,
          "reports.filter.institutionKind",
          texts.getString("directory.kind." + filter.institutionKind().name()));
    }
    item(lines, texts, locale, "reports.filter.series", filter.series());
    if (filter.overdueOnly()) {
      lines.add(texts.getString("reports.filters.overdue"));
    }
    if (lines.isEmpty()) {
      lines.add(texts.getString("reports.filters.none"));
    }
    return lines;
  }

  private static void period(
      LocalDate from, LocalDate to, ResourceBundle texts, Locale locale, List<String> lines) {
    if (from != null && to != null) {
      lines.add(
          format(texts, locale, "reports.filters.period", DateRanges.format(from, to, locale)));
    } else if (from != null) {
      lines.add(format(texts, locale, "reports.filters.from", DateRanges.format(from, locale)));
    } else if (to != null) {
      lines.add(format(texts, locale, "reports.filters.to", DateRanges.format(to, locale)));
    }
  }

  private static void item(
      List<String> lines, ResourceBundle texts, Locale locale, String labelKey, String value) {
    if (value != null) {
      lines.add(format(texts, locale, "reports.filters.item", texts.getString(labelKey), value));
    }
  }

  private static String format(ResourceBundle texts, Locale locale, String key, Object... args) {
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
