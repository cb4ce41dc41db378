package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.web.export.TabularWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ResourceBundle;

/**
 * The participant list as CSV for spreadsheets, written by {@link TabularWriter}: UTF-8 with a
 * byte-order mark, commas, quotes where needed, and formula-like cells neutralised.
 */
public final class ParticipantCsv {

  private ParticipantCsv() {}

  public static void write(Iterable<ParticipantRow> rows, ResourceBundle texts, OutputStream out)
      throws IOException {
    TabularWriter.csv(ParticipantColumns.columns(texts), rows, out);
  }

  /** One cell, safe from formula injection and quoted when it holds a comma, quote or newline. */
  static String cell(String value) {
    return TabularWriter.csvCell(value);
  }
}
