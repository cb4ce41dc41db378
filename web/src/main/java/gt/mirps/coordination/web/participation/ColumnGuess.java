package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.participation.ImportField;
import gt.mirps.coordination.shared.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which of our fields each column of a participant list holds from its header, in Spanish
 * or English ("Nombre completo", "Correo", "E-mail", "Institución", "Cargo"...). Each field goes to
 * the first column that names it; a column nobody recognises is left out (null).
 */
public final class ColumnGuess {

  private static final Map<ImportField, List<String>> NAMES =
      Map.of(
          ImportField.NAME,
          List.of(
              "nombre",
              "nombre completo",
              "nombres",
              "nombre y apellido",
              "nombres y apellidos",
              "participante",
              "persona",
              "name",
              "full name",
              "participant"),
          ImportField.HONORIFIC,
          List.of("tratamiento", "titulo", "prefijo", "honorific", "title", "salutation"),
          ImportField.POSITION,
          List.of("cargo", "puesto", "posicion", "position", "job title", "job"),
          ImportField.INSTITUTION,
          List.of(
              "institucion",
              "organizacion",
              "entidad",
              "dependencia",
              "siglas",
              "institution",
              "organization",
              "organisation",
              "agency"),
          ImportField.EMAIL,
          List.of(
              "correo",
              "correo electronico",
              "correo-e",
              "email",
              "e-mail",
              "mail",
              "email address"),
          ImportField.PHONE,
          List.of("telefono", "tel", "tel.", "celular", "movil", "phone", "telephone", "mobile"),
          ImportField.ROLE,
          List.of("rol", "papel", "funcion", "role"));

  private static final List<ImportField> BY_PRIORITY =
      List.of(
          ImportField.INSTITUTION,
          ImportField.EMAIL,
          ImportField.PHONE,
          ImportField.POSITION,
          ImportField.ROLE,
          ImportField.HONORIFIC,
          ImportField.NAME);

  private ColumnGuess() {}

  /** For each header, the field it names, or null. */
  public static List<ImportField> guess(List<String> headers) {
    List<ImportField> fields = new ArrayList<>();
    Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
    for (String header : headers) {
      ImportField field = fieldNamed(header);
      if (field != null && taken.add(field)) {
        fields.add(field);
      } else {
        fields.add(null);
      }
    }
    return fields;
  }

  /**
   * The field a header names: exactly, else by one of its words, looking for the more telling
   * fields first ("Nombre de la institución" is the institution, "Correo institucional" the email).
   */
  static ImportField fieldNamed(String header) {
    String key = Text.searchKey(header).replaceAll("[^a-z0-9.-]+", " ").strip();
    for (Map.Entry<ImportField, List<String>> entry : NAMES.entrySet()) {
      if (entry.getValue().contains(key)) {
        return entry.getKey();
      }
    }
    String padded = " " + key + " ";
    for (ImportField field : BY_PRIORITY) {
      for (String name : NAMES.get(field)) {
        if (padded.contains(" " + name + " ")) {
          return field;
        }
      }
    }
    return null;
  }
}
