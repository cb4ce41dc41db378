package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The badge scanners' JSON API, from outside, as a scanner calls it: HTTP Basic and JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckInApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.asBuilt();
  }

  private final ScannerClient coordinator =
      ScannerClient.as("coordinacion", SignInBrowserIT.DEMO_PASSWORD);
  private long conference;

  @BeforeEach
  void findTheConference() {
    conference = coordinator.seedConferenceId();
  }

  private String fresh(String name) {
    return coordinator.register(conference, name + " " + System.nanoTime(), "Escáner Institución");
  }

  private HttpResponse<String> checkIn(ScannerClient client, String body) {
    return client.post("events/" + conference + "/check-ins", body);
  }

  @Test
  void aFirstCheckInAnswers201AndARepeat200WithTheFirstTime() throws Exception {
    String code = fresh("Ana Escáner");

    HttpResponse<String> first = checkIn(coordinator, "{\"code\":\"" + code + "\"}");
    Thread.sleep(1100);
    HttpResponse<String> repeat = checkIn(coordinator, "{\"code\":\"" + code.toLowerCase() + "\"}");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(ScannerClient.field(first.body(), "code")).isEqualTo(code);
    assertThat(ScannerClient.field(first.body(), "name")).startsWith("Ana Escáner");
    assertThat(ScannerClient.field(first.body(), "institution")).isEqualTo("Escáner Institución");
    String checkedInAt = ScannerClient.field(first.body(), "checkedInAt");
    assertThat(checkedInAt).isNotBlank();
    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(ScannerClient.field(repeat.body(), "checkedInAt")).isEqualTo(checkedInAt);
    assertThat(repeat.body()).contains("\"firstCheckIn\":false");
  }

  @Test
  void anUnknownCodeIs404AndAMalformedOneOrBody400() {
    HttpResponse<String> unknown = checkIn(coordinator, "{\"code\":\"ZZZZ9999\"}");
    HttpResponse<String> malformedCode = checkIn(coordinator, "{\"code\":\"12\"}");
    HttpResponse<String> malformedBody = checkIn(coordinator, "{\"code\": ");
    HttpResponse<String> noCode = checkIn(coordinator, "{}");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("\"error\":\"participation.code.unknown\"", "ZZZZ9999");
    assertThat(malformedCode.statusCode()).isEqualTo(400);
    assertThat(malformedBody.statusCode()).isEqualTo(400);
    assertThat(malformedBody.body()).contains("\"error\":\"api.body.invalid\"");
    assertThat(noCode.statusCode()).isEqualTo(400);
    assertThat(noCode.body()).contains("\"error\":\"api.field.required\"");
  }

  @Test
  void aCancelledParticipationIs409() {
    String code = fresh("Carlos Cancelado");
    HttpResponse<String> cancelled =
        coordinator.post("events/" + conference + "/registrations/" + code + "/cancellation", "");
    assertThat(cancelled.statusCode()).isEqualTo(200);

    HttpResponse<String> answer = checkIn(coordinator, "{\"code\":\"" + code + "\"}");

    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(answer.body())
        .contains("\"error\":\"participation.checkIn.cancelled\"", "cancelada");
  }

  @Test
  void anAdministratorWithoutTheCoordinatorRoleIs403AndNothingIsCheckedIn() {
    String code = fresh("Diana Admin");

    HttpResponse<String> answer =
        checkIn(
            ScannerClient.as("admin", SignInBrowserIT.DEMO_PASSWORD),
            "{\"code\":\"" + code + "\"}");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("\"error\":\"api.forbidden\"");
    assertThat(checkIn(coordinator, "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(201);
  }

  @Test
  void withoutASignInOrWithAWrongPasswordIt401sWithABasicChallengeNotALoginPage() {
    String code = fresh("Elena Anónima");

    HttpResponse<String> anonymous =
        checkIn(ScannerClient.anonymous(), "{\"code\":\"" + code + "\"}");
    HttpResponse<String> wrong =
        checkIn(ScannerClient.as("coordinacion", "no es la clave"), "{\"code\":\"" + code + "\"}");

    for (HttpResponse<String> answer : java.util.List.of(anonymous, wrong)) {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
      assertThat(answer.headers().firstValue("Location")).isEmpty();
      assertThat(answer.body()).contains("\"error\":\"unauthorized\"");
    }
    assertThat(checkIn(coordinator, "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(201);
  }
}
