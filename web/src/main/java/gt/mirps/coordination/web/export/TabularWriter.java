package gt.mirps.coordination.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table of typed {@link Column}s as CSV or XLSX, for every download and generated file of
 * the application (participant lists, datasets attached to communiqués, reports).
 *
 * <ul>
 *   <li><b>CSV</b>: UTF-8 with a byte-order mark (so Excel reads the accents), commas, CRLF, quotes
 *       where needed, and every text cell a spreadsheet would take for a formula (starting with =,
 *       +, -, @, a tab or a carriage return) neutralised with a leading apostrophe. Dates are
 *       written yyyy-MM-dd, date-times yyyy-MM-dd HH:mm.
 *   <li><b>XLSX</b>: streamed with SXSSF (only a window of rows in memory), a bold frozen header
 *       row with a filter, numbers as numeric cells and dates as date cells.
 * </ul>
 */
public final class TabularWriter {

  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  private static final int WINDOW = 100;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TabularWriter() {}

  /** The rows as CSV. */
  public static <R> void csv(List<Column<R>> columns, Iterable<R> rows, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    line(writer, columns.stream().map(c -> csvCell(c.header())).toList());
    for (R row : rows) {
      line(writer, columns.stream().map(c -> csvValue(c, c.valueOf(row))).toList());
    }
    writer.flush();
  }

  private static void line(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(cells.get(i));
    }
    writer.write("\r\n");
  }

  private static String csvValue(Column<?> column, Object value) {
    if (value == null) {
      return "";
    }
    return switch (column.type()) {
      case TEXT -> csvCell(value.toString());
      case NUMBER -> value.toString();
      case DATE -> DATE.format((LocalDate) value);
      case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
    };
  }

  /**
   * One CSV cell, safe from formula injection and quoted when it holds a comma, quote or newline.
   */
  public static String csvCell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** The rows as an XLSX workbook of one sheet named {@code sheetName}. */
  public static <R> void xlsx(
      String sheetName, List<Column<R>> columns, Iterable<R> rows, OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c).header());
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, columns.get(c).width() * 256);
      }
      sheet.createFreezePane(0, 1);

      int r = 0;
      for (R row : rows) {
        Row line = sheet.createRow(++r);
        for (int c = 0; c < columns.size(); c++) {
          Column<R> column = columns.get(c);
          Object value = column.valueOf(row);
          if (value == null) {
            continue;
          }
          Cell cell = line.createCell(c);
          switch (column.type()) {
            case TEXT -> cell.setCellValue(value.toString());
            case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> {
              cell.setCellValue((LocalDate) value);
              cell.setCellStyle(date);
            }
            case DATE_TIME -> {
              cell.setCellValue((LocalDateTime) value);
              cell.setCellStyle(dateTime);
            }
          }
        }
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, columns.size() - 1));
      workbook.write(out);
    } finally {
      // Also deletes SXSSF's temporary file.
      workbook.close();
    }
  }
}
