package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's queues of communiqués, read from the database. */
class ReviewQueueJpaTest {

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /** Stores a communiqué by {@code author}, brought to {@code state}; returns its id. */
  private long announcement(String author, String title, AnnouncementState state) {
    long[] id = new long[1];
    ChangeAuthor.actingAs(
        author,
        () ->
            id[0] =
                database.fromTransaction(
                    em -> {
                      Announcement announcement = new Announcement(title);
                      announcement.rewrite(
                          new AnnouncementContent(
                              title,
                              "Guatemala",
                              LocalDate.of(2024, 9, 25),
                              null,
                              "<p>Texto.</p>",
                              null));
                      if (state != AnnouncementState.DRAFT) {
                        announcement.submit();
                      }
                      return new JpaAnnouncementRepository(em).add(announcement).id();
                    }));
    return id[0];
  }

  private void returnToDraft(long id, String comment) {
    database.inTransaction(
        em -> new JpaAnnouncementRepository(em).find(id).orElseThrow().returnToDraft(comment));
  }

  private <T> T read(Function<ReviewQueue, T> query) {
    return database.fromTransaction(
        em -> query.apply(new ReviewQueue(new JpaAnnouncementRepository(em))));
  }

  private static List<String> titles(List<Announcement> announcements) {
    return announcements.stream().map(a -> a.title().orElseThrow()).toList();
  }

  @Test
  void theCommuniquesInReviewComeLongestWaitingFirstAndAreCounted() {
    announcement("ana", "Primero en revisión", AnnouncementState.IN_REVIEW);
    announcement("ana", "Un borrador", AnnouncementState.DRAFT);
    announcement("luis", "Segundo en revisión", AnnouncementState.IN_REVIEW);
    announcement("luis", "Tercero en revisión", AnnouncementState.IN_REVIEW);

    assertThat(titles(read(q -> q.awaitingPublication(10))))
        .containsExactly("Primero en revisión", "Segundo en revisión", "Tercero en revisión");
    assertThat(titles(read(q -> q.awaitingPublication(2))))
        .containsExactly("Primero en revisión", "Segundo en revisión");
    long inReview = read(q -> q.countAwaitingPublication());
    assertThat(inReview).isEqualTo(3);
  }

  @Test
  void anAuthorSeesOnlyTheirOwnDraftsReturnedWithAComment() {
    long mine = announcement("ana", "Mío devuelto", AnnouncementState.IN_REVIEW);
    long theirs = announcement("luis", "De Luis devuelto", AnnouncementState.IN_REVIEW);
    announcement("ana", "Mío sin revisar", AnnouncementState.DRAFT);
    announcement("ana", "Mío en revisión", AnnouncementState.IN_REVIEW);
    returnToDraft(mine, "Falta la fuente.");
    returnToDraft(theirs, "Revisar el título.");

    List<Announcement> returned = read(q -> q.returnedTo("ana", 10));

    assertThat(titles(returned)).containsExactly("Mío devuelto");
    assertThat(returned.get(0).reviewComment()).contains("Falta la fuente.");
    assertThat(titles(read(q -> q.returnedTo("luis", 10)))).containsExactly("De Luis devuelto");
    assertThat(titles(read(q -> q.returnedTo("", 10)))).isEmpty();
  }
}
