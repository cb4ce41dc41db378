package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.tag.Tag;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listing published communiqués with their tags costs the same few statements whether there are
 * three or forty of them: no statement per communiqué (N+1).
 */
class PublishedListStatementsTest {

  private static final Instant START = Instant.parse("2024-09-25T18:00:00Z");
  private static final String[] TAGS = {"Ciudades Solidarias", "migración", "Acnur", "OEA"};

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final AtomicInteger published = new AtomicInteger();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private void publishMore(int count) {
    database.inTransaction(
        em -> {
          for (int i = 0; i < count; i++) {
            int n = published.incrementAndGet();
            JpaAnnouncementRepositoryTest.publish(
                em,
                "Comunicado " + n,
                "comunicado-" + n,
                START.plusSeconds(60L * n),
                TAGS[n % TAGS.length],
                TAGS[(n + 1) % TAGS.length],
                TAGS[(n + 2) % TAGS.length]);
          }
        });
  }

  /** Statements run to list a page and read every title and tag on it. */
  private long statementsToList(int size) {
    return database.statementsRunBy(
        em -> {
          List<Announcement> page = new JpaAnnouncementRepository(em).published(0, size);
          assertThat(page).isNotEmpty();
          for (Announcement announcement : page) {
            assertThat(announcement.title()).isPresent();
            assertThat(announcement.tags())
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.label()).isNotBlank());
          }
        });
  }

  private long statementsToListByTag(int size) {
    return database.statementsRunBy(
        em -> {
          List<Announcement> page =
              new JpaAnnouncementRepository(em).publishedWithTag("acnur", 0, size);
          assertThat(page).isNotEmpty();
          page.forEach(a -> assertThat(a.tags()).extracting(Tag::slug).contains("acnur"));
        });
  }

  @Test
  void thePublishedListRunsTheSameFewStatementsForFewOrManyRows() {
    publishMore(3);
    long withThree = statementsToList(50);

    publishMore(37);
    long withForty = statementsToList(50);

    assertThat(withThree).isPositive().isLessThanOrEqualTo(2);
    assertThat(withForty).isEqualTo(withThree);
  }

  @Test
  void theListByTagRunsTheSameFewStatementsForFewOrManyRows() {
    publishMore(4);
    long withFew = statementsToListByTag(50);

    publishMore(36);
    long withMany = statementsToListByTag(50);

    assertThat(withFew).isPositive().isLessThanOrEqualTo(2);
    assertThat(withMany).isEqualTo(withFew);
  }

  /** Statements run to list a page of the open-data search and read every slug and tag on it. */
  private long statementsToSearch(int size) {
    return database.statementsRunBy(
        em -> {
          List<Announcement> page =
              new JpaAnnouncementRepository(em).searchPublished(PublicSearch.ALL, 0, size);
          assertThat(page).isNotEmpty();
          for (Announcement announcement : page) {
            assertThat(announcement.slug()).isPresent();
            assertThat(announcement.tags())
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.slug()).isNotBlank());
          }
        });
  }

  @Test
  void theOpenDataSearchRunsTheSameFewStatementsForFewOrManyRows() {
    publishMore(3);
    long withThree = statementsToSearch(50);

    publishMore(37);
    long withForty = statementsToSearch(50);

    assertThat(withThree).isPositive().isLessThanOrEqualTo(2);
    assertThat(withForty).isEqualTo(withThree);
  }

  @Test
  void theCounterSeesTheStatementsOfANaiveList() {
    publishMore(5);

    long naive =
        database.statementsRunBy(
            em ->
                em.createQuery("select a from Announcement a", Announcement.class)
                    .getResultList()
                    .forEach(a -> a.tags().size()));

    assertThat(naive).isEqualTo(1 + 5);
  }
}
