package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.web.export.Column;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The typed columns of a dataset file together with what the "Datos abiertos" page says of each: a
 * column named {@code key} has its header at {@code opendata.column.KEY} and its description at
 * {@code opendata.column.KEY.description}.
 *
 * @param <R> the row type
 */
public final class ColumnSet<R> {

  /** A column (or a group of columns) as the page describes it. */
  public record Note(String header, String description) {}

  private final ResourceBundle texts;
  private final List<Column<R>> columns = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();

  ColumnSet(ResourceBundle texts) {
    this.texts = texts;
  }

  private String header(String key) {
    return texts.getString("opendata.column." + key);
  }

  private String description(String key) {
    return texts.getString("opendata.column." + key + ".description");
  }

  private ColumnSet<R> described(String key, Column<R> column) {
    columns.add(column);
    notes.add(new Note(column.header(), description(key)));
    return this;
  }

  ColumnSet<R> text(String key, int width, Function<R, String> value) {
    return described(key, Column.text(header(key), width, value));
  }

  ColumnSet<R> number(String key, int width, Function<R, ? extends Number> value) {
    return described(key, Column.number(header(key), width, value));
  }

  ColumnSet<R> date(String key, int width, Function<R, LocalDate> value) {
    return described(key, Column.date(header(key), width, value));
  }

  ColumnSet<R> dateTime(String key, int width, Function<R, LocalDateTime> value) {
    return described(key, Column.dateTime(header(key), width, value));
  }

  /** A column the page describes as part of a group (see {@link #note}). */
  ColumnSet<R> undescribed(Column<R> column) {
    columns.add(column);
    return this;
  }

  /** Describes a group of columns under one heading. */
  ColumnSet<R> note(String key) {
    notes.add(new Note(header(key), description(key)));
    return this;
  }

  public List<Column<R>> columns() {
    return List.copyOf(columns);
  }

  public List<Note> notes() {
    return List.copyOf(notes);
  }
}
