package gt.mirps.coordination.web.api;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionFilter;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.institution.InstitutionOrder;
import gt.mirps.coordination.institution.InstitutionSearch;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The directory of institutions as open data, anonymous: {@code GET /api/v1/institutions} (filters
 * {@code kind}, {@code country}, {@code q}) and {@code /{id}}. Institutions only: no person, no
 * contact detail.
 */
@Cached
@Path("v1/institutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "institutions", description = "The directory of institutions / Instituciones")
public class InstitutionsResource {

  private static final String KINDS =
      "MINISTRY, GOVERNMENT_AGENCY, MUNICIPALITY, DEPARTMENTAL_GOVERNORSHIP, DEPARTMENT, UN_AGENCY,"
          + " INTERNATIONAL_ORGANISATION, NGO, ACADEMIA, PRIVATE_SECTOR, OTHER";

  @Inject private InstitutionSearch search;
  @Inject private InstitutionDirectory directory;
  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /** An institution of the directory. */
  @Schema(name = "Institution", description = "An institution; never a person or contact detail")
  public record InstitutionItem(
      long id,
      String name,
      @Schema(nullable = true) String acronym,
      @Schema(description = "One of " + KINDS) String kind,
      @Schema(description = "ISO 3166-1 alpha-2 code", example = "GT") String country,
      @Schema(description = "The country's name in Spanish") String countryName,
      @Schema(nullable = true, description = "Its department or municipality") String territory,
      @Schema(nullable = true, description = "Id of the institution it belongs to") Long parent,
      boolean nationalTeamMember,
      @Schema(description = "Other names it is known by") List<String> aliases) {}

  /** A page of institutions. */
  @Schema(name = "InstitutionPage")
  public record InstitutionPage(List<InstitutionItem> items, int page, int size, long total) {}

  @GET
  @Operation(
      summary = "List institutions",
      description = "Institutions by name, paged and filtered in the database. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "A page of institutions; Link headers first, prev, next, last; ETag",
      content = @Content(schema = @Schema(implementation = InstitutionPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page, size or filter",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response list(
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size,
      @Parameter(description = "Kind of institution: one of " + KINDS) @QueryParam("kind")
          String kind,
      @Parameter(description = "Country, ISO 3166-1 alpha-2 code", example = "GT")
          @QueryParam("country")
          String country,
      @Parameter(description = "Part of the name, acronym or an alias; accents and case aside")
          @QueryParam("q")
          String q) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          String countryCode = OpenData.code(country, "[A-Z]{2}", "api.open.country");
          InstitutionFilter filter =
              new InstitutionFilter(
                  q == null || q.isBlank() ? null : q.strip(),
                  OpenData.choice("kind", kind, InstitutionKind.class),
                  countryCode,
                  null);
          long total = search.count(filter);
          List<Institution> rows =
              search.find(filter, InstitutionOrder.NAME, true, paging.first(), paging.size());
          return OpenData.page(request, uri, paging, total, rows, InstitutionsResource::item);
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One institution", description = "An institution by its id. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "The institution; ETag",
      content = @Content(schema = @Schema(implementation = InstitutionItem.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No institution has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response one(@Parameter(description = "The institution's id") @PathParam("id") long id) {
    return OpenData.one(
        request,
        headers,
        directory.find(id),
        InstitutionsResource::item,
        "api.open.notFound.institution",
        id);
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

  static InstitutionItem item(Institution institution) {
    return new InstitutionItem(
        institution.id(),
        institution.name(),
        institution.acronym().orElse(null),
        institution.kind().name(),
        institution.country().code(),
        institution.country().nameEs(),
        OpenData.territory(institution.territory()),
        institution.parent().map(Institution::id).orElse(null),
        institution.nationalTeamMember(),
        institution.aliases());
  }
}
