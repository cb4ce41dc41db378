package gt.mirps.coordination.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
}
