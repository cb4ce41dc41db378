package gt.mirps.coordination.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenDatasetsJpaTest {

  private static final Instant NOON = Instant.parse("2024-09-26T18:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2024, 9, 26);

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private <T> T read(Function<EntityManager, T> query) {
    return database.fromTransaction(query);
  }

  private <R> List<R> page(
      Function<EntityManager, ? extends OpenDataset<R>> dataset, int first, int max) {
    return database.fromTransaction(em -> dataset.apply(em).page(first, max));
  }

  private long count(Function<EntityManager, ? extends OpenDataset<?>> dataset) {
    return database.fromTransaction(em -> dataset.apply(em).count());
  }

  private Optional<Instant> lastUpdate(Function<EntityManager, ? extends OpenDataset<?>> dataset) {
    return database.fromTransaction(em -> dataset.apply(em).lastUpdate());
  }

  private static Announcement communique(EntityManager em, String title, String... tags) {
    Announcement announcement = new Announcement(title);
    announcement.rewrite(
        new AnnouncementContent(
            title,
            "Guatemala",
            LocalDate.of(2024, 9, 25),
            "Autoridades participan en la conferencia.",
            "<p>Texto</p>",
            null));
    for (String label : tags) {
      Tag tag = new Tag(label);
      em.persist(tag);
      announcement.tag(tag);
    }
    em.persist(announcement);
    return announcement;
  }

  private static Announcement published(
      EntityManager em, String title, String slug, Instant at, String... tags) {
    Announcement announcement = communique(em, title, tags);
    announcement.submit();
    announcement.publish(slug, "ana.lopez", at);
    return announcement;
  }

  @Test
  void communiquesArePublishedOnesNewestFirstPagedWithTheirTags() {
    database.inTransaction(
        em -> {
          published(em, "Conferencia de Ciudades Solidarias", "ciudades", NOON, "Acnur", "OEA");
          published(em, "Reunión técnica", "reunion", NOON.plusSeconds(60));
          published(em, "Archivado", "archivado", NOON.plusSeconds(120)).archive();
          communique(em, "Borrador");
          communique(em, "En revisión").submit();
        });

    List<PublicCommunique> first = page(JpaCommuniqueDataset::new, 0, 1);
    List<PublicCommunique> second = page(JpaCommuniqueDataset::new, 1, 1);
    List<PublicCommunique> third = page(JpaCommuniqueDataset::new, 2, 1);

    assertThat(first).extracting(PublicCommunique::title).containsExactly("Reunión técnica");
    assertThat(second)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.slug()).isEqualTo("ciudades");
              assertThat(c.tags()).containsExactly("Acnur", "OEA");
              assertThat(c.date()).isEqualTo(LocalDate.of(2024, 9, 25));
              assertThat(c.lead()).isEqualTo("Autoridades participan en la conferencia.");
            });
    assertThat(third).isEmpty();
    assertThat(count(JpaCommuniqueDataset::new)).isEqualTo(2);
  }

  @Test
  void theCommuniquesLastUpdateFollowsAnArchivedOneButNotADraft() {
    long archived = database.fromTransaction(em -> published(em, "Uno", "uno", NOON).id());
    Instant before = lastUpdate(JpaCommuniqueDataset::new).orElseThrow();
    database.inTransaction(em -> communique(em, "Borrador nuevo"));
    assertThat(lastUpdate(JpaCommuniqueDataset::new)).contains(before);

    database.inTransaction(em -> em.find(Announcement.class, archived).archive());

    Instant after = lastUpdate(JpaCommuniqueDataset::new).orElseThrow();
    assertThat(after).isAfterOrEqualTo(before);
    AnnouncementState state = read(em -> em.find(Announcement.class, archived).state());
    assertThat(state).isEqualTo(AnnouncementState.ARCHIVED);
    Instant archivedAt = read(em -> em.find(Announcement.class, archived).updatedAt());
    assertThat(after).isEqualTo(archivedAt);
  }

  @Test
  void eventsCountTheInstitutionsTakingPartAndLinkTheirCommunique() {
    database.inTransaction(
        em -> {
          Institution acnur = Directory.institution(em, "Alto Comisionado (ACNUR)", "ACNUR");
          Institution minex =
              Directory.institution(em, "Ministerio de Relaciones Exteriores", "MINEX");
          Institution svet =
              Directory.institution(em, "Secretaría contra la Violencia Sexual", "SVET");
          Event held = Directory.event(em, "Conferencia celebrada", 25);
          held.organisedBy(acnur);
          held.coOrganisedBy(minex);
          held.locate("Hotel", "Ciudad de Guatemala", em.find(Territory.class, 101L));
          Person ana = Directory.person(em, "Ana López");
          Participation attended = Directory.attends(em, held, ana, minex);
          attended.checkIn(NOON, "mesa");
          Directory.delegation(em, held, svet, 3);
          held.markHeld();
          Event planned = Directory.event(em, "Reunión planificada", 28);
          Directory.delegation(em, planned, svet, 2);
          Directory.delegation(em, planned, minex, 2).cancel();
          Directory.attends(em, planned, Directory.person(em, "Luis Pérez"), acnur);
          Announcement communique = communique(em, "Comunicado de la conferencia");
          communique.relateTo(held);
          communique.submit();
          communique.publish("conf", "ana.lopez", NOON);
          communique(em, "Borrador de la reunión").relateTo(planned);
        });

    List<PublicEvent> events = page(JpaEventDataset::new, 0, 10);

    assertThat(events)
        .extracting(PublicEvent::title)
        .containsExactly("Reunión planificada", "Conferencia celebrada");
    PublicEvent planned = events.get(0);
    assertThat(planned.institutions()).isEqualTo(2);
    assertThat(planned.communiqueSlug()).isNull();
    PublicEvent held = events.get(1);
    assertThat(held.institutions()).isEqualTo(1);
    assertThat(held.organisers()).containsExactly("Alto Comisionado (ACNUR)");
    assertThat(held.coOrganisers()).containsExactly("Ministerio de Relaciones Exteriores");
    assertThat(held.department()).isEqualTo("Guatemala");
    assertThat(held.communiqueSlug()).isEqualTo("conf");
    assertThat(page(JpaEventDataset::new, 1, 1))
        .extracting(PublicEvent::title)
        .containsExactly("Conferencia celebrada");
    assertThat(count(JpaEventDataset::new)).isEqualTo(2);
    assertThat(lastUpdate(JpaEventDataset::new)).isPresent();
  }

  @Test
  void institutionsComeByNameWithCountryAndTerritory() {
    database.inTransaction(
        em -> {
          Directory.municipality(em, "Municipalidad de Huehuetenango", 1301L);
          Directory.institution(em, "Ácnur oficina", "ACNUR");
          em.persist(
              new Institution(
                  "Zeta ONG",
                  InstitutionKind.NGO,
                  Directory.guatemala(em),
                  em.find(Territory.class, 13L)));
        });

    List<PublicInstitution> all = page(JpaInstitutionDataset::new, 0, 10);

    assertThat(all)
        .extracting(PublicInstitution::name)
        .containsExactly("Ácnur oficina", "Municipalidad de Huehuetenango", "Zeta ONG");
    assertThat(all.get(0).acronym()).isEqualTo("ACNUR");
    assertThat(all.get(1))
        .satisfies(
            i -> {
              assertThat(i.countryCode()).isEqualTo("GT");
              assertThat(i.country()).isEqualTo("Guatemala");
              assertThat(i.department()).isEqualTo("Huehuetenango");
              assertThat(i.municipality()).isEqualTo("Huehuetenango");
              assertThat(i.kind()).isEqualTo(InstitutionKind.MUNICIPALITY);
            });
    assertThat(all.get(2).department()).isEqualTo("Huehuetenango");
    assertThat(all.get(2).municipality()).isNull();
    assertThat(page(JpaInstitutionDataset::new, 2, 5)).hasSize(1);
    assertThat(count(JpaInstitutionDataset::new)).isEqualTo(3);
  }

  @Test
  void solidarityCitiesAreTheActiveOnesWithTheirServicesAndNoFocalPoint() {
    long ended =
        database.fromTransaction(
            em -> {
              SolidarityCity city =
                  new SolidarityCity(
                      SolidarityCityKind.MUNICIPALITY,
                      em.find(Territory.class, 1301L),
                      LocalDate.of(2023, 5, 10),
                      TODAY);
              city.representedBy(
                  Directory.municipality(em, "Municipalidad de Huehuetenango", 1301L));
              city.changeServices(
                  EnumSet.of(SolidarityService.HEALTH, SolidarityService.EDUCATION));
              city.appointFocalPoint(Directory.person(em, "Ana María López"));
              city.joinNetwork();
              em.persist(city);
              SolidarityCity gone =
                  new SolidarityCity(
                      SolidarityCityKind.MUNICIPALITY,
                      em.find(Territory.class, 101L),
                      LocalDate.of(2022, 1, 10),
                      TODAY);
              em.persist(gone);
              return gone.id();
            });
    database.inTransaction(
        em -> em.find(SolidarityCity.class, ended).end(LocalDate.of(2024, 1, 1), TODAY));

    List<PublicSolidarityCity> cities = page(JpaSolidarityCityDataset::new, 0, 10);

    assertThat(cities)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.municipality()).isEqualTo("Huehuetenango");
              assertThat(c.department()).isEqualTo("Huehuetenango");
              assertThat(c.ineCode()).isEqualTo("1301");
              assertThat(c.signedOn()).isEqualTo(LocalDate.of(2023, 5, 10));
              assertThat(c.institution()).isEqualTo("Municipalidad de Huehuetenango");
              assertThat(c.services())
                  .containsExactly(SolidarityService.EDUCATION, SolidarityService.HEALTH);
              assertThat(c.networkMember()).isTrue();
              assertThat(c.toString()).doesNotContain("Ana María");
            });
    assertThat(count(JpaSolidarityCityDataset::new)).isEqualTo(1);
    assertThat(lastUpdate(JpaSolidarityCityDataset::new))
        .contains(read(em -> em.find(SolidarityCity.class, ended).updatedAt()));
  }

  @Test
  void commitmentsCarryTheirCosponsorsAndLastProgressDateButNoAuthor() {
    database.inTransaction(
        em -> {
          Institution municipality =
              Directory.municipality(em, "Municipalidad de Huehuetenango", 1301L);
          Institution acnur = Directory.institution(em, "ACNUR Guatemala", "ACNUR");
          Commitment first =
              new Commitment(
                  "Abrir una oficina de atención",
                  municipality,
                  CommitmentType.TECHNICAL,
                  ThematicArea.PROTECTION);
          first.cosponsor(acnur);
          first.dueBy(LocalDate.of(2024, 9, 1));
          first.madeAt(Directory.event(em, "Conferencia", 25));
          em.persist(first);
          first.report(
              LocalDate.of(2024, 9, 10),
              "Se firmó el convenio",
              CommitmentStatus.IN_PROGRESS,
              null,
              CLOCK);
          first.report(LocalDate.of(2024, 9, 20), "Se contrató personal", null, null, CLOCK);
          em.persist(
              new Commitment(
                  "Campaña de salud", acnur, CommitmentType.FINANCIAL, ThematicArea.HEALTH));
        });

    List<PublicCommitment> all = page(JpaCommitmentDataset::new, 0, 10);

    assertThat(all)
        .extracting(PublicCommitment::title)
        .containsExactly("Abrir una oficina de atención", "Campaña de salud");
    PublicCommitment first = all.get(0);
    assertThat(first.submitter()).isEqualTo("Municipalidad de Huehuetenango");
    assertThat(first.cosponsors()).containsExactly("ACNUR Guatemala");
    assertThat(first.event()).isEqualTo("Conferencia");
    assertThat(first.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(first.lastProgressOn()).isEqualTo(LocalDate.of(2024, 9, 20));
    assertThat(first.isOverdueOn(TODAY)).isTrue();
    assertThat(first.toString()).doesNotContain("Se contrató");
    assertThat(all.get(1).lastProgressOn()).isNull();
    assertThat(page(JpaCommitmentDataset::new, 1, 1)).hasSize(1);
    assertThat(count(JpaCommitmentDataset::new)).isEqualTo(2);
    assertThat(lastUpdate(JpaCommitmentDataset::new)).isPresent();
  }
}
