package gt.mirps.coordination.web.participation;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Printable badges, eight to a Letter page (two across, four down), to cut along their borders: the
 * event, the participant's name, institution and role, and the QR code of their participant code
 * (with the code in letters beneath) for the check-in desk's scanner. The QR code is drawn as
 * vector squares, sharp at any printer resolution.
 */
public final class Badges {

  static final int PER_PAGE = 8;
  private static final float BADGE_HEIGHT = 170;
  private static final float QR_SIZE = 80;

  private Badges() {}

  public static void write(
      String eventTitle,
      Iterable<ParticipantRow> rows,
      ResourceBundle texts,
      Locale locale,
      OutputStream out)
      throws IOException {
    Document document = new Document(PageSize.LETTER, 36, 36, 36, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      Printing.numberPages(writer, texts.getString("participants.pdf.page"), locale);
      document.addTitle(texts.getString("participants.badges.title") + " · " + eventTitle);
      document.open();
      PdfPTable table = new PdfPTable(2);
      table.setWidthPercentage(100);
      table.setComplete(false);
      int count = 0;
      for (ParticipantRow row : rows) {
        table.addCell(badge(writer.getDirectContent(), eventTitle, row));
        count++;
        if (count % PER_PAGE == 0) {
          document.add(table);
        }
      }
      if (count == 0) {
        document.add(new Paragraph(texts.getString("participants.badges.none"), Printing.font(11)));
      }
      table.completeRow();
      table.setComplete(true);
      document.add(table);
    } catch (DocumentException e) {
      throw new IOException("Cannot write the badges", e);
    } finally {
      document.close();
    }
  }

  private static PdfPCell badge(PdfContentByte canvas, String eventTitle, ParticipantRow row)
      throws BadElementException {
    PdfPTable inside = new PdfPTable(new float[] {62, 38});
    inside.setWidthPercentage(100);

    PdfPCell words = new PdfPCell();
    words.setBorder(Rectangle.NO_BORDER);
    words.setVerticalAlignment(Element.ALIGN_MIDDLE);
    words.addElement(new Paragraph(eventTitle, Printing.font(7)));
    Paragraph name = new Paragraph(row.name(), Printing.bold(14));
    name.setSpacingBefore(6);
    words.addElement(name);
    words.addElement(new Paragraph(row.institution(), Printing.font(9)));
    Paragraph role = new Paragraph(row.role(), Printing.font(8));
    role.setSpacingBefore(4);
    words.addElement(role);
    inside.addCell(words);

    PdfPCell code = new PdfPCell();
    code.setBorder(Rectangle.NO_BORDER);
    code.setVerticalAlignment(Element.ALIGN_MIDDLE);
    Image qr = Image.getInstance(qrTemplate(canvas, row.code()));
    qr.setAlignment(Element.ALIGN_CENTER);
    code.addElement(qr);
    Paragraph letters = new Paragraph(row.code(), Printing.font(8));
    letters.setAlignment(Element.ALIGN_CENTER);
    code.addElement(letters);
    inside.addCell(code);

    PdfPCell cell = new PdfPCell(inside);
    cell.setFixedHeight(BADGE_HEIGHT);
    cell.setPadding(10);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setBorderColor(new Color(160, 160, 160));
    cell.setBorderWidth(0.5f);
    cell.setBorder(Rectangle.BOX);
    return cell;
  }

  private static PdfTemplate qrTemplate(PdfContentByte canvas, String code) {
    BitMatrix modules = QrCodes.of(code);
    float unit = QR_SIZE / modules.getWidth();
    PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          // PDF's y axis points up; the matrix's row 0 is the top.
          template.rectangle(x * unit, QR_SIZE - (y + 1) * unit, unit, unit);
        }
      }
    }
    template.fill();
    return template;
  }
}
