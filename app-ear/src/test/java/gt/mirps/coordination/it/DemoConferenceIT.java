package gt.mirps.coordination.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementPage;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.system.DatabaseStatus;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.territory.Territory;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
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
  @Inject Registrations registrations;
  @Inject SolidarityCityRegister solidarityCities;
  @Inject CommitmentRegister commitments;
  @Inject AnnouncementDesk desk;
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
  void theDemoConferenceIsTheCompleteRecordOfTheCommunique() {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();

    assertThat(conference.organisers())
        .extracting(i -> i.acronym().orElse(""))
        .containsExactly("ACNUR");
    assertThat(conference.territory()).get().extracting(Territory::code).isEqualTo("0101");
    assertThat(conference.sessions()).hasSize(1);
    assertThat(conference.sessions().get(0).title())
        .isEqualTo("La importancia de la creación de la Red Nacional de Ciudades Solidarias");
    assertThat(conference.sessions().get(0).speakers())
        .extracting(Person::fullName)
        .containsExactly("Carlos Ramiro Martínez");

    List<Participation> participants = registrations.ofEvent(conference.id(), 0, 100);
    assertThat(participants)
        .filteredOn(p -> p.person().isPresent())
        .extracting(p -> p.person().get().fullName(), p -> p.positionAtEvent().orElse(""))
        .contains(
            tuple("Carlos Ramiro Martínez", "Canciller"),
            tuple("Antonio Escobedo", "Vicecanciller"),
            tuple("Karin Herrera", "Vicepresidenta de la República"),
            tuple("Besem Obenson", "Representante de ACNUR en Guatemala"));
    assertThat(participants)
        .filteredOn(p -> p.role() == ParticipationRole.GUEST_OF_HONOUR)
        .extracting(p -> p.person().orElseThrow().fullName())
        .containsExactly("Karin Herrera");
    assertThat(participants)
        .filteredOn(Participation::isDelegation)
        .extracting(p -> p.institution().orElseThrow().country().code())
        .contains("GT", "BZ", "CR", "SV", "HN", "MX", "PA");
    assertThat(participants)
        .filteredOn(p -> p.state() == AttendanceState.ATTENDED)
        .hasSizeGreaterThanOrEqualTo(14);
  }

  @Test
  void theSolidarityCitiesAndTheCommitmentOfTheCommuniqueAreRecorded() {
    Event conference =
        catalog.findEdition("Conferencia Nacional de Ciudades Solidarias", "II").orElseThrow();

    assertThat(solidarityCities.active())
        .extracting(city -> city.territory().code())
        .contains("0101", "1703", "1701", "1301", "1802", "1801", "2007", "13");
    assertThat(solidarityCities.active())
        .allSatisfy(
            city ->
                assertThat(city.services())
                    .contains(
                        SolidarityService.EDUCATION,
                        SolidarityService.HEALTH,
                        SolidarityService.PSYCHOSOCIAL_SUPPORT,
                        SolidarityService.SOCIAL_ASSISTANCE));

    // Other tests record commitments at the demo conference too: look for the communiqué's.
    List<Commitment> made =
        commitments.ofEvent(conference.id()).stream()
            .filter(c -> c.title().startsWith("Continuar impulsando acciones"))
            .toList();
    assertThat(made).hasSize(1);
    assertThat(made.get(0).submitter().acronym()).contains("MINEX");
    assertThat(made.get(0).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
  }

  @Test
  void theCommuniqueIsPublishedWithItsNineTagsAndSource() {
    AnnouncementPage page = desk.publishedWithTag("acnur", 0, 10);
    assertThat(page.items()).hasSize(1);
    Announcement communique = page.items().get(0);

    assertThat(communique.state()).isEqualTo(AnnouncementState.PUBLISHED);
    assertThat(communique.slug())
        .contains(
            "autoridades-del-minex-participan-en-la-ii-conferencia-nacional-de-ciudades-solidarias");
    assertThat(communique.datelineDate()).contains(LocalDate.of(2024, 9, 25));
    assertThat(communique.tags())
        .extracting(Tag::slug)
        .containsExactly(
            "ciudades-solidarias",
            "migracion",
            "canciller",
            "carlos-ramiro-martinez",
            "igm",
            "acnur",
            "movilidad-humana",
            "oea",
            "refugiados");
    assertThat(communique.body()).get().asString().contains("invitada de honor");
    assertThat(communique.sourceUrl()).get().asString().startsWith("http://209.126.109.93/");
  }

  @Test
  void theDemoConferenceIsLoadedOnlyOnce() {
    assertThat(catalog.latest(50))
        .filteredOn(e -> e.title().equals("II Conferencia Nacional de Ciudades Solidarias"))
        .hasSize(1);
  }
}
