package gt.mirps.coordination.web.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps each successful open-data GET answer for {@link #LIFETIME} and serves it again to anyone
 * asking for the same address in that time, without reading the database: the public lists are read
 * far more often than the team changes them, and a change shows in the API at most {@link
 * #LIFETIME} later. The answer keeps its ETag (a client holding it still gets 304), its {@code
 * Link} header and CORS, and says {@code Cache-Control: public, max-age=5}. Errors are never kept,
 * nor anything asked for with credentials.
 */
@Provider
@Cached
public class RecentAnswers implements ContainerRequestFilter, ContainerResponseFilter {

  static final Duration LIFETIME = Duration.ofSeconds(5);
  static final int CAPACITY = 2_000;
  static final String CACHE_CONTROL = "public, max-age=" + LIFETIME.toSeconds();
  private static final String KEY = RecentAnswers.class.getName() + ".key";

  /** One kept answer: its body, type, tag and links, until a moment on the nano clock. */
  record Kept(String body, MediaType type, String tag, String links, long until) {}

  private final Map<String, Kept> answers = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  public RecentAnswers() {
    this(System::nanoTime);
  }

  RecentAnswers(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    String key = request.getUriInfo().getRequestUri().toString();
    Kept kept = find(key);
    if (kept == null) {
      request.setProperty(KEY, key);
      return;
    }
    EntityTag tag = new EntityTag(kept.tag());
    Response.ResponseBuilder unchanged = request.getRequest().evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        unchanged != null ? unchanged : Response.ok(kept.body(), kept.type());
    answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (kept.links() != null) {
      answer.header("Link", kept.links());
    }
    request.abortWith(OpenData.cors(answer).build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() >= 300
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (!(request.getProperty(KEY) instanceof String key)
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || !(response.getEntity() instanceof String body)
        || response.getEntityTag() == null) {
      return;
    }
    keep(
        key,
        new Kept(
            body,
            response.getMediaType(),
            response.getEntityTag().getValue(),
            response.getHeaderString("Link"),
            nanoClock.getAsLong() + LIFETIME.toNanos()));
  }

  /** The answer kept for {@code key}, if it is still fresh. */
  Kept find(String key) {
    Kept kept = answers.get(key);
    if (kept == null) {
      return null;
    }
    if (nanoClock.getAsLong() - kept.until() >= 0) {
      answers.remove(key, kept);
      return null;
    }
    return kept;
  }

  void keep(String key, Kept kept) {
    if (answers.size() >= CAPACITY) {
      answers.clear();
    }
    answers.put(key, kept);
  }
}
