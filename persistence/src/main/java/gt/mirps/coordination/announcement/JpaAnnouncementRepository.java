package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Communiqués kept with JPA. A page of the public list costs two statements whatever its size: one
 * for the identifiers of the page, one for those communiqués with their tags (a fetch join cannot
 * be paged by the database, since it returns one row per tag).
 */
@ApplicationScoped
public class JpaAnnouncementRepository implements AnnouncementRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaAnnouncementRepository() {}

  /** For tests outside the container. */
  JpaAnnouncementRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Announcement add(Announcement announcement) {
    entityManager.persist(announcement);
    return announcement;
  }

  @Override
  public Optional<Announcement> find(long id) {
    return Optional.ofNullable(entityManager.find(Announcement.class, id));
  }

  @Override
  public Optional<Announcement> findBySlug(String slug) {
    return entityManager
        .createNamedQuery("Announcement.findBySlug", Announcement.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Announcement> findPublishedBySlug(String slug) {
    return entityManager
        .createNamedQuery("Announcement.findBySlugInState", Announcement.class)
        .setParameter("slug", slug)
        .setParameter("state", AnnouncementState.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Announcement> published(int page, int size) {
    TypedQuery<Long> ids =
        entityManager
            .createNamedQuery("Announcement.idsInStateNewestFirst", Long.class)
            .setParameter("state", AnnouncementState.PUBLISHED);
    return withTags(paged(ids, page, size));
  }

  @Override
  public List<Announcement> publishedWithTag(String tagSlug, int page, int size) {
    TypedQuery<Long> ids =
        entityManager
            .createNamedQuery("Announcement.idsInStateWithTagNewestFirst", Long.class)
            .setParameter("state", AnnouncementState.PUBLISHED)
            .setParameter("tag", tagSlug);
    return withTags(paged(ids, page, size));
  }

  @Override
  public long countPublished() {
    return entityManager
        .createNamedQuery("Announcement.countInState", Long.class)
        .setParameter("state", AnnouncementState.PUBLISHED)
        .getSingleResult();
  }

  @Override
  public long countPublishedWithTag(String tagSlug) {
    return entityManager
        .createNamedQuery("Announcement.countInStateWithTag", Long.class)
        .setParameter("state", AnnouncementState.PUBLISHED)
        .setParameter("tag", tagSlug)
        .getSingleResult();
  }

  @Override
  public List<Announcement> searchPublished(PublicSearch search, int page, int size) {
    TypedQuery<Long> ids =
        searchQuery(
            "select a.id from Announcement a",
            search,
            " order by a.publishedAt desc, a.id desc",
            Long.class);
    return withTags(paged(ids, page, size));
  }

  @Override
  public long countPublished(PublicSearch search) {
    return searchQuery("select count(a) from Announcement a", search, "", Long.class)
        .getSingleResult();
  }

  /** The query for {@code search}: one LIKE per word on the search key, the tag, the year. */
  private <T> TypedQuery<T> searchQuery(
      String select, PublicSearch search, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where a.state = :state");
    List<String> words = search.words();
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" and a.searchKey like :w").append(i).append(" escape '\\'");
    }
    if (search.tagSlug() != null) {
      jpql.append(" and exists (select t.id from Announcement b join b.tags t")
          .append(" where b = a and t.slug = :tag)");
    }
    if (search.year() != null) {
      jpql.append(" and a.datelineDate >= :yearStart and a.datelineDate < :yearEnd");
    }
    TypedQuery<T> query =
        entityManager
            .createQuery(jpql.append(order).toString(), type)
            .setParameter("state", AnnouncementState.PUBLISHED);
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, LikePattern.containing(words.get(i)));
    }
    if (search.tagSlug() != null) {
      query.setParameter("tag", search.tagSlug());
    }
    if (search.year() != null) {
      query
          .setParameter("yearStart", LocalDate.of(search.year(), 1, 1))
          .setParameter("yearEnd", LocalDate.of(search.year() + 1, 1, 1));
    }
    return query;
  }

  @Override
  public List<Announcement> find(
      AnnouncementFilter filter, AnnouncementSort sort, boolean ascending, int first, int max) {
    String direction = ascending ? " asc" : " desc";
    String order =
        switch (sort) {
          case TITLE -> "a.title";
          case STATE -> "a.state";
          case DATELINE -> "a.datelineDate";
          case LAST_CHANGE -> "a.updatedAt";
        };
    return workspaceQuery(
            "select a from Announcement a",
            filter,
            " order by " + order + direction + ", a.id desc",
            Announcement.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(AnnouncementFilter filter) {
    return workspaceQuery("select count(a) from Announcement a", filter, "", Long.class)
        .getSingleResult();
  }

  /** The team's query for {@code filter}: the state, one LIKE per word on the search key. */
  private <T> TypedQuery<T> workspaceQuery(
      String select, AnnouncementFilter filter, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where a.id is not null");
    if (filter.state() != null) {
      jpql.append(" and a.state = :state");
    }
    List<String> words = filter.words();
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" and a.searchKey like :w").append(i).append(" escape '\\'");
    }
    TypedQuery<T> query = entityManager.createQuery(jpql.append(order).toString(), type);
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
    for (int i = 0; i < words.size(); i++) {
      query.setParameter("w" + i, LikePattern.containing(words.get(i)));
    }
    return query;
  }

  @Override
  public long count() {
    return entityManager.createNamedQuery("Announcement.count", Long.class).getSingleResult();
  }

  private static List<Long> paged(TypedQuery<Long> query, int page, int size) {
    return query.setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
  }

  /** The communiqués with {@code ids}, their tags loaded, in the order of {@code ids}. */
  private List<Announcement> withTags(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Announcement> byId =
        entityManager
            .createNamedQuery("Announcement.withTagsByIds", Announcement.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Announcement::id, Function.identity(), (a, b) -> a));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  // --- The team dashboard's queues (dash) ---

  @Override
  public List<Announcement> inState(AnnouncementState state, int max) {
    return entityManager
        .createQuery(
            "select a from Announcement a where a.state = :state order by a.updatedAt, a.id",
            Announcement.class)
        .setParameter("state", state)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countInState(AnnouncementState state) {
    return entityManager
        .createNamedQuery("Announcement.countInState", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  @Override
  public List<Announcement> returnedTo(String author, int max) {
    return entityManager
        .createQuery(
            "select a from Announcement a where a.state = :draft and a.reviewComment is not null"
                + " and a.createdBy = :author order by a.updatedAt desc, a.id desc",
            Announcement.class)
        .setParameter("draft", AnnouncementState.DRAFT)
        .setParameter("author", author)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Announcement> withoutSearchKey(long afterId, int max) {
    return entityManager
        .createQuery(
            "select a from Announcement a where a.searchKey is null and a.id > :after order by a.id",
            Announcement.class)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }
}
