package gt.mirps.coordination.web.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.CommitmentSort;
import org.junit.jupiter.api.Test;

class CommitmentListTest {

  @Test
  void theTablesSortFieldsMapToTheDatabaseSorts() {
    assertThat(CommitmentList.sortOf("title")).isEqualTo(CommitmentSort.TITLE);
    assertThat(CommitmentList.sortOf("targetDate")).isEqualTo(CommitmentSort.TARGET_DATE);
    assertThat(CommitmentList.sortOf("status")).isEqualTo(CommitmentSort.STATUS);
    assertThat(CommitmentList.sortOf("submitter")).isEqualTo(CommitmentSort.SUBMITTER);
    assertThat(CommitmentList.sortOf("area")).isEqualTo(CommitmentSort.RECORDED);
  }
}
