package gt.mirps.coordination.web.report;

import com.lowagie.text.Anchor;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import gt.mirps.coordination.report.EventBrief;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.report.BriefSummary.Limits;
import gt.mirps.coordination.web.report.BriefSummary.Line;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one-page PDF brief of an event for a senior official (letter size). It is written with the
 * whole record first; while it runs onto a second page it is written again with shorter lists
 * ({@link Limits#STEPS}), each ending "y 23 instituciones más", so it never spills over.
 */
public final class BriefPdf {

  private static final Color GREY = new Color(235, 235, 235);
  private static final Color RULE = new Color(0, 84, 147);

  /** The written brief and the summary it holds. */
  public record Fitted(byte[] pdf, BriefSummary summary) {}

  private BriefPdf() {}

  /**
   * The brief of {@code brief}, on one page, with communiqué links under {@code siteUrl} and the
   * date {@code today} at its foot.
   */
  public static Fitted write(
      EventBrief brief, String siteUrl, LocalDate today, ResourceBundle texts, Locale locale) {
    Fitted fitted = null;
    for (Limits limits : Limits.STEPS) {
      BriefSummary summary = BriefSummary.of(brief, limits, siteUrl, texts, locale);
      byte[] pdf = render(summary, today, texts, locale);
      fitted = new Fitted(pdf, summary);
      if (pages(pdf) == 1) {
        return fitted;
      }
    }
    // The last step is a few short lines: it cannot overflow, but never hand out two pages.
    throw new IllegalStateException("The brief of event " + brief.eventId() + " did not fit");
  }

  static int pages(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      try {
        return reader.getNumberOfPages();
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] render(
      BriefSummary summary, LocalDate today, ResourceBundle texts, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.LETTER, 40, 40, 36, 44);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      ReportPrinting.footer(
          writer,
          Messages.format(texts, locale, "brief.generated", DateRanges.format(today, locale)),
          texts.getString("brief.pdf.page"),
          locale);
      document.addTitle(texts.getString("brief.title") + " · " + summary.title());
      document.open();

      Paragraph heading =
          new Paragraph(
              texts.getString("brief.heading") + " · " + texts.getString("brief.title"),
              ReportPrinting.font(8));
      document.add(heading);
      Paragraph title = new Paragraph(summary.title(), ReportPrinting.bold(15));
      title.setSpacingAfter(6);
      document.add(title);

      PdfPTable facts = new PdfPTable(new float[] {18, 82});
      facts.setWidthPercentage(100);
      for (Line fact : summary.facts()) {
        facts.addCell(cell(fact.label(), true, null));
        facts.addCell(cell(fact.text(), false, null));
      }
      document.add(facts);

      section(document, texts.getString("brief.section.institutions"));
      lines(
          document,
          summary.institutions(),
          summary.moreInstitutions(),
          texts.getString("brief.noInstitutions"),
          new float[] {34, 66});
      section(document, texts.getString("brief.section.sessions"));
      lines(
          document,
          summary.sessions(),
          summary.moreSessions(),
          texts.getString("brief.noSessions"),
          new float[] {18, 82});
      section(document, texts.getString("brief.section.commitments"));
      lines(
          document,
          summary.commitments(),
          summary.moreCommitments(),
          texts.getString("brief.noCommitments"),
          new float[] {18, 82});
      section(document, texts.getString("brief.section.communique"));
      if (summary.communiqueUrls().isEmpty()) {
        document.add(new Paragraph(texts.getString("brief.noCommunique"), ReportPrinting.font(8)));
      }
      for (String url : summary.communiqueUrls()) {
        Anchor link = new Anchor(url, ReportPrinting.font(8));
        link.setReference(url);
        document.add(new Paragraph(link));
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the event brief", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void section(Document document, String name) throws DocumentException {
    Paragraph heading = new Paragraph(name, ReportPrinting.bold(10));
    heading.setSpacingBefore(7);
    heading.setSpacingAfter(2);
    document.add(heading);
  }

  private static void lines(
      Document document, List<Line> lines, String more, String none, float[] widths)
      throws DocumentException {
    if (lines.isEmpty()) {
      document.add(new Paragraph(none, ReportPrinting.font(8)));
      return;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    for (Line line : lines) {
      table.addCell(cell(line.label(), true, GREY));
      table.addCell(cell(line.text(), false, null));
    }
    document.add(table);
    if (more != null) {
      Paragraph rest = new Paragraph(more, ReportPrinting.bold(8));
      rest.setSpacingBefore(2);
      document.add(rest);
    }
  }

  private static PdfPCell cell(String text, boolean label, Color background) {
    PdfPCell cell =
        new PdfPCell(new Phrase(text, label ? ReportPrinting.bold(8) : ReportPrinting.font(8)));
    cell.setPadding(2.5f);
    cell.setBorderColor(label && background == null ? RULE : new Color(200, 200, 200));
    cell.setBorderWidth(0.4f);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }
}
