package gt.mirps.coordination.participation;

import jakarta.persistence.EntityManager;

/** Opens the JPA participation history to tests in other packages. */
public final class JpaParticipationHistories {

  private JpaParticipationHistories() {}

  public static ParticipationHistory using(EntityManager entityManager) {
    return new JpaParticipationHistory(entityManager);
  }
}
