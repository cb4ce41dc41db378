package gt.mirps.coordination.tag;

import gt.mirps.coordination.audit.Auditor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The use cases of finding and creating tags. */
@ApplicationScoped
@Transactional
public class TagDirectory {

  public static final String RECORD_TYPE = "Tag";
  public static final int SUGGESTIONS_MAX = 50;

  private final TagRepository tags;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected TagDirectory() {
    this(null, null);
  }

  @Inject
  public TagDirectory(TagRepository tags, Auditor auditor) {
    this.tags = tags;
    this.auditor = auditor;
  }

  /**
   * The tag for {@code label}: the existing one with the same slug ("ACNUR" finds "Acnur"), or a
   * new one, recorded in the audit trail.
   */
  public Tag findOrCreate(String label) {
    Tag wanted = new Tag(label);
    Optional<Tag> existing = tags.findBySlug(wanted.slug());
    if (existing.isPresent()) {
      return existing.get();
    }
    Tag created = tags.add(wanted);
    auditor.record("create", RECORD_TYPE, created.id(), created.label());
    return created;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Tag> findBySlug(String slug) {
    return tags.findBySlug(slug);
  }

  /** Tags for an autocomplete field: labels starting with what was typed, at most {@code max}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Tag> suggest(String typed, int max) {
    if (max < 1 || max > SUGGESTIONS_MAX) {
      throw new IllegalArgumentException("max must be between 1 and " + SUGGESTIONS_MAX);
    }
    return tags.searchByLabelPrefix(typed, max);
  }
}
