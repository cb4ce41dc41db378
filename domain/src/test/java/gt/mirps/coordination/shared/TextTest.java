package gt.mirps.coordination.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void searchKeysFoldAccentsCaseAndBlanks() {
    assertThat(Text.searchKey("  Agencia de la ONU   para los Refugiados "))
        .isEqualTo(Text.searchKey("agencia de la onu para los refugiados"));
    assertThat(Text.searchKey("Migración")).isEqualTo("migracion");
    assertThat(Text.searchKey(null)).isEmpty();
  }

  @Test
  void slugsAreLowerCaseAsciiWithDashes() {
    assertThat(Text.slug("migración")).isEqualTo("migracion");
    assertThat(Text.slug("Carlos Ramiro Martínez")).isEqualTo("carlos-ramiro-martinez");
    assertThat(Text.slug("  ¿Ciudades Solidarias?  ")).isEqualTo("ciudades-solidarias");
    assertThat(Text.slug("¿?")).isEmpty();
  }

  @Test
  void requiredTextMustBePresentAndShortEnough() {
    assertThat(Text.required("  Canciller  ", 20, "x")).isEqualTo("Canciller");
    assertThatThrownBy(() -> Text.required("   ", 20, "person.fullName"))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("person.fullName.required");
    assertThatThrownBy(() -> Text.required("x".repeat(21), 20, "person.fullName"))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("person.fullName.tooLong");
  }

  @Test
  void optionalTextTurnsBlankIntoNothing() {
    assertThat(Text.optional("  ", 10, "x")).isNull();
    assertThat(Text.optional(" a  b ", 10, "x")).isEqualTo("a b");
  }
}
