package gt.mirps.coordination.web.opendata;

import gt.mirps.coordination.opendata.OpenDataset;
import gt.mirps.coordination.web.shared.Pages;
import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * One dataset of the "Datos abiertos" page: its texts' key ({@code opendata.dataset.KEY.title},
 * {@code .description}), the slug of its files ({@code /datos-abiertos/SLUG.csv}), its rows and its
 * columns.
 *
 * @param <R> the row type
 */
public record OpenDataFile<R>(
    String key, String slug, OpenDataset<R> data, Function<Context, ColumnSet<R>> columns) {

  /** What the columns depend on: the language, the site's address and the day in Guatemala. */
  public record Context(ResourceBundle texts, String site, LocalDate today) {}

  /** Rows read from the database at a time for a download. */
  static final int PAGE_SIZE = 500;

  public String title(ResourceBundle texts) {
    return texts.getString("opendata.dataset." + key + ".title");
  }

  public String description(ResourceBundle texts) {
    return texts.getString("opendata.dataset." + key + ".description");
  }

  /** The name of a downloaded file: {@code mirps-comunicados-2026-11-25.csv}. */
  public String fileName(LocalDate today, String extension) {
    return "mirps-" + slug + "-" + today + "." + extension;
  }

  /** The rows, read a page at a time. */
  public Iterable<R> rows() {
    return new Pages<>(data::page, PAGE_SIZE);
  }
}
