package gt.mirps.coordination.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.institution.Institution;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentFilterTest {

  private final Institution municipality = Fixtures.institution("Municipalidad", 1);
  private final Institution acnur = Fixtures.institution("ACNUR", 2);
  private final Commitment commitment = Fixtures.commitment(municipality);

  @Test
  void theEmptyFilterAcceptsEveryCommitment() {
    assertThat(CommitmentFilter.all().accepts(commitment)).isTrue();
    assertThat(CommitmentFilter.all())
        .isEqualTo(new CommitmentFilter(null, null, null, null, null, null));
  }

  @Test
  void eachComponentNarrowsTheList() {
    commitment.cosponsor(acnur);
    commitment.madeAt(Fixtures.conference(3));
    commitment.dueBy(LocalDate.of(2024, 9, 1));
    CommitmentFilter all = CommitmentFilter.all();

    assertThat(all.withStatus(CommitmentStatus.PLANNING).accepts(commitment)).isTrue();
    assertThat(all.withStatus(CommitmentStatus.IN_PROGRESS).accepts(commitment)).isFalse();
    assertThat(all.withSubmitter(1L).accepts(commitment)).isTrue();
    assertThat(all.withSubmitter(2L).accepts(commitment)).isFalse();
    assertThat(all.withCosponsor(2L).accepts(commitment)).isTrue();
    assertThat(all.withCosponsor(1L).accepts(commitment)).isFalse();
    assertThat(all.withArea(ThematicArea.PROTECTION).accepts(commitment)).isTrue();
    assertThat(all.withArea(ThematicArea.HEALTH).accepts(commitment)).isFalse();
    assertThat(all.withEvent(3L).accepts(commitment)).isTrue();
    assertThat(all.withEvent(4L).accepts(commitment)).isFalse();
    assertThat(all.withOverdueOn(LocalDate.of(2024, 9, 2)).accepts(commitment)).isTrue();
    assertThat(all.withOverdueOn(LocalDate.of(2024, 9, 1)).accepts(commitment)).isFalse();
  }

  @Test
  void componentsCombine() {
    CommitmentFilter filter =
        CommitmentFilter.all().withSubmitter(1L).withArea(ThematicArea.PROTECTION);

    assertThat(filter.submitterId()).isEqualTo(1L);
    assertThat(filter.area()).isEqualTo(ThematicArea.PROTECTION);
    assertThat(filter.accepts(commitment)).isTrue();
    assertThat(filter.withStatus(CommitmentStatus.FULFILLED).accepts(commitment)).isFalse();
  }
}
