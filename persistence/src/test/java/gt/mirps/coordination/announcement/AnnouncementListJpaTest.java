package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The team's list of communiqués in any state, filtered, sorted and paged in the database. */
class AnnouncementListJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private static Announcement draft(String title, LocalDate dateline) {
    Announcement announcement = new Announcement(title);
    announcement.rewrite(
        new AnnouncementContent(title, "Guatemala", dateline, null, "<p>Texto</p>", null));
    return announcement;
  }

  private void store() {
    database.inTransaction(
        em -> {
          JpaAnnouncementRepository repository = new JpaAnnouncementRepository(em);
          repository.add(draft("Migración en Esquipulas", LocalDate.of(2024, 3, 1)));
          Announcement inReview = draft("Reunión con la OEA", LocalDate.of(2024, 9, 25));
          inReview.submit();
          repository.add(inReview);
          Announcement published =
              draft("Ciudades Solidarias: migración", LocalDate.of(2023, 1, 1));
          published.submit();
          published.publish("ciudades-solidarias", "gerencia", Instant.now());
          repository.add(published);
          repository.add(new Announcement(null));
        });
  }

  private <T> T read(Function<JpaAnnouncementRepository, T> query) {
    return database.fromTransaction(em -> query.apply(new JpaAnnouncementRepository(em)));
  }

  private List<String> titles(
      AnnouncementFilter filter, AnnouncementSort sort, boolean ascending, int first, int max) {
    return this.<List<Announcement>>read(r -> r.find(filter, sort, ascending, first, max)).stream()
        .map(a -> a.title().orElse("-"))
        .toList();
  }

  @Test
  void findsCommuniquesInAnyStateByStateAndWordsWithoutAccents() {
    store();

    assertThat(
            titles(new AnnouncementFilter(null, "MIGRACION"), AnnouncementSort.TITLE, true, 0, 10))
        .containsExactly("Ciudades Solidarias: migración", "Migración en Esquipulas");
    assertThat(
            titles(
                new AnnouncementFilter(AnnouncementState.DRAFT, "migracion"),
                AnnouncementSort.TITLE,
                true,
                0,
                10))
        .containsExactly("Migración en Esquipulas");
    assertThat(
            titles(
                new AnnouncementFilter(AnnouncementState.IN_REVIEW, null),
                AnnouncementSort.TITLE,
                true,
                0,
                10))
        .containsExactly("Reunión con la OEA");
    assertThat(this.<Long>read(r -> r.count(AnnouncementFilter.ALL))).isEqualTo(4);
    assertThat(this.<Long>read(r -> r.count(new AnnouncementFilter(null, "oea esquipulas"))))
        .isZero();
  }

  @Test
  void sortsByDatelineAndTitleInPages() {
    store();

    assertThat(titles(AnnouncementFilter.ALL, AnnouncementSort.DATELINE, false, 0, 10))
        .containsSubsequence(
            "Reunión con la OEA", "Migración en Esquipulas", "Ciudades Solidarias: migración");
    assertThat(titles(AnnouncementFilter.ALL, AnnouncementSort.DATELINE, true, 0, 2))
        .containsExactly("Ciudades Solidarias: migración", "Migración en Esquipulas");
    assertThat(titles(AnnouncementFilter.ALL, AnnouncementSort.TITLE, true, 1, 2))
        .containsExactly("Migración en Esquipulas", "Reunión con la OEA");
    assertThat(titles(AnnouncementFilter.ALL, AnnouncementSort.STATE, true, 0, 10))
        .first()
        .isIn("Migración en Esquipulas", "-");
    assertThat(titles(AnnouncementFilter.ALL, AnnouncementSort.LAST_CHANGE, false, 0, 10))
        .hasSize(4);
  }

  @Test
  void aPageOfTheListCostsOneStatement() {
    store();

    int statements =
        database.statementsRunBy(
            em ->
                new JpaAnnouncementRepository(em)
                    .find(AnnouncementFilter.ALL, AnnouncementSort.LAST_CHANGE, false, 0, 10)
                    .forEach(a -> a.title()));

    assertThat(statements).isEqualTo(1);
  }
}
