package gt.mirps.coordination.opendata;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The latest of several "max(updatedAt)" queries. */
final class Latest {

  private Latest() {}

  /** The latest of the instants, empty if all are. */
  static Optional<Instant> of(Instant... instants) {
    return Arrays.stream(instants).filter(Objects::nonNull).max(Instant::compareTo);
  }

  /** The single result of a {@code select max(...)} JPQL query, or null. */
  static Instant max(EntityManager entityManager, String jpql) {
    return max(entityManager, jpql, q -> q);
  }

  static Instant max(
      EntityManager entityManager, String jpql, UnaryOperator<TypedQuery<Instant>> bind) {
    return bind.apply(entityManager.createQuery(jpql, Instant.class)).getSingleResult();
  }
}
