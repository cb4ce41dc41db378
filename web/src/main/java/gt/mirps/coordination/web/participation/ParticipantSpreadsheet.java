package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.web.export.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ResourceBundle;

/**
 * The participant list as an XLSX workbook, written as a stream by {@link TabularWriter}: a bold,
 * frozen header row with a filter, numbers as numbers and check-in times as dates.
 */
public final class ParticipantSpreadsheet {

  private ParticipantSpreadsheet() {}

  public static void write(Iterable<ParticipantRow> rows, ResourceBundle texts, OutputStream out)
      throws IOException {
    TabularWriter.xlsx(
        texts.getString("participants.sheet"), ParticipantColumns.columns(texts), rows, out);
  }
}
