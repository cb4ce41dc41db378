package gt.mirps.coordination.web.participation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.text.MessageFormat;
import java.util.Locale;

/** What the printed lists share: fonts and numbered pages. */
final class Printing {

  private Printing() {}

  static Font font(float size) {
    return FontFactory.getFont(FontFactory.HELVETICA, size);
  }

  static Font bold(float size) {
    return FontFactory.getFont(FontFactory.HELVETICA_BOLD, size);
  }

  /** Prints "Página N" (in the reader's words) at the foot of every page. */
  static void numberPages(PdfWriter writer, String pattern, Locale locale) {
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter pdf, Document document) {
            ColumnText.showTextAligned(
                pdf.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(
                    new MessageFormat(pattern, locale).format(new Object[] {pdf.getPageNumber()}),
                    font(8)),
                (document.left() + document.right()) / 2,
                document.bottom() - 20,
                0);
          }
        });
  }
}
