package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An event's participants filtered, ordered and paged by the database. The query is put together
 * from the parts of the filter that are set; every value reaches it as a parameter.
 */
@ApplicationScoped
public class JpaParticipantListing implements ParticipantListing {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaParticipantListing() {}

  /** For tests outside the container. */
  JpaParticipantListing(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Two statements: the page's ids, sorted on narrow rows (id and sort key), then those
   * participations with their person and institution. Sorting whole fetched rows made Derby sort
   * every column of all of an event's participants to keep 25 of them.
   */
  @Override
  public List<Participation> page(long eventId, ParticipantFilter filter, int first, int max) {
    String jpql =
        "select p.id from Participation p left join p.person pe"
            + " left join p.institution i"
            + where(filter)
            + " order by "
            + order(filter)
            + ", p.id"
            + (filter.ascending() ? "" : " desc");
    TypedQuery<Long> query = entityManager.createQuery(jpql, Long.class);
    bind(query, eventId, filter);
    List<Long> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Participation> byId = new HashMap<>();
    entityManager
        .createQuery(
            "select p from Participation p left join fetch p.person"
                + " left join fetch p.institution where p.id in :ids",
            Participation.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(p -> byId.put(p.id(), p));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  @Override
  public long count(long eventId, ParticipantFilter filter) {
    // Without words to look for, the person and institution are not needed to count.
    String joins =
        filter.searchKey().isPresent() ? " left join p.person pe left join p.institution i" : "";
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(p) from Participation p" + joins + where(filter), Long.class);
    bind(query, eventId, filter);
    return query.getSingleResult();
  }

  private static String where(ParticipantFilter filter) {
    StringBuilder where = new StringBuilder(" where p.event.id = :event");
    if (filter.searchKey().isPresent()) {
      where.append(
          " and (pe.nameKey like :text escape '\\' or i.nameKey like :text escape '\\'"
              + " or i.acronymKey like :text escape '\\' or p.code like :code escape '\\')");
    }
    if (filter.role() != null) {
      where.append(" and p.role = :role");
    }
    if (filter.state() != null) {
      where.append(" and p.state = :state");
    }
    return where.toString();
  }

  private static String order(ParticipantFilter filter) {
    String column =
        switch (filter.sort()) {
          case NAME -> "coalesce(pe.nameKey, i.nameKey)";
          case INSTITUTION -> "i.nameKey";
          case ROLE -> "p.role";
          case STATE -> "p.state";
          case CHECKED_IN -> "p.checkedInAt";
          case CODE -> "p.code";
        };
    return column + (filter.ascending() ? "" : " desc");
  }

  private static void bind(TypedQuery<?> query, long eventId, ParticipantFilter filter) {
    query.setParameter("event", eventId);
    filter
        .searchKey()
        .ifPresent(
            key -> {
              query.setParameter("text", contains(key));
              query.setParameter("code", contains(key.toUpperCase(Locale.ROOT)));
            });
    if (filter.role() != null) {
      query.setParameter("role", filter.role());
    }
    if (filter.state() != null) {
      query.setParameter("state", filter.state());
    }
  }

  /** A LIKE pattern for text containing {@code key}, its own wildcards taken literally. */
  static String contains(String key) {
    return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
