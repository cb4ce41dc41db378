package gt.mirps.coordination.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.EventStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDataRowsTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);

  private static PublicCommitment commitment(CommitmentStatus status, LocalDate target) {
    return new PublicCommitment(
        1,
        "Abrir una oficina",
        "Municipalidad",
        List.of(),
        null,
        ThematicArea.PROTECTION,
        CommitmentType.TECHNICAL,
        status,
        target,
        null);
  }

  @Test
  void anOpenCommitmentPastItsTargetIsOverdue() {
    assertThat(commitment(CommitmentStatus.IN_PROGRESS, TODAY.minusDays(1)).isOverdueOn(TODAY))
        .isTrue();
    assertThat(commitment(CommitmentStatus.PLANNING, TODAY).isOverdueOn(TODAY)).isFalse();
    assertThat(commitment(CommitmentStatus.FULFILLED, TODAY.minusDays(1)).isOverdueOn(TODAY))
        .isFalse();
    assertThat(commitment(CommitmentStatus.PLANNING, null).isOverdueOn(TODAY)).isFalse();
  }

  @Test
  void aHeldEventWithCheckInsCountsOnlyTheInstitutionsThatAttended() {
    assertThat(TakingPart.institutions(EventStatus.HELD, 5, 2, 7)).isEqualTo(2);
  }

  @Test
  void anEventWithoutCheckInsCountsTheInstitutionsComing() {
    assertThat(TakingPart.institutions(EventStatus.HELD, 0, 0, 7)).isEqualTo(7);
    assertThat(TakingPart.institutions(EventStatus.PLANNED, 3, 1, 7)).isEqualTo(7);
  }
}
