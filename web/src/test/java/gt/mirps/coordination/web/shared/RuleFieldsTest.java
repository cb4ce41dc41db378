package gt.mirps.coordination.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleFieldsTest {

  private final RuleFields fields =
      RuleFields.of(
          "commitment", "whole",
          "commitment.progress", "progress",
          "commitment.progress.date", "date",
          "tag", "tags");

  @Test
  void theLongestNamespaceOfTheKeyNamesTheField() {
    assertThat(fields.fieldOf("commitment.progress.date.future")).isEqualTo("date");
    assertThat(fields.fieldOf("commitment.progress.narrative.required")).isEqualTo("progress");
    assertThat(fields.fieldOf("commitment.status.notAllowed")).isEqualTo("whole");
    assertThat(fields.fieldOf("tag.label.noSlug")).isEqualTo("tags");
  }

  @Test
  void aNamespaceMatchesOnlyWholeSegments() {
    assertThat(fields.fieldOf("tags.other")).isNull();
    assertThat(fields.fieldOf("commitmentStatus.x")).isNull();
    assertThat(fields.fieldOf("record.changedByOther")).isNull();
  }

  @Test
  void theClientIdJoinsTheFormPrefixAndTheField() {
    assertThat(fields.clientIdOf("dialog:", "commitment.progress.date.future"))
        .isEqualTo("dialog:date");
    assertThat(fields.clientIdOf(null, "commitment.progress.date.future")).isNull();
    assertThat(fields.clientIdOf("dialog:", "record.changedByOther")).isNull();
  }

  @Test
  void pairsMustBeComplete() {
    assertThatThrownBy(() -> RuleFields.of("event.title"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
