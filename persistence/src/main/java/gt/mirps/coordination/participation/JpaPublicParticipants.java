package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** An event's public participants, filtered on consent and paged by the database. */
@ApplicationScoped
public class JpaPublicParticipants implements PublicParticipants {

  private static final String PUBLIC =
      " where p.event.id = :event and p.state <> :cancelled"
          + " and (person.id is null or person.publicConsent = true)";

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaPublicParticipants() {}

  /** For tests outside the container. */
  JpaPublicParticipants(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Participation> ofEvent(long eventId, int first, int max) {
    return entityManager
        .createQuery(
            "select p from Participation p left join fetch p.person person"
                + " left join fetch p.institution"
                + PUBLIC
                + " order by p.id",
            Participation.class)
        .setParameter("event", eventId)
        .setParameter("cancelled", AttendanceState.CANCELLED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countOfEvent(long eventId) {
    return entityManager
        .createQuery(
            "select count(p) from Participation p left join p.person person" + PUBLIC, Long.class)
        .setParameter("event", eventId)
        .setParameter("cancelled", AttendanceState.CANCELLED)
        .getSingleResult();
  }
}
