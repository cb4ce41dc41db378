package gt.mirps.coordination.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The audit trail kept with JPA, in the same transaction as the change it records; and read back
 * newest first.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail, AuditLog {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaAuditTrail() {}

  /** For tests outside the container. */
  JpaAuditTrail(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void record(AuditEntry entry) {
    entityManager.persist(entry);
  }

  @Override
  public List<AuditEntry> of(String recordType, long recordId) {
    return entityManager
        .createNamedQuery("AuditEntry.forRecord", AuditEntry.class)
        .setParameter("type", recordType)
        .setParameter("id", recordId)
        .getResultList();
  }

  @Override
  public List<AuditEntry> latest(int first, int max) {
    return entityManager
        .createNamedQuery("AuditEntry.newestFirst", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count() {
    return entityManager.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
  }
}
