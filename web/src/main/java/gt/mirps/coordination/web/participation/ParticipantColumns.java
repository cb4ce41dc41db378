package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.web.export.Column;
import gt.mirps.coordination.web.export.TabularWriter;
import java.util.List;
import java.util.ResourceBundle;

/** The columns of the participant list in XLSX and CSV, in order, with their bundle keys. */
final class ParticipantColumns {

  static final List<String> KEYS =
      List.of(
          "participants.column.name",
          "participants.column.honorific",
          "participants.column.institution",
          "participants.column.position",
          "participants.column.role",
          "participants.column.state",
          "participants.column.headCount",
          "participants.column.checkedInAt",
          "participants.column.code");

  private ParticipantColumns() {}

  /** Column widths in the XLSX sheet, in characters. */
  private static final int[] WIDTHS = {36, 12, 40, 36, 18, 14, 10, 20, 12};

  static List<String> headers(ResourceBundle texts) {
    return KEYS.stream().map(texts::getString).toList();
  }

  /** The typed columns for {@link TabularWriter}, headed in the language of {@code texts}. */
  static List<Column<ParticipantRow>> columns(ResourceBundle texts) {
    List<String> headers = headers(texts);
    return List.of(
        Column.text(headers.get(0), WIDTHS[0], ParticipantRow::name),
        Column.text(headers.get(1), WIDTHS[1], ParticipantRow::honorific),
        Column.text(headers.get(2), WIDTHS[2], ParticipantRow::institution),
        Column.text(headers.get(3), WIDTHS[3], ParticipantRow::position),
        Column.text(headers.get(4), WIDTHS[4], ParticipantRow::role),
        Column.text(headers.get(5), WIDTHS[5], ParticipantRow::state),
        Column.number(headers.get(6), WIDTHS[6], ParticipantRow::headCount),
        Column.dateTime(headers.get(7), WIDTHS[7], ParticipantRow::checkedInAt),
        Column.text(headers.get(8), WIDTHS[8], ParticipantRow::code));
  }
}
