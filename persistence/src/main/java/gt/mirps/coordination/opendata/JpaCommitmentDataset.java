package gt.mirps.coordination.opendata;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commitments as open data, read with JPA: a page of commitments, then in one statement each
 * their co-sponsors and the dates of their last progress updates (never the updates' authors).
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
    List<Commitment> commitments =
        entityManager
            .createQuery(
                "select c from Commitment c join fetch c.submitter left join fetch c.event"
                    + " order by c.id",
                Commitment.class)
            .setHint(Latest.BATCH, "c.cosponsors")
            .setHint(Latest.BATCH_TYPE, "IN")
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (commitments.isEmpty()) {
      return List.of();
    }
    Map<Long, LocalDate> lastProgress = new HashMap<>();
    entityManager
        .createQuery(
            "select u.commitment.id, max(u.date) from ProgressUpdate u"
                + " where u.commitment.id in :ids group by u.commitment.id",
            Object[].class)
        .setParameter("ids", commitments.stream().map(Commitment::id).toList())
        .getResultList()
        .forEach(row -> lastProgress.put((Long) row[0], (LocalDate) row[1]));
    return commitments.stream()
        .map(
            c ->
                new PublicCommitment(
                    c.id(),
                    c.title(),
                    c.submitter().name(),
                    c.cosponsors().stream().map(Institution::name).toList(),
                    c.event().map(Event::title).orElse(null),
                    c.area(),
                    c.type(),
                    c.status(),
                    c.targetDate().orElse(null),
                    lastProgress.get(c.id())))
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
