package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.announcement.AnnouncementState.ARCHIVED;
import static gt.mirps.coordination.announcement.AnnouncementState.DRAFT;
import static gt.mirps.coordination.announcement.AnnouncementState.IN_REVIEW;
import static gt.mirps.coordination.announcement.AnnouncementState.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncementStateTest {

  @Test
  void theAllowedMovesAreExactlyTheLifeOfACommunique() {
    assertThat(DRAFT.next()).containsExactly(IN_REVIEW);
    assertThat(IN_REVIEW.next()).containsExactlyInAnyOrder(DRAFT, PUBLISHED);
    assertThat(PUBLISHED.next()).containsExactly(ARCHIVED);
    assertThat(ARCHIVED.next()).isEmpty();
  }

  @Test
  void everyOtherMoveIsRefused() {
    for (AnnouncementState from : AnnouncementState.values()) {
      for (AnnouncementState to : AnnouncementState.values()) {
        boolean allowed =
            (from == DRAFT && to == IN_REVIEW)
                || (from == IN_REVIEW && (to == DRAFT || to == PUBLISHED))
                || (from == PUBLISHED && to == ARCHIVED);
        assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
      }
    }
  }

  @Test
  void onlyPublishedAndArchivedArePublic() {
    assertThat(DRAFT.isPublic()).isFalse();
    assertThat(IN_REVIEW.isPublic()).isFalse();
    assertThat(PUBLISHED.isPublic()).isTrue();
    assertThat(ARCHIVED.isPublic()).isTrue();
  }
}
