package gt.mirps.coordination.tag;

import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Tags kept with JPA. */
@ApplicationScoped
public class JpaTagRepository implements TagRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaTagRepository() {}

  /** For tests outside the container. */
  JpaTagRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Tag add(Tag tag) {
    entityManager.persist(tag);
    return tag;
  }

  @Override
  public Optional<Tag> findBySlug(String slug) {
    return entityManager
        .createNamedQuery("Tag.findBySlug", Tag.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * Compares slugs, so accents, case and punctuation do not matter and the unique index on the slug
   * serves the search. A slug holds only a-z, 0-9 and "-", so it needs no LIKE escaping.
   */
  @Override
  public List<Tag> searchByLabelPrefix(String prefix, int max) {
    String slugPrefix = Text.slug(prefix);
    if (slugPrefix.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createNamedQuery("Tag.searchBySlugPrefix", Tag.class)
        .setParameter("prefix", slugPrefix + "%")
        .setMaxResults(max)
        .getResultList();
  }
}
