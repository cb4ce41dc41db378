package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.CommitmentTrack;
import gt.mirps.coordination.report.ParticipationGroup;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationLine;
import gt.mirps.coordination.web.export.Column;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The columns of each report, with headers and values in the reader's language. */
public final class ReportColumns {

  private ReportColumns() {}

  /** The columns of the participation report grouped by {@code grouping} (not NONE). */
  public static List<Column<ParticipationGroup>> groups(
      ParticipationGrouping grouping, ResourceBundle texts, Locale locale) {
    List<Column<ParticipationGroup>> columns = new ArrayList<>();
    columns.add(
        Column.text(
            texts.getString("reports.grouping." + grouping.name()),
            grouping == ParticipationGrouping.EVENT ? 50 : 45,
            g -> groupName(grouping, g, texts, locale)));
    if (grouping == ParticipationGrouping.EVENT) {
      columns.add(
          Column.date(texts.getString("reports.column.date"), 12, ParticipationGroup::date));
    }
    columns.add(
        Column.number(
            texts.getString("reports.column.registered"), 12, ParticipationGroup::registered));
    columns.add(
        Column.number(
            texts.getString("reports.column.attended"), 12, ParticipationGroup::attended));
    columns.add(
        Column.number(texts.getString("reports.column.noShows"), 14, ParticipationGroup::noShows));
    return columns;
  }

  /** What a group is called: institution (acronym), kind, country or event title. */
  public static String groupName(
      ParticipationGrouping grouping,
      ParticipationGroup group,
      ResourceBundle texts,
      Locale locale) {
    return switch (grouping) {
      case INSTITUTION ->
          group.key() == null
              ? texts.getString("reports.none.institution")
              : group.otherName() == null || group.otherName().isBlank()
                  ? group.name()
                  : group.name() + " (" + group.otherName() + ")";
      case INSTITUTION_KIND ->
          group.key() == null
              ? texts.getString("reports.none.institution")
              : texts.getString("directory.kind." + group.key());
      case COUNTRY ->
          group.key() == null
              ? texts.getString("reports.none.institution")
              : "en".equals(locale.getLanguage()) ? group.otherName() : group.name();
      case EVENT, NONE -> group.name();
    };
  }

  /** The columns of the ungrouped report: one row per participation. */
  public static List<Column<ParticipationLine>> lines(ResourceBundle texts) {
    return List.of(
        Column.text(texts.getString("reports.column.event"), 40, ParticipationLine::event),
        Column.date(texts.getString("reports.column.date"), 12, ParticipationLine::date),
        Column.text(texts.getString("reports.column.person"), 30, ParticipationLine::person),
        Column.text(
            texts.getString("reports.column.institution"), 40, ParticipationLine::institution),
        Column.text(
            texts.getString("reports.column.institutionKind"),
            22,
            l ->
                l.institutionKind() == null
                    ? null
                    : texts.getString("directory.kind." + l.institutionKind().name())),
        Column.text(texts.getString("reports.column.country"), 18, ParticipationLine::country),
        Column.text(
            texts.getString("reports.column.role"),
            18,
            l -> texts.getString("directory.role." + l.role().name())),
        Column.text(
            texts.getString("reports.column.state"),
            14,
            l -> texts.getString("directory.state." + l.state().name())),
        Column.number(
            texts.getString("reports.column.headCount"), 10, ParticipationLine::headCount));
  }

  /** The columns of the commitments tracker, overdue as of {@code today}. */
  public static List<Column<CommitmentTrack>> commitments(ResourceBundle texts, LocalDate today) {
    return List.of(
        Column.text(
            texts.getString("reports.column.submitter"), 36, CommitmentTrack::submitterName),
        Column.text(texts.getString("reports.column.title"), 50, CommitmentTrack::title),
        Column.text(
            texts.getString("reports.column.status"),
            14,
            c -> texts.getString("commitment.status." + c.status().name())),
        Column.text(
            texts.getString("reports.column.area"),
            22,
            c -> texts.getString("commitment.area." + c.area().name())),
        Column.text(texts.getString("reports.column.event"), 36, CommitmentTrack::event),
        Column.date(
            texts.getString("reports.column.committedOn"), 14, CommitmentTrack::committedOn),
        Column.date(texts.getString("reports.column.targetDate"), 12, CommitmentTrack::targetDate),
        Column.text(
            texts.getString("reports.column.overdue"),
            9,
            c -> texts.getString(c.isOverdue(today) ? "reports.yes" : "reports.no")),
        Column.date(texts.getString("reports.column.lastUpdate"), 14, CommitmentTrack::lastUpdate),
        Column.number(
            texts.getString("reports.column.daysToFulfilment"),
            12,
            CommitmentTrack::daysToFulfilment));
  }
}
