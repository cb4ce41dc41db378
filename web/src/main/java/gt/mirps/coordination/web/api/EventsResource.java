package gt.mirps.coordination.web.api;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The latest events with their ids, for setting a badge scanner up on the right event: {@code GET
 * /api/v1/events}. Coordinators and the roles that include theirs.
 */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

  static final int LATEST = 200;

  @Inject private EventCatalog events;
  @Context private SecurityContext security;

  @GET
  public Response latest() {
    if (security.getUserPrincipal() == null) {
      return Response.status(Response.Status.UNAUTHORIZED)
          .header(
              HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MIRPS Coordination\", charset=\"UTF-8\"")
          .entity("{\"error\":\"unauthorized\"}")
          .build();
    }
    if (!security.isUserInRole(CheckInResource.ROLE)) {
      return Response.status(Response.Status.FORBIDDEN).entity("{\"error\":\"forbidden\"}").build();
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Event event : events.latest(LATEST)) {
      list.add(
          Json.createObjectBuilder()
              .add("id", event.id())
              .add("title", event.title())
              .add("firstDay", event.firstDay().toString())
              .add("lastDay", event.lastDay().toString()));
    }
    return Response.ok(list.build().toString()).build();
  }
}
