package gt.mirps.coordination.web.participation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable sign-in sheet of an event: title, event, dates, then a numbered table of
 * participants with an empty column for each one's signature, page numbers at the foot. The table
 * goes to the PDF a block of rows at a time, so a long list never sits in memory whole.
 */
public final class SignInSheet {

  private static final int ROWS_PER_FLUSH = 50;

  private SignInSheet() {}

  /**
   * Writes the sheet of {@code eventTitle} ({@code eventDays} in words) for {@code rows}, with
   * texts in {@code locale}'s language.
   */
  public static void write(
      String eventTitle,
      String eventDays,
      Iterable<ParticipantRow> rows,
      ResourceBundle texts,
      Locale locale,
      OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.LETTER, 36, 36, 40, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      Printing.numberPages(writer, texts.getString("participants.pdf.page"), locale);
      document.addTitle(texts.getString("participants.signInSheet.title") + " · " + eventTitle);
      document.open();
      document.add(
          new Paragraph(texts.getString("participants.signInSheet.title"), Printing.bold(16)));
      document.add(new Paragraph(eventTitle, Printing.bold(12)));
      Paragraph days = new Paragraph(eventDays, Printing.font(10));
      days.setSpacingAfter(10);
      document.add(days);

      PdfPTable table = new PdfPTable(new float[] {4, 30, 28, 22, 22});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      table.setComplete(false);
      for (String key :
          new String[] {
            "participants.signInSheet.number",
            "participants.column.name",
            "participants.column.institution",
            "participants.column.position",
            "participants.signInSheet.signature"
          }) {
        PdfPCell cell = new PdfPCell(new Phrase(texts.getString(key), Printing.bold(9)));
        cell.setBackgroundColor(new Color(230, 230, 230));
        cell.setPadding(4);
        table.addCell(cell);
      }
      int number = 0;
      for (ParticipantRow row : rows) {
        number++;
        String name = row.honorific().isEmpty() ? row.name() : row.honorific() + " " + row.name();
        if (row.delegation()) {
          name = name + " (" + row.headCount() + ")";
        }
        table.addCell(cell(Integer.toString(number)));
        table.addCell(cell(name));
        table.addCell(cell(row.institution()));
        table.addCell(cell(row.position()));
        table.addCell(cell(""));
        if (number % ROWS_PER_FLUSH == 0) {
          document.add(table);
        }
      }
      table.setComplete(true);
      document.add(table);
    } catch (DocumentException e) {
      throw new IOException("Cannot write the sign-in sheet", e);
    } finally {
      document.close();
    }
  }

  private static PdfPCell cell(String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, Printing.font(9)));
    cell.setMinimumHeight(26);
    cell.setPadding(4);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }
}
