package gt.mirps.coordination.audit;

import java.util.List;

/**
 * The audit trail read as a whole, newest first: what changed lately, whichever the record. Kept
 * apart from {@link AuditTrail}, which the use cases write to.
 */
public interface AuditLog {

  /** Entries {@code first} to {@code first + max} of the whole trail, the newest first. */
  List<AuditEntry> latest(int first, int max);

  /** How many entries the trail holds. */
  long count();
}
