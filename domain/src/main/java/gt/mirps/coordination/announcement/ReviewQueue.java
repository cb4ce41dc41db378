package gt.mirps.coordination.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The communiqués that wait for someone: those in review, for the managers who publish them, and
 * the drafts a reviewer returned with a comment, for the person who wrote them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {

  public static final int MAX_SHOWN = 50;

  private final AnnouncementRepository announcements;

  /** For the container's proxies only. */
  protected ReviewQueue() {
    this(null);
  }

  @Inject
  public ReviewQueue(AnnouncementRepository announcements) {
    this.announcements = announcements;
  }

  /** At most {@code max} communiqués in review, the one waiting longest first. */
  public List<Announcement> awaitingPublication(int max) {
    return announcements.inState(AnnouncementState.IN_REVIEW, checked(max));
  }

  /** How many communiqués are in review. */
  public long countAwaitingPublication() {
    return announcements.countInState(AnnouncementState.IN_REVIEW);
  }

  /**
   * At most {@code max} drafts that {@code author} (a username) started and a reviewer returned
   * with a comment, the most recently returned first.
   */
  public List<Announcement> returnedTo(String author, int max) {
    if (author == null || author.isBlank()) {
      return List.of();
    }
    return announcements.returnedTo(author, checked(max));
  }

  private static int checked(int max) {
    if (max < 1 || max > MAX_SHOWN) {
      throw new IllegalArgumentException("max must be between 1 and " + MAX_SHOWN);
    }
    return max;
  }
}
