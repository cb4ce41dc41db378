package gt.mirps.coordination.web.participation;

import java.io.Serializable;
import java.util.List;

/**
 * A participant list read from a file: the texts of its header row, and its other non-blank rows
 * with the row number the person sees in their spreadsheet (the header is row 1).
 */
public record UploadedTable(List<String> headers, List<Row> rows) implements Serializable {

  public UploadedTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** One row: its spreadsheet number and its cells' texts, as many as there are headers. */
  public record Row(int line, List<String> cells) implements Serializable {

    public Row {
      cells = List.copyOf(cells);
    }

    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }
}
