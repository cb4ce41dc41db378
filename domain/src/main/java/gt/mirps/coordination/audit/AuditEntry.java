package gt.mirps.coordination.audit;

import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who did what to which record, and when. Entries are written once and never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.forRecord",
    query =
        "select a from AuditEntry a where a.recordType = :type and a.recordId = :id"
            + " order by a.at, a.id")
@NamedQuery(
    name = "AuditEntry.newestFirst",
    query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = "AuditEntry.count", query = "select count(a) from AuditEntry a")
public class AuditEntry {

  @Id
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @Column(name = "recorded_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 120)
  private String actor;

  @Column(name = "action", nullable = false, length = 60)
  private String action;

  @Column(name = "record_type", nullable = false, length = 60)
  private String recordType;

  @Column(name = "record_id", nullable = false)
  private long recordId;

  @Column(name = "detail", length = 2000)
  private String detail;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(
      Instant at, String actor, String action, String recordType, long recordId, String detail) {
    this.at = Objects.requireNonNull(at);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.recordType = Objects.requireNonNull(recordType);
    this.recordId = recordId;
    this.detail = Text.clean(detail) == null ? null : truncate(Text.clean(detail));
  }

  private static String truncate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String recordType() {
    return recordType;
  }

  public long recordId() {
    return recordId;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
