package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The check-in desk's queries with JPA: each one statement, bounded by the event and a maximum. */
@ApplicationScoped
public class JpaDeskQueries implements DeskQueries {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaDeskQueries() {}

  /** For tests outside the container. */
  JpaDeskQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Participation> search(long eventId, String key, int max) {
    return entityManager
        .createQuery(
            "select p from Participation p left join fetch p.person left join fetch p.institution"
                + " where p.event.id = :event and p.id in (select q.id from Participation q"
                + " left join q.person pe left join q.institution i where q.event.id = :event"
                + " and (pe.nameKey like :key or i.nameKey like :key or i.acronymKey like :key))"
                + " order by p.id",
            Participation.class)
        .setParameter("event", eventId)
        .setParameter("key", "%" + escaped(key) + "%")
        .setMaxResults(max)
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparing(
                (Participation p) -> gt.mirps.coordination.shared.Text.searchKey(p.displayName())))
        .toList();
  }

  @Override
  public long countWalkIns(long eventId) {
    return entityManager
        .createQuery(
            "select count(p) from Participation p where p.event.id = :event and p.walkIn = true"
                + " and p.state <> gt.mirps.coordination.participation.AttendanceState.CANCELLED",
            Long.class)
        .setParameter("event", eventId)
        .getSingleResult();
  }

  @Override
  public List<String> institutionNames(String key, int max) {
    return entityManager
        .createQuery(
            "select i.name from Institution i where i.nameKey like :key or i.acronymKey like :key"
                + " order by i.name",
            String.class)
        .setParameter("key", "%" + escaped(key) + "%")
        .setMaxResults(max)
        .getResultList();
  }

  /** LIKE's wildcards typed at the desk are taken literally... by being dropped. */
  private static String escaped(String key) {
    return key.replace("%", "").replace("_", "");
  }
}
