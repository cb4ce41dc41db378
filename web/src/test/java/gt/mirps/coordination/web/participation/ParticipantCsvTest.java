package gt.mirps.coordination.web.participation;

import static gt.mirps.coordination.web.participation.ExportSamples.CANCILLER;
import static gt.mirps.coordination.web.participation.ExportSamples.FORMULA;
import static gt.mirps.coordination.web.participation.ExportSamples.IGM;
import static gt.mirps.coordination.web.participation.ExportSamples.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantCsvTest {

  private static byte[] written(List<ParticipantRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParticipantCsv.write(rows, TEXTS, out);
    return out.toByteArray();
  }

  private static List<String> lines(List<ParticipantRow> rows) throws IOException {
    return List.of(new String(written(rows), StandardCharsets.UTF_8).split("\r\n"));
  }

  @Test
  void startsWithTheUtf8ByteOrderMarkAndKeepsAccents() throws IOException {
    byte[] csv = written(List.of(CANCILLER));

    assertThat(csv[0]).isEqualTo((byte) 0xEF);
    assertThat(csv[1]).isEqualTo((byte) 0xBB);
    assertThat(csv[2]).isEqualTo((byte) 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Martínez");
  }

  @Test
  void aHeaderThenOneLinePerParticipant() throws IOException {
    List<String> lines = lines(List.of(CANCILLER, IGM));

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo("\uFEFFNombre,Tratamiento,Institución,Cargo,Rol,Estado,Personas,Entrada,Código");
    assertThat(lines.get(1))
        .isEqualTo(
            "Carlos Ramiro Martínez,Lic.,Ministerio de Relaciones Exteriores (MINEX),Canciller,"
                + "Ponente,Asistió,1,2024-09-25 09:12,ABCD2345");
    assertThat(lines.get(2))
        .isEqualTo(
            "Instituto Guatemalteco de Migración,,Instituto Guatemalteco de Migración (IGM),,"
                + "Delegado(a),Confirmado,4,,WXYZ6789");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAreNeutralisedAndQuotedWhenNeeded() throws IOException {
    List<String> lines = lines(List.of(FORMULA));

    assertThat(lines.get(1))
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\",,"
                + "\"'+Fundación, \"\"Ñandú\"\"\",'-1,Asistente,Inscrito,1,,QRST8901");
  }

  @Test
  void eachDangerousFirstCharacterIsNeutralised() {
    assertThat(ParticipantCsv.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(ParticipantCsv.cell("+502")).isEqualTo("'+502");
    assertThat(ParticipantCsv.cell("-2")).isEqualTo("'-2");
    assertThat(ParticipantCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ParticipantCsv.cell("\tx")).isEqualTo("'\tx");
    assertThat(ParticipantCsv.cell("Ana = Luis")).isEqualTo("Ana = Luis");
    assertThat(ParticipantCsv.cell("línea\nnueva")).isEqualTo("\"línea\nnueva\"");
  }
}
