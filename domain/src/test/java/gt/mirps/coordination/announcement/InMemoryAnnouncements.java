package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.TestIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A repository that keeps communiqués in a list, for testing use cases without a database. */
public class InMemoryAnnouncements implements AnnouncementRepository {

  private static final Comparator<Announcement> NEWEST_FIRST =
      Comparator.comparing((Announcement a) -> a.publishedAt().orElseThrow())
          .thenComparing(Announcement::id)
          .reversed();

  private final List<Announcement> announcements = new ArrayList<>();
  private long nextId = 1;

  @Override
  public Announcement add(Announcement announcement) {
    announcements.add(TestIds.assign(announcement, nextId++));
    return announcement;
  }

  @Override
  public Optional<Announcement> find(long id) {
    return announcements.stream().filter(a -> a.id() == id).findFirst();
  }

  @Override
  public Optional<Announcement> findBySlug(String slug) {
    return announcements.stream().filter(a -> a.slug().equals(Optional.of(slug))).findFirst();
  }

  @Override
  public Optional<Announcement> findPublishedBySlug(String slug) {
    return findBySlug(slug).filter(a -> a.state() == AnnouncementState.PUBLISHED);
  }

  @Override
  public List<Announcement> published(int page, int size) {
    return page(a -> true, page, size);
  }

  @Override
  public List<Announcement> publishedWithTag(String tagSlug, int page, int size) {
    return page(hasTag(tagSlug), page, size);
  }

  @Override
  public long countPublished() {
    return publishedWhere(a -> true).count();
  }

  @Override
  public long countPublishedWithTag(String tagSlug) {
    return publishedWhere(hasTag(tagSlug)).count();
  }

  @Override
  public List<Announcement> searchPublished(PublicSearch search, int page, int size) {
    return page(search::matches, page, size);
  }

  @Override
  public long countPublished(PublicSearch search) {
    return publishedWhere(search::matches).count();
  }

  @Override
  public List<Announcement> find(
      AnnouncementFilter filter, AnnouncementSort sort, boolean ascending, int first, int max) {
    Comparator<Announcement> order =
        switch (sort) {
          case TITLE ->
              Comparator.comparing(
                  (Announcement a) -> a.title().orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()));
          case STATE -> Comparator.comparing((Announcement a) -> a.state().name());
          case DATELINE ->
              Comparator.comparing(
                  (Announcement a) -> a.datelineDate().orElse(null),
                  Comparator.nullsLast(Comparator.naturalOrder()));
          case LAST_CHANGE ->
              Comparator.comparing(
                  (Announcement a) -> a.updatedAt(),
                  Comparator.nullsLast(Comparator.naturalOrder()));
        };
    if (!ascending) {
      order = order.reversed();
    }
    return announcements.stream()
        .filter(filter::matches)
        .sorted(order.thenComparing(Announcement::id, Comparator.reverseOrder()))
        .skip(first)
        .limit(max)
        .toList();
  }

  @Override
  public long count(AnnouncementFilter filter) {
    return announcements.stream().filter(filter::matches).count();
  }

  @Override
  public long count() {
    return announcements.size();
  }

  private static Predicate<Announcement> hasTag(String tagSlug) {
    return a -> a.tags().stream().anyMatch(t -> t.slug().equals(tagSlug));
  }

  private java.util.stream.Stream<Announcement> publishedWhere(Predicate<Announcement> filter) {
    return announcements.stream()
        .filter(a -> a.state() == AnnouncementState.PUBLISHED)
        .filter(filter);
  }

  private List<Announcement> page(Predicate<Announcement> filter, int page, int size) {
    return publishedWhere(filter)
        .sorted(NEWEST_FIRST)
        .skip((long) page * size)
        .limit(size)
        .toList();
  }

  // --- The team dashboard's queues (dash) ---

  // Nothing is saved here, so there is no change time: the order recorded stands in for it.
  private static final Comparator<Announcement> LEAST_RECENTLY_CHANGED =
      Comparator.comparing(
              Announcement::updatedAt,
              Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
          .thenComparing(Announcement::id);

  @Override
  public List<Announcement> inState(AnnouncementState state, int max) {
    return announcements.stream()
        .filter(a -> a.state() == state)
        .sorted(LEAST_RECENTLY_CHANGED)
        .limit(max)
        .toList();
  }

  @Override
  public long countInState(AnnouncementState state) {
    return announcements.stream().filter(a -> a.state() == state).count();
  }

  @Override
  public List<Announcement> returnedTo(String author, int max) {
    return announcements.stream()
        .filter(a -> a.state() == AnnouncementState.DRAFT && a.reviewComment().isPresent())
        .filter(a -> author.equals(a.createdBy()))
        .sorted(LEAST_RECENTLY_CHANGED.reversed())
        .limit(max)
        .toList();
  }

  @Override
  public List<Announcement> withoutSearchKey(long afterId, int max) {
    return announcements.stream()
        .filter(a -> a.searchKey() == null && a.id() > afterId)
        .sorted(Comparator.comparing(Announcement::id))
        .limit(max)
        .toList();
  }
}
