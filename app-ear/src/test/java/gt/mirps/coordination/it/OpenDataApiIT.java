package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open-data JSON API, anonymous, over HTTP: runs inside Liberty to create its communiqués
 * through the desk, then calls {@code /api/v1} as any program would.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataApiIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(OpenDataApiIT.class);
  }

  @Inject EventCatalog catalog;
  @Inject AnnouncementDesk desk;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "mirps-web/api/v1/" + path));
  }

  private HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  private long conference() {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();
    return conference.id();
  }

  /** Three published communiqués under a new tag; gives the tag's label. */
  private List<Announcement> publishedUnderNewTag(String label) {
    List<Announcement> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = desk.draftFromEvent(conference()).id();
      desk.tag(id, label);
      desk.submit(id);
      published.add(desk.publish(id));
    }
    return published;
  }

  @Test
  void aTagsCommuniquesArePagedWithTheirTotalAndLinks() {
    String label = "Datos " + UUID.randomUUID().toString().substring(0, 8);
    List<Announcement> published = publishedUnderNewTag(label);
    String slug = gt.mirps.coordination.tag.Tag.slugOf(label);

    HttpResponse<String> first = get("communiques?tag=" + slug + "&size=2");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(first.body()).contains("\"page\":0").contains("\"size\":2").contains("\"total\":3");
    assertThat(first.body().split("\"lead\":", -1)).hasSize(3);
    String link = first.headers().firstValue("Link").orElseThrow();
    assertThat(link)
        .contains("page=0&size=2>; rel=\"first\"")
        .contains("page=1&size=2>; rel=\"next\"")
        .contains("page=1&size=2>; rel=\"last\"")
        .doesNotContain("rel=\"prev\"");

    HttpResponse<String> second = get("communiques?tag=" + slug + "&size=2&page=1");
    assertThat(second.body()).contains("\"total\":3");
    assertThat(second.body().split("\"lead\":", -1)).hasSize(2);
    assertThat(second.headers().firstValue("Link").orElseThrow())
        .contains("page=0&size=2>; rel=\"prev\"")
        .doesNotContain("rel=\"next\"");

    Announcement one = published.get(0);
    HttpResponse<String> byId = get("communiques/" + one.id());
    assertThat(byId.statusCode()).isEqualTo(200);
    assertThat(byId.body()).contains("\"slug\":\"" + one.slug().orElseThrow() + "\"");
    HttpResponse<String> bySlug = get("communiques/by-slug/" + one.slug().orElseThrow());
    assertThat(bySlug.statusCode()).isEqualTo(200);
    assertThat(bySlug.body()).isEqualTo(byId.body());
  }

  @Test
  void anUnchangedListAnswers304ToItsETag() {
    HttpResponse<String> list = get("communiques?size=5");
    String etag = list.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).startsWith("\"");

    HttpResponse<String> again = send(request("communiques?size=5").header("If-None-Match", etag));

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> other = send(request("communiques?size=4").header("If-None-Match", etag));
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  void aBadSizeOrYearIs400WithAClearMessage() {
    HttpResponse<String> tooBig = get("communiques?size=101");
    assertThat(tooBig.statusCode()).isEqualTo(400);
    assertThat(tooBig.body()).contains("size must be between 1 and 100");
    assertThat(get("communiques?size=0").statusCode()).isEqualTo(400);
    assertThat(get("communiques?size=abc").statusCode()).isEqualTo(400);
    HttpResponse<String> year = get("communiques?year=dos");
    assertThat(year.statusCode()).isEqualTo(400);
    assertThat(year.body()).contains("year");
  }

  @Test
  void aDraftIsNotFoundByIdNorBySlugNorListed() {
    String label = "Borrador " + UUID.randomUUID().toString().substring(0, 8);
    Announcement draft = desk.draftFromEvent(conference());
    desk.tag(draft.id(), label);

    assertThat(get("communiques/" + draft.id()).statusCode()).isEqualTo(404);
    assertThat(get("communiques/by-slug/" + draft.proposedSlug()).statusCode()).isEqualTo(404);
    HttpResponse<String> list =
        get("communiques?tag=" + gt.mirps.coordination.tag.Tag.slugOf(label));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"total\":0").contains("\"items\":[]");
  }

  @Test
  void anonymousGetsAndTheirPreflightAllowAnyOrigin() {
    HttpResponse<String> list =
        send(request("communiques").header("Origin", "https://datos.example.org").GET());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");

    HttpResponse<String> preflight =
        send(
            request("communiques")
                .header("Origin", "https://datos.example.org")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.statusCode()).isBetween(200, 204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(m -> assertThat(m).contains("GET"));
  }
}
