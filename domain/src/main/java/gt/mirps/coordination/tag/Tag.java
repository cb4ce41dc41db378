package gt.mirps.coordination.tag;

import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A label that groups communiqués: a topic ("Ciudades Solidarias"), a person ("Carlos Ramiro
 * Martínez") or an institution ("Acnur"). Its slug ("carlos-ramiro-martinez") is its identity and
 * its public address; two labels that fold to the same slug ("Acnur", "ACNUR") are the same tag.
 */
@Entity
@Table(name = "tag")
@NamedQuery(name = "Tag.findBySlug", query = "select t from Tag t where t.slug = :slug")
@NamedQuery(
    name = "Tag.searchBySlugPrefix",
    query = "select t from Tag t where t.slug like :prefix order by t.slug")
public class Tag extends AuditedEntity {

  public static final int LABEL_MAX = 100;
  public static final int SLUG_MAX = LABEL_MAX;

  @Id
  @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
  private Long id;

  @NotBlank
  @Size(max = LABEL_MAX)
  @Column(name = "label", nullable = false, length = LABEL_MAX)
  private String label;

  @NotBlank
  @Size(max = SLUG_MAX)
  @Column(name = "slug", nullable = false, unique = true, updatable = false, length = SLUG_MAX)
  private String slug;

  protected Tag() {
    // for JPA
  }

  /** A tag for {@code label}; a label with no letter or digit to make a slug from is refused. */
  public Tag(String label) {
    String cleaned = Text.required(label, LABEL_MAX, "tag.label");
    this.slug = slugOf(cleaned);
    this.label = cleaned;
  }

  /**
   * The slug a label gives: accents and case folded, anything else than letters and digits made a
   * single hyphen. Refuses a label that gives an empty slug ("¡!").
   */
  public static String slugOf(String label) {
    String slug = Text.slug(label);
    if (slug.isEmpty()) {
      throw new RuleViolation("tag.label.noSlug", "A tag label needs a letter or a digit", label);
    }
    if (slug.length() > SLUG_MAX) {
      throw new RuleViolation(
          "tag.label.tooLong", "Tag slug longer than " + SLUG_MAX + " characters", SLUG_MAX);
    }
    return slug;
  }

  /**
   * Corrects how the label is written ("Acnur" to "ACNUR"). The slug is the tag's public address,
   * so a new label must give the same slug; a different topic is a different tag.
   */
  public void relabel(String newLabel) {
    String cleaned = Text.required(newLabel, LABEL_MAX, "tag.label");
    String newSlug = slugOf(cleaned);
    if (!newSlug.equals(slug)) {
      throw new RuleViolation(
          "tag.label.slugChanges",
          "Relabelling tag " + slug + " as '" + cleaned + "' would change its slug to " + newSlug,
          cleaned);
    }
    this.label = cleaned;
  }

  public Long id() {
    return id;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tag that && slug.equals(that.slug);
  }

  @Override
  public int hashCode() {
    return slug.hashCode();
  }

  @Override
  public String toString() {
    return "Tag[" + slug + "]";
  }
}
