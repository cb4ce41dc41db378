package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participants page of the demo conference, as a coordinator uses it: registering someone from
 * the directory by typing part of their name, someone new with their new institution, a delegation;
 * refusing duplicates in Spanish; changing a role; downloading the list as XLSX.
 *
 * <p>The first test runs in the server and puts in the directory a person who is not at the
 * conference (every person of the demo data is); the second drives the browser. The web module is
 * then at /mirps-web (see {@link Deployments#withTests}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantsBrowserIT {

  static final String CONFERENCE = "II Conferencia Nacional de Ciudades Solidarias";
  static final String IN_DIRECTORY = "Rosa Ixcot Tzul";

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(ParticipantsBrowserIT.class);
  }

  @Inject People people;
  @Inject InstitutionDirectory institutions;

  @Test
  @Order(1)
  void theDirectoryKnowsSomeoneWhoIsNotAtTheConference() {
    if (people.named(IN_DIRECTORY).isEmpty()) {
      Person rosa = new Person(IN_DIRECTORY);
      rosa.describe("Licda.", "Oficial de protección");
      rosa.joinInstitution(
          institutions.knownAs("ACNUR").get(0), "Oficial de protección", LocalDate.of(2023, 3, 1));
      people.record(rosa);
    }
    assertThat(people.named(IN_DIRECTORY)).hasSize(1);
  }

  @Test
  @Order(2)
  @RunAsClient
  void aCoordinatorRegistersPeopleAndADelegationAndDownloadsTheList() throws Exception {
    String unique = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    String newcomer = "Julia Toj " + unique;
    String institution = "Asociación Raxché " + unique;
    try (ParticipantsScreen screen = new ParticipantsScreen(Deployments.baseUrl() + "mirps-web/")) {
      screen.signIn("coordinacion", SignInBrowserIT.DEMO_PASSWORD);

      assertThat(screen.openEvent(CONFERENCE)).isEqualTo("Participantes: " + CONFERENCE);
      String eventId = screen.currentUrl().replaceAll(".*evento=(\\d+).*", "$1");
      assertThat(screen.table())
          .contains(
              "Carlos Ramiro Martínez", "Karin Herrera", "Instituto Guatemalteco de Migración");
      screen.screenshot("participants-list");

      // Someone from the directory, found by part of the name; their post is copied.
      List<String> snapshot =
          screen.choosePerson("ixcot", IN_DIRECTORY, "participants-autocomplete");
      assertThat(snapshot.get(0)).contains("ACNUR");
      assertThat(snapshot.get(1)).isEqualTo("Oficial de protección");
      screen.chooseRole("register", "Observador(a)");
      assertThat(screen.register()).startsWith(IN_DIRECTORY + " quedó inscrito(a) con el código");

      // Someone who is at the event already.
      screen.choosePerson("herrera", "Karin Herrera", null);
      assertThat(screen.register()).contains("Karin Herrera ya está inscrito en este evento.");
      screen.screenshot("participants-duplicate");

      // Someone new, with a new institution, without leaving the page.
      String welcomed =
          screen.newPersonWithNewInstitution(
              newcomer,
              "Licda.",
              "Directora de programas",
              "julia." + unique.toLowerCase(Locale.ROOT) + "@raxche.org.gt",
              institution,
              "AR" + unique,
              "Organización no gubernamental");
      assertThat(welcomed).startsWith(newcomer + " quedó inscrito(a) con el código");
      String code = welcomed.replaceAll(".* el código ([0-9A-Z]{8}).*", "$1");

      // That institution's delegation, once only.
      assertThat(
              screen.registerDelegation(
                  "raxché " + unique.toLowerCase(Locale.ROOT), institution, 3))
          .contains("La delegación de " + institution + " (3 personas) quedó inscrita.");
      assertThat(screen.registerDelegation("AR" + unique, institution, 2))
          .contains(institution + " (AR" + unique + ") ya tiene una delegación en este evento.");

      // The newcomer's role, changed on their row.
      assertThat(screen.search(newcomer)).contains(newcomer, institution, "Directora de programas");
      assertThat(screen.changeFirstRowRole("Moderador(a)"))
          .isEqualTo("El rol de " + newcomer + " ahora es «Moderador(a)».");
      assertThat(screen.search(newcomer)).contains(newcomer);
      assertThat(screen.firstRowRole()).isEqualTo("Moderador(a)");
      assertThat(screen.moveFirstRow("confirm"))
          .isEqualTo("El estado de " + newcomer + " ahora es «Confirmado».");
      assertThat(ParticipantsScreen.textOf(screen.badgesOfFirstRow()))
          .contains(newcomer, code, "Moderador(a)")
          .doesNotContain("Karin Herrera");
      assertThat(screen.search(unique)).contains("Delegación de 3 personas");
      List<String> codes = screen.sortBy("Código");
      assertThat(codes).hasSize(2).isSorted();
      assertThat(screen.sortBy("Código")).containsExactly(codes.get(1), codes.get(0));
      screen.screenshot("participants-table");

      List<String> rows = ParticipantsScreen.rowsOf(screen.download("lista.xlsx", eventId, ""));
      assertThat(rows.get(0)).startsWith("Nombre | Tratamiento | Institución | Cargo | Rol");
      assertThat(rows)
          .anyMatch(r -> r.startsWith("Carlos Ramiro Martínez | Canciller | "))
          .anyMatch(r -> r.startsWith("Karin Herrera | "))
          .anyMatch(r -> r.startsWith(IN_DIRECTORY + " | Licda. | ") && r.contains("Observador(a)"))
          .anyMatch(
              r -> r.startsWith(newcomer + " | Licda. | " + institution + " (AR" + unique + ")"))
          .anyMatch(r -> r.startsWith(institution + " | ") && r.contains(" | 3.0 | "));

      String csv = new String(screen.download("lista.csv", eventId, ""), StandardCharsets.UTF_8);
      assertThat(csv).startsWith("\uFEFFNombre,").contains(newcomer + ",Licda.,");
      assertThat(ParticipantsScreen.textOf(screen.download("hoja-de-firmas.pdf", eventId, "")))
          .contains("Hoja de firmas", CONFERENCE, "Carlos Ramiro Martínez", newcomer);
      assertThat(
              ParticipantsScreen.textOf(
                  screen.download("gafetes.pdf", eventId, "&codigos=" + code)))
          .contains(newcomer, code)
          .doesNotContain("Karin Herrera");
    }
  }
}
