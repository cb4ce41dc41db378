package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.CityReportFilter;
import gt.mirps.coordination.report.CityReportRow;
import gt.mirps.coordination.report.SolidarityCityReport;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The Solidarity Cities report: filters (department, service, signing period), a table paged in the
 * database with a tick per service and the events each city's institution took part in, and exports
 * of what the filters show.
 */
@Named
@ViewScoped
public class SolidarityCityReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SolidarityCityReport report;
  @Inject private transient Territories territories;
  @Inject private Language language;

  private String departmentCode;
  private SolidarityService service;
  private LocalDate signedFrom;
  private LocalDate signedTo;

  /** The filter the table and exports use: the last one that was valid. */
  private CityReportFilter applied = CityReportFilter.all();

  private final LazyRows<CityReportRow> rows =
      new LazyRows<>(
          () -> report.count(applied),
          (first, max, field, ascending) -> report.page(applied, first, max),
          CityReportRow::id);

  /** Applies the filters, or says beside the dates why it cannot. */
  public void find() {
    if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
      Notices.fieldError("report:signedTo", "cityReport.period.reversed");
      return;
    }
    applied = new CityReportFilter(departmentCode, service, signedFrom, signedTo);
  }

  public LazyRows<CityReportRow> getRows() {
    return rows;
  }

  public SolidarityService[] getServices() {
    return SolidarityService.values();
  }

  /** Guatemala's departments, read once per request however often the page asks. */
  public List<Territory> getDepartments() {
    return PerRequest.value("departments", territories::departments);
  }

  /** The query string of the exports: the filters applied. */
  public String getQuery() {
    List<String> parts = new ArrayList<>();
    if (applied.departmentCode() != null) {
      parts.add("departamento=" + encode(applied.departmentCode()));
    }
    if (applied.service() != null) {
      parts.add("servicio=" + applied.service().name());
    }
    if (applied.signedFrom() != null) {
      parts.add("desde=" + applied.signedFrom());
    }
    if (applied.signedTo() != null) {
      parts.add("hasta=" + applied.signedTo());
    }
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  /** A day in the view's language, short enough for the table. */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(language.getCurrent())
            .format(day);
  }

  /** An event's days in words: "25 y 26 de septiembre de 2024". */
  public String days(LocalDate first, LocalDate last) {
    return DateRanges.format(first, last, language.getCurrent());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public SolidarityService getService() {
    return service;
  }

  public void setService(SolidarityService service) {
    this.service = service;
  }

  public LocalDate getSignedFrom() {
    return signedFrom;
  }

  public void setSignedFrom(LocalDate signedFrom) {
    this.signedFrom = signedFrom;
  }

  public LocalDate getSignedTo() {
    return signedTo;
  }

  public void setSignedTo(LocalDate signedTo) {
    this.signedTo = signedTo;
  }
}
