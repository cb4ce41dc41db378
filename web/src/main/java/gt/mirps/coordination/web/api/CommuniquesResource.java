package gt.mirps.coordination.web.api;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementPage;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.announcement.PublicSearch;
import gt.mirps.coordination.tag.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * Published communiqués as open data, anonymous: {@code GET /api/v1/communiques} (filters {@code
 * tag} (a tag's slug or label), {@code year}, {@code q}), {@code /{id}} and {@code
 * /by-slug/{slug}}. Drafts, communiqués in review and archived ones answer 404 and are not listed,
 * as on the public site.
 */
@Path("v1/communiques")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommuniquesResource {

  @Inject private AnnouncementDesk desk;
  @Context private UriInfo uri;
  @Context private Request request;

  @GET
  public Response list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("tag") String tag,
      @QueryParam("year") String year,
      @QueryParam("q") String q) {
    try {
      int pageNumber = OpenData.page(page);
      int pageSize = OpenData.size(size);
      Integer yearNumber = null;
      if (year != null && !year.isBlank()) {
        yearNumber = OpenData.integer("year", year, 0);
        if (yearNumber < 1900 || yearNumber > 2999) {
          throw new OpenData.BadParameter("year", "year must be between 1900 and 2999");
        }
      }
      String tagSlug = tag == null || tag.isBlank() ? null : Tag.slugOf(tag);
      AnnouncementPage found =
          desk.search(new PublicSearch(q, tagSlug, yearNumber), pageNumber, pageSize);
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (Announcement announcement : found.items()) {
        items.add(json(announcement, false));
      }
      return OpenData.ok(
          request,
          OpenData.listBody(items, pageNumber, pageSize, found.total()),
          OpenData.links(uri, pageNumber, pageSize, found.total()));
    } catch (OpenData.BadParameter bad) {
      return OpenData.badParameter(bad);
    }
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return OpenData.notFound("No published communiqué has the id " + id);
    }
    return answer(
        desk.find(number).filter(a -> a.state() == AnnouncementState.PUBLISHED),
        "No published communiqué has the id " + id);
  }

  @GET
  @Path("by-slug/{slug}")
  public Response bySlug(@PathParam("slug") String slug) {
    return answer(desk.findPublished(slug), "No published communiqué has the slug " + slug);
  }

  @OPTIONS
  public Response preflightList() {
    return OpenData.preflight();
  }

  @OPTIONS
  @Path("{any: .+}")
  public Response preflight() {
    return OpenData.preflight();
  }

  private Response answer(Optional<Announcement> found, String missing) {
    if (found.isEmpty() || found.get().state() != AnnouncementState.PUBLISHED) {
      return OpenData.notFound(missing);
    }
    return OpenData.ok(request, json(found.get(), true).build().toString(), null);
  }

  private JsonObjectBuilder json(Announcement announcement, boolean withBody) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", announcement.id());
    add(json, "slug", announcement.slug());
    add(json, "title", announcement.title());
    add(json, "place", announcement.datelinePlace());
    add(json, "date", announcement.datelineDate().map(Object::toString));
    add(json, "publishedAt", announcement.publishedAt().map(Object::toString));
    add(json, "lead", announcement.lead());
    if (withBody) {
      add(json, "body", announcement.body());
      add(json, "sourceUrl", announcement.sourceUrl());
    }
    JsonArrayBuilder tags = Json.createArrayBuilder();
    announcement.tags().forEach(t -> tags.add(t.slug()));
    json.add("tags", tags);
    return json;
  }

  private static void add(JsonObjectBuilder json, String name, Optional<String> value) {
    if (value.isPresent()) {
      json.add(name, value.get());
    } else {
      json.addNull(name);
    }
  }
}
