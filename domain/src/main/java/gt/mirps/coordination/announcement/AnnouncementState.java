package gt.mirps.coordination.announcement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a communiqué is in its life: drafted, submitted for review, published, archived. A reviewer
 * may send a communiqué in review back to draft; nothing comes back from publication.
 */
public enum AnnouncementState {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  /** The states a communiqué in this state may move to. */
  public Set<AnnouncementState> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW);
      case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
      case PUBLISHED -> EnumSet.of(ARCHIVED);
      case ARCHIVED -> EnumSet.noneOf(AnnouncementState.class);
    };
  }

  public boolean canMoveTo(AnnouncementState target) {
    return next().contains(target);
  }

  /** True once the communiqué has a public address (slug) and a publication date. */
  public boolean isPublic() {
    return this == PUBLISHED || this == ARCHIVED;
  }
}
