package gt.mirps.coordination.tag;

import jakarta.persistence.EntityManager;

/** Opens the JPA tag repository to tests in other packages. */
public final class JpaTags {

  private JpaTags() {}

  public static TagRepository using(EntityManager entityManager) {
    return new JpaTagRepository(entityManager);
  }
}
