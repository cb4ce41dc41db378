package gt.mirps.coordination.web.shared;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The rows of a file being written (an export, an open-data download), read from the database a
 * page at a time as the writer asks for them: rows of any number never sit in memory whole. The
 * pages are read by position until a short or empty one.
 *
 * @param <R> the row type
 */
public final class Pages<R> implements Iterable<R> {

  /** Reads {@code max} rows from position {@code first}. */
  @FunctionalInterface
  public interface Reader<R> {
    List<R> read(int first, int max);
  }

  private final Reader<R> reader;
  private final int pageSize;

  /** The rows {@code reader} gives, {@code pageSize} at a time. */
  public Pages(Reader<R> reader, int pageSize) {
    this.reader = reader;
    this.pageSize = pageSize;
  }

  /** The same rows, each turned into what {@code row} makes of it as it is read. */
  public <T> Iterable<T> map(Function<? super R, ? extends T> row) {
    return () -> {
      Iterator<R> rows = iterator();
      return new Iterator<T>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public T next() {
          return row.apply(rows.next());
        }
      };
    };
  }

  @Override
  public Iterator<R> iterator() {
    return new Iterator<>() {
      private List<R> page = reader.read(0, pageSize);
      private int first;
      private int next;

      @Override
      public boolean hasNext() {
        if (next < page.size()) {
          return true;
        }
        if (page.size() < pageSize) {
          return false;
        }
        first += page.size();
        page = reader.read(first, pageSize);
        next = 0;
        return !page.isEmpty();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
