package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.ReviewQueue;
import gt.mirps.coordination.commitment.CommitmentDetails;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.territory.Territories;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * The team dashboard and the sorted, co-sponsor-filtered list of commitments, in a real browser.
 *
 * <p>The first test runs in the server and puts in place what the dashboard should show (the same
 * records on every run, so a database kept between runs does not fill up): a communiqué in review,
 * a draft of "equipo" returned with a comment, a long-overdue commitment, an event next week with
 * two delegations registered, and three commitments co-sponsored by an institution of their own.
 * The second drives the browser (see {@link DashboardVisit}); the web module is then at /mirps-web
 * (see {@link Deployments#withTests}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

  // No method of this class may name a Selenium type: the class is loaded in the server too.
  static final String IN_REVIEW_TITLE = "Comunicado del tablero en revisión";
  static final String RETURNED_TITLE = "Borrador del tablero devuelto";
  static final String RETURN_COMMENT = "Falta citar la fuente de las cifras.";
  static final String OVERDUE_TITLE = "Compromiso del tablero vencido desde 2000";
  static final String UPCOMING_TITLE = "Taller del tablero de la próxima semana";
  static final String COSPONSOR = "Copatrocinadora de prueba del tablero";

  /** Recorded in this order, with target dates in the order Charlie, Alfa, Bravo. */
  static final List<String> COSPONSORED =
      List.of("Tablero Alfa", "Tablero Bravo", "Tablero Charlie");

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(DashboardBrowserIT.class);
  }

  @Inject AnnouncementDesk desk;
  @Inject ReviewQueue reviews;
  @Inject CommitmentRegister commitments;
  @Inject InstitutionDirectory institutions;
  @Inject Territories territories;
  @Inject EventCatalog catalog;
  @Inject Registrations registrations;

  @Test
  @Order(1)
  void theTeamHasWorkWaitingOnTheDashboard() {
    if (reviews.awaitingPublication(ReviewQueue.MAX_SHOWN).stream()
        .noneMatch(a -> a.title().orElse("").equals(IN_REVIEW_TITLE))) {
      ChangeAuthor.actingAs("equipo", () -> desk.submit(written(IN_REVIEW_TITLE).id()));
    }
    if (reviews.returnedTo("equipo", ReviewQueue.MAX_SHOWN).stream()
        .noneMatch(a -> a.title().orElse("").equals(RETURNED_TITLE))) {
      long id = written(RETURNED_TITLE).id();
      ChangeAuthor.actingAs("equipo", () -> desk.submit(id));
      ChangeAuthor.actingAs("gerencia", () -> desk.returnToDraft(id, RETURN_COMMENT));
    }
    Institution minex = institutions.byAcronym("GT", "MINEX").orElseThrow();
    if (commitments.overdue().stream().noneMatch(c -> c.title().equals(OVERDUE_TITLE))) {
      commitments.record(minex, details(OVERDUE_TITLE, LocalDate.of(2000, 1, 31), List.of()));
    }
    if (institutions.knownAs(COSPONSOR).isEmpty()) {
      Institution cosponsor =
          institutions.record(
              new Institution(
                  COSPONSOR, InstitutionKind.NGO, territories.country("GT").orElseThrow(), null));
      List<LocalDate> targets =
          List.of(LocalDate.of(2030, 6, 1), LocalDate.of(2031, 1, 1), LocalDate.of(2030, 1, 1));
      for (int i = 0; i < COSPONSORED.size(); i++) {
        commitments.record(minex, details(COSPONSORED.get(i), targets.get(i), List.of(cosponsor)));
      }
    }
    LocalDateTime nextWeek =
        GuatemalaTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.DAYS).plusDays(7).withHour(9);
    Event workshop =
        catalog.record(
            new Event(UPCOMING_TITLE, EventKind.WORKSHOP, nextWeek, nextWeek.plusHours(8)));

    registrations.registerDelegation(
        workshop, minex, 3, ParticipationRole.DELEGATE, AttendanceState.REGISTERED);
    registrations.registerDelegation(
        workshop,
        institutions.knownAs(COSPONSOR).get(0),
        2,
        ParticipationRole.DELEGATE,
        AttendanceState.REGISTERED);

    assertThat(reviews.awaitingPublication(ReviewQueue.MAX_SHOWN))
        .extracting(a -> a.title().orElse(""))
        .contains(IN_REVIEW_TITLE);
    assertThat(reviews.returnedTo("equipo", ReviewQueue.MAX_SHOWN))
        .extracting(a -> a.title().orElse(""))
        .contains(RETURNED_TITLE);
    assertThat(workshop.id()).isNotNull();
  }

  private Announcement written(String title) {
    Announcement[] written = new Announcement[1];
    ChangeAuthor.actingAs(
        "equipo",
        () -> {
          Announcement draft = desk.draft(title);
          written[0] =
              desk.edit(
                  draft.id(),
                  new AnnouncementContent(
                      title,
                      "Guatemala",
                      LocalDate.of(2024, 10, 1),
                      "Lo que el tablero del equipo debe mostrar.",
                      "<p>Texto del comunicado.</p>",
                      null));
        });
    return written[0];
  }

  private static CommitmentDetails details(
      String title, LocalDate targetDate, List<Institution> cosponsors) {
    return new CommitmentDetails(
        title,
        null,
        null,
        CommitmentType.COORDINATION,
        ThematicArea.PROTECTION,
        targetDate,
        cosponsors);
  }

  @Test
  @Order(2)
  @RunAsClient
  void managersCoordinatorsAndTeamMembersEachSeeTheirPart() {
    DashboardVisit.visit(Deployments.baseUrl() + "mirps-web/");
  }
}
