package gt.mirps.coordination.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * What the brief and the report PDFs share: fonts, heading cells and a footer with the page number.
 */
final class ReportPrinting {

  private ReportPrinting() {}

  static Font font(float size) {
    return FontFactory.getFont(FontFactory.HELVETICA, size);
  }

  static Font bold(float size) {
    return FontFactory.getFont(FontFactory.HELVETICA_BOLD, size);
  }

  /** A cell of a table's heading row: bold, on light grey. */
  static PdfPCell header(String text, float size) {
    PdfPCell cell = new PdfPCell(new Phrase(text, bold(size)));
    cell.setBackgroundColor(new Color(230, 230, 230));
    cell.setPadding(3);
    return cell;
  }

  /** Prints {@code left} at the foot of every page, and "Página N" (in the reader's words). */
  static void footer(PdfWriter writer, String left, String pagePattern, Locale locale) {
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter pdf, Document document) {
            float y = document.bottom() - 18;
            ColumnText.showTextAligned(
                pdf.getDirectContent(),
                Element.ALIGN_LEFT,
                new Phrase(left, font(7)),
                document.left(),
                y,
                0);
            ColumnText.showTextAligned(
                pdf.getDirectContent(),
                Element.ALIGN_RIGHT,
                new Phrase(
                    new MessageFormat(pagePattern, locale)
                        .format(new Object[] {pdf.getPageNumber()}),
                    font(7)),
                document.right(),
                y,
                0);
          }
        });
  }
}
