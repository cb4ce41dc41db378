package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.participation.Participation;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;

/**
 * The rows of an export, read from the database a page at a time as the writer asks for them: a
 * list of any length never sits in memory whole.
 */
public final class ParticipantPages implements Iterable<ParticipantRow> {

  /** Reads one page of participants: {@code max} of them from position {@code first}. */
  @FunctionalInterface
  public interface PageReader {
    List<Participation> read(int first, int max);
  }

  static final int PAGE_SIZE = 200;

  private final PageReader reader;
  private final ResourceBundle texts;
  private final int pageSize;

  public ParticipantPages(PageReader reader, ResourceBundle texts) {
    this(reader, texts, PAGE_SIZE);
  }

  ParticipantPages(PageReader reader, ResourceBundle texts, int pageSize) {
    this.reader = reader;
    this.texts = texts;
    this.pageSize = pageSize;
  }

  @Override
  public Iterator<ParticipantRow> iterator() {
    return new Iterator<>() {
      private List<Participation> page = reader.read(0, pageSize);
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
      public ParticipantRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ParticipantRow.of(page.get(next++), texts);
      }
    };
  }
}
