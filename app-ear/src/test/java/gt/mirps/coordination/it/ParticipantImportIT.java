package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.demo.SeedConference;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ImportProblem;
import gt.mirps.coordination.participation.ImportRow;
import gt.mirps.coordination.participation.ImportSummary;
import gt.mirps.coordination.participation.ParticipantImport;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The participant import in Liberty, against the database: all of a list, or none of it. */
@ExtendWith(ArquillianExtension.class)
class ParticipantImportIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(ParticipantImportIT.class);
  }

  @Inject EventCatalog events;
  @Inject People people;
  @Inject Registrations registrations;
  @Inject ParticipantImport importer;
  @Inject AuditTrail auditTrail;

  private Event conference() {
    return events.findEdition(SeedConference.SERIES, SeedConference.EDITION).orElseThrow();
  }

  @Test
  void aListIsImportedWholeReusingKnownPeopleAndAudited() {
    Event conference = conference();
    String nonce = Long.toString(System.nanoTime(), 36);
    Person known = new Person("Rosa Conocida " + nonce);
    known.contactAt("rosa." + nonce + "@minex.gob.gt", null);
    people.record(known);
    long before = registrations.countOfEvent(conference.id());
    int auditedBefore = auditTrail.of("Event", conference.id()).size();

    ImportSummary summary =
        importer.importAll(
            conference.id(),
            List.of(
                new ImportRow(
                    2, "ROSA CONOCIDA " + nonce, null, "Asesora", "MINEX", null, null, "ponente"),
                new ImportRow(
                    3, "Pedro Nuevo " + nonce, "Lic.", "Oficial", "ACNUR", null, null, null)),
            AttendanceState.INVITED);

    assertThat(summary.participants()).isEqualTo(2);
    assertThat(summary.newPeople()).isEqualTo(1);
    assertThat(registrations.countOfEvent(conference.id())).isEqualTo(before + 2);
    assertThat(people.named("Rosa Conocida " + nonce)).hasSize(1);
    assertThat(people.named("Pedro Nuevo " + nonce)).hasSize(1);
    List<AuditEntry> trail = auditTrail.of("Event", conference.id());
    assertThat(trail).hasSize(auditedBefore + 1);
    assertThat(trail.get(trail.size() - 1).action()).isEqualTo("participation.imported");
    assertThat(
            importer.validate(
                conference.id(),
                List.of(
                    new ImportRow(2, "Pedro Nuevo " + nonce, null, null, null, null, null, null))))
        .extracting(ImportProblem::messageKey)
        .containsExactly("participation.import.duplicate.atEvent");
  }

  @Test
  void aListWithAProblemChangesNothing() {
    Event conference = conference();
    String nonce = Long.toString(System.nanoTime(), 36);
    long before = registrations.countOfEvent(conference.id());
    List<ImportRow> rows =
        List.of(
            new ImportRow(2, "Clara Válida " + nonce, null, null, "MINEX", null, null, null),
            new ImportRow(3, "Otro " + nonce, null, null, "Nadie " + nonce, null, null, null));

    assertThatThrownBy(() -> importer.importAll(conference.id(), rows, AttendanceState.REGISTERED))
        .isInstanceOf(RuleViolation.class);

    assertThat(registrations.countOfEvent(conference.id())).isEqualTo(before);
    assertThat(people.named("Clara Válida " + nonce)).isEmpty();
  }
}
