package gt.mirps.coordination.participation;

import jakarta.persistence.EntityManager;

/** Opens the JPA participation repository to tests in other packages. */
public final class JpaParticipations {

  private JpaParticipations() {}

  public static ParticipationRepository using(EntityManager entityManager) {
    return new JpaParticipationRepository(entityManager);
  }
}
