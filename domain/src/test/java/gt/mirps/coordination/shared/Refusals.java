package gt.mirps.coordination.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a domain rule refused something, and which rule. */
public final class Refusals {

  private Refusals() {}

  /** Asserts that {@code change} throws a {@link RuleViolation} with {@code messageKey}. */
  public static void assertRefused(ThrowingCallable change, String messageKey) {
    assertThatThrownBy(change)
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo(messageKey);
  }
}
