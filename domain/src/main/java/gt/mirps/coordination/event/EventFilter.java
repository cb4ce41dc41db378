package gt.mirps.coordination.event;

import gt.mirps.coordination.shared.Text;
import java.time.LocalDate;

/**
 * What the list of events is narrowed to; every part may be left out (null). {@code text} is
 * matched, accents and case aside, anywhere in the title, series, venue or city; {@code from} and
 * {@code to} keep the events that take place, at least partly, between those days (inclusive).
 */
public record EventFilter(
    String text, EventKind kind, EventStatus status, String series, LocalDate from, LocalDate to) {

  /** No narrowing: every event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);

  public EventFilter {
    text = Text.clean(text);
    series = Text.clean(series);
  }

  /** The text folded for the search-key column, or null when there is none. */
  public String textKey() {
    return text == null ? null : Text.searchKey(text);
  }
}
