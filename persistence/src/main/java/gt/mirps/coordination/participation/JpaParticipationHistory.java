package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Participations of one institution or person, a page at a time, with their events. */
@ApplicationScoped
public class JpaParticipationHistory implements ParticipationHistory {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaParticipationHistory() {}

  /** For tests outside the container. */
  JpaParticipationHistory(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Participation> ofInstitution(long institutionId, int first, int max) {
    return entityManager
        .createQuery(
            "select p from Participation p join fetch p.event e left join fetch p.person"
                + " where p.institution.id = :id order by e.startsAt desc, p.id",
            Participation.class)
        .setParameter("id", institutionId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countOfInstitution(long institutionId) {
    return entityManager
        .createQuery(
            "select count(p) from Participation p where p.institution.id = :id", Long.class)
        .setParameter("id", institutionId)
        .getSingleResult();
  }

  @Override
  public List<Participation> ofPerson(long personId, int first, int max) {
    return entityManager
        .createQuery(
            "select p from Participation p join fetch p.event e left join fetch p.institution"
                + " where p.person.id = :id order by e.startsAt desc, p.id",
            Participation.class)
        .setParameter("id", personId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countOfPerson(long personId) {
    return entityManager
        .createQuery("select count(p) from Participation p where p.person.id = :id", Long.class)
        .setParameter("id", personId)
        .getSingleResult();
  }
}
