package gt.mirps.coordination.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConcurrentChangeTest {

  private static final class Record extends AuditedEntity {}

  @Test
  void aFormBuiltFromTheCurrentVersionMaySave() {
    assertThatCode(() -> ConcurrentChange.check(new Record(), 0, "Event", 7L))
        .doesNotThrowAnyException();
  }

  @Test
  void aFormBuiltFromAnOlderVersionIsRefusedWithTheMessageKey() {
    assertThatThrownBy(() -> ConcurrentChange.check(new Record(), 3, "Event", 7L))
        .isInstanceOf(ConcurrentChange.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("record.changedByOther");
  }
}
