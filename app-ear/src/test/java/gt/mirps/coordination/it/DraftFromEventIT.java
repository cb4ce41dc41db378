package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Liberty: a communiqué drafted from the demo conference as the database has it. */
@ExtendWith(ArquillianExtension.class)
class DraftFromEventIT {

  @Deployment
  static EnterpriseArchive application() {
    return Deployments.withTests(DraftFromEventIT.class);
  }

  @Inject EventCatalog catalog;
  @Inject AnnouncementDesk desk;
  @Inject AuditTrail auditTrail;

  @Test
  void theDraftFromTheDemoConferenceNamesItsAuthoritiesDatesAndOrganiser() {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();

    long id = desk.draftFromEvent(conference.id()).id();

    Announcement draft = desk.find(id).orElseThrow();
    assertThat(draft.state()).isEqualTo(AnnouncementState.DRAFT);
    assertThat(draft.title())
        .hasValue(
            "La Vicepresidenta de la República y el Canciller participan en la II Conferencia"
                + " Nacional de Ciudades Solidarias");
    assertThat(draft.datelinePlace()).hasValue("Guatemala");
    assertThat(draft.datelineDate()).hasValue(LocalDate.of(2024, 9, 25));
    assertThat(draft.lead())
        .hasValueSatisfying(lead -> assertThat(lead).contains("el 25 y 26 de septiembre de 2024"));
    String body = draft.body().orElseThrow();
    assertThat(body)
        .contains("la Vicepresidenta de la República, Karin Herrera, como invitada de honor")
        .contains(
            "el Canciller Carlos Ramiro Martínez, del Ministerio de Relaciones Exteriores (MINEX),"
                + " como ponente")
        .contains("el 25 y 26 de septiembre de 2024")
        .contains("II Conferencia Nacional de Ciudades Solidarias")
        .contains(
            "organizada por el Alto Comisionado de las Naciones Unidas para los Refugiados"
                + " (ACNUR)")
        .contains("intervino el Canciller Carlos Ramiro Martínez")
        .contains("se comprometió a continuar impulsando acciones")
        .contains("delegaciones de los países del MIRPS")
        .doesNotContain("null");
    assertThat(draft.relatedEvents()).extracting(Event::id).containsExactly(conference.id());

    List<AuditEntry> trail = auditTrail.of(AnnouncementDesk.RECORD_TYPE, id);
    assertThat(trail).extracting(AuditEntry::action).containsExactly("draft");
    assertThat(trail.get(0).detail())
        .hasValueSatisfying(d -> assertThat(d).startsWith("from Event " + conference.id()));
  }
}
