package gt.mirps.coordination.web.participation;

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

  static List<String> headers(ResourceBundle texts) {
    return KEYS.stream().map(texts::getString).toList();
  }
}
