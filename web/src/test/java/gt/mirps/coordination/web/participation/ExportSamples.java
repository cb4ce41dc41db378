package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.web.i18n.Messages;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Rows like the demo conference's, and a hostile one, for the export tests. */
final class ExportSamples {

  static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  static final ResourceBundle TEXTS = Messages.bundle(SPANISH);

  static final ParticipantRow CANCILLER =
      new ParticipantRow(
          "Carlos Ramiro Martínez",
          "Lic.",
          "Ministerio de Relaciones Exteriores (MINEX)",
          "Canciller",
          "Ponente",
          "Asistió",
          1,
          false,
          LocalDateTime.of(2024, 9, 25, 9, 12),
          "ABCD2345");
  static final ParticipantRow IGM =
      new ParticipantRow(
          "Instituto Guatemalteco de Migración",
          "",
          "Instituto Guatemalteco de Migración (IGM)",
          "",
          "Delegado(a)",
          "Confirmado",
          4,
          true,
          null,
          "WXYZ6789");
  static final ParticipantRow FORMULA =
      new ParticipantRow(
          "=HYPERLINK(\"http://x\",\"clic\")",
          "",
          "+Fundación, \"Ñandú\"",
          "-1",
          "Asistente",
          "Inscrito",
          1,
          false,
          null,
          "QRST8901");

  private ExportSamples() {}

  static List<ParticipantRow> many(int count) {
    List<ParticipantRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          new ParticipantRow(
              "Participante " + i,
              "",
              "Municipalidad de Villa Nueva",
              "Técnica",
              "Asistente",
              "Inscrito",
              1,
              false,
              null,
              String.format("A%07d", i)));
    }
    return rows;
  }
}
