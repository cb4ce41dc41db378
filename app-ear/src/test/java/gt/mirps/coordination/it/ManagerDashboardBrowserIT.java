package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.territory.Territories;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
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
 * The manager dashboard in a real browser.
 *
 * <p>The first test runs in the server and records, once, a workshop on 10 May 1990 (a year no
 * other test uses) with a delegation of seven from a university, so that a period around it has
 * exactly one group. The second drives the browser (see {@link ManagerDashboardVisit}).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagerDashboardBrowserIT {

  // No method of this class may name a Selenium type: the class is loaded in the server too.
  static final String UNIVERSITY = "Universidad del panel de gerencia";
  static final String WORKSHOP = "Taller del panel de gerencia de 1990";
  static final int DELEGATION = 7;

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(ManagerDashboardBrowserIT.class);
  }

  @Inject InstitutionDirectory institutions;
  @Inject Territories territories;
  @Inject EventCatalog catalog;
  @Inject Registrations registrations;

  @Test
  @Order(1)
  void aWorkshopOf1990HasAUniversityDelegation() {
    if (institutions.knownAs(UNIVERSITY).isEmpty()) {
      Institution university =
          institutions.record(
              new Institution(
                  UNIVERSITY,
                  InstitutionKind.ACADEMIA,
                  territories.country("GT").orElseThrow(),
                  null));
      LocalDateTime opening = LocalDateTime.of(1990, 5, 10, 9, 0);
      Event workshop =
          catalog.record(new Event(WORKSHOP, EventKind.WORKSHOP, opening, opening.plusHours(6)));
      registrations.registerDelegation(
          workshop, university, DELEGATION, ParticipationRole.DELEGATE, AttendanceState.REGISTERED);
    }
    assertThat(institutions.knownAs(UNIVERSITY)).hasSize(1);
  }

  @Test
  @Order(2)
  @RunAsClient
  void managersSeeTheChartsOverThePeriodTheyChooseAndCoordinatorsAreRefused() {
    ManagerDashboardVisit.visit(Deployments.baseUrl() + "mirps-web/");
  }
}
