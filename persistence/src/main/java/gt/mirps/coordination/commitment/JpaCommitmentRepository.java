package gt.mirps.coordination.commitment;

import gt.mirps.coordination.shared.BatchRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Commitments kept with JPA. */
@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaCommitmentRepository() {}

  /** For tests outside the container. */
  JpaCommitmentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Commitment add(Commitment commitment) {
    entityManager.persist(commitment);
    return commitment;
  }

  @Override
  public Optional<Commitment> find(long id) {
    return Optional.ofNullable(entityManager.find(Commitment.class, id));
  }

  @Override
  public List<Commitment> ofEvent(long eventId) {
    return entityManager
        .createNamedQuery("Commitment.ofEvent", Commitment.class)
        .setParameter("event", eventId)
        .getResultList();
  }

  @Override
  public List<Commitment> submittedBy(long institutionId) {
    return entityManager
        .createNamedQuery("Commitment.submittedBy", Commitment.class)
        .setParameter("institution", institutionId)
        .getResultList();
  }

  @Override
  public List<Commitment> overdue(LocalDate today) {
    return entityManager
        .createNamedQuery("Commitment.overdue", Commitment.class)
        .setParameter("today", today)
        .setParameter("open", CommitmentStatus.open())
        .getResultList();
  }

  /**
   * One page in one statement: the submitter and the event come in the same row (fetch joins), so a
   * list that shows them sends no further query per commitment. The co-sponsors and the progress
   * updates, if read, come for the whole page in one statement each.
   */
  @Override
  public List<Commitment> page(
      CommitmentFilter filter, CommitmentSort sort, boolean ascending, int first, int max) {
    Conditions conditions = Conditions.of(filter);
    String direction = ascending ? " asc" : " desc";
    TypedQuery<Commitment> query =
        entityManager.createQuery(
            "select c from Commitment c join fetch c.submitter s left join fetch c.event"
                + conditions.where()
                + " order by "
                + sortPath(sort)
                + direction
                + ", c.id"
                + direction,
            Commitment.class);
    conditions.parameters().forEach(query::setParameter);
    return BatchRead.of(query, "c.cosponsors", "c.progressUpdates")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(CommitmentFilter filter) {
    Conditions conditions = Conditions.of(filter);
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(c) from Commitment c" + conditions.where(), Long.class);
    conditions.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String sortPath(CommitmentSort sort) {
    return switch (sort) {
      case RECORDED -> "c.id";
      case TITLE -> "c.title";
      case TARGET_DATE -> "c.targetDate";
      case STATUS -> "c.status";
      case SUBMITTER -> "s.name";
    };
  }

  /** The JPQL where clause of a filter and the values of its parameters. */
  private record Conditions(List<String> clauses, Map<String, Object> parameters) {

    static Conditions of(CommitmentFilter filter) {
      Conditions conditions = new Conditions(new ArrayList<>(), new LinkedHashMap<>());
      if (filter.status() != null) {
        conditions.add("c.status = :status", "status", filter.status());
      }
      if (filter.submitterId() != null) {
        conditions.add("c.submitter.id = :submitter", "submitter", filter.submitterId());
      }
      if (filter.cosponsorId() != null) {
        conditions.add(
            "exists (select s from Commitment c2 join c2.cosponsors s"
                + " where c2 = c and s.id = :cosponsor)",
            "cosponsor",
            filter.cosponsorId());
      }
      if (filter.area() != null) {
        conditions.add("c.area = :area", "area", filter.area());
      }
      if (filter.eventId() != null) {
        conditions.add("c.event.id = :event", "event", filter.eventId());
      }
      if (filter.overdueOn() != null) {
        conditions.add("c.targetDate < :overdueOn", "overdueOn", filter.overdueOn());
        conditions.add("c.status in :open", "open", CommitmentStatus.open());
      }
      return conditions;
    }

    private void add(String clause, String name, Object value) {
      clauses.add(clause);
      parameters.put(name, value);
    }

    String where() {
      return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
  }
}
