package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The open-data JSON API from outside, as any program calls it: anonymous GETs over HTTP against
 * the EAR as built, on the demo data, with a draft written in the browser and a participant
 * registered through the scanners' API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private static final String ORIGIN = "https://datos.example.org";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> send(HttpRequest.Builder request) {
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
    return HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "api/v1/" + path));
  }

  private HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  private static long total(HttpResponse<String> list) {
    Matcher m = Pattern.compile("\"total\":(\\d+)}$").matcher(list.body());
    assertThat(m.find()).as("a total in %s", list.body()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static List<String> values(String json, String field) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static int items(HttpResponse<String> list) {
    return Pattern.compile("\\{\"id\":").splitAsStream(list.body()).mapToInt(x -> 1).sum() - 1;
  }

  @Test
  void institutionsArePagedWithTheirTotalAndLinkHeaders() {
    HttpResponse<String> first = get("institutions?size=2");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    long total = total(first);
    assertThat(total).isGreaterThan(4);
    long last = (total - 1) / 2;
    assertThat(first.body()).startsWith("{\"items\":[").contains("\"page\":0,\"size\":2");
    assertThat(items(first)).isEqualTo(2);
    assertThat(first.headers().firstValue("Link").orElseThrow())
        .contains("page=0&size=2>; rel=\"first\"")
        .contains("page=1&size=2>; rel=\"next\"")
        .contains("page=" + last + "&size=2>; rel=\"last\"")
        .doesNotContain("rel=\"prev\"");

    HttpResponse<String> second = get("institutions?size=2&page=1");
    assertThat(total(second)).isEqualTo(total);
    assertThat(values(second.body(), "name"))
        .doesNotContainAnyElementsOf(values(first.body(), "name"));
    assertThat(second.headers().firstValue("Link").orElseThrow())
        .contains("page=0&size=2>; rel=\"prev\"");

    HttpResponse<String> lastPage = get("institutions?size=2&page=" + last);
    assertThat(items(lastPage)).isBetween(1, 2);
    assertThat(lastPage.headers().firstValue("Link").orElseThrow()).doesNotContain("rel=\"next\"");
  }

  @Test
  void filtersNarrowInTheDatabaseAndBadValuesAre400WithAClearMessage() {
    long all = total(get("institutions"));
    HttpResponse<String> municipalities = get("institutions?kind=MUNICIPALITY&size=100");
    assertThat(total(municipalities)).isPositive().isLessThan(all);
    assertThat(values(municipalities.body(), "kind")).isNotEmpty().containsOnly("MUNICIPALITY");

    HttpResponse<String> peten = get("solidarity-cities?department=17");
    assertThat(peten.statusCode()).isEqualTo(200);
    assertThat(values(peten.body(), "departmentCode")).isNotEmpty().containsOnly("17");
    assertThat(peten.body()).contains("\"territory\":\"Flores\"");

    HttpResponse<String> held = get("events?from=2024-09-26&to=2024-09-26&size=100");
    assertThat(held.body()).contains("\"title\":\"" + ScannerClient.SEED_TITLE + "\"");
    // No test records an event in 1901 (ManagerDashboardBrowserIT uses May 1990).
    assertThat(total(get("events?from=1901-01-01&to=1901-12-31"))).isZero();

    assertThat(get("communiques?year=2024").body()).contains("\"slug\":");
    assertThat(total(get("communiques?year=1999"))).isZero();

    HttpResponse<String> badKind = get("events?kind=FIESTA");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body())
        .contains("\"error\":\"bad-parameter\"", "«kind» debe ser uno de CONFERENCE", "«FIESTA»");
    HttpResponse<String> badDay =
        send(request("events?from=25-09-2024").header("Accept-Language", "en-US,en;q=0.8"));
    assertThat(badDay.body()).contains("from must be a day as yyyy-mm-dd, not \\\"25-09-2024\\\"");

    HttpResponse<String> education = get("solidarity-cities?service=education&size=100");
    assertThat(total(education)).isPositive();
    List<String> services =
        Pattern.compile("\"services\":\\[([^\\]]*)\\]")
            .matcher(education.body())
            .results()
            .map(r -> r.group(1))
            .toList();
    assertThat(services)
        .hasSize((int) Math.min(total(education), 100))
        .allSatisfy(list -> assertThat(list).contains("\"EDUCATION\""));
    HttpResponse<String> shelter = get("solidarity-cities?service=shelter&size=100");
    assertThat(total(shelter)).isLessThan(total(get("solidarity-cities")));
    assertThat(
            Pattern.compile("\"services\":\\[([^\\]]*)\\]")
                .matcher(shelter.body())
                .results()
                .map(r -> r.group(1)))
        .allSatisfy(list -> assertThat(list).contains("\"SHELTER\""));
    assertThat(get("solidarity-cities?service=SPA").statusCode()).isEqualTo(400);
    assertThat(get("solidarity-cities?department=Peten").statusCode()).isEqualTo(400);
    assertThat(get("commitments?status=DONE").statusCode()).isEqualTo(400);
    assertThat(get("commitments?institution=abc").statusCode()).isEqualTo(400);
    assertThat(get("commitments?overdue=maybe").statusCode()).isEqualTo(400);
    assertThat(get("commitments?overdue=true&area=PROTECTION").statusCode()).isEqualTo(200);
  }

  @Test
  void aBadPageOrSizeIs400() {
    HttpResponse<String> tooBig = get("communiques?size=101");
    assertThat(tooBig.statusCode()).isEqualTo(400);
    assertThat(tooBig.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(tooBig.body())
        .isEqualTo(
            "{\"error\":\"bad-parameter\",\"message\":\"«size» debe estar entre 1 y 100.\"}");
    assertThat(send(request("communiques?size=101").header("Accept-Language", "en")).body())
        .isEqualTo("{\"error\":\"bad-parameter\",\"message\":\"size must be between 1 and 100.\"}");
    for (String path :
        List.of(
            "events?size=0",
            "institutions?size=abc",
            "commitments?page=-1",
            "solidarity-cities?page=x",
            "communiques?year=dos")) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(400);
    }
  }

  @Test
  void anUnchangedAnswerIs304ToItsETagWithNoBody() {
    HttpResponse<String> list = get("institutions?size=5");
    String etag = list.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{64}\"");

    HttpResponse<String> again = send(request("institutions?size=5").header("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    HttpResponse<String> other = send(request("institutions?size=4").header("If-None-Match", etag));
    assertThat(other.statusCode()).isEqualTo(200);

    // Answered again from the answers kept a few seconds: the same body, tag, links and CORS.
    HttpResponse<String> kept = get("institutions?size=5");
    assertThat(kept.body()).isEqualTo(list.body());
    assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
    assertThat(kept.headers().firstValue("Link")).isEqualTo(list.headers().firstValue("Link"));
    assertThat(kept.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(list.headers().firstValue("Cache-Control")).hasValue("public, max-age=5");
    assertThat(kept.headers().firstValue("Cache-Control")).hasValue("public, max-age=5");

    long conference = ScannerClient.anonymous().seedConferenceId();
    HttpResponse<String> event = get("events/" + conference);
    String eventTag = event.headers().firstValue("ETag").orElseThrow();
    assertThat(send(request("events/" + conference).header("If-None-Match", eventTag)).statusCode())
        .isEqualTo(304);
  }

  @Test
  void aPersonWithoutConsentIsNeverServedAndNoContactDetailAnywhere() {
    long conference = ScannerClient.anonymous().seedConferenceId();
    String name = "Sin Consentimiento " + System.nanoTime();
    ScannerClient.as("coordinacion", SignInBrowserIT.DEMO_PASSWORD)
        .register(conference, name, "Escáner Institución");

    List<String> bodies = new ArrayList<>();
    HttpResponse<String> first = get("events/" + conference + "/participants?size=100");
    assertThat(first.statusCode()).isEqualTo(200);
    long total = total(first);
    bodies.add(first.body());
    for (long page = 1; page * 100 < total; page++) {
      bodies.add(get("events/" + conference + "/participants?size=100&page=" + page).body());
    }
    String participants = String.join("\n", bodies);
    assertThat(participants).contains("\"person\":\"Karin Herrera\"").doesNotContain(name);
    assertThat(participants).contains("\"person\":null"); // delegations, named by institution

    HttpResponse<String> event = get("events/" + conference);
    assertThat(event.body())
        .contains("\"title\":\"" + ScannerClient.SEED_TITLE + "\"", "\"publicParticipants\":")
        .doesNotContain("\"notes\"");
    bodies.add(event.body());
    for (String path :
        List.of(
            "events?size=100",
            "institutions?size=100",
            "solidarity-cities?size=100",
            "commitments?size=100",
            "communiques?size=100")) {
      bodies.add(get(path).body());
    }
    Pattern email = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    for (String body : bodies) {
      assertThat(email.matcher(body).find()).as("an email in %s", body).isFalse();
      assertThat(body).doesNotContain("\"email\"", "\"phone\"");
    }
  }

  @Test
  void aDraftIsNotFoundByIdNorBySlugNorListed() {
    String word = "borradorapi" + UUID.randomUUID().toString().substring(0, 8);
    String title = "Borrador " + word;
    long id;
    WebDriver browser = Browser.start();
    try {
      Browser.signIn(browser, "equipo");
      browser.get(Deployments.baseUrl() + "equipo/comunicados/editar.xhtml");
      Browser.await(browser, By.id("announcement:title")).sendKeys(title);
      Browser.clickAndWait(browser, By.id("announcement:save"));
      Browser.await(browser, By.id("announcement-title"));
      Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
      assertThat(m.find()).as(browser.getCurrentUrl()).isTrue();
      id = Long.parseLong(m.group(1));
    } finally {
      browser.quit();
    }

    HttpResponse<String> byId = get("communiques/" + id);
    assertThat(byId.statusCode()).isEqualTo(404);
    assertThat(byId.body())
        .contains(
            "\"error\":\"not-found\"", "Ningún comunicado publicado tiene el identificador " + id);
    assertThat(get("communiques/by-slug/borrador-" + word).statusCode()).isEqualTo(404);
    HttpResponse<String> search = get("communiques?q=" + word);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).isEqualTo("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");

    HttpResponse<String> published = get("communiques?size=1");
    String slug = values(published.body(), "slug").get(0);
    HttpResponse<String> bySlug = get("communiques/by-slug/" + slug);
    assertThat(bySlug.statusCode()).isEqualTo(200);
    String publishedId = bySlug.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
    assertThat(get("communiques/" + publishedId).body()).isEqualTo(bySlug.body());
    assertThat(bySlug.body()).contains("\"body\":");
  }

  @Test
  void anonymousGetsAndTheirPreflightAllowAnyOriginButCheckInsDoNot() {
    for (String path :
        List.of("communiques", "events", "institutions", "solidarity-cities", "commitments")) {
      HttpResponse<String> list = send(request(path).header("Origin", ORIGIN).GET());
      assertThat(list.statusCode()).as(path).isEqualTo(200);
      assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
      assertThat(list.headers().firstValue("Access-Control-Expose-Headers"))
          .hasValueSatisfying(h -> assertThat(h).contains("ETag", "Link"));

      HttpResponse<String> preflight =
          send(
              request(path)
                  .header("Origin", ORIGIN)
                  .header("Access-Control-Request-Method", "GET")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertThat(preflight.statusCode()).as(path).isBetween(200, 204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValueSatisfying(m -> assertThat(m).contains("GET"));
    }

    long conference = ScannerClient.anonymous().seedConferenceId();
    HttpResponse<String> checkIn =
        send(
            request("events/" + conference + "/check-ins")
                .header("Origin", ORIGIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"ZZZZ9999\"}")));
    assertThat(checkIn.statusCode()).isEqualTo(401);
    assertThat(checkIn.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theOpenApiDocumentListsEveryPathAndItsUiNeedsNoSignIn() {
    HttpResponse<String> document =
        send(
            HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "openapi"))
                .header("Accept", "application/json")
                .GET());

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body())
        .contains(
            "\"/api/v1/communiques\"",
            "\"/api/v1/communiques/{id}\"",
            "\"/api/v1/communiques/by-slug/{slug}\"",
            "\"/api/v1/events\"",
            "\"/api/v1/events/{id}\"",
            "\"/api/v1/events/{id}/participants\"",
            "\"/api/v1/institutions\"",
            "\"/api/v1/institutions/{id}\"",
            "\"/api/v1/solidarity-cities\"",
            "\"/api/v1/solidarity-cities/{id}\"",
            "\"/api/v1/commitments\"",
            "\"/api/v1/commitments/{id}\"",
            "\"/api/v1/events/{event}/check-ins\"",
            "\"CommuniquePage\"",
            "\"Problem\"",
            "\"basic\"");

    HttpResponse<String> ui =
        send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "openapi/ui/")).GET());
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("<html");
    WebDriver browser = Browser.start();
    try {
      browser.get(Deployments.baseUrl() + "openapi/ui/");
      Browser.await(browser, By.xpath("//*[contains(text(),'MIRPS Coordination API')]"));
      assertThat(browser.getCurrentUrl()).doesNotContain("login");
      Browser.screenshot(browser, "api-openapi-ui");
    } finally {
      browser.quit();
    }
    assertThat(
            send(HttpRequest.newBuilder(
                        URI.create(
                            Deployments.baseUrl()
                                + "api/v1/events?q="
                                + URLEncoder.encode("ñ", StandardCharsets.UTF_8)))
                    .GET())
                .statusCode())
        .isEqualTo(200);
  }
}
