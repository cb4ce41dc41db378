package gt.mirps.coordination.web.report;

import java.util.List;

/**
 * One chart of the manager dashboard and the same numbers as a table under it (for screen readers
 * and printing), with the address of the report behind it.
 *
 * @param id a short name for the page's element ids ("by-kind")
 * @param config the Chart.js configuration for {@code <p:chart>}
 * @param ariaLabel what the chart shows, read out instead of the canvas
 * @param groupHeader the heading of the table's first column
 * @param valueHeaders the headings of the number columns, one per series
 * @param report the path (with its query) of the report behind the chart
 */
public record Figure(
    String id,
    String title,
    String config,
    String ariaLabel,
    String groupHeader,
    List<String> valueHeaders,
    List<Row> rows,
    String report,
    String reportLabel) {

  /** A line of the table: the group, its numbers and, where there is one, its own report. */
  public record Row(String label, List<Long> values, String link) {}

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
