package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.system.DatabaseStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Liberty: the services see the migrated database and the demo conference in it. */
@ExtendWith(ArquillianExtension.class)
class DemoConferenceIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(DemoConferenceIT.class);
  }

  @Inject EventCatalog catalog;
  @Inject DatabaseStatus database;

  @Test
  void theDatabaseIsMigratedAndAnswers() {
    assertThat(database.schemaUpToDate()).isTrue();
    assertThat(database.answers()).isTrue();
  }

  @Test
  void theDemoConferenceIsReadFromTheDatabase() {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();

    assertThat(conference.id()).isNotNull();
    assertThat(conference.title()).isEqualTo("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(conference.kind()).isEqualTo(EventKind.CONFERENCE);
    assertThat(conference.status()).isEqualTo(EventStatus.HELD);
    assertThat(conference.firstDay()).isEqualTo(LocalDate.of(2024, 9, 25));
    assertThat(conference.lastDay()).isEqualTo(LocalDate.of(2024, 9, 26));
    assertThat(conference.framework()).contains("MIRPS");
  }

  @Test
  void theDemoConferenceIsLoadedOnlyOnce() {
    assertThat(catalog.latest(50))
        .filteredOn(e -> e.title().equals("II Conferencia Nacional de Ciudades Solidarias"))
        .hasSize(1);
  }
}
