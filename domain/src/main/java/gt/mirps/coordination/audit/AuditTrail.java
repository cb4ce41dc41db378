package gt.mirps.coordination.audit;

import java.util.List;

/** The record of who did what; use cases write to it in the same transaction as the change. */
public interface AuditTrail {

  void record(AuditEntry entry);

  /** Every entry about one record, oldest first. */
  List<AuditEntry> of(String recordType, long recordId);
}
