package gt.mirps.coordination.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Every foreign key to the person table, counted and moved with bulk SQL. The list is the
 * migrations' (JpaPersonReferencesTest fails when a new foreign key is not handled here):
 * participation, person_affiliation, session_speaker, solidarity_city (focal point). Rows of
 * versioned tables that change get a new version.
 */
@ApplicationScoped
public class JpaPersonReferences implements PersonReferences {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaPersonReferences() {}

  /** For tests outside the container. */
  JpaPersonReferences(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public ReferenceCounts count(long id) {
    return new ReferenceCounts(
        count("SELECT COUNT(*) FROM participation WHERE person_id = ?1", id),
        count("SELECT COUNT(*) FROM person_affiliation WHERE person_id = ?1", id),
        count("SELECT COUNT(*) FROM session_speaker WHERE person_id = ?1", id),
        count("SELECT COUNT(*) FROM solidarity_city WHERE focal_point_id = ?1", id));
  }

  @Override
  public List<String> sharedEvents(long fromId, long toId) {
    return entityManager
        .createQuery(
            "select distinct p.event.title from Participation p where p.person.id = :from"
                + " and p.event.id in"
                + " (select q.event.id from Participation q where q.person.id = :to)",
            String.class)
        .setParameter("from", fromId)
        .setParameter("to", toId)
        .getResultList();
  }

  @Override
  public List<String> sharedSessions(long fromId, long toId) {
    @SuppressWarnings("unchecked")
    List<String> titles =
        entityManager
            .createNativeQuery(
                "SELECT s.title FROM event_session s"
                    + " WHERE s.id IN (SELECT session_id FROM session_speaker WHERE person_id = ?1)"
                    + " AND s.id IN (SELECT session_id FROM session_speaker WHERE person_id = ?2)")
            .setParameter(1, fromId)
            .setParameter(2, toId)
            .getResultList();
    return titles;
  }

  @Override
  public void moveAll(long fromId, long toId) {
    entityManager.flush();
    update(
        "UPDATE participation SET person_id = ?2, version = version + 1 WHERE person_id = ?1",
        fromId,
        toId);
    update("UPDATE person_affiliation SET person_id = ?2 WHERE person_id = ?1", fromId, toId);
    // One history now: an open post ends when a later open post starts, so one stays current.
    update(
        "UPDATE person_affiliation SET until = (SELECT MIN(b.since) FROM person_affiliation b"
            + " WHERE b.person_id = ?2 AND b.until IS NULL AND b.since > person_affiliation.since)"
            + " WHERE person_id = ?2 AND until IS NULL AND EXISTS (SELECT b.since FROM"
            + " person_affiliation b WHERE b.person_id = ?2 AND b.until IS NULL"
            + " AND b.since > person_affiliation.since)",
        fromId,
        toId);
    update(
        "UPDATE event_session SET version = version + 1 WHERE id IN"
            + " (SELECT session_id FROM session_speaker WHERE person_id = ?1)",
        fromId,
        toId);
    update("UPDATE session_speaker SET person_id = ?2 WHERE person_id = ?1", fromId, toId);
    update(
        "UPDATE solidarity_city SET focal_point_id = ?2, version = version + 1"
            + " WHERE focal_point_id = ?1",
        fromId,
        toId);
  }

  @Override
  public void removeMerged(Person duplicate) {
    entityManager.remove(duplicate);
    entityManager.flush();
  }

  private long count(String sql, long id) {
    return ((Number) entityManager.createNativeQuery(sql).setParameter(1, id).getSingleResult())
        .longValue();
  }

  private void update(String sql, long fromId, long toId) {
    var query = entityManager.createNativeQuery(sql);
    if (sql.contains("?1")) {
      query.setParameter(1, fromId);
    }
    if (sql.contains("?2")) {
      query.setParameter(2, toId);
    }
    query.executeUpdate();
  }
}
