package gt.mirps.coordination.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What every anonymous open-data answer under {@code /api/v1} shares: paging ({@code page} from 0,
 * {@code size} 1–100, 20 by default), RFC 8288 {@code Link} headers, a strong {@code ETag} (SHA-256
 * of the body) with {@code If-None-Match} giving 304, CORS for any origin, and JSON errors.
 */
final class OpenData {

  static final int SIZE_DEFAULT = 20;
  static final int SIZE_MAX = 100;

  private OpenData() {}

  /** A query parameter the client got wrong: answered 400. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;

    BadParameter(String parameter, String message) {
      super(message, null, false, false);
      this.parameter = parameter;
    }
  }

  static int page(String value) {
    int page = integer("page", value, 0);
    if (page < 0) {
      throw new BadParameter("page", "page must be 0 or more (pages count from 0)");
    }
    return page;
  }

  static int size(String value) {
    int size = integer("size", value, SIZE_DEFAULT);
    if (size < 1 || size > SIZE_MAX) {
      throw new BadParameter("size", "size must be between 1 and " + SIZE_MAX);
    }
    return size;
  }

  static int integer(String name, String value, int missing) {
    if (value == null || value.isBlank()) {
      return missing;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadParameter(name, name + " must be a whole number, not \"" + value + "\"");
    }
  }

  /** A list's body: {@code {"items":[...],"page":..,"size":..,"total":..}}. */
  static String listBody(jakarta.json.JsonArrayBuilder items, int page, int size, long total) {
    return Json.createObjectBuilder()
        .add("items", items)
        .add("page", page)
        .add("size", size)
        .add("total", total)
        .build()
        .toString();
  }

  /** The {@code Link} header of a page: first, prev, next and last, as they apply. */
  static String links(UriInfo uri, int page, int size, long total) {
    long lastPage = Math.max(0, (total + size - 1) / size - 1);
    List<String> links = new ArrayList<>();
    links.add(link(uri, 0, size, "first"));
    if (page > 0) {
      links.add(link(uri, Math.min(page - 1, lastPage), size, "prev"));
    }
    if (page < lastPage) {
      links.add(link(uri, page + 1, size, "next"));
    }
    links.add(link(uri, lastPage, size, "last"));
    return String.join(", ", links);
  }

  private static String link(UriInfo uri, long page, int size, String rel) {
    return "<"
        + uri.getRequestUriBuilder()
            .replaceQueryParam("page", page)
            .replaceQueryParam("size", size)
            .build()
        + ">; rel=\""
        + rel
        + "\"";
  }

  /** 200 with the body, its ETag and CORS; or 304 without a body if the client has it already. */
  static Response ok(Request request, String body, String links) {
    EntityTag tag = new EntityTag(sha256(body));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        unchanged != null ? unchanged.tag(tag) : Response.ok(body).tag(tag);
    if (links != null) {
      answer.header("Link", links);
    }
    return cors(answer).build();
  }

  static Response notFound(String what) {
    return error(Response.Status.NOT_FOUND, "not-found", what);
  }

  static Response error(Response.Status status, String error, String message) {
    return cors(Response.status(status)
            .type("application/json")
            .entity(
                Json.createObjectBuilder()
                    .add("error", error)
                    .add("message", message)
                    .build()
                    .toString()))
        .build();
  }

  static Response badParameter(BadParameter bad) {
    return error(Response.Status.BAD_REQUEST, "bad-parameter", bad.getMessage());
  }

  /** The answer to a CORS preflight for a GET. */
  static Response preflight() {
    return cors(Response.noContent())
        .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        .header("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language")
        .header("Access-Control-Max-Age", "86400")
        .build();
  }

  private static Response.ResponseBuilder cors(Response.ResponseBuilder answer) {
    return answer
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Expose-Headers", "ETag, Link");
  }

  static String sha256(String body) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
