package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.participation.ParticipantFilter;
import gt.mirps.coordination.participation.ParticipantRoster;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The participant list of an event as files: {@code lista.xlsx}, {@code lista.csv}, {@code
 * hoja-de-firmas.pdf} and {@code gafetes.pdf} (all, or those whose codes {@code codigos} lists),
 * each for {@code ?evento=N}. Streamed to the response as the rows come from the database, a page
 * at a time. Under /equipo/participantes/, so only coordinators and the roles above reach it.
 */
@WebServlet("/equipo/participantes/descargas/*")
public class ParticipantDownloads extends HttpServlet {

  /** Participants read from the database at a time for a file. */
  static final int PAGE_SIZE = 200;

  private static final long serialVersionUID = 1L;

  /** The most badges one can ask for by code (a page of the table). */
  static final int CODES_MAX = 200;

  @Inject private transient EventCatalog events;
  @Inject private transient ParticipantRoster roster;
  @Inject private transient Registrations registrations;
  @Inject private transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Event> found = eventOf(request);
    String file = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Event event = found.get();
    Locale locale = language.getCurrent();
    ResourceBundle texts = Messages.bundle(locale);
    Iterable<ParticipantRow> all =
        new Pages<Participation>(
                (first, max) -> roster.page(event.id(), ParticipantFilter.everyone(), first, max),
                PAGE_SIZE)
            .map(p -> ParticipantRow.of(p, texts));
    String base = "participantes-evento-" + event.id();
    switch (file) {
      case "/lista.xlsx" -> {
        start(
            response,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            base + ".xlsx");
        try (OutputStream out = response.getOutputStream()) {
          ParticipantSpreadsheet.write(all, texts, out);
        }
      }
      case "/lista.csv" -> {
        start(response, "text/csv; charset=UTF-8", base + ".csv");
        try (OutputStream out = response.getOutputStream()) {
          ParticipantCsv.write(all, texts, out);
        }
      }
      case "/hoja-de-firmas.pdf" -> {
        start(response, "application/pdf", "hoja-de-firmas-evento-" + event.id() + ".pdf");
        try (OutputStream out = response.getOutputStream()) {
          SignInSheet.write(
              event.title(),
              DateRanges.format(event.firstDay(), event.lastDay(), locale),
              all,
              texts,
              locale,
              out);
        }
      }
      case "/gafetes.pdf" -> {
        Iterable<ParticipantRow> rows = all;
        String codes = request.getParameter("codigos");
        if (codes != null && !codes.isBlank()) {
          rows = selected(event, codes, texts);
        }
        start(response, "application/pdf", "gafetes-evento-" + event.id() + ".pdf");
        try (OutputStream out = response.getOutputStream()) {
          Badges.write(event.title(), rows, texts, locale, out);
        }
      }
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private Optional<Event> eventOf(HttpServletRequest request) {
    try {
      return events.find(Long.parseLong(request.getParameter("evento")));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /** The participants of {@code event} with the listed codes, in the order given. */
  private List<ParticipantRow> selected(Event event, String codes, ResourceBundle texts) {
    return Arrays.stream(codes.split(","))
        .limit(CODES_MAX)
        .map(registrations::byCode)
        .flatMap(Optional::stream)
        .filter(p -> p.event().id().equals(event.id()))
        .map((Participation p) -> ParticipantRow.of(p, texts))
        .toList();
  }

  private static void start(HttpServletResponse response, String type, String fileName) {
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
  }
}
