package gt.mirps.coordination.commitment;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** An audit trail kept in a list, for testing use cases without a database. */
class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> of(String recordType, long recordId) {
    return entries.stream()
        .filter(e -> e.recordType().equals(recordType) && e.recordId() == recordId)
        .toList();
  }

  List<AuditEntry> all() {
    return List.copyOf(entries);
  }
}
