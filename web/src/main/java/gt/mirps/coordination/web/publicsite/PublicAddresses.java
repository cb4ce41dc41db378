package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.Attachment;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public site's readable addresses: {@code /comunicados} (the list), {@code
 * /comunicados/{slug}} (one communiqué), {@code /comunicados/{slug}/archivos/{id}} (a file to
 * download), {@code /comunicados/feed.atom} (the Atom feed) and {@code /etiquetas/{slug}} (a tag's
 * communiqués). Pages are forwarded to their Facelets views; anything else answers 404.
 */
@WebServlet(
    name = "PublicAddresses",
    urlPatterns = {"/comunicados", "/comunicados/*", "/etiquetas/*"})
public class PublicAddresses extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int FEED_ENTRIES = 20;
  private static final Pattern SLUG = Pattern.compile("^/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");
  private static final Pattern FILE =
      Pattern.compile("^/([a-z0-9]+(?:-[a-z0-9]+)*)/archivos/([0-9]{1,18})$");

  @Inject private transient AnnouncementDesk desk;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    if (request.getServletPath().equals("/etiquetas")) {
      Matcher slug = SLUG.matcher(path);
      if (slug.matches()) {
        forward(request, response, "/publico/etiqueta.xhtml", slug.group(1));
        return;
      }
    } else if (path.equals("/")) {
      request.getRequestDispatcher("/publico/comunicados.xhtml").forward(request, response);
      return;
    } else if (path.equals("/feed.atom")) {
      feed(request, response);
      return;
    } else {
      Matcher slug = SLUG.matcher(path);
      if (slug.matches()) {
        forward(request, response, "/publico/comunicado.xhtml", slug.group(1));
        return;
      }
      Matcher file = FILE.matcher(path);
      if (file.matches()) {
        download(response, file.group(1), Long.parseLong(file.group(2)));
        return;
      }
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String view, String slug)
      throws ServletException, IOException {
    request.getRequestDispatcher(view + "?slug=" + slug).forward(request, response);
  }

  private void download(HttpServletResponse response, String slug, long attachmentId)
      throws IOException {
    Optional<Attachment> found = desk.findPublished(slug).flatMap(a -> a.attachment(attachmentId));
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Attachment attachment = found.get();
    byte[] content = attachment.content();
    response.setContentType(attachment.mediaType().mimeType());
    response.setContentLengthLong(content.length);
    response.setHeader("Content-Disposition", contentDisposition(attachment.fileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    try (OutputStream out = response.getOutputStream()) {
      out.write(content);
    }
  }

  /**
   * An attachment header that no file name can break: an ASCII fallback with only safe characters
   * and the real name encoded as RFC 5987 says.
   */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private void feed(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String site =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath();
    var page = desk.published(0, FEED_ENTRIES);
    response.setContentType("application/atom+xml;charset=UTF-8");
    try (OutputStream out = response.getOutputStream()) {
      AtomFeed.write(site, page.items(), Instant.now(), out);
    }
  }

  /** The public address of a published communiqué, from the site's root. */
  static String address(Announcement announcement) {
    return "/comunicados/" + announcement.slug().orElseThrow();
  }
}
