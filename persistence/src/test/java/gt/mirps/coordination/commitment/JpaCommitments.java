package gt.mirps.coordination.commitment;

import jakarta.persistence.EntityManager;

/** Opens the JPA commitment repository to tests in other packages. */
public final class JpaCommitments {

  private JpaCommitments() {}

  public static CommitmentRepository using(EntityManager entityManager) {
    return new JpaCommitmentRepository(entityManager);
  }
}
