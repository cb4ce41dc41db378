package gt.mirps.coordination.web.report;

import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.report.ParticipationGroup;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.report.ReportSort;
import gt.mirps.coordination.report.Reports;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The participation report: people registered, attended and absent, grouped by institution,
 * institution kind, country or event, counted and paged by the database; exported with the same
 * filters in the background ({@link ReportExport}).
 */
@Named
@ViewScoped
public class ParticipationReportPage extends ReportPage {

  private static final long serialVersionUID = 1L;

  @Inject private transient Reports reports;
  @Inject private transient ReportDocuments documents;
  @Inject private transient Territories territories;

  private EventKind eventKind;
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

  @Override
  void read(ReportParameters parameters) throws ReportParameters.Refused {
    ParticipationReportFilter filter = parameters.participation();
    ParticipationGrouping by = parameters.grouping();
    setFrom(filter.from());
    setTo(filter.to());
    setSeries(filter.series());
    eventKind = filter.eventKind();
    setInstitutionKind(filter.institutionKind());
    countryCode = filter.countryCode();
    role = filter.role();
    state = filter.state();
    grouping = by == ParticipationGrouping.NONE ? ParticipationGrouping.INSTITUTION : by;
  }

  @Override
  void applyFields() {
    applied =
        new ParticipationReportFilter(
            getFrom(),
            getTo(),
            getSeries(),
            eventKind,
            getInstitutionKind(),
            countryCode,
            role,
            state);
    appliedGrouping = grouping;
  }

  @Override
  void clearOwnFields() {
    eventKind = null;
    countryCode = null;
    role = null;
    state = null;
    grouping = ParticipationGrouping.INSTITUTION;
  }

  @Override
  Function<Progress, ReportDocument<?>> document(ResourceBundle texts, Locale locale) {
    ParticipationReportFilter filter = applied;
    ParticipationGrouping by = appliedGrouping;
    ReportDocuments builder = documents;
    return progress -> builder.participation(filter, by, texts, locale, progress);
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
    return ReportColumns.groupName(appliedGrouping, group, texts(), locale());
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

  /** The MIRPS countries, read once per request however often the page asks. */
  public List<Country> getCountries() {
    return PerRequest.value("countries", territories::mirpsMembers);
  }

  public EventKind[] getEventKinds() {
    return EventKind.values();
  }

  public ParticipationRole[] getRoles() {
    return ParticipationRole.values();
  }

  public AttendanceState[] getStates() {
    return AttendanceState.values();
  }

  public EventKind getEventKind() {
    return eventKind;
  }

  public void setEventKind(EventKind eventKind) {
    this.eventKind = eventKind;
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
