package gt.mirps.coordination.web.api;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentSort;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ProgressUpdate;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Commitments as open data, anonymous: {@code GET /api/v1/commitments} (filters {@code status},
 * {@code area}, {@code institution}, {@code event}, {@code overdue}) and {@code /{id}}. Progress is
 * summed up by its last date; who wrote it (a workspace account) is not served.
 */
@Cached
@Path("v1/commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "commitments", description = "Commitments and their progress / Compromisos")
public class CommitmentsResource {

  private static final String AREAS =
      "PROTECTION, EDUCATION, HEALTH, PSYCHOSOCIAL_SUPPORT, EMPLOYMENT, SOCIAL_ASSISTANCE,"
          + " DOCUMENTATION, LOCAL_INTEGRATION, SHELTER, LEGAL_AID, OTHER";

  @Inject private CommitmentRegister register;
  @Context private UriInfo uri;
  @Context private Request request;
  @Context private HttpHeaders headers;

  /** An institution named by a commitment. */
  @Schema(name = "InstitutionRef")
  public record InstitutionRef(long id, String name) {}

  /** A commitment. */
  @Schema(name = "Commitment", description = "A commitment an institution made")
  public record CommitmentItem(
      long id,
      String title,
      @Schema(nullable = true) String description,
      @Schema(enumeration = {"POLICY", "TECHNICAL", "FINANCIAL", "MATERIAL"}) String type,
      @Schema(description = "One of " + AREAS) String area,
      @Schema(enumeration = {"PLANNING", "IN_PROGRESS", "FULFILLED", "CANCELLED"}) String status,
      InstitutionRef submitter,
      List<InstitutionRef> cosponsors,
      @Schema(nullable = true, description = "Id of the event it was made at") Long event,
      @Schema(nullable = true) String eventTitle,
      @Schema(format = "date", nullable = true) String targetDate,
      @Schema(description = "Open past its target date, today in Guatemala") boolean overdue,
      @Schema(format = "date", nullable = true, description = "Day of the last progress update")
          String lastProgressOn) {}

  /** A page of commitments. */
  @Schema(name = "CommitmentPage")
  public record CommitmentPage(List<CommitmentItem> items, int page, int size, long total) {}

  @GET
  @Operation(
      summary = "List commitments",
      description =
          "Commitments, the most recently recorded first, paged and filtered in the database."
              + " Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "A page of commitments; Link headers first, prev, next, last; ETag",
      content = @Content(schema = @Schema(implementation = CommitmentPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "A bad page, size or filter",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response list(
      @Parameter(description = OpenData.PAGE) @QueryParam("page") String page,
      @Parameter(description = OpenData.SIZE) @QueryParam("size") String size,
      @Parameter(
              description = "Status",
              schema = @Schema(enumeration = {"PLANNING", "IN_PROGRESS", "FULFILLED", "CANCELLED"}))
          @QueryParam("status")
          String status,
      @Parameter(description = "Thematic area: one of " + AREAS) @QueryParam("area") String area,
      @Parameter(description = "Id of the submitting institution") @QueryParam("institution")
          String institution,
      @Parameter(description = "Id of the event it was made at") @QueryParam("event") String event,
      @Parameter(description = "true: only those overdue today in Guatemala") @QueryParam("overdue")
          String overdue) {
    return OpenData.checked(
        headers,
        () -> {
          OpenData.Paging paging = OpenData.paging(page, size);
          Boolean overdueOnly = OpenData.yesNo("overdue", overdue);
          if (Boolean.FALSE.equals(overdueOnly)) {
            throw new OpenData.BadParameter("api.open.overdue");
          }
          CommitmentFilter filter =
              new CommitmentFilter(
                  OpenData.choice("status", status, CommitmentStatus.class),
                  OpenData.id("institution", institution),
                  null,
                  OpenData.choice("area", area, ThematicArea.class),
                  OpenData.id("event", event),
                  overdueOnly == null ? null : register.today());
          long total = register.count(filter);
          List<Commitment> rows =
              register.page(filter, CommitmentSort.RECORDED, false, paging.first(), paging.size());
          LocalDate today = register.today();
          return OpenData.page(request, uri, paging, total, rows, c -> item(c, today));
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One commitment", description = "A commitment by its id. Anonymous.")
  @APIResponse(
      responseCode = "200",
      description = "The commitment; ETag",
      content = @Content(schema = @Schema(implementation = CommitmentItem.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(
      responseCode = "404",
      description = "No commitment has this id",
      content = @Content(schema = @Schema(implementation = OpenData.Problem.class)))
  public Response one(@Parameter(description = "The commitment's id") @PathParam("id") long id) {
    LocalDate today = register.today();
    return OpenData.one(
        request,
        headers,
        register.find(id),
        commitment -> item(commitment, today),
        "api.open.notFound.commitment",
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

  static CommitmentItem item(Commitment commitment, LocalDate today) {
    return new CommitmentItem(
        commitment.id(),
        commitment.title(),
        commitment.description().orElse(null),
        commitment.type().name(),
        commitment.area().name(),
        commitment.status().name(),
        ref(commitment.submitter()),
        commitment.cosponsors().stream().map(CommitmentsResource::ref).toList(),
        commitment.event().map(Event::id).orElse(null),
        commitment.event().map(Event::title).orElse(null),
        OpenData.text(commitment.targetDate()),
        commitment.isOverdue(today),
        OpenData.text(commitment.lastUpdate().map(ProgressUpdate::date)));
  }

  private static InstitutionRef ref(Institution institution) {
    return new InstitutionRef(institution.id(), institution.displayName());
  }
}
