package gt.mirps.coordination.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A badge scanner, or another program, calling the JSON API over HTTP as a given account. */
final class ScannerClient {

  static final String SEED_TITLE = "II Conferencia Nacional de Ciudades Solidarias";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String authorization;

  private ScannerClient(String authorization) {
    this.authorization = authorization;
  }

  static ScannerClient as(String username, String password) {
    return new ScannerClient(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  static ScannerClient anonymous() {
    return new ScannerClient(null);
  }

  HttpResponse<String> post(String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "api/v1/" + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(request);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "api/v1/" + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The id of the demo conference, from the public list of events (anonymous, paged). */
  long seedConferenceId() {
    HttpResponse<String> events =
        get("events?size=100&q=" + URLEncoder.encode(SEED_TITLE, StandardCharsets.UTF_8));
    if (events.statusCode() != 200) {
      throw new IllegalStateException("GET events answered " + events.statusCode());
    }
    Matcher m =
        Pattern.compile("\\{\"id\":(\\d+),\"title\":\"" + Pattern.quote(SEED_TITLE) + "\"")
            .matcher(events.body());
    if (!m.find()) {
      throw new IllegalStateException("The demo conference is not listed: " + events.body());
    }
    return Long.parseLong(m.group(1));
  }

  /** Registers a new participant at the event and gives their badge code. */
  String register(long eventId, String name, String institution) {
    HttpResponse<String> answer =
        post(
            "events/" + eventId + "/registrations",
            "{\"name\":\"" + name + "\",\"institution\":\"" + institution + "\"}");
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(
          "Registration answered " + answer.statusCode() + answer.body());
    }
    return field(answer.body(), "code");
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }
}
