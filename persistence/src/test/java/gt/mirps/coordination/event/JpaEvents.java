package gt.mirps.coordination.event;

import jakarta.persistence.EntityManager;

/** Opens the JPA event repository to tests in other packages. */
public final class JpaEvents {

  private JpaEvents() {}

  public static EventRepository using(EntityManager entityManager) {
    return new JpaEventRepository(entityManager);
  }
}
