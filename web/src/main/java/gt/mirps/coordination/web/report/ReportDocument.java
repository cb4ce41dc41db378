package gt.mirps.coordination.web.report;

import gt.mirps.coordination.web.export.Column;
import java.util.List;

/**
 * A report ready to write in any format: its title, the filters used in words, its typed columns
 * (the same for CSV, XLSX and PDF) and its rows, read from the database as they are written.
 *
 * @param fileName the file name without extension ("informe-participacion")
 */
public record ReportDocument<R>(
    String title,
    String fileName,
    List<String> filters,
    List<Column<R>> columns,
    Iterable<R> rows) {}
