package gt.mirps.coordination.web.api;

import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every anonymous open-data answer under {@code /api/v1} shares: paging ({@code page} from 0,
 * {@code size} 1–100, 20 by default), RFC 8288 {@code Link} headers, a strong {@code ETag} (SHA-256
 * of the body) with {@code If-None-Match} giving 304, CORS for any origin, and JSON errors.
 */
final class OpenData {

  static final int SIZE_DEFAULT = 20;
  static final int SIZE_MAX = 100;

  static final String PAGE = "Page number, counted from 0 (default 0)";
  static final String SIZE = "Items per page, 1 to 100 (default 20)";

  /** The body of every error. */
  @Schema(
      name = "Problem",
      description = "An error: a code and a message, in Spanish unless Accept-Language asks for en")
  public record Problem(
      @Schema(enumeration = {"bad-parameter", "not-found"}) String error, String message) {}

  private OpenData() {}

  /** A query parameter the client got wrong: answered 400. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final transient Object[] arguments;

    /** The message key (in the bundles) and its arguments. */
    BadParameter(String key, Object... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.arguments = arguments;
    }
  }

  /** A page asked for: its number, counted from 0, and its size. */
  record Paging(int page, int size) {

    /** Where the page starts, refused if it lies beyond any table. */
    int first() {
      return OpenData.first(page, size);
    }
  }

  /** The {@code page} and {@code size} parameters, checked in that order. */
  static Paging paging(String page, String size) {
    return new Paging(page(page), size(size));
  }

  static int page(String value) {
    int page = integer("page", value, 0);
    if (page < 0) {
      throw new BadParameter("api.open.page.negative");
    }
    return page;
  }

  static int size(String value) {
    int size = integer("size", value, SIZE_DEFAULT);
    if (size < 1 || size > SIZE_MAX) {
      throw new BadParameter("api.open.size.range", String.valueOf(SIZE_MAX));
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
      throw new BadParameter("api.open.integer", name, value);
    }
  }

  /** Where page {@code page} of size {@code size} starts, refused if it lies beyond any table. */
  static int first(int page, int size) {
    long first = (long) page * size;
    if (first > Integer.MAX_VALUE) {
      throw new BadParameter("api.open.page.tooLarge", String.valueOf(size));
    }
    return (int) first;
  }

  /** An optional enum filter: null if absent, 400 naming the values allowed if unknown. */
  static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadParameter(
          "api.open.choice",
          name,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
          value);
    }
  }

  /** An optional day filter, {@code yyyy-mm-dd}: null if absent, 400 if malformed. */
  static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameter("api.open.day", name, value);
    }
  }

  /** An optional id filter: null if absent, 400 if not a positive whole number. */
  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadParameter("api.open.id", name);
  }

  /**
   * An optional code filter, stripped and upper-cased: null if absent, 400 with the message of
   * {@code key} unless it matches {@code pattern}.
   */
  static String code(String value, String pattern, String key) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!code.matches(pattern)) {
      throw new BadParameter(key);
    }
    return code;
  }

  /** An optional true/false filter: null if absent, 400 otherwise. */
  static Boolean yesNo(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new BadParameter("api.open.yesNo", name);
    };
  }

  /** The answer {@code answer} gives, or 400 if it finds a parameter bad. */
  static Response checked(HttpHeaders headers, Supplier<Response> answer) {
    try {
      return answer.get();
    } catch (BadParameter bad) {
      return badParameter(headers, bad);
    }
  }

  /** 200 with one page of records, its Link header and ETag; or 304. */
  static <T> Response page(
      Request request,
      UriInfo uri,
      Paging paging,
      long total,
      List<T> rows,
      Function<T, ?> toRecord) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    rows.forEach(row -> items.add(json(toRecord.apply(row))));
    return ok(
        request,
        listBody(items, paging.page(), paging.size(), total),
        links(uri, paging.page(), paging.size(), total));
  }

  /** 200 with one record, its ETag; or 304. */
  static Response one(Request request, Object record) {
    return ok(request, json(record).toString(), null);
  }

  /**
   * 200 with the record of what was found, its ETag; or 304; or, if nothing was found, 404 with the
   * message of {@code missingKey} about {@code asked}.
   */
  static <T> Response one(
      Request request,
      HttpHeaders headers,
      Optional<T> found,
      Function<T, ?> toRecord,
      String missingKey,
      Object asked) {
    return found
        .map(row -> one(request, toRecord.apply(row)))
        .orElseGet(() -> notFound(headers, missingKey, asked));
  }

  /** A department or municipality as open data names it: its full name; null if absent. */
  static String territory(Optional<Territory> territory) {
    return territory.map(Territory::fullName).orElse(null);
  }

  /** A day or an instant as ISO-8601 text; null if absent. */
  static String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  /**
   * A response record as JSON, its components in their declared order: nulls stay as {@code null},
   * days and instants as ISO-8601 text, enums by name, lists as arrays.
   */
  static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Optional<?> optional) {
      return json(optional.orElse(null));
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Integer number) {
      return Json.createValue(number);
    }
    if (value instanceof Long number) {
      return Json.createValue(number);
    }
    if (value instanceof Boolean yes) {
      return yes ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Enum<?> choice) {
      return Json.createValue(choice.name());
    }
    if (value instanceof Collection<?> many) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      many.forEach(item -> array.add(json(item)));
      return array.build();
    }
    if (value instanceof Record record) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          object.add(component.getName(), json(component.getAccessor().invoke(record)));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
      }
      return object.build();
    }
    return Json.createValue(value.toString());
  }

  /** A list's body: {@code {"items":[...],"page":..,"size":..,"total":..}}. */
  static String listBody(JsonArrayBuilder items, int page, int size, long total) {
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

  /** 404 with the message of {@code key} about {@code what}: an id or a slug. */
  static Response notFound(HttpHeaders headers, String key, Object what) {
    return error(
        Response.Status.NOT_FOUND, "not-found", message(headers, key, String.valueOf(what)));
  }

  static Response error(Response.Status status, String error, String message) {
    return cors(Response.status(status)
            .type("application/json")
            .header("Vary", "Accept-Language")
            .entity(json(new Problem(error, message)).toString()))
        .build();
  }

  static Response badParameter(HttpHeaders headers, BadParameter bad) {
    return error(
        Response.Status.BAD_REQUEST, "bad-parameter", message(headers, bad.key, bad.arguments));
  }

  /** The message of {@code key} in English if the client prefers it, else in Spanish. */
  static String message(HttpHeaders headers, String key, Object... arguments) {
    Locale locale = locale(headers);
    String pattern = Messages.bundle(locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static Locale locale(HttpHeaders headers) {
    for (Locale locale : headers.getAcceptableLanguages()) {
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("es".equals(locale.getLanguage())) {
        break;
      }
    }
    return Locale.forLanguageTag("es-GT");
  }

  /** The answer to a CORS preflight for a GET. */
  static Response preflight() {
    return cors(Response.noContent())
        .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        .header("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language")
        .header("Access-Control-Max-Age", "86400")
        .build();
  }

  static Response.ResponseBuilder cors(Response.ResponseBuilder answer) {
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
