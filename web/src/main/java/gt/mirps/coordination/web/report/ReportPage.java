package gt.mirps.coordination.web.report;

import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * What the participation report and the commitments tracker share: the filters both have (period,
 * series, institution kind), reading the filters from the address, applying and clearing them, and
 * starting an export of the applied report in the background ({@link ReportExport}).
 */
public abstract class ReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventCatalog catalog;
  @Inject private Language language;
  @Inject private ReportExport export;

  private LocalDate from;
  private LocalDate to;
  private String series;
  private InstitutionKind institutionKind;

  /** Sets the page's filters to those {@code parameters} name. */
  abstract void read(ReportParameters parameters) throws ReportParameters.Refused;

  /** Makes the filters in the fields the applied ones; a rule of the filter may refuse them. */
  abstract void applyFields();

  /** Sets this page's own filters back to none. */
  abstract void clearOwnFields();

  /** The applied report as a document, built in the background (never capturing this page). */
  abstract Function<Progress, ReportDocument<?>> document(ResourceBundle texts, Locale locale);

  /**
   * Takes the filters from the address, named as in the export URLs ({@code desde}, {@code hasta},
   * {@code agrupar}, {@code estado}, {@code vencidos}…): the manager dashboard's charts link here
   * with their period. A wrong value is said, and the report stays unfiltered.
   */
  public void fromAddress() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> query = faces.getExternalContext().getRequestParameterMap();
    if (faces.isPostback() || query.isEmpty()) {
      return;
    }
    try {
      read(new ReportParameters(query::get, texts(), locale()));
      apply();
    } catch (ReportParameters.Refused refused) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
    }
  }

  /** Applies the filters; a period that ends before it starts is refused beside its field. */
  public void apply() {
    try {
      applyFields();
    } catch (RuleViolation reversed) {
      Notices.violation("report:to", reversed);
    }
  }

  public void clear() {
    from = null;
    to = null;
    series = null;
    institutionKind = null;
    clearOwnFields();
    apply();
  }

  /** Exports the applied report as "CSV", "XLSX" or "PDF", in the background. */
  public void export(String format) {
    export.start(ReportFormat.valueOf(format), document(texts(), locale()));
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, locale());
  }

  /** The series of the events, read once per request however often the page asks. */
  public List<String> getSeriesNames() {
    return PerRequest.value("seriesNames", catalog::seriesNames);
  }

  public InstitutionKind[] getInstitutionKinds() {
    return InstitutionKind.values();
  }

  Locale locale() {
    return language.getCurrent();
  }

  ResourceBundle texts() {
    return Messages.bundle(locale());
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

  public InstitutionKind getInstitutionKind() {
    return institutionKind;
  }

  public void setInstitutionKind(InstitutionKind institutionKind) {
    this.institutionKind = institutionKind;
  }
}
