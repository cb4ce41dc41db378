package gt.mirps.coordination.tag;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagTest {

  @Test
  void theSlugFoldsAccentsCaseAndBlanks() {
    assertThat(new Tag("migración").slug()).isEqualTo("migracion");
    assertThat(new Tag("Carlos Ramiro Martínez").slug()).isEqualTo("carlos-ramiro-martinez");
    assertThat(new Tag("  Ciudades   Solidarias ").slug()).isEqualTo("ciudades-solidarias");
    assertThat(new Tag("Acnur").slug()).isEqualTo("acnur");
  }

  @Test
  void theLabelIsKeptAsWrittenButTrimmed() {
    Tag tag = new Tag("  Carlos Ramiro   Martínez ");

    assertThat(tag.label()).isEqualTo("Carlos Ramiro Martínez");
  }

  @Test
  void aBlankLabelIsRefused() {
    assertRefused(() -> new Tag("   "), "tag.label.required");
    assertRefused(() -> new Tag(null), "tag.label.required");
  }

  @Test
  void aLabelOfTheMaximumLengthIsAcceptedAndALongerOneRefused() {
    assertThat(new Tag("a".repeat(Tag.LABEL_MAX)).slug()).hasSize(Tag.LABEL_MAX);
    assertRefused(() -> new Tag("a".repeat(Tag.LABEL_MAX + 1)), "tag.label.tooLong");
  }

  @Test
  void aLabelWithoutLettersOrDigitsIsRefused() {
    assertRefused(() -> new Tag("¡¿!?"), "tag.label.noSlug");
    assertRefused(() -> new Tag("--"), "tag.label.noSlug");
  }

  @Test
  void tagsWithTheSameSlugAreEqual() {
    assertThat(new Tag("ACNUR")).isEqualTo(new Tag("Acnur")).hasSameHashCodeAs(new Tag("acnúr"));
    assertThat(new Tag("OEA")).isNotEqualTo(new Tag("Acnur"));
  }

  @Test
  void relabellingMayChangeTheWritingButNotTheSlug() {
    Tag tag = new Tag("Acnur");

    tag.relabel("ACNUR");

    assertThat(tag.label()).isEqualTo("ACNUR");
    assertThat(tag.slug()).isEqualTo("acnur");
  }

  @Test
  void relabellingToAnotherSlugIsRefused() {
    Tag tag = new Tag("Acnur");

    assertRefused(() -> tag.relabel("OEA"), "tag.label.slugChanges");
    assertRefused(() -> tag.relabel(" "), "tag.label.required");

    assertThat(tag.label()).isEqualTo("Acnur");
  }
}
