package gt.mirps.coordination.web.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.report.CommitmentReportFilter;
import gt.mirps.coordination.report.CommitmentTrack;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The commitments tracker: each commitment with its submitter, status, area, whether it is overdue,
 * its last progress update and the days it took to fulfil, filtered and paged by the database;
 * exported with the same filters in the background ({@link ReportExport}).
 */
@Named
@ViewScoped
public class CommitmentTrackerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Reports reports;
  @Inject private transient ReportDocuments documents;
  @Inject private transient EventCatalog catalog;
  @Inject private Language language;
  @Inject private ReportExport export;

  private LocalDate from;
  private LocalDate to;
  private CommitmentStatus status;
  private ThematicArea area;
  private InstitutionKind institutionKind;
  private String series;
  private boolean overdue;

  private CommitmentReportFilter applied = CommitmentReportFilter.everything();

  private final LazyRows<CommitmentTrack> commitments =
      new LazyRows<>(
          () -> reports.countCommitments(applied),
          (first, max, field, ascending) ->
              reports.commitments(applied, sortOf(field), ascending, first, Math.max(1, max)),
          CommitmentTrack::id);

  /** Applies the filters; a period that ends before it starts is refused beside its field. */
  /**
   * Takes the filters from the address, named as in the export URLs ({@code desde}, {@code hasta},
   * {@code estado}, {@code area}, {@code vencidos}…): the manager dashboard's charts link here. A
   * wrong value is said, and the tracker stays unfiltered.
   */
  public void fromAddress() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> query = faces.getExternalContext().getRequestParameterMap();
    if (faces.isPostback() || query.isEmpty()) {
      return;
    }
    ReportParameters parameters =
        new ReportParameters(
            query::get, Messages.bundle(language.getCurrent()), language.getCurrent());
    try {
      CommitmentReportFilter filter = parameters.commitments();
      from = filter.from();
      to = filter.to();
      status = filter.status();
      area = filter.area();
      institutionKind = filter.institutionKind();
      series = filter.series();
      overdue = filter.overdueOnly();
      apply();
    } catch (ReportParameters.Refused refused) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
  }

  public void apply() {
    try {
      applied =
          new CommitmentReportFilter(from, to, status, area, institutionKind, series, overdue);
    } catch (RuleViolation reversed) {
      Notices.violation("report:to", reversed);
    }
  }

  public void clear() {
    from = null;
    to = null;
    status = null;
    area = null;
    institutionKind = null;
    series = null;
    overdue = false;
    apply();
  }

  /** Exports the applied report as "CSV", "XLSX" or "PDF", in the background. */
  public void export(String format) {
    CommitmentReportFilter filter = applied;
    var texts = Messages.bundle(language.getCurrent());
    var locale = language.getCurrent();
    ReportDocuments builder = documents;
    export.start(
        ReportFormat.valueOf(format),
        progress -> builder.commitments(filter, texts, locale, progress));
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

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  public LazyRows<CommitmentTrack> getCommitments() {
    return commitments;
  }

  public List<String> getSeriesNames() {
    return catalog.seriesNames();
  }

  public CommitmentStatus[] getStatuses() {
    return CommitmentStatus.values();
  }

  public ThematicArea[] getAreas() {
    return ThematicArea.values();
  }

  public InstitutionKind[] getInstitutionKinds() {
    return InstitutionKind.values();
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
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

  public InstitutionKind getInstitutionKind() {
    return institutionKind;
  }

  public void setInstitutionKind(InstitutionKind institutionKind) {
    this.institutionKind = institutionKind;
  }

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }
}
