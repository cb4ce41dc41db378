package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.demo.SeedConference;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ChangeAuthor;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The check-in desk's use case, whole, in Liberty: register, check in twice, read the trail. */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(CheckInIT.class);
  }

  @Inject EventCatalog events;
  @Inject People people;
  @Inject Registrations registrations;
  @Inject AuditTrail auditTrail;

  @Test
  void checkingInTwiceKeepsTheFirstTimeAndTheTrailSaysWhoDidWhat() throws Exception {
    Event conference =
        events.findEdition(SeedConference.SERIES, SeedConference.EDITION).orElseThrow();
    Person visitor = people.record(new Person("Ana Prueba " + System.nanoTime()));
    Participation registered =
        registrations.registerPerson(
            conference,
            visitor,
            null,
            "Observadora",
            ParticipationRole.OBSERVER,
            AttendanceState.REGISTERED);

    AtomicReference<Instant> first = new AtomicReference<>();
    ChangeAuthor.actingAs(
        "coordinadora",
        () -> first.set(registrations.checkIn(registered.code()).checkedInAt().orElseThrow()));
    Thread.sleep(20);
    ChangeAuthor.actingAs("otro", () -> registrations.checkIn(registered.code()));

    Participation read = registrations.byCode(registered.code()).orElseThrow();
    assertThat(read.state()).isEqualTo(AttendanceState.ATTENDED);
    assertThat(read.checkedInAt()).contains(first.get());
    assertThat(read.checkedInBy()).contains("coordinadora");
    assertThat(read.positionAtEvent()).contains("Observadora");

    List<AuditEntry> trail = auditTrail.of("Participation", registered.id());
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactly("participation.registered", "participation.checkedIn");
    assertThat(trail.get(1).actor()).isEqualTo("coordinadora");
  }
}
