package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Participations kept with JPA. */
@ApplicationScoped
public class JpaParticipationRepository implements ParticipationRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaParticipationRepository() {}

  /** For tests outside the container. */
  JpaParticipationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Participation add(Participation participation) {
    entityManager.persist(participation);
    return participation;
  }

  @Override
  public Optional<Participation> find(long id) {
    return Optional.ofNullable(entityManager.find(Participation.class, id));
  }

  @Override
  public Optional<Participation> findByCode(String code) {
    return entityManager
        .createNamedQuery("Participation.findByCode", Participation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participation> findByEventAndPerson(long eventId, long personId) {
    return entityManager
        .createNamedQuery("Participation.findByEventAndPerson", Participation.class)
        .setParameter("event", eventId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participation> delegation(long eventId, long institutionId) {
    return entityManager
        .createNamedQuery("Participation.delegation", Participation.class)
        .setParameter("event", eventId)
        .setParameter("institution", institutionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Participation> ofEvent(long eventId, int first, int max) {
    return entityManager
        .createNamedQuery("Participation.ofEvent", Participation.class)
        .setParameter("event", eventId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countOfEvent(long eventId) {
    return entityManager
        .createNamedQuery("Participation.countOfEvent", Long.class)
        .setParameter("event", eventId)
        .getSingleResult();
  }

  @Override
  public Map<AttendanceState, Long> countByState(long eventId) {
    Map<AttendanceState, Long> counts = new EnumMap<>(AttendanceState.class);
    entityManager
        .createNamedQuery("Participation.countByState", Object[].class)
        .setParameter("event", eventId)
        .getResultList()
        .forEach(row -> counts.put((AttendanceState) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public boolean codeTaken(String code) {
    return entityManager
            .createNamedQuery("Participation.codeTaken", Long.class)
            .setParameter("code", code)
            .getSingleResult()
        > 0;
  }
}
