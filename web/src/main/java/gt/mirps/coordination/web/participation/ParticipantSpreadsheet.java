package gt.mirps.coordination.web.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The participant list as an XLSX workbook, written as a stream (SXSSF keeps only a window of rows
 * in memory): a bold, frozen header row with a filter, numbers as numbers and check-in times as
 * dates.
 */
public final class ParticipantSpreadsheet {

  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  private static final int WINDOW = 100;

  private static final int[] WIDTHS = {36, 12, 40, 36, 18, 14, 10, 20, 12};

  private ParticipantSpreadsheet() {}

  public static void write(Iterable<ParticipantRow> rows, ResourceBundle texts, OutputStream out)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      SXSSFSheet sheet = workbook.createSheet(texts.getString("participants.sheet"));
      List<String> headers = ParticipantColumns.headers(texts);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      sheet.createFreezePane(0, 1);

      int r = 0;
      for (ParticipantRow row : rows) {
        Row line = sheet.createRow(++r);
        line.createCell(0).setCellValue(row.name());
        line.createCell(1).setCellValue(row.honorific());
        line.createCell(2).setCellValue(row.institution());
        line.createCell(3).setCellValue(row.position());
        line.createCell(4).setCellValue(row.role());
        line.createCell(5).setCellValue(row.state());
        line.createCell(6).setCellValue(row.headCount());
        if (row.checkedInAt() != null) {
          Cell at = line.createCell(7);
          at.setCellValue(row.checkedInAt());
          at.setCellStyle(dateTime);
        }
        line.createCell(8).setCellValue(row.code());
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, headers.size() - 1));
      workbook.write(out);
    } finally {
      // Also deletes SXSSF's temporary file.
      workbook.close();
    }
  }
}
