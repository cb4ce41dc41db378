package gt.mirps.coordination.web.report;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/**
 * The rows of a report read from the database a page at a time as the writer asks for them, so no
 * more than one page is ever in memory. Before each page it asks {@link Progress#cancelled()} and
 * stops with {@link ExportCancelled}; after each row it reports {@link Progress#advance()}.
 *
 * @param <R> the row type
 */
public final class PagedRows<R> implements Iterable<R> {

  /** Reads up to {@code max} rows after the row {@code previous} (null for the first page). */
  @FunctionalInterface
  public interface Pager<R> {
    List<R> next(R previous, int pageNumber, int max);
  }

  private final Pager<R> pager;
  private final int pageSize;
  private final Progress progress;

  private PagedRows(Pager<R> pager, int pageSize, Progress progress) {
    this.pager = pager;
    this.pageSize = pageSize;
    this.progress = progress;
  }

  /** Pages by key: each page starts after the id of the last row of the one before. */
  public static <R> PagedRows<R> byKey(
      KeysetPage<R> page, ToLongFunction<R> idOf, int pageSize, Progress progress) {
    return new PagedRows<>(
        (previous, number, max) ->
            page.after(previous == null ? 0 : idOf.applyAsLong(previous), max),
        pageSize,
        progress);
  }

  /** Pages by position (for grouped rows, whose count is small). */
  public static <R> PagedRows<R> byPosition(OffsetPage<R> page, int pageSize, Progress progress) {
    return new PagedRows<>(
        (previous, number, max) -> page.at(number * max, max), pageSize, progress);
  }

  /** The rows with an id above {@code afterId}, by id. */
  @FunctionalInterface
  public interface KeysetPage<R> {
    List<R> after(long afterId, int max);
  }

  /** Rows {@code first} to {@code first + max}. */
  @FunctionalInterface
  public interface OffsetPage<R> {
    List<R> at(int first, int max);
  }

  @Override
  public Iterator<R> iterator() {
    return new Iterator<>() {
      private List<R> page = List.of();
      private int index;
      private int pageNumber;
      private boolean last;
      private R previous;

      @Override
      public boolean hasNext() {
        if (index < page.size()) {
          return true;
        }
        if (last) {
          return false;
        }
        if (progress.cancelled()) {
          throw new ExportCancelled();
        }
        page = pager.next(previous, pageNumber++, pageSize);
        index = 0;
        last = page.size() < pageSize;
        return !page.isEmpty();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        previous = page.get(index++);
        progress.advance();
        return previous;
      }
    };
  }
}
