package gt.mirps.coordination.web.api;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventFilter;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventSort;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.PublicParticipants;
import gt.mirps.coordination.person.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Events' public facts as open data, anonymous: {@code GET /api/v1/events} (filters {@code from},
 * {@code to}, {@code kind}, {@code status}, {@code series}, {@code q}), {@code /{id}} and {@code
 * /{id}/participants} (people who consented to public lists and delegations only). Internal notes
 * are never served. Badge scanners take their event's id from this list too.
 */
@Cached
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "Events' public facts / Datos públicos de los eventos")
public class EventsResource {

  @Inject private EventCatalog events;
  @Inject private PublicParticipants participants;
  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /** An event in a list. */
  @Schema(name = "EventSummary", description = "An event's public facts, as listed")
  public record EventSummary(
      long id,
      String title,
      @Schema(enumeration = {"CONFERENCE", "MEETING", "WORKSHOP", "TRAINING", "CEREMONY", "VISIT"})
          String kind,
      @Schema(enumeration = {"PLANNED", "HELD", "CANCELLED"}) String status,
      @Schema(nullable = true) String series,
      @Schema(nullable = true) String edition,
      @Schema(format = "date") String firstDay,
      @Schema(format = "date") String lastDay,
      @Schema(nullable = true) String city,
      @Schema(nullable = true, description = "Department, or municipality, where it took place")
          String territory) {}

  /** One event with everything public about it. */
  @Schema(name = "Event", description = "An event's public facts; never its internal notes")
  public record EventDetail(
      long id,
      String title,
      String kind,
      String status,
      @Schema(nullable = true) String series,
      @Schema(nullable = true) String edition,
      @Schema(format = "date-time", description = "Local time in Guatemala") String startsAt,
      @Schema(format = "date-time", description = "Local time in Guatemala") String endsAt,
      @Schema(nullable = true) String venue,
      @Schema(nullable = true) String city,
      @Schema(nullable = true) String territory,
      @Schema(nullable = true) String purpose,
      @Schema(nullable = true) String framework,
      List<String> organisers,
      List<String> coOrganisers,
      List<Session> sessions,
      @Schema(description = "How many public participants /participants lists")
          long publicParticipants) {}

  /** A session of an event. */
  @Schema(name = "EventSession")
  public record Session(
      String title,
      @Schema(format = "date-time") String startsAt,
      @Schema(format = "date-time") String endsAt,
      @Schema(description = "Speakers who consented to public lists") List<String> speakers) {}

  /** A page of events. */
  @Schema(name = "EventPage")
  public record EventPage(List<EventSummary> items, int page, int size, long total) {}

  /** Someone who took part, as open data may show it: never a contact detail. */
  @Schema(
      name = "Participant",
      description =
          "A person who consented to public lists, or a delegation (person null); never contact"
              + " details")
  public record Participant(
      @Schema(nullable = true) String person,
      @Schema(nullable = true) String institution,
      @Schema(nullable = true) String position,
      String role,
      @Schema(description = "1, or a delegation's head count") int headCount) {}

  /** A page of participants. */
  @Schema(name = "ParticipantPage")
  public record ParticipantPage(List<Participant> items, int page, int size, long total) {}

  @GET
  @Operation(
      summary = "List events",
      description =
          "Events by start, the latest first, paged in the database. Anonymous. Badge scanners"
              + " take their event's id from here.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events; Link headers first, prev, next, last; ETag",
      content = @Content(schema = @Schema(implementation = EventPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page, size or filter",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response list(
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size,
      @Parameter(
              description =
                  "Events that take place, at least partly, on or after this day (yyyy-mm-dd)")
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "Events that take place, at least partly, on or before this day (yyyy-mm-dd)")
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Kind of event",
              schema =
                  @Schema(
                      enumeration = {
                        "CONFERENCE",
                        "MEETING",
                        "WORKSHOP",
                        "TRAINING",
                        "CEREMONY",
                        "VISIT"
                      }))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description = "Status",
              schema = @Schema(enumeration = {"PLANNED", "HELD", "CANCELLED"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Name of the series, exactly") @QueryParam("series") String series,
      @Parameter(description = "Words in the title, series, venue or city; accents and case aside")
          @QueryParam("q")
          String q) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          LocalDate fromDay = OpenData.day("from", from);
          LocalDate toDay = OpenData.day("to", to);
          if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new OpenData.BadParameter("api.open.to.beforeFrom");
          }
          EventFilter filter =
              new EventFilter(
                  q,
                  OpenData.choice("kind", kind, EventKind.class),
                  OpenData.choice("status", status, EventStatus.class),
                  series,
                  fromDay,
                  toDay);
          long total = events.count(filter);
          List<Event> rows =
              events.search(filter, EventSort.STARTS_AT, false, paging.first(), paging.size());
          return OpenData.page(request, uri, paging, total, rows, EventsResource::summary);
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One event", description = "An event's public facts, by its id. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "The event; ETag",
      content = @Content(schema = @Schema(implementation = EventDetail.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No event has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response one(@Parameter(description = "The event's id") @PathParam("id") long id) {
    return OpenData.one(
        request,
        headers,
        events.find(id),
        event -> detail(event, participants.countOfEvent(id)),
        "api.open.notFound.event",
        id);
  }

  @GET
  @Path("{id: [0-9]+}/participants")
  @Operation(
      summary = "An event's public participants",
      description =
          "The people who consented to public lists and the institutions' delegations, in the"
              + " order they registered; cancelled participations and people without consent are"
              + " left out. Never contact details. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "A page of participants; Link headers; ETag",
      content = @Content(schema = @Schema(implementation = ParticipantPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page or size",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No event has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response participants(
      @Parameter(description = "The event's id") @PathParam("id") long id,
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          if (events.find(id).isEmpty()) {
            return OpenData.notFound(headers, "api.open.notFound.event", id);
          }
          long total = participants.countOfEvent(id);
          List<Participation> rows = participants.ofEvent(id, paging.first(), paging.size());
          return OpenData.page(request, uri, paging, total, rows, EventsResource::participant);
        });
  }

  @OPTIONS
  @Operation(hidden = true)
  public Response preflightList() {
    return OpenData.preflight();
  }

  @OPTIONS
  @Path("{id: [0-9]+}")
  @Operation(hidden = true)
  public Response preflightOne() {
    return OpenData.preflight();
  }

  @OPTIONS
  @Path("{id: [0-9]+}/participants")
  @Operation(hidden = true)
  public Response preflightParticipants() {
    return OpenData.preflight();
  }

  static EventSummary summary(Event event) {
    return new EventSummary(
        event.id(),
        event.title(),
        event.kind().name(),
        event.status().name(),
        event.series().orElse(null),
        event.edition().orElse(null),
        event.firstDay().toString(),
        event.lastDay().toString(),
        event.city().orElse(null),
        OpenData.territory(event.territory()));
  }

  private static EventDetail detail(Event event, long publicParticipants) {
    return new EventDetail(
        event.id(),
        event.title(),
        event.kind().name(),
        event.status().name(),
        event.series().orElse(null),
        event.edition().orElse(null),
        text(event.startsAt()),
        text(event.endsAt()),
        event.venue().orElse(null),
        event.city().orElse(null),
        OpenData.territory(event.territory()),
        event.purpose().orElse(null),
        event.framework().orElse(null),
        names(event.organisers()),
        names(event.coOrganisers()),
        event.sessions().stream()
            .map(
                s ->
                    new Session(
                        s.title(),
                        text(s.startsAt()),
                        text(s.endsAt()),
                        s.speakers().stream()
                            .filter(Person::publicConsent)
                            .map(Person::fullName)
                            .toList()))
            .toList(),
        publicParticipants);
  }

  private static Participant participant(Participation participation) {
    Optional<Person> person = participation.person().filter(Person::publicConsent);
    return new Participant(
        person.map(Person::fullName).orElse(null),
        participation.institution().map(Institution::displayName).orElse(null),
        person.isPresent() ? participation.positionAtEvent().orElse(null) : null,
        participation.role().name(),
        participation.headCount());
  }

  private static List<String> names(Collection<Institution> institutions) {
    return institutions.stream()
        .map(Institution::displayName)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private static String text(LocalDateTime time) {
    return time == null ? null : time.toString();
  }
}
