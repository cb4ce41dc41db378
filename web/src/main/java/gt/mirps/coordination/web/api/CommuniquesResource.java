package gt.mirps.coordination.web.api;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementPage;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.announcement.PublicSearch;
import gt.mirps.coordination.tag.Tag;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Published communiqués as open data, anonymous: {@code GET /api/v1/communiques} (filters {@code
 * tag} (a tag's slug or label), {@code year}, {@code q}), {@code /{id}} and {@code
 * /by-slug/{slug}}. Drafts, communiqués in review and archived ones answer 404 and are not listed,
 * as on the public site.
 */
@Cached
@Path("v1/communiques")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(
    name = "communiques",
    description = "Published communiqués / Comunicados publicados")
public class CommuniquesResource {

  @Inject private AnnouncementDesk desk;
  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /** A communiqué in a list: without its body. */
  @Schema(name = "CommuniqueSummary", description = "A published communiqué, as listed")
  public record CommuniqueSummary(
      long id,
      @Schema(description = "Its public address is /comunicados/{slug}") String slug,
      String title,
      @Schema(nullable = true, description = "Place of the dateline") String place,
      @Schema(nullable = true, format = "date", description = "Day of the dateline") String date,
      @Schema(format = "date-time") String publishedAt,
      @Schema(nullable = true) String lead,
      @Schema(description = "Slugs of its tags") List<String> tags) {}

  /** One communiqué with its body. */
  @Schema(name = "Communique", description = "A published communiqué with its body")
  public record Communique(
      long id,
      String slug,
      String title,
      @Schema(nullable = true) String place,
      @Schema(nullable = true, format = "date") String date,
      @Schema(format = "date-time") String publishedAt,
      @Schema(nullable = true) String lead,
      @Schema(description = "Slugs of its tags") List<String> tags,
      @Schema(nullable = true, description = "Sanitised HTML") String body,
      @Schema(nullable = true) String sourceUrl) {}

  /** A page of communiqués. */
  @Schema(name = "CommuniquePage")
  public record CommuniquePage(List<CommuniqueSummary> items, int page, int size, long total) {}

  @GET
  @Operation(
      summary = "List published communiqués",
      description =
          "Published communiqués, the latest first, paged and filtered in the database; drafts,"
              + " communiqués in review or returned, and archived ones are never listed."
              + " Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "A page of communiqués; Link headers first, prev, next, last; ETag",
      content = @Content(schema = @Schema(implementation = CommuniquePage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page, size or year",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response list(
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size,
      @Parameter(description = "A tag's slug or label") @QueryParam("tag") String tag,
      @Parameter(description = "Year of the dateline, 1900 to 2999") @QueryParam("year")
          String year,
      @Parameter(
              description =
                  "Words in the title, lead, body or tags; accents and case aside (8 words at"
                      + " most)")
          @QueryParam("q")
          String q) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          Integer yearNumber = null;
          if (year != null && !year.isBlank()) {
            yearNumber = OpenData.integer("year", year, 0);
            if (yearNumber < 1900 || yearNumber > 2999) {
              throw new OpenData.BadParameter("api.open.year.range");
            }
          }
          paging.first();
          String tagSlug = tag == null || tag.isBlank() ? null : Tag.slugOf(tag);
          AnnouncementPage found =
              desk.search(new PublicSearch(q, tagSlug, yearNumber), paging.page(), paging.size());
          return OpenData.page(
              request, uri, paging, found.total(), found.items(), CommuniquesResource::summary);
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(
      summary = "One published communiqué",
      description = "By its id; drafts, communiqués in review and archived ones answer 404.")
  @APIResponse(
      responseCode = "200",
      description = "The communiqué; ETag",
      content = @Content(schema = @Schema(implementation = Communique.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No published communiqué has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response one(@Parameter(description = "The communiqué's id") @PathParam("id") long id) {
    return answer(desk.find(id), "api.open.notFound.communique", id);
  }

  @GET
  @Path("by-slug/{slug}")
  @Operation(
      summary = "One published communiqué by its slug",
      description =
          "By the slug of its public address /comunicados/{slug}; unpublished ones answer 404.")
  @APIResponse(
      responseCode = "200",
      description = "The communiqué; ETag",
      content = @Content(schema = @Schema(implementation = Communique.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No published communiqué has this slug",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response bySlug(
      @Parameter(description = "The communiqué's slug") @PathParam("slug") String slug) {
    return answer(desk.findPublished(slug), "api.open.notFound.communiqueSlug", slug);
  }

  @OPTIONS
  @Operation(hidden = true)
  public Response preflightList() {
    return OpenData.preflight();
  }

  @OPTIONS
  @Path("{any: .+}")
  @Operation(hidden = true)
  public Response preflight() {
    return OpenData.preflight();
  }

  /** 200 with the communiqué found if it is published, else 404. */
  private Response answer(Optional<Announcement> found, String missingKey, Object asked) {
    return OpenData.one(
        request,
        headers,
        found.filter(a -> a.state() == AnnouncementState.PUBLISHED),
        CommuniquesResource::communique,
        missingKey,
        asked);
  }

  static CommuniqueSummary summary(Announcement a) {
    return new CommuniqueSummary(
        a.id(),
        a.slug().orElse(null),
        a.title().orElse(null),
        a.datelinePlace().orElse(null),
        OpenData.text(a.datelineDate()),
        OpenData.text(a.publishedAt()),
        a.lead().orElse(null),
        a.tags().stream().map(Tag::slug).toList());
  }

  /** The summary's fields, then the body and the source. */
  private static Communique communique(Announcement a) {
    CommuniqueSummary s = summary(a);
    return new Communique(
        s.id(),
        s.slug(),
        s.title(),
        s.place(),
        s.date(),
        s.publishedAt(),
        s.lead(),
        s.tags(),
        a.body().orElse(null),
        a.sourceUrl().orElse(null));
  }
}
