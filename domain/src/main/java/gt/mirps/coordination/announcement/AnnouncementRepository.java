package gt.mirps.coordination.announcement;

import java.util.List;
import java.util.Optional;

/**
 * Where communiqués are kept, with their files: attachments are reached through their communiqué.
 * Pages count from 0.
 */
public interface AnnouncementRepository {

  Announcement add(Announcement announcement);

  Optional<Announcement> find(long id);

  /** The communiqué with this slug, published or archived (only those have a slug). */
  Optional<Announcement> findBySlug(String slug);

  /** The communiqué with this slug if it is published now (not archived). */
  Optional<Announcement> findPublishedBySlug(String slug);

  /** Published communiqués, newest first, one page of them, each with its tags loaded. */
  List<Announcement> published(int page, int size);

  /**
   * Published communiqués tagged {@code tagSlug}, newest first, one page of them, each with its
   * tags loaded.
   */
  List<Announcement> publishedWithTag(String tagSlug, int page, int size);

  long countPublished();

  /**
   * Published communiqués that match {@code search} (see {@link PublicSearch#matches}), newest
   * first, one page of them, each with its tags loaded.
   */
  List<Announcement> searchPublished(PublicSearch search, int page, int size);

  long countPublished(PublicSearch search);

  long countPublishedWithTag(String tagSlug);

  /**
   * Communiqués in any state that match {@code filter}, in {@code sort} order (ties: newest id
   * first), rows {@code first} to {@code first + max}; tags are not loaded.
   */
  List<Announcement> find(
      AnnouncementFilter filter, AnnouncementSort sort, boolean ascending, int first, int max);

  long count(AnnouncementFilter filter);

  /** Every communiqué in any state. */
  long count();

  // --- The team dashboard's queues (dash) ---

  /**
   * At most {@code max} communiqués in {@code state}, the one waiting longest (least recently
   * changed) first.
   */
  List<Announcement> inState(AnnouncementState state, int max);

  /** How many communiqués are in {@code state}. */
  long countInState(AnnouncementState state);

  /**
   * At most {@code max} drafts started by {@code author} that a reviewer returned with a comment,
   * the most recently returned first.
   */
  List<Announcement> returnedTo(String author, int max);

  /**
   * At most {@code max} communiqués without a search key (saved before it existed) whose id is
   * above {@code afterId}, by id.
   */
  List<Announcement> withoutSearchKey(long afterId, int max);
}
