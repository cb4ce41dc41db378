package gt.mirps.coordination.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.i18n.DateRanges;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A report as PDF (OpenPDF): the title, the filters used, then a table of the report's columns on
 * landscape pages numbered at the foot. The table goes to the document a block of rows at a time,
 * so a long report never sits in memory whole.
 */
public final class ReportPdf {

  private static final int ROWS_PER_FLUSH = 50;

  private ReportPdf() {}

  public static <R> void write(
      ReportDocument<R> report, ResourceBundle texts, Locale locale, OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.LETTER.rotate(), 30, 30, 36, 44);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      numberPages(writer, texts.getString("reports.pdf.page"), locale);
      document.addTitle(report.title());
      document.open();
      document.add(new Paragraph(report.title(), ReportPrinting.bold(15)));
      Paragraph filters = new Paragraph();
      filters.setSpacingAfter(8);
      for (String filter : report.filters()) {
        filters.add(new Phrase(filter + "\n", ReportPrinting.font(9)));
      }
      document.add(filters);

      List<Column<R>> columns = report.columns();
      float[] widths = new float[columns.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(4, columns.get(c).width());
      }
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      table.setComplete(false);
      for (Column<R> column : columns) {
        table.addCell(ReportPrinting.header(column.header(), 8));
      }
      NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
      DateTimeFormatter times = DateTimeFormatter.ofPattern("HH:mm", locale);
      int count = 0;
      for (R row : report.rows()) {
        for (Column<R> column : columns) {
          Object value = column.value().apply(row);
          PdfPCell cell =
              new PdfPCell(
                  new Phrase(words(column, value, numbers, times, locale), ReportPrinting.font(8)));
          cell.setPadding(3);
          if (column.type() == Column.Type.NUMBER) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
          }
          table.addCell(cell);
        }
        if (++count % ROWS_PER_FLUSH == 0) {
          document.add(table);
        }
      }
      table.setComplete(true);
      document.add(table);
      if (count == 0) {
        document.add(new Paragraph(texts.getString("reports.empty"), ReportPrinting.font(9)));
      }
    } catch (DocumentException e) {
      throw new IOException("Cannot write the report " + report.title(), e);
    } finally {
      document.close();
    }
  }

  private static String words(
      Column<?> column,
      Object value,
      NumberFormat numbers,
      DateTimeFormatter times,
      Locale locale) {
    if (value == null) {
      return "";
    }
    return switch (column.type()) {
      case TEXT -> value.toString();
      case NUMBER -> numbers.format(value);
      case DATE -> DateRanges.format((LocalDate) value, locale);
      case DATE_TIME -> {
        LocalDateTime moment = (LocalDateTime) value;
        yield DateRanges.format(moment.toLocalDate(), locale) + " " + times.format(moment);
      }
    };
  }

  /** Prints "Página N" (in the reader's words) at the foot of every page. */
  private static void numberPages(PdfWriter writer, String pattern, Locale locale) {
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter pdf, Document document) {
            ColumnText.showTextAligned(
                pdf.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(
                    new MessageFormat(pattern, locale).format(new Object[] {pdf.getPageNumber()}),
                    ReportPrinting.font(8)),
                (document.left() + document.right()) / 2,
                document.bottom() - 20,
                0);
          }
        });
  }
}
