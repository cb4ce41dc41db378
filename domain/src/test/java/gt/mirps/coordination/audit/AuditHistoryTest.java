package gt.mirps.coordination.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHistoryTest {

  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final AuditHistory history = new AuditHistory(trail);

  private void entry(String at, long recordId) {
    trail.record(new AuditEntry(Instant.parse(at), "ana", "revised", "Commitment", recordId, null));
  }

  @Test
  void theLatestChangesComeNewestFirstInPages() {
    entry("2024-09-25T15:00:00Z", 1);
    entry("2024-09-25T17:00:00Z", 3);
    entry("2024-09-25T16:00:00Z", 2);

    assertThat(history.latest(0, 2)).extracting(AuditEntry::recordId).containsExactly(3L, 2L);
    assertThat(history.latest(2, 2)).extracting(AuditEntry::recordId).containsExactly(1L);
    assertThat(history.count()).isEqualTo(3);
  }

  @Test
  void aPageIsNeverNegativeNorHuge() {
    assertThatThrownBy(() -> history.latest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> history.latest(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> history.latest(0, AuditHistory.PAGE_SIZE_MAX + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
