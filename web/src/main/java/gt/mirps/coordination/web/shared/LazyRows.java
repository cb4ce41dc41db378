package gt.mirps.coordination.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table model that asks the database for one page at a time: the count and the page
 * come from repository queries, sorted by the column's {@code field} (never a whole table in
 * memory).
 */
public class LazyRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows there are in all. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count();
  }

  /** One page: rows {@code first} to {@code first + max}, sorted by {@code field} (or null). */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    List<T> load(int first, int max, String field, boolean ascending);
  }

  /** The key of a row, for the table's own bookkeeping. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final Key<T> key;

  public LazyRows(Counter counter, Loader<T> loader, Key<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
    String field = sort == null ? null : sort.getField();
    boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
    return loader.load(first, pageSize, field, ascending);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> page = getWrappedData();
    return page == null
        ? null
        : page.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }
}
