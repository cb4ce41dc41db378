package gt.mirps.coordination.web.api;

import gt.mirps.coordination.participation.CheckInDesk;
import gt.mirps.coordination.participation.DeskEntry;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.security.WorkspaceAuthentication;
import gt.mirps.coordination.web.shared.Failures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Check-ins from badge scanners, and registering or cancelling a participant from another program
 * (an online form, a badge printer): {@code /api/v1/events/{id}/...}. Coordinators and the roles
 * that include theirs; HTTP Basic (see {@link
 * gt.mirps.coordination.web.security.WorkspaceAuthentication}). Answers are JSON, errors too:
 * {@code {"error": "...", "message": "..."}} in the language the client accepts (Spanish unless it
 * asks for English).
 */
@Path("v1/events")
@RequestScoped
@Tag(
    name = "check-in",
    description =
        "Badge scanners and registration programs: HTTP Basic, coordinator role / Lectores de"
            + " gafetes: HTTP Basic, función de coordinación")
@SecurityRequirement(name = Api.BASIC)
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

  static final String ROLE = "COORDINATOR";

  /** How a rule the domain refused is answered: its HTTP status. */
  private static final Map<String, Response.Status> STATUS_OF_RULE =
      Map.of(
          "participation.code.unknown", Response.Status.NOT_FOUND,
          "desk.event.unknown", Response.Status.NOT_FOUND,
          "participation.checkIn.cancelled", Response.Status.CONFLICT,
          "participation.state.notAllowed", Response.Status.CONFLICT,
          "desk.code.invalid", Response.Status.BAD_REQUEST);

  @Inject private CheckInDesk desk;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest request;

  /**
   * Checks in the participant whose badge code is in the body, {@code {"code":"ABCD2345"}}: 201 the
   * first time, 200 with the first time on a repeat.
   */
  @POST
  @Path("{event}/check-ins")
  @Operation(
      summary = "Check a participant in",
      description =
          "Checks in the badge code of the body {\"code\":\"ABCD2345\"}: 201 the first time, 200 with the first time on a repeat. Needs HTTP Basic as a coordinator.")
  @APIResponse(responseCode = "201", description = "Done; the participation as JSON")
  @APIResponse(responseCode = "200", description = "Done; the participation as JSON")
  @APIResponse(responseCode = "400", description = "Malformed body or code")
  @APIResponse(
      responseCode = "401",
      description = "No or wrong credentials (WWW-Authenticate: Basic)")
  @APIResponse(responseCode = "403", description = "The account lacks the coordinator role")
  @APIResponse(responseCode = "404", description = "Unknown event or code")
  @APIResponse(
      responseCode = "409",
      description = "The participation was cancelled or cannot change so")
  @Consumes(MediaType.WILDCARD)
  public Response checkIn(@PathParam("event") long eventId, String body) {
    return guarded(
        () -> {
          String code = field(body, "code", true);
          if (ParticipantCode.normalise(code).isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "api.code.invalid", code);
          }
          DeskEntry entry = desk.checkInByCode(eventId, code);
          return Response.status(
                  entry.firstCheckIn() ? Response.Status.CREATED : Response.Status.OK)
              .entity(json(entry).add("firstCheckIn", entry.firstCheckIn()).build().toString())
              .build();
        });
  }

  /**
   * Registers a person ahead of the day: {@code {"name": "...", "institution": "...", "position":
   * "..."}} (name required); 201 with the new participant's code.
   */
  @POST
  @Path("{event}/registrations")
  @Operation(
      summary = "Register a participant",
      description =
          "Registers a person from {\"name\", \"institution\", \"position\"} and answers 201 with the new badge code. Needs HTTP Basic as a coordinator.")
  @APIResponse(responseCode = "201", description = "Done; the participation as JSON")
  @APIResponse(responseCode = "400", description = "Malformed body or code")
  @APIResponse(
      responseCode = "401",
      description = "No or wrong credentials (WWW-Authenticate: Basic)")
  @APIResponse(responseCode = "403", description = "The account lacks the coordinator role")
  @APIResponse(responseCode = "404", description = "Unknown event or code")
  @APIResponse(
      responseCode = "409",
      description = "The participation was cancelled or cannot change so")
  @Consumes(MediaType.WILDCARD)
  public Response register(@PathParam("event") long eventId, String body) {
    return guarded(
        () -> {
          String name = field(body, "name", true);
          DeskEntry entry =
              desk.register(
                  eventId,
                  name,
                  null,
                  field(body, "institution", false),
                  field(body, "position", false));
          return Response.status(Response.Status.CREATED)
              .entity(json(entry).build().toString())
              .build();
        });
  }

  /** Cancels the participation with this code; 200 with it, 409 if it already was cancelled. */
  @POST
  @Path("{event}/registrations/{code}/cancellation")
  @Operation(
      summary = "Cancel a participation",
      description =
          "Cancels the participation with this badge code; answers 200 with it. Needs HTTP Basic as a coordinator.")
  @APIResponse(responseCode = "200", description = "Done; the participation as JSON")
  @APIResponse(responseCode = "400", description = "Malformed body or code")
  @APIResponse(
      responseCode = "401",
      description = "No or wrong credentials (WWW-Authenticate: Basic)")
  @APIResponse(responseCode = "403", description = "The account lacks the coordinator role")
  @APIResponse(responseCode = "404", description = "Unknown event or code")
  @APIResponse(
      responseCode = "409",
      description = "The participation was cancelled or cannot change so")
  @Consumes(MediaType.WILDCARD)
  public Response cancel(@PathParam("event") long eventId, @PathParam("code") String code) {
    return guarded(
        () -> {
          if (ParticipantCode.normalise(code).isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "api.code.invalid", code);
          }
          return Response.ok(json(desk.cancel(eventId, code)).build().toString()).build();
        });
  }

  private interface Answer {
    Response get();
  }

  /** Who may call, then the answer; a refused rule or a bad body as a JSON error. */
  private Response guarded(Answer answer) {
    if (security.getUserPrincipal() == null) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .header(
              HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MIRPS Coordination\", charset=\"UTF-8\"")
          .entity(
              errorJson(
                  "unauthorized",
                  request.getAttribute(WorkspaceAuthentication.CREDENTIALS_REFUSED) != null
                      ? "api.credentials.refused"
                      : "api.unauthorized"))
          .build();
    }
    if (!security.isUserInRole(ROLE)) {
      return error(Response.Status.FORBIDDEN, "api.forbidden");
    }
    try {
      return answer.get();
    } catch (BadBody bad) {
      return error(Response.Status.BAD_REQUEST, bad.key, bad.field);
    } catch (RuntimeException failure) {
      Optional<RuleViolation> rule = Failures.ruleViolation(failure);
      if (rule.isEmpty()) {
        throw failure;
      }
      Response.Status status =
          STATUS_OF_RULE.getOrDefault(rule.get().messageKey(), Response.Status.BAD_REQUEST);
      return Response.status(status)
          .entity(
              errorJson(rule.get().messageKey(), rule.get().messageKey(), rule.get().arguments()))
          .build();
    }
  }

  private static JsonObjectBuilder json(DeskEntry entry) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("code", entry.code())
            .add("name", entry.name())
            .add("state", entry.state().name());
    nullable(json, "institution", entry.institution());
    nullable(json, "position", entry.position());
    nullable(json, "checkedInAt", entry.checkedIn().map(Object::toString).orElse(null));
    return json;
  }

  private static void nullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private Response error(Response.Status status, String key, Object... arguments) {
    return Response.status(status).entity(errorJson(key, key, arguments)).build();
  }

  private String errorJson(String error, String key, Object... arguments) {
    Locale locale = locale();
    String pattern;
    try {
      pattern = Messages.bundle(locale).getString(key);
    } catch (MissingResourceException missing) {
      pattern = key;
    }
    String message =
        arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    return Json.createObjectBuilder()
        .add("error", error)
        .add("message", message)
        .build()
        .toString();
  }

  private Locale locale() {
    List<Locale> accepted = headers.getAcceptableLanguages();
    for (Locale locale : accepted) {
      if ("en".equals(locale.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("es".equals(locale.getLanguage())) {
        break;
      }
    }
    return Locale.forLanguageTag("es-GT");
  }

  /** A body that is not a JSON object with the string fields the call needs. */
  private static final class BadBody extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final String field;

    BadBody(String key, String field) {
      super(key + " " + field, null, false, false);
      this.key = key;
      this.field = field;
    }
  }

  private static String field(String body, String name, boolean required) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new BadBody("api.body.invalid", name);
      }
      object = value.asJsonObject();
    } catch (JsonException | IllegalStateException malformed) {
      throw new BadBody("api.body.invalid", name);
    }
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new BadBody("api.field.required", name);
      }
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new BadBody("api.field.notText", name);
    }
    return text.getString();
  }
}
