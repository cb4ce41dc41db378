package gt.mirps.coordination.web.report;

import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.report.ParticipationGroup;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The participation report: people registered, attended and absent, grouped by institution,
 * institution kind, country or event, counted and paged by the database; exported with the same
 * filters in the background ({@link ReportExport}).
 */
@Named
@ViewScoped
public class ParticipationReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Reports reports;
  @Inject private transient ReportDocuments documents;
  @Inject private transient EventCatalog catalog;
  @Inject private transient Territories territories;
  @Inject private Language language;
  @Inject private ReportExport export;

  private LocalDate from;
  private LocalDate to;
  private String series;
  private EventKind eventKind;
  private InstitutionKind institutionKind;
  private String countryCode;
  private ParticipationRole role;
  private AttendanceState state;
  private ParticipationGrouping grouping = ParticipationGrouping.INSTITUTION;

  /** The filter the table and the exports use: the one last applied. */
  private ParticipationReportFilter applied = ParticipationReportFilter.everything();

  private ParticipationGrouping appliedGrouping = ParticipationGrouping.INSTITUTION;

  private final LazyRows<ParticipationGroup> groups =
      new LazyRows<>(
          () -> reports.countGroups(applied, appliedGrouping),
          (first, max, field, ascending) ->
              reports.groups(
                  applied, appliedGrouping, sortOf(field), ascending, first, Math.max(1, max)),
          g -> String.valueOf(g.key()));

  /**
   * Takes the filters from the address, named as in the export URLs ({@code desde}, {@code hasta},
   * {@code agrupar}, {@code pais}…): the manager dashboard's charts link here with their period. A
   * wrong value is said, and the report stays unfiltered.
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
      ParticipationReportFilter filter = parameters.participation();
      ParticipationGrouping by = parameters.grouping();
      from = filter.from();
      to = filter.to();
      series = filter.series();
      eventKind = filter.eventKind();
      institutionKind = filter.institutionKind();
      countryCode = filter.countryCode();
      role = filter.role();
      state = filter.state();
      grouping = by == ParticipationGrouping.NONE ? ParticipationGrouping.INSTITUTION : by;
      apply();
    } catch (ReportParameters.Refused refused) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
  }

  /** Applies the filters; a period that ends before it starts is refused beside its field. */
  public void apply() {
    try {
      applied =
          new ParticipationReportFilter(
              from, to, series, eventKind, institutionKind, countryCode, role, state);
      appliedGrouping = grouping;
    } catch (RuleViolation reversed) {
      Notices.violation("report:to", reversed);
    }
  }

  public void clear() {
    from = null;
    to = null;
    series = null;
    eventKind = null;
    institutionKind = null;
    countryCode = null;
    role = null;
    state = null;
    grouping = ParticipationGrouping.INSTITUTION;
    apply();
  }

  /** Exports the applied report as "CSV", "XLSX" or "PDF", in the background. */
  public void export(String format) {
    ParticipationReportFilter filter = applied;
    ParticipationGrouping by = appliedGrouping;
    var texts = Messages.bundle(language.getCurrent());
    var locale = language.getCurrent();
    ReportDocuments builder = documents;
    export.start(
        ReportFormat.valueOf(format),
        progress -> builder.participation(filter, by, texts, locale, progress));
  }

  static ReportSort sortOf(String field) {
    if (field == null) {
      return ReportSort.NAME;
    }
    return switch (field) {
      case "registered" -> ReportSort.REGISTERED;
      case "attended" -> ReportSort.ATTENDED;
      case "noShows" -> ReportSort.NO_SHOWS;
      default -> ReportSort.NAME;
    };
  }

  public String name(ParticipationGroup group) {
    return ReportColumns.groupName(
        appliedGrouping, group, Messages.bundle(language.getCurrent()), language.getCurrent());
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  public boolean isByEvent() {
    return appliedGrouping == ParticipationGrouping.EVENT;
  }

  public String getGroupHeader() {
    return Notices.text("reports.grouping." + appliedGrouping.name());
  }

  public LazyRows<ParticipationGroup> getGroups() {
    return groups;
  }

  /** The groupings the page offers (one row per participation is for the files only). */
  public List<ParticipationGrouping> getGroupings() {
    return Arrays.stream(ParticipationGrouping.values())
        .filter(g -> g != ParticipationGrouping.NONE)
        .toList();
  }

  public List<String> getSeriesNames() {
    return catalog.seriesNames();
  }

  public List<Country> getCountries() {
    return territories.mirpsMembers();
  }

  public EventKind[] getEventKinds() {
    return EventKind.values();
  }

  public InstitutionKind[] getInstitutionKinds() {
    return InstitutionKind.values();
  }

  public ParticipationRole[] getRoles() {
    return ParticipationRole.values();
  }

  public AttendanceState[] getStates() {
    return AttendanceState.values();
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

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public EventKind getEventKind() {
    return eventKind;
  }

  public void setEventKind(EventKind eventKind) {
    this.eventKind = eventKind;
  }

  public InstitutionKind getInstitutionKind() {
    return institutionKind;
  }

  public void setInstitutionKind(InstitutionKind institutionKind) {
    this.institutionKind = institutionKind;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public ParticipationRole getRole() {
    return role;
  }

  public void setRole(ParticipationRole role) {
    this.role = role;
  }

  public AttendanceState getState() {
    return state;
  }

  public void setState(AttendanceState state) {
    this.state = state;
  }

  public ParticipationGrouping getGrouping() {
    return grouping;
  }

  public void setGrouping(ParticipationGrouping grouping) {
    this.grouping = grouping == null ? ParticipationGrouping.INSTITUTION : grouping;
  }
}
