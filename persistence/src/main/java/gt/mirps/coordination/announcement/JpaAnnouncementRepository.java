package gt.mirps.coordination.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
}
