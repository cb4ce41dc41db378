package gt.mirps.coordination.web.report;

import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The reports as files. {@code participacion.csv|xlsx|pdf} and {@code compromisos.csv|xlsx|pdf}
 * take the report's filters as query parameters ({@link ReportParameters}) and stream the file
 * straight from the database a page at a time; a wrong parameter answers 400 with a sentence.
 * {@code archivo?tarea=ID} hands over a file the person's own background export finished (see
 * {@link ExportJobs}), once. Under /equipo/informes/, so only managers reach it.
 */
@WebServlet("/equipo/informes/exportar/*")
public class ReportDownloads extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReportDocuments documents;
  @Inject private transient ExportJobs jobs;
  @Inject private transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.equals("/archivo")) {
      finished(request.getParameter("tarea"), response);
      return;
    }
    int dot = path.lastIndexOf('.');
    String report = dot < 0 ? path : path.substring(0, dot);
    ReportFormat format = dot < 0 ? null : ReportFormat.ofExtension(path.substring(dot + 1));
    Locale locale = language.getCurrent();
    ResourceBundle texts = Messages.bundle(locale);
    if (format == null || !(report.equals("/participacion") || report.equals("/compromisos"))) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, texts.getString("reports.bad.file"));
      return;
    }
    ReportParameters parameters = new ReportParameters(request::getParameter, texts, locale);
    ReportDocument<?> document;
    try {
      document =
          report.equals("/participacion")
              ? documents.participation(
                  parameters.participation(), parameters.grouping(), texts, locale, Progress.NONE)
              : documents.commitments(parameters.commitments(), texts, locale, Progress.NONE);
    } catch (ReportParameters.Refused refused) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
      return;
    }
    attachment(response, format, document.fileName() + "." + format.extension());
    try (OutputStream out = response.getOutputStream()) {
      format.write(document, texts, locale, out);
    }
  }

  private void finished(String id, HttpServletResponse response) throws IOException {
    Optional<ExportJob> found = id == null ? Optional.empty() : jobs.take(id);
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ExportJob job = found.get();
    try {
      attachment(response, job.format(), job.fileName());
      response.setContentLengthLong(Files.size(job.file()));
      try (OutputStream out = response.getOutputStream()) {
        Files.copy(job.file(), out);
      }
    } finally {
      job.discard();
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Heads the response as a file to save, {@code fileName}, that no cache keeps. */
  static void attachment(HttpServletResponse response, ReportFormat format, String fileName) {
    response.setContentType(format.contentType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
  }
}
