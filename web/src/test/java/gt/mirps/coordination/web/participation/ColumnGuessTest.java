package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.participation.ImportField;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnGuessTest {

  @Test
  void spanishHeadersAreRecognisedWhateverTheirAccentsAndCase() {
    assertThat(
            ColumnGuess.guess(
                List.of(
                    "NOMBRE COMPLETO",
                    "Título",
                    "Cargo",
                    "Institución",
                    "Correo electrónico",
                    "Teléfono",
                    "Rol",
                    "Observaciones")))
        .containsExactly(
            ImportField.NAME,
            ImportField.HONORIFIC,
            ImportField.POSITION,
            ImportField.INSTITUTION,
            ImportField.EMAIL,
            ImportField.PHONE,
            ImportField.ROLE,
            null);
  }

  @Test
  void englishHeadersAreRecognised() {
    assertThat(
            ColumnGuess.guess(List.of("Full name", "E-mail", "Organization", "Job title", "Role")))
        .containsExactly(
            ImportField.NAME,
            ImportField.EMAIL,
            ImportField.INSTITUTION,
            ImportField.POSITION,
            ImportField.ROLE);
  }

  @Test
  void longerHeadersAreReadByTheirMostTellingWord() {
    assertThat(
            ColumnGuess.guess(
                List.of(
                    "Nombre de la institución", "Correo institucional", "Nombre del participante")))
        .containsExactly(ImportField.INSTITUTION, ImportField.EMAIL, ImportField.NAME);
  }

  @Test
  void aFieldGoesToTheFirstColumnThatNamesIt() {
    assertThat(ColumnGuess.guess(List.of("Correo", "Email")))
        .containsExactly(ImportField.EMAIL, null);
  }
}
