package gt.mirps.coordination.web.participation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The participant list as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the
 * accents), commas, quotes where needed, and every cell that a spreadsheet would take for a formula
 * (starting with =, +, -, @, a tab or a carriage return) neutralised with a leading apostrophe.
 */
public final class ParticipantCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ParticipantCsv() {}

  public static void write(Iterable<ParticipantRow> rows, ResourceBundle texts, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    line(writer, ParticipantColumns.headers(texts));
    for (ParticipantRow row : rows) {
      line(
          writer,
          List.of(
              row.name(),
              row.honorific(),
              row.institution(),
              row.position(),
              row.role(),
              row.state(),
              Integer.toString(row.headCount()),
              row.checkedInAt() == null ? "" : TIME.format(row.checkedInAt()),
              row.code()));
    }
    writer.flush();
  }

  private static void line(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(cell(cells.get(i)));
    }
    writer.write("\r\n");
  }

  /** One cell, safe from formula injection and quoted when it holds a comma, quote or newline. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
