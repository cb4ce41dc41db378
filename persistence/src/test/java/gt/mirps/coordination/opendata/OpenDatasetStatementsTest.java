package gt.mirps.coordination.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
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
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page of any dataset costs the same few SQL statements whatever its size: relations are read
 * with the page or in one IN query each, never row by row (N+1). The shared cache is emptied before
 * each count so that nothing is read from memory.
 */
class OpenDatasetStatementsTest {

  private static final Instant NOON = Instant.parse("2024-09-26T18:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);
  private static final List<Long> TERRITORIES =
      List.of(101L, 1301L, 1701L, 1703L, 1801L, 1802L, 2007L, 1302L);

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private int statementsForAPage(Function<EntityManager, OpenDataset<?>> dataset, int size) {
    return database.statementsRunBy(
        em -> {
          em.getEntityManagerFactory().getCache().evictAll();
          assertThat(dataset.apply(em).page(0, size)).hasSize(size);
        });
  }

  /** Records {@code count} of each kind of record, the {@code from}-th onwards. */
  private void record(int from, int count) {
    database.inTransaction(
        em -> {
          for (int n = from; n < from + count; n++) {
            Territory place = em.find(Territory.class, TERRITORIES.get(n));
            Institution organiser = Directory.municipality(em, "Municipalidad " + n, place.id());
            Institution cosponsor = Directory.institution(em, "Agencia " + n, "AG" + n);
            Event event = Directory.event(em, "Evento " + n, 1 + n);
            event.locate("Sede " + n, place.name(), place);
            event.organisedBy(organiser);
            event.coOrganisedBy(cosponsor);
            Directory.delegation(em, event, cosponsor, 2);
            Directory.attends(em, event, Directory.person(em, "Persona " + n), organiser);

            Announcement communique = new Announcement("Comunicado " + n);
            communique.rewrite(
                new AnnouncementContent(
                    "Comunicado " + n,
                    "Guatemala",
                    LocalDate.of(2024, 9, 1 + n),
                    "Entrada " + n,
                    "<p>Texto</p>",
                    null));
            Tag tag = new Tag("Etiqueta " + n);
            em.persist(tag);
            communique.tag(tag);
            communique.relateTo(event);
            communique.submit();
            communique.publish("comunicado-" + n, "ana.lopez", NOON.plusSeconds(n));
            em.persist(communique);

            SolidarityCity city =
                new SolidarityCity(
                    SolidarityCityKind.MUNICIPALITY,
                    place,
                    LocalDate.of(2023, 1, 1 + n),
                    LocalDate.of(2024, 9, 26));
            city.representedBy(organiser);
            city.changeServices(EnumSet.of(SolidarityService.HEALTH, SolidarityService.SHELTER));
            em.persist(city);

            Commitment commitment =
                new Commitment(
                    "Compromiso " + n, organiser, CommitmentType.TECHNICAL, ThematicArea.HEALTH);
            commitment.cosponsor(cosponsor);
            commitment.madeAt(event);
            em.persist(commitment);
            commitment.report(LocalDate.of(2024, 9, 1), "Avance " + n, null, null, CLOCK);
          }
        });
  }

  @Test
  void aPageOfSixCostsAsManyStatementsAsAPageOfTwo() {
    record(0, 2);
    List<Function<EntityManager, OpenDataset<?>>> datasets =
        List.of(
            JpaCommuniqueDataset::new,
            JpaEventDataset::new,
            JpaSolidarityCityDataset::new,
            JpaCommitmentDataset::new,
            JpaInstitutionDataset::new);
    int[] forTwo = datasets.stream().mapToInt(d -> statementsForAPage(d, 2)).toArray();

    record(2, 4);
    int[] forSix = datasets.stream().mapToInt(d -> statementsForAPage(d, 6)).toArray();

    assertThat(forSix).containsExactly(forTwo);
    assertThat(java.util.Arrays.stream(forTwo).max().orElseThrow()).isBetween(1, 8);
  }
}
