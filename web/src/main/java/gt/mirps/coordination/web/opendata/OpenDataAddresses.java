package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.export.TabularWriter;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public "Datos abiertos" addresses: {@code /datos-abiertos} (the page, forwarded to its
 * Facelets view) and {@code /datos-abiertos/{dataset}.csv} or {@code .xlsx} (a dataset's file,
 * streamed from the database a page at a time). Files carry {@code Last-Modified} (the dataset's
 * last update) and a weak {@code ETag}; a request whose {@code If-None-Match} names the current one
 * is answered 304. Anything else answers 404.
 */
@WebServlet(
    name = "OpenDataAddresses",
    urlPatterns = {"/datos-abiertos", "/datos-abiertos/*"})
public class OpenDataAddresses extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern FILE = Pattern.compile("^/([a-z]+(?:-[a-z]+)*)\\.(csv|xlsx)$");

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private transient OpenDataCatalog catalog;
  @Inject private transient Language language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    if (path.equals("/")) {
      request.getRequestDispatcher("/publico/datos-abiertos.xhtml").forward(request, response);
      return;
    }
    Matcher file = FILE.matcher(path);
    Optional<OpenDataFile<?>> found =
        file.matches() ? catalog.bySlug(file.group(1)) : Optional.empty();
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    download(request, response, found.get(), file.group(2));
  }

  private <R> void download(
      HttpServletRequest request,
      HttpServletResponse response,
      OpenDataFile<R> dataset,
      String extension)
      throws IOException {
    Locale locale = language.getCurrent();
    ResourceBundle texts = Messages.bundle(locale);
    LocalDate today = GuatemalaTime.now(Clock.systemUTC()).toLocalDate();
    String site = site(request);
    Optional<Instant> lastUpdate = dataset.data().lastUpdate();
    long count = dataset.data().count();
    String tag =
        entityTag(
            dataset.slug(),
            extension,
            locale.toLanguageTag(),
            site,
            today.toString(),
            Long.toString(count),
            lastUpdate.map(i -> Long.toString(i.toEpochMilli())).orElse("-"));
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("Vary", "Cookie");
    lastUpdate.ifPresent(at -> response.setDateHeader("Last-Modified", at.toEpochMilli()));
    if (matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ColumnSet<R> columns = dataset.columns().apply(new OpenDataFile.Context(texts, site, today));
    boolean xlsx = extension.equals("xlsx");
    response.setContentType(xlsx ? XLSX_TYPE : "text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + dataset.fileName(today, extension) + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try (OutputStream out = response.getOutputStream()) {
      if (xlsx) {
        TabularWriter.xlsx(dataset.title(texts), columns.columns(), dataset.rows(), out);
      } else {
        TabularWriter.csv(columns.columns(), dataset.rows(), out);
      }
    }
  }

  /** The site's address as the visitor reached it: scheme, host, port and context path. */
  static String site(HttpServletRequest request) {
    return request.getScheme()
        + "://"
        + request.getServerName()
        + ":"
        + request.getServerPort()
        + request.getContextPath();
  }

  /** A weak entity tag made of everything the file's content depends on. */
  static String entityTag(String... parts) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
    }
  }

  /** True if an {@code If-None-Match} header names {@code tag} (or is "*"). */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    String opaque = tag.substring(2);
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.trim();
      if (trimmed.equals("*") || trimmed.equals(tag) || trimmed.equals(opaque)) {
        return true;
      }
    }
    return false;
  }
}
