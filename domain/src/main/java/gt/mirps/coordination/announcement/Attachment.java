package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file published with a communiqué: an open-data table (CSV, XLS, XLSX), a PDF or an image. Its
 * type is read from the content (see {@link MediaTypes}), its size is limited to {@link
 * MediaTypes#MAX_BYTES}, and its SHA-256 lets the public check a download. It belongs to one
 * communiqué, which creates it ({@link Announcement#attach}) and orders it.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends AuditedEntity {

  public static final int FILE_NAME_MAX = 255;

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "announcement_id", nullable = false, updatable = false)
  private Announcement announcement;

  @Column(name = "position", nullable = false)
  private int position;

  @NotBlank
  @Size(max = FILE_NAME_MAX)
  @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
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

  protected Attachment() {
    // for JPA
  }

  Attachment(
      Announcement announcement,
      int position,
      String fileName,
      String declaredType,
      byte[] content) {
    this.announcement = Objects.requireNonNull(announcement, "announcement");
    this.position = position;
    this.fileName = checkFileName(fileName);
    this.mediaType = MediaTypes.check(this.fileName, declaredType, content).mimeType();
    this.content = content.clone();
    this.sizeBytes = this.content.length;
    this.sha256 = sha256Of(this.content);
  }

  /**
   * A file name as it will be offered for download: no folders (no {@code /} or {@code \}), no
   * control characters, at most {@value #FILE_NAME_MAX} characters, blanks around it trimmed.
   */
  public static String checkFileName(String fileName) {
    if (fileName != null
        && fileName
            .strip()
            .chars()
            .anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
      throw new RuleViolation(
          "attachment.fileName.invalid",
          "File name with a folder or control character: " + fileName.strip(),
          fileName.strip());
    }
    return Text.required(fileName, FILE_NAME_MAX, "attachment.fileName");
  }

  /** The SHA-256 of {@code bytes} in lowercase hexadecimal. */
  public static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public Long id() {
    return id;
  }

  Announcement announcement() {
    return announcement;
  }

  /** Where the file comes in its communiqué's list, from 0. */
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
    return other instanceof Attachment that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Attachment.class.hashCode();
  }

  @Override
  public String toString() {
    return "Attachment[" + id + ", " + fileName + ", " + mediaType + "]";
  }
}
