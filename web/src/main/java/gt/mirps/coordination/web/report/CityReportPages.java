package gt.mirps.coordination.web.report;

import gt.mirps.coordination.report.CityReportRow;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of a Solidarity Cities export, read from the database a page at a time as the writer
 * asks for them: the report never sits in memory whole.
 */
final class CityReportPages implements Iterable<CityReportRow> {

  /** Reads one page: {@code max} rows from position {@code first}. */
  @FunctionalInterface
  interface PageReader {
    List<CityReportRow> read(int first, int max);
  }

  static final int PAGE_SIZE = 200;

  private final PageReader reader;
  private final int pageSize;

  CityReportPages(PageReader reader) {
    this(reader, PAGE_SIZE);
  }

  CityReportPages(PageReader reader, int pageSize) {
    this.reader = reader;
    this.pageSize = pageSize;
  }

  @Override
  public Iterator<CityReportRow> iterator() {
    return new Iterator<>() {
      private List<CityReportRow> page = reader.read(0, pageSize);
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
      public CityReportRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
