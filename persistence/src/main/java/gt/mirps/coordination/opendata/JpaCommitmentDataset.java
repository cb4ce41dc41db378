package gt.mirps.coordination.opendata;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commitments as open data, read with JPA as plain values (no entities): a page of commitments,
 * then in one statement each their co-sponsors and the dates of their last progress updates (never
 * the updates' authors).
 */
@ApplicationScoped
@Transactional
public class JpaCommitmentDataset implements CommitmentDataset {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaCommitmentDataset() {}

  /** For tests outside the container. */
  JpaCommitmentDataset(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PublicCommitment> page(int first, int max) {
    List<Object[]> commitments =
        entityManager
            .createQuery(
                "select c.id, c.title, s.name, e.title, c.area, c.type, c.status, c.targetDate"
                    + " from Commitment c join c.submitter s left join c.event e order by c.id",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (commitments.isEmpty()) {
      return List.of();
    }
    List<Long> ids = commitments.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<String>> cosponsors = new HashMap<>();
    entityManager
        .createQuery(
            "select c.id, i.name from Commitment c join c.cosponsors i where c.id in :ids"
                + " order by i.name",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                cosponsors
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((String) row[1]));
    Map<Long, LocalDate> lastProgress = new HashMap<>();
    entityManager
        .createQuery(
            "select u.commitment.id, max(u.date) from ProgressUpdate u"
                + " where u.commitment.id in :ids group by u.commitment.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> lastProgress.put((Long) row[0], (LocalDate) row[1]));
    return commitments.stream()
        .map(
            row ->
                new PublicCommitment(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    cosponsors.getOrDefault((Long) row[0], List.of()),
                    (String) row[3],
                    (ThematicArea) row[4],
                    (CommitmentType) row[5],
                    (CommitmentStatus) row[6],
                    (LocalDate) row[7],
                    lastProgress.get((Long) row[0])))
        .toList();
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(c) from Commitment c", Long.class)
        .getSingleResult();
  }

  /**
   * The latest change to a commitment, a progress update, an institution (submitters and
   * co-sponsors) or an event (the events' titles).
   */
  @Override
  public Optional<Instant> lastUpdate() {
    return Latest.of(
        Latest.max(entityManager, "select max(c.updatedAt) from Commitment c"),
        Latest.max(entityManager, "select max(u.updatedAt) from ProgressUpdate u"),
        Latest.max(entityManager, "select max(i.updatedAt) from Institution i"),
        Latest.max(entityManager, "select max(e.updatedAt) from Event e"));
  }
}
