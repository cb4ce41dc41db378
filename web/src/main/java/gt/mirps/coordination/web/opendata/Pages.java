package gt.mirps.coordination.web.opendata;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a dataset file, read from the database a page at a time as the writer asks for them:
 * a dataset of any size never sits in memory whole.
 *
 * @param <R> the row type
 */
final class Pages<R> implements Iterable<R> {

  /** Reads {@code max} rows from position {@code first}. */
  @FunctionalInterface
  interface Reader<R> {
    List<R> read(int first, int max);
  }

  static final int PAGE_SIZE = 500;

  private final Reader<R> reader;
  private final int pageSize;

  Pages(Reader<R> reader) {
    this(reader, PAGE_SIZE);
  }

  Pages(Reader<R> reader, int pageSize) {
    this.reader = reader;
    this.pageSize = pageSize;
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
