package gt.mirps.coordination.web.shared;

import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;

/**
 * What a failed save means for the person, whatever wrapped it on the way out of a transactional
 * service (the transaction interceptor and EclipseLink wrap exceptions several layers deep).
 */
public final class Failures {

  private Failures() {}

  /** Someone else saved the same record in between: offer to reload, never overwrite. */
  public static boolean isConcurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConcurrentChange || t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /** The domain rule that refused the change, if that is what happened. */
  public static Optional<RuleViolation> ruleViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RuleViolation violation) {
        return Optional.of(violation);
      }
    }
    return Optional.empty();
  }
}
