package gt.mirps.coordination.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewQueueTest {

  private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
  private final ReviewQueue queue = new ReviewQueue(announcements);

  private Announcement inReview(String title) {
    Announcement announcement = announcements.add(new Announcement(title));
    announcement.submit();
    return announcement;
  }

  @Test
  void onlyCommuniquesInReviewAwaitPublication() {
    Announcement first = inReview("Primero");
    announcements.add(new Announcement("Borrador"));
    Announcement returned = inReview("Devuelto");
    returned.returnToDraft("Falta la fuente.");
    Announcement second = inReview("Segundo");

    assertThat(queue.awaitingPublication(10)).containsExactly(first, second);
    assertThat(queue.awaitingPublication(1)).containsExactly(first);
    assertThat(queue.countAwaitingPublication()).isEqualTo(2);
  }

  @Test
  void nobodyHasDraftsReturnedWithoutAName() {
    inReview("Devuelto").returnToDraft("Falta la fuente.");

    assertThat(queue.returnedTo(null, 5)).isEmpty();
    assertThat(queue.returnedTo(" ", 5)).isEmpty();
  }

  @Test
  void theQueueShowsAtMostFiftyAtATime() {
    assertThatThrownBy(() -> queue.awaitingPublication(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.awaitingPublication(ReviewQueue.MAX_SHOWN + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
