package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.CityReportFilter;
import gt.mirps.coordination.report.CityReportRow;
import gt.mirps.coordination.report.SolidarityCityReport;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Solidarity Cities report as files: {@code ciudades-solidarias.xlsx}, {@code .csv} and {@code
 * .pdf}, filtered by {@code ?departamento=13&servicio=HEALTH&desde=2024-01-01&hasta=2024-12-31}
 * (each optional). Streamed as the rows come from the database, a page at a time. Under
 * /equipo/informes/, so only managers reach it.
 */
@WebServlet("/equipo/informes/ciudades/*")
public class CityReportDownloads extends HttpServlet {

  /** Rows read from the database at a time for an export. */
  static final int PAGE_SIZE = 200;

  private static final long serialVersionUID = 1L;

  /** The files' name, without the extension. */
  private static final String NAME = "ciudades-solidarias";

  @Inject private transient SolidarityCityReport report;
  @Inject private transient Territories territories;
  @Inject private transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CityReportFilter filter;
    try {
      filter = filter(request);
    } catch (IllegalArgumentException | DateTimeParseException | RuleViolation wrong) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String file = request.getPathInfo() == null ? "" : request.getPathInfo();
    String prefix = "/" + NAME + ".";
    ReportFormat format =
        file.startsWith(prefix) ? ReportFormat.ofExtension(file.substring(prefix.length())) : null;
    if (format == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getCurrent();
    ResourceBundle texts = Messages.bundle(locale);
    Pages<CityReportRow> rows =
        new Pages<>((first, max) -> report.page(filter, first, max), PAGE_SIZE);
    String filters =
        format == ReportFormat.PDF
            ? CityReportFiles.filters(
                filter,
                code -> CityReportFiles.departmentName(territories.departments(), code),
                texts,
                locale)
            : null;
    ReportDownloads.attachment(response, format, NAME + "." + format.extension());
    try (OutputStream out = response.getOutputStream()) {
      switch (format) {
        case XLSX -> CityReportFiles.xlsx(rows, texts, locale, out);
        case CSV -> CityReportFiles.csv(rows, texts, locale, out);
        case PDF ->
            CityReportFiles.pdf(
                rows, filters, LocalDate.now(GuatemalaTime.ZONE), texts, locale, out);
      }
    }
  }

  /** The filter the query string asks for; throws if a value is not one. */
  static CityReportFilter filter(HttpServletRequest request) {
    String department = blankToNull(request.getParameter("departamento"));
    if (department != null && !department.matches("\\d{2}")) {
      throw new IllegalArgumentException("Not a department code: " + department);
    }
    String service = blankToNull(request.getParameter("servicio"));
    String from = blankToNull(request.getParameter("desde"));
    String to = blankToNull(request.getParameter("hasta"));
    return new CityReportFilter(
        department,
        service == null ? null : SolidarityService.valueOf(service),
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
