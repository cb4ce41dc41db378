package gt.mirps.coordination.web.event;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventFilter;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventSort;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The list of events: one page at a time, sorted and filtered by the database (text, kind, status,
 * series, dates).
 */
@Named
@ViewScoped
public class EventList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventCatalog catalog;
  @Inject private Language language;

  private String text;
  private EventKind kind;
  private EventStatus status;
  private String series;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<Event> events = new Page();

  public LazyDataModel<Event> getEvents() {
    return events;
  }

  EventFilter filter() {
    return new EventFilter(text, kind, status, series, from, to);
  }

  /** Clears every filter. */
  public void clear() {
    text = null;
    kind = null;
    status = null;
    series = null;
    from = null;
    to = null;
  }

  public List<String> getSeriesNames() {
    return catalog.seriesNames();
  }

  public EventKind[] getKinds() {
    return EventKind.values();
  }

  public EventStatus[] getStatuses() {
    return EventStatus.values();
  }

  /** "25 y 26 de septiembre de 2024", in the person's language. */
  public String days(Event event) {
    return DateRanges.format(event.firstDay(), event.lastDay(), language.getCurrent());
  }

  static EventSort sortOf(String field) {
    return switch (field == null ? "" : field) {
      case "title" -> EventSort.TITLE;
      case "kind" -> EventSort.KIND;
      case "status" -> EventSort.STATUS;
      case "series" -> EventSort.SERIES;
      default -> EventSort.STARTS_AT;
    };
  }

  /** The page the table asks for, from the database. */
  private final class Page extends LazyDataModel<Event> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(catalog.count(filter()));
    }

    @Override
    public List<Event> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      EventSort by = sort == null ? EventSort.STARTS_AT : sortOf(sort.getField());
      // Newest first unless the person chose an order.
      boolean ascending = sort == null ? false : sort.getOrder() != SortOrder.DESCENDING;
      return catalog.search(filter(), by, ascending, first, Math.max(1, pageSize));
    }

    @Override
    public String getRowKey(Event event) {
      return String.valueOf(event.id());
    }

    @Override
    public Event getRowData(String rowKey) {
      return Ids.parse(rowKey).flatMap(catalog::find).orElse(null);
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public EventStatus getStatus() {
    return status;
  }

  public void setStatus(EventStatus status) {
    this.status = status;
  }

  public String getSeries() {
    return series;
  }

  public void setSeries(String series) {
    this.series = series;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
