package gt.mirps.coordination.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reading the audit trail: the latest changes made to any record, one page at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditHistory {

  public static final int PAGE_SIZE_MAX = 100;

  private final AuditLog log;

  /** For the container's proxies only. */
  protected AuditHistory() {
    this(null);
  }

  @Inject
  public AuditHistory(AuditLog log) {
    this.log = log;
  }

  /** Entries {@code first} to {@code first + max} of the whole trail, the newest first. */
  public List<AuditEntry> latest(int first, int max) {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative");
    }
    if (max < 1 || max > PAGE_SIZE_MAX) {
      throw new IllegalArgumentException("max must be between 1 and " + PAGE_SIZE_MAX);
    }
    return log.latest(first, max);
  }

  /** How many entries the trail holds. */
  public long count() {
    return log.count();
  }
}
