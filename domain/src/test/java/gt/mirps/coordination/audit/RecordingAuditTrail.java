package gt.mirps.coordination.audit;

import java.util.ArrayList;
import java.util.List;

/** An audit trail that keeps its entries in a list, for testing use cases without a database. */
public class RecordingAuditTrail implements AuditTrail, AuditLog {

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

  @Override
  public List<AuditEntry> latest(int first, int max) {
    List<AuditEntry> newestRecordedFirst = new ArrayList<>(entries);
    java.util.Collections.reverse(newestRecordedFirst);
    return newestRecordedFirst.stream()
        .sorted(java.util.Comparator.comparing(AuditEntry::at).reversed())
        .skip(first)
        .limit(max)
        .toList();
  }

  @Override
  public long count() {
    return entries.size();
  }

  /** The actions recorded about one record, oldest first. */
  public List<String> actionsOn(String recordType, long recordId) {
    return of(recordType, recordId).stream().map(AuditEntry::action).toList();
  }

  public List<AuditEntry> all() {
    return List.copyOf(entries);
  }
}
