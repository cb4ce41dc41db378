package gt.mirps.coordination.web.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which field a refusal is shown beside, on the form and in the progress dialog. */
class CommitmentFieldsTest {

  @Test
  void formRefusalsGoBesideTheirFields() {
    assertThat(CommitmentEditor.fieldOf("commitment.title.required")).isEqualTo("commitment:title");
    assertThat(CommitmentEditor.fieldOf("commitment.cosponsor.submitter"))
        .isEqualTo("commitment:cosponsors");
    assertThat(CommitmentEditor.fieldOf("commitment.area.required")).isEqualTo("commitment:area");
    assertThat(CommitmentEditor.fieldOf("record.changedByOther")).isNull();
  }

  @Test
  void progressRefusalsGoBesideTheDialogsFields() {
    assertThat(CommitmentPage.fieldOf("commitment.cancellationReason.required"))
        .isEqualTo("progress:reason");
    assertThat(CommitmentPage.fieldOf("commitment.progress.date.future"))
        .isEqualTo("progress:date");
    assertThat(CommitmentPage.fieldOf("commitment.progress.narrative.required"))
        .isEqualTo("progress:narrative");
    assertThat(CommitmentPage.fieldOf("commitment.status.notAllowed"))
        .isEqualTo("progress:newStatus");
  }
}
