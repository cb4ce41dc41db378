package gt.mirps.coordination.web.api;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityFilter;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.solidarity.SolidarityService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solidarity City designations as open data, anonymous: {@code GET /api/v1/solidarity-cities}
 * (filters {@code department}, {@code active}, {@code network}, {@code service}) and {@code /{id}}.
 * The focal point is named only if that person consented to public lists, never with contact
 * details.
 */
@Cached
@Path("v1/solidarity-cities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "solidarity-cities", description = "Solidarity Cities / Ciudades Solidarias")
public class SolidarityCitiesResource {

  @Inject private SolidarityCityRegister register;
  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /** A designation. */
  @Schema(name = "SolidarityCity", description = "A Solidarity City designation")
  public record SolidarityCityItem(
      long id,
      @Schema(enumeration = {"MUNICIPALITY", "DEPARTMENTAL_GOVERNORSHIP"}) String kind,
      @Schema(description = "The municipality or department designated") String territory,
      @Schema(description = "Its INE code", example = "1701") String territoryCode,
      String department,
      @Schema(description = "The department's INE code", example = "17") String departmentCode,
      @Schema(nullable = true) String institution,
      @Schema(format = "date") String signedOn,
      @Schema(format = "date", nullable = true) String endedOn,
      boolean active,
      boolean nationalNetworkMember,
      @Schema(
              description =
                  "EDUCATION, HEALTH, PSYCHOSOCIAL_SUPPORT, SOCIAL_ASSISTANCE, EMPLOYMENT,"
                      + " LEGAL_AID, DOCUMENTATION, SHELTER")
          List<String> services,
      @Schema(
              nullable = true,
              description = "The focal point's name, only if they consented to public lists")
          String focalPoint) {}

  /** A page of designations. */
  @Schema(name = "SolidarityCityPage")
  public record SolidarityCityPage(
      List<SolidarityCityItem> items, int page, int size, long total) {}

  @GET
  @Operation(
      summary = "List Solidarity Cities",
      description =
          "Designations by department, territory and signing date, paged and filtered in the"
              + " database. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "A page of designations; Link headers first, prev, next, last; ETag",
      content = @Content(schema = @Schema(implementation = SolidarityCityPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page, size or filter",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response list(
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size,
      @Parameter(description = "The department's two-digit INE code", example = "17")
          @QueryParam("department")
          String department,
      @Parameter(description = "true: in force only; false: ended only") @QueryParam("active")
          String active,
      @Parameter(description = "true: members of the national network only; false: the others")
          @QueryParam("network")
          String network,
      @Parameter(
              description =
                  "Only those offering this service: EDUCATION, HEALTH, PSYCHOSOCIAL_SUPPORT,"
                      + " SOCIAL_ASSISTANCE, EMPLOYMENT, LEGAL_AID, DOCUMENTATION, SHELTER")
          @QueryParam("service")
          String service) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          SolidarityCityFilter filter =
              new SolidarityCityFilter(
                  OpenData.code(department, "[0-9]{2}", "api.open.department"),
                  OpenData.yesNo("active", active),
                  OpenData.yesNo("network", network),
                  OpenData.choice("service", service, SolidarityService.class));
          long total = register.count(filter);
          List<SolidarityCity> rows = register.search(filter, paging.first(), paging.size());
          return OpenData.page(request, uri, paging, total, rows, SolidarityCitiesResource::item);
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One Solidarity City", description = "A designation by its id. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "The designation; ETag",
      content = @Content(schema = @Schema(implementation = SolidarityCityItem.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No designation has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response one(@Parameter(description = "The designation's id") @PathParam("id") long id) {
    return OpenData.one(
        request,
        headers,
        register.find(id),
        SolidarityCitiesResource::item,
        "api.open.notFound.solidarityCity",
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

  static SolidarityCityItem item(SolidarityCity city) {
    Optional<Person> focalPoint = city.focalPoint().filter(Person::publicConsent);
    return new SolidarityCityItem(
        city.id(),
        city.kind().name(),
        city.territory().name(),
        city.territory().code(),
        city.department().name(),
        city.department().code(),
        city.institution().map(Institution::displayName).orElse(null),
        city.signedOn().toString(),
        OpenData.text(city.endedOn()),
        city.isActive(),
        city.nationalNetworkMember(),
        city.services().stream().sorted().map(SolidarityService::name).toList(),
        focalPoint.map(Person::fullName).orElse(null));
  }
}
