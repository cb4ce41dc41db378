package gt.mirps.coordination.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every foreign key to the institution table, counted and moved with bulk SQL. The list is the
 * migrations' (JpaInstitutionReferencesTest fails when a new foreign key is not handled here):
 * participation, commitment (submitter), commitment_cosponsor, event_organiser, event_co_organiser,
 * person_affiliation, institution (parent), solidarity_city; institution_alias goes with the
 * duplicate, whose names the kept record absorbs. Rows of versioned tables that change get a new
 * version, so that a form opened before the merge cannot overwrite it.
 */
@ApplicationScoped
public class JpaInstitutionReferences implements InstitutionReferences {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaInstitutionReferences() {}

  /** For tests outside the container. */
  JpaInstitutionReferences(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public ReferenceCounts count(long id) {
    return new ReferenceCounts(
        count("SELECT COUNT(*) FROM participation WHERE institution_id = ?1", id),
        count("SELECT COUNT(*) FROM commitment WHERE submitter_id = ?1", id)
            + count("SELECT COUNT(*) FROM commitment_cosponsor WHERE institution_id = ?1", id),
        count("SELECT COUNT(*) FROM event_organiser WHERE institution_id = ?1", id)
            + count("SELECT COUNT(*) FROM event_co_organiser WHERE institution_id = ?1", id),
        count("SELECT COUNT(*) FROM person_affiliation WHERE institution_id = ?1", id),
        count("SELECT COUNT(*) FROM institution WHERE parent_id = ?1", id),
        count("SELECT COUNT(*) FROM solidarity_city WHERE institution_id = ?1", id));
  }

  @Override
  public void moveAll(long fromId, long toId) {
    entityManager.flush();
    // Delegations: one per institution and event, so the duplicate's joins the kept one's.
    update(
        "UPDATE participation SET version = version + 1, head_count = head_count"
            + " + (SELECT d.head_count FROM participation d WHERE d.event_id = participation.event_id"
            + " AND d.person_id IS NULL AND d.institution_id = ?1)"
            + " WHERE person_id IS NULL AND institution_id = ?2 AND event_id IN"
            + " (SELECT event_id FROM participation WHERE person_id IS NULL AND institution_id = ?1)",
        fromId,
        toId);
    update(
        "DELETE FROM participation WHERE person_id IS NULL AND institution_id = ?1 AND event_id IN"
            + " (SELECT event_id FROM participation WHERE person_id IS NULL AND institution_id = ?2)",
        fromId,
        toId);
    update(
        "UPDATE participation SET institution_id = ?2, version = version + 1"
            + " WHERE institution_id = ?1",
        fromId,
        toId);

    // Commitments: never the submitter and a co-sponsor at once, each co-sponsor once.
    update(
        "UPDATE commitment SET version = version + 1 WHERE submitter_id = ?1 OR id IN"
            + " (SELECT commitment_id FROM commitment_cosponsor WHERE institution_id = ?1)",
        fromId,
        toId);
    update(
        "DELETE FROM commitment_cosponsor WHERE institution_id = ?1 AND commitment_id IN"
            + " (SELECT commitment_id FROM commitment_cosponsor WHERE institution_id = ?2"
            + " UNION SELECT id FROM commitment WHERE submitter_id = ?2)",
        fromId,
        toId);
    update(
        "DELETE FROM commitment_cosponsor WHERE institution_id = ?2 AND commitment_id IN"
            + " (SELECT id FROM commitment WHERE submitter_id = ?1)",
        fromId,
        toId);
    update(
        "UPDATE commitment_cosponsor SET institution_id = ?2 WHERE institution_id = ?1",
        fromId,
        toId);
    update("UPDATE commitment SET submitter_id = ?2 WHERE submitter_id = ?1", fromId, toId);

    // Events: organiser or co-organiser, not both; where the kept one has a role, it stays.
    update(
        "UPDATE event SET version = version + 1 WHERE id IN"
            + " (SELECT event_id FROM event_organiser WHERE institution_id = ?1"
            + " UNION SELECT event_id FROM event_co_organiser WHERE institution_id = ?1)",
        fromId,
        toId);
    for (String table : new String[] {"event_organiser", "event_co_organiser"}) {
      update(
          "DELETE FROM "
              + table
              + " WHERE institution_id = ?1 AND event_id IN"
              + " (SELECT event_id FROM event_organiser WHERE institution_id = ?2"
              + " UNION SELECT event_id FROM event_co_organiser WHERE institution_id = ?2)",
          fromId,
          toId);
      update(
          "UPDATE " + table + " SET institution_id = ?2 WHERE institution_id = ?1", fromId, toId);
    }

    update(
        "UPDATE person SET version = version + 1 WHERE id IN"
            + " (SELECT person_id FROM person_affiliation WHERE institution_id = ?1)",
        fromId,
        toId);
    update(
        "UPDATE person_affiliation SET institution_id = ?2 WHERE institution_id = ?1",
        fromId,
        toId);
    update(
        "UPDATE institution SET parent_id = ?2, version = version + 1"
            + " WHERE parent_id = ?1 AND id <> ?2",
        fromId,
        toId);
    update(
        "UPDATE solidarity_city SET institution_id = ?2, version = version + 1"
            + " WHERE institution_id = ?1",
        fromId,
        toId);
  }

  @Override
  public void removeMerged(Institution duplicate) {
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
