package gt.mirps.coordination.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gt.mirps.coordination.report.CityReportFilter;
import gt.mirps.coordination.report.CityReportRow;
import gt.mirps.coordination.report.EventTakenPart;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.export.TabularWriter;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Solidarity Cities report as files: XLSX and CSV through the shared {@link TabularWriter}, and
 * a landscape PDF with its Spanish title, the filters used and page numbers. Each writes the rows
 * as they come, a block at a time.
 */
final class CityReportFiles {

  private static final int ROWS_PER_FLUSH = 50;

  private CityReportFiles() {}

  /** The report's columns: one per service (a tick), then the events taken part in. */
  static List<Column<CityReportRow>> columns(ResourceBundle texts, Locale locale) {
    List<Column<CityReportRow>> columns = new ArrayList<>();
    columns.add(
        Column.text(
            texts.getString("cityReport.column.department"),
            18,
            r -> r.city().department().name()));
    columns.add(
        Column.text(
            texts.getString("cityReport.column.city"), 24, r -> r.city().territory().name()));
    columns.add(
        Column.text(
            texts.getString("cityReport.column.kind"),
            18,
            r -> texts.getString("solidarityCity.kind." + r.city().kind().name())));
    columns.add(
        Column.text(
            texts.getString("cityReport.column.institution"),
            30,
            r -> r.city().institution().map(i -> i.displayName()).orElse(null)));
    columns.add(
        Column.date(texts.getString("cityReport.column.signedOn"), 12, r -> r.city().signedOn()));
    columns.add(
        Column.date(
            texts.getString("cityReport.column.endedOn"),
            12,
            r -> r.city().endedOn().orElse(null)));
    columns.add(
        Column.text(
            texts.getString("cityReport.column.network"),
            10,
            r ->
                texts.getString(
                    r.city().nationalNetworkMember() ? "cityReport.yes" : "cityReport.no")));
    for (SolidarityService service : SolidarityService.values()) {
      columns.add(
          Column.text(
              texts.getString("solidarityCity.service." + service.name()),
              12,
              r ->
                  r.city().services().contains(service)
                      ? texts.getString("cityReport.yes")
                      : null));
    }
    columns.add(
        Column.number(texts.getString("cityReport.column.eventCount"), 10, r -> r.events().size()));
    columns.add(
        Column.text(texts.getString("cityReport.column.events"), 60, r -> events(r, locale)));
    return columns;
  }

  /** "Foro de gobiernos locales (5 de marzo de 2024); …". */
  static String events(CityReportRow row, Locale locale) {
    return row.events().stream()
        .map(e -> e.title() + " (" + days(e, locale) + ")")
        .collect(Collectors.joining("; "));
  }

  private static String days(EventTakenPart event, Locale locale) {
    return DateRanges.format(event.firstDay(), event.lastDay(), locale);
  }

  /** The filters in words: "departamento Huehuetenango, servicio Salud". */
  static String filters(
      CityReportFilter filter,
      Function<String, String> departmentName,
      ResourceBundle texts,
      Locale locale) {
    List<String> used = new ArrayList<>();
    if (filter.departmentCode() != null) {
      used.add(
          Messages.format(
              texts,
              locale,
              "cityReport.filter.department",
              departmentName.apply(filter.departmentCode())));
    }
    if (filter.service() != null) {
      used.add(
          Messages.format(
              texts,
              locale,
              "cityReport.filter.service",
              texts.getString("solidarityCity.service." + filter.service().name())));
    }
    if (filter.signedFrom() != null) {
      used.add(
          Messages.format(
              texts,
              locale,
              "cityReport.filter.from",
              DateRanges.format(filter.signedFrom(), locale)));
    }
    if (filter.signedTo() != null) {
      used.add(
          Messages.format(
              texts, locale, "cityReport.filter.to", DateRanges.format(filter.signedTo(), locale)));
    }
    return Messages.format(
        texts,
        locale,
        "cityReport.filters",
        used.isEmpty() ? texts.getString("cityReport.filter.none") : String.join(", ", used));
  }

  static void xlsx(
      Iterable<CityReportRow> rows, ResourceBundle texts, Locale locale, OutputStream out)
      throws IOException {
    TabularWriter.xlsx(texts.getString("cityReport.sheet"), columns(texts, locale), rows, out);
  }

  static void csv(
      Iterable<CityReportRow> rows, ResourceBundle texts, Locale locale, OutputStream out)
      throws IOException {
    TabularWriter.csv(columns(texts, locale), rows, out);
  }

  /** The PDF: title, filters, then the table, with "Página N" at the foot of each page. */
  static void pdf(
      Iterable<CityReportRow> rows,
      String filters,
      LocalDate today,
      ResourceBundle texts,
      Locale locale,
      OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.LETTER.rotate(), 30, 30, 32, 44);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      ReportPrinting.footer(
          writer,
          texts.getString("cityReport.title")
              + " · "
              + Messages.format(texts, locale, "brief.generated", DateRanges.format(today, locale)),
          texts.getString("brief.pdf.page"),
          locale);
      document.addTitle(texts.getString("cityReport.title"));
      document.open();
      document.add(new Paragraph(texts.getString("cityReport.title"), ReportPrinting.bold(15)));
      Paragraph used = new Paragraph(filters, ReportPrinting.font(9));
      used.setSpacingAfter(8);
      document.add(used);

      SolidarityService[] services = SolidarityService.values();
      float[] widths = new float[5 + services.length];
      widths[0] = 11;
      widths[1] = 14;
      widths[2] = 16;
      widths[3] = 8;
      for (int i = 0; i < services.length; i++) {
        widths[4 + i] = 5.5f;
      }
      widths[4 + services.length] = 27;
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      table.setComplete(false);
      header(table, texts.getString("cityReport.column.department"));
      header(table, texts.getString("cityReport.column.city"));
      header(table, texts.getString("cityReport.column.institution"));
      header(table, texts.getString("cityReport.column.signedOn"));
      for (SolidarityService service : services) {
        header(table, texts.getString("solidarityCity.service." + service.name()));
      }
      header(table, texts.getString("cityReport.column.events"));

      DateTimeFormatter day =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
      int count = 0;
      for (CityReportRow row : rows) {
        SolidarityCity city = row.city();
        table.addCell(cell(city.department().name()));
        table.addCell(
            cell(
                city.territory().name()
                    + "\n"
                    + texts.getString("solidarityCity.kind." + city.kind().name())
                    + (city.isActive()
                        ? ""
                        : " · "
                            + texts.getString("cityReport.state.ended")
                            + " "
                            + day.format(city.endedOn().orElseThrow()))));
        table.addCell(cell(city.institution().map(i -> i.displayName()).orElse("")));
        table.addCell(cell(day.format(city.signedOn())));
        for (SolidarityService service : services) {
          PdfPCell tick = cell(city.services().contains(service) ? "X" : "");
          tick.setHorizontalAlignment(Element.ALIGN_CENTER);
          table.addCell(tick);
        }
        table.addCell(cell(events(row, locale)));
        if (++count % ROWS_PER_FLUSH == 0) {
          document.add(table);
        }
      }
      table.setComplete(true);
      document.add(table);
      if (count == 0) {
        document.add(new Paragraph(texts.getString("cityReport.none"), ReportPrinting.font(9)));
      }
    } catch (DocumentException e) {
      throw new IOException("Cannot write the Solidarity Cities report", e);
    } finally {
      document.close();
    }
  }

  /** The department's name for a code, for the filters line. */
  static String departmentName(List<Territory> departments, String code) {
    return departments.stream()
        .filter(d -> d.code().equals(code))
        .map(Territory::name)
        .findFirst()
        .orElse(code);
  }

  private static void header(PdfPTable table, String text) {
    table.addCell(ReportPrinting.header(text, 7));
  }

  private static PdfPCell cell(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, ReportPrinting.font(7.5f)));
    cell.setPadding(3);
    return cell;
  }
}
