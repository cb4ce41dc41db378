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
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    FilterLines lines = new FilterLines(texts, locale);
    lines.period(filter.from(), filter.to());
    lines.item("reports.filter.series", filter.series());
    lines.choice("reports.filter.eventKind", "event.kind.", filter.eventKind());
    lines.choice("reports.filter.institutionKind", "directory.kind.", filter.institutionKind());
    if (filter.countryCode() != null) {
      lines.item(
          "reports.filter.country",
          territories
              .country(filter.countryCode())
              .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameEs())
              .orElse(filter.countryCode()));
    }
    lines.choice("reports.filter.role", "directory.role.", filter.role());
    lines.choice("reports.filter.state", "directory.state.", filter.state());
    List<String> described = lines.orNone();
    described.add(
        lines.format(
            "reports.filters.grouping", texts.getString("reports.grouping." + grouping.name())));
    return described;
  }

  /** The commitment filters in words, one line each, for the PDF. */
  List<String> describe(CommitmentReportFilter filter, ResourceBundle texts, Locale locale) {
    FilterLines lines = new FilterLines(texts, locale);
    lines.period(filter.from(), filter.to());
    lines.choice("reports.filter.status", "commitment.status.", filter.status());
    lines.choice("reports.filter.area", "commitment.area.", filter.area());
    lines.choice("reports.filter.institutionKind", "directory.kind.", filter.institutionKind());
    lines.item("reports.filter.series", filter.series());
    if (filter.overdueOnly()) {
      lines.add(texts.getString("reports.filters.overdue"));
    }
    return lines.orNone();
  }

  /** The lines of the filters in words, in the reader's language. */
  private static final class FilterLines {

    private final ResourceBundle texts;
    private final Locale locale;
    private final List<String> lines = new ArrayList<>();

    FilterLines(ResourceBundle texts, Locale locale) {
      this.texts = texts;
      this.locale = locale;
    }

    void add(String line) {
      lines.add(line);
    }

    /** The period ("Periodo: …", "Desde el …"…), or nothing when it is open. */
    void period(LocalDate from, LocalDate to) {
      if (from != null && to != null) {
        add(format("reports.filters.period", DateRanges.format(from, to, locale)));
      } else if (from != null) {
        add(format("reports.filters.from", DateRanges.format(from, locale)));
      } else if (to != null) {
        add(format("reports.filters.to", DateRanges.format(to, locale)));
      }
    }

    /** "Label: value", or nothing when {@code value} is null. */
    void item(String labelKey, String value) {
      if (value != null) {
        add(format("reports.filters.item", texts.getString(labelKey), value));
      }
    }

    /** "Label: value" for a value of a list, its text at {@code prefix + NAME}. */
    void choice(String labelKey, String prefix, Enum<?> value) {
      if (value != null) {
        item(labelKey, texts.getString(prefix + value.name()));
      }
    }

    /** The lines, or the one that says no filter was used. */
    List<String> orNone() {
      if (lines.isEmpty()) {
        lines.add(texts.getString("reports.filters.none"));
      }
      return lines;
    }

    String format(String key, Object... args) {
      return Messages.format(texts, locale, key, args);
    }
  }
}
