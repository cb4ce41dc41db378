package gt.mirps.coordination.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events kept with JPA. */
@ApplicationScoped
public class JpaEventRepository implements EventRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaEventRepository() {}

  /** For tests outside the container. */
  JpaEventRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Event add(Event event) {
    entityManager.persist(event);
    return event;
  }

  @Override
  public Optional<Event> find(long id) {
    return Optional.ofNullable(entityManager.find(Event.class, id));
  }

  @Override
  public Optional<Event> findForChange(long id) {
    return Optional.ofNullable(
        entityManager.find(Event.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
  }

  @Override
  public Optional<Event> findBySeriesAndEdition(String series, String edition) {
    return entityManager
        .createNamedQuery("Event.findBySeriesAndEdition", Event.class)
        .setParameter("series", series)
        .setParameter("edition", edition)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Event> latest(int max) {
    return entityManager
        .createNamedQuery("Event.latestFirst", Event.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count() {
    return entityManager.createNamedQuery("Event.count", Long.class).getSingleResult();
  }

  @Override
  public List<Event> search(
      EventFilter filter, EventSort sort, boolean ascending, int first, int max) {
    Query query = new Query(filter);
    String direction = ascending ? " asc" : " desc";
    TypedQuery<Event> select =
        entityManager.createQuery(
            "select e from Event e"
                + query.where
                + " order by "
                + sortPath(sort)
                + direction
                + ", e.id"
                + direction,
            Event.class);
    query.bind(select);
    return select.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(EventFilter filter) {
    Query query = new Query(filter);
    TypedQuery<Long> count =
        entityManager.createQuery("select count(e) from Event e" + query.where, Long.class);
    query.bind(count);
    return count.getSingleResult();
  }

  @Override
  public List<Event> between(LocalDateTime from, LocalDateTime to) {
    return entityManager
        .createNamedQuery("Event.between", Event.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<String> seriesNames() {
    return entityManager.createNamedQuery("Event.seriesNames", String.class).getResultList();
  }

  private static String sortPath(EventSort sort) {
    return switch (sort) {
      case STARTS_AT -> "e.startsAt";
      case TITLE -> "e.title";
      case KIND -> "e.kind";
      case STATUS -> "e.status";
      case SERIES -> "e.series";
    };
  }

  /** The where clause of a filter and its parameters, built once for the page and the count. */
  private static final class Query {

    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Query(EventFilter filter) {
      List<String> conditions = new ArrayList<>();
      if (filter.textKey() != null && !filter.textKey().isEmpty()) {
        conditions.add("e.searchKey like :text escape '\\'");
        parameters.put("text", "%" + escapeLike(filter.textKey()) + "%");
      }
      if (filter.kind() != null) {
        conditions.add("e.kind = :kind");
        parameters.put("kind", filter.kind());
      }
      if (filter.status() != null) {
        conditions.add("e.status = :status");
        parameters.put("status", filter.status());
      }
      if (filter.series() != null) {
        conditions.add("e.series = :series");
        parameters.put("series", filter.series());
      }
      if (filter.from() != null) {
        conditions.add("e.endsAt >= :from");
        parameters.put("from", filter.from().atStartOfDay());
      }
      if (filter.to() != null) {
        conditions.add("e.startsAt < :to");
        parameters.put("to", filter.to().plusDays(1).atStartOfDay());
      }
      where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    void bind(TypedQuery<?> query) {
      parameters.forEach(query::setParameter);
    }

    private static String escapeLike(String text) {
      return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}
