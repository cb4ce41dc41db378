package gt.mirps.coordination.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every recorded entity carries: an optimistic-lock version and when it was created and last
 * changed. Subclasses own their identifier so that each table keeps its own sequence.
 */
@MappedSuperclass
public abstract class AuditedEntity {

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 120)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 120)
  private String updatedBy;

  @PrePersist
  void beforeFirstSave() {
    Instant now = Instant.now();
    createdAt = now;
    updatedAt = now;
    String author = ChangeAuthor.current();
    createdBy = author;
    updatedBy = author;
  }

  @PreUpdate
  void beforeChange() {
    updatedAt = Instant.now();
    updatedBy = ChangeAuthor.current();
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
