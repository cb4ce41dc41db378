package gt.mirps.coordination.web.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.report.CommitmentReportFilter;
import gt.mirps.coordination.report.CommitmentTrack;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The commitments tracker: each commitment with its submitter, status, area, whether it is overdue,
 * its last progress update and the days it took to fulfil, filtered and paged by the database;
 * exported with the same filters in the background ({@link ReportExport}).
 */
@Named
@ViewScoped
public class CommitmentTrackerPage extends ReportPage {

  private static final long serialVersionUID = 1L;

  @Inject private transient Reports reports;
  @Inject private transient ReportDocuments documents;

  private CommitmentStatus status;
  private ThematicArea area;
  private boolean overdue;

  /** The filter the table and the exports use: the one last applied. */
  private CommitmentReportFilter applied = CommitmentReportFilter.everything();

  private final LazyRows<CommitmentTrack> commitments =
      new LazyRows<>(
          () -> reports.countCommitments(applied),
          (first, max, field, ascending) ->
              reports.commitments(applied, sortOf(field), ascending, first, Math.max(1, max)),
          CommitmentTrack::id);

  @Override
  void read(ReportParameters parameters) throws ReportParameters.Refused {
    CommitmentReportFilter filter = parameters.commitments();
    setFrom(filter.from());
    setTo(filter.to());
    status = filter.status();
    area = filter.area();
    setInstitutionKind(filter.institutionKind());
    setSeries(filter.series());
    overdue = filter.overdueOnly();
  }

  @Override
  void applyFields() {
    applied =
        new CommitmentReportFilter(
            getFrom(), getTo(), status, area, getInstitutionKind(), getSeries(), overdue);
  }

  @Override
  void clearOwnFields() {
    status = null;
    area = null;
    overdue = false;
  }

  @Override
  Function<Progress, ReportDocument<?>> document(ResourceBundle texts, Locale locale) {
    CommitmentReportFilter filter = applied;
    ReportDocuments builder = documents;
    return progress -> builder.commitments(filter, texts, locale, progress);
  }

  static ReportSort sortOf(String field) {
    if (field == null) {
      return ReportSort.SUBMITTER;
    }
    return switch (field) {
      case "title" -> ReportSort.NAME;
      case "status" -> ReportSort.STATUS;
      case "area" -> ReportSort.AREA;
      case "targetDate" -> ReportSort.TARGET_DATE;
      case "lastUpdate" -> ReportSort.LAST_UPDATE;
      default -> ReportSort.SUBMITTER;
    };
  }

  public boolean overdue(CommitmentTrack track) {
    return track.isOverdue(reports.today());
  }

  public LazyRows<CommitmentTrack> getCommitments() {
    return commitments;
  }

  public CommitmentStatus[] getStatuses() {
    return CommitmentStatus.values();
  }

  public ThematicArea[] getAreas() {
    return ThematicArea.values();
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  public void setStatus(CommitmentStatus status) {
    this.status = status;
  }

  public ThematicArea getArea() {
    return area;
  }

  public void setArea(ThematicArea area) {
    this.area = area;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
