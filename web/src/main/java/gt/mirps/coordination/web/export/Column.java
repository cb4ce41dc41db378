package gt.mirps.coordination.web.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a table written by {@link TabularWriter}: its header, its type, its width in an XLSX
 * sheet (characters) and how a row gives its value (null for an empty cell).
 *
 * @param <R> the row type
 */
public record Column<R>(String header, Type type, int width, Function<R, ?> value) {

  /** What a column holds, which decides how CSV writes it and which cell type XLSX uses. */
  public enum Type {
    /** Text: a string cell, neutralised in CSV. */
    TEXT,
    /** A number: a numeric cell. */
    NUMBER,
    /** A {@link LocalDate}: a date cell shown yyyy-mm-dd; "2024-09-25" in CSV. */
    DATE,
    /** A {@link LocalDateTime}: a date cell shown yyyy-mm-dd hh:mm; "2024-09-25 09:30" in CSV. */
    DATE_TIME
  }

  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  public static <R> Column<R> text(String header, int width, Function<R, String> value) {
    return new Column<>(header, Type.TEXT, width, value);
  }

  public static <R> Column<R> number(
      String header, int width, Function<R, ? extends Number> value) {
    return new Column<>(header, Type.NUMBER, width, value);
  }

  public static <R> Column<R> date(String header, int width, Function<R, LocalDate> value) {
    return new Column<>(header, Type.DATE, width, value);
  }

  public static <R> Column<R> dateTime(String header, int width, Function<R, LocalDateTime> value) {
    return new Column<>(header, Type.DATE_TIME, width, value);
  }

  /** The row's value in this column, or null. */
  Object valueOf(R row) {
    return value.apply(row);
  }
}
