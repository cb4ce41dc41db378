package gt.mirps.coordination.event;

import gt.mirps.coordination.announcement.Attachment;
import gt.mirps.coordination.announcement.MediaType;
import gt.mirps.coordination.announcement.MediaTypes;
import gt.mirps.coordination.shared.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A file kept with an event: the agenda, a concept note, a list. The same checks as a communiqué's
 * files ({@link MediaTypes}: type read from the content, 20 MB at most; {@link
 * Attachment#checkFileName}), so the team works with one set of rules. Created and removed only
 * through {@link Event#attach} and {@link Event#detach}.
 */
@Entity
@Table(name = "event_attachment")
public class EventAttachment extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "event_attachment_seq",
      sequenceName = "event_attachment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false, updatable = false)
  private Event event;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "file_name", nullable = false, length = Attachment.FILE_NAME_MAX)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY, optional = false)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected EventAttachment() {
    // for JPA
  }

  EventAttachment(Event event, int position, String fileName, String declaredType, byte[] content) {
    this.event = Objects.requireNonNull(event, "event");
    this.position = position;
    this.fileName = Attachment.checkFileName(fileName);
    this.mediaType = MediaTypes.check(this.fileName, declaredType, content).mimeType();
    this.content = content.clone();
    this.sizeBytes = this.content.length;
    this.sha256 = Attachment.sha256Of(this.content);
  }

  public Long id() {
    return id;
  }

  /** Where the file comes in its event's list, from 0. */
  public int position() {
    return position;
  }

  public String fileName() {
    return fileName;
  }

  public MediaType mediaType() {
    return MediaType.ofMimeType(mediaType)
        .orElseThrow(() -> new IllegalStateException("Unknown media type " + mediaType));
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  /** A copy of the file's bytes (read from the database on first use). */
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof EventAttachment that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return EventAttachment.class.hashCode();
  }

  @Override
  public String toString() {
    return "EventAttachment[" + id + ", " + fileName + ", " + mediaType + "]";
  }
}
