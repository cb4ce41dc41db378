package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.EventBrief;
import gt.mirps.coordination.report.EventBriefs;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-page brief of an event as a PDF: {@code /equipo/informes/ficha-evento.pdf?id=N}. Under
 * /equipo/informes/, so only managers reach it.
 */
@WebServlet("/equipo/informes/ficha-evento.pdf")
public class EventBriefDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventBriefs briefs;
  @Inject private transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<EventBrief> brief = briefOf(briefs, request.getParameter("id"));
    if (brief.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getCurrent();
    byte[] pdf =
        BriefPdf.write(
                brief.get(),
                siteUrl(request),
                LocalDate.now(GuatemalaTime.ZONE),
                Messages.bundle(locale),
                locale)
            .pdf();
    ReportDownloads.attachment(
        response, ReportFormat.PDF, "ficha-evento-" + brief.get().eventId() + ".pdf");
    response.setContentLength(pdf.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(pdf);
    }
  }

  /** The brief of the event whose id is {@code id}, if it is a number and there is one. */
  static Optional<EventBrief> briefOf(EventBriefs briefs, String id) {
    try {
      return id == null ? Optional.empty() : briefs.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /** Where the application answers, as the reader reached it: "https://host:9443/context". */
  static String siteUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean usual =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (usual ? "" : ":" + port)
        + request.getContextPath();
  }
}
