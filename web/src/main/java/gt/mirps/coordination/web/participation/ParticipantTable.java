package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.participation.ParticipantFilter;
import gt.mirps.coordination.participation.ParticipantRoster;
import gt.mirps.coordination.participation.ParticipantSort;
import gt.mirps.coordination.participation.Participation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The participants table's rows, read a page at a time from the database with the filter of the
 * search form and the column the person sorted by.
 */
public class ParticipantTable extends LazyDataModel<Participation> {

  private static final long serialVersionUID = 1L;

  private final transient ParticipantRoster roster;
  private final long eventId;
  private final transient Supplier<ParticipantFilter> filter;
  private final transient Consumer<List<Participation>> shownTo;
  private final Map<String, Participation> shown = new HashMap<>();

  /**
   * Rows of {@code eventId} matching what {@code filter} gives at each load; each page loaded is
   * handed to {@code shownTo} (the page keeps the role and version each row was shown with).
   */
  ParticipantTable(
      ParticipantRoster roster,
      long eventId,
      Supplier<ParticipantFilter> filter,
      Consumer<List<Participation>> shownTo) {
    this.roster = roster;
    this.eventId = eventId;
    this.filter = filter;
    this.shownTo = shownTo;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(roster.count(eventId, filter.get()));
  }

  @Override
  public List<Participation> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ParticipantFilter typed = filter.get();
    ParticipantFilter sorted =
        sortBy.values().stream()
            .findFirst()
            .map(
                sort ->
                    new ParticipantFilter(
                        typed.text(),
                        typed.role(),
                        typed.state(),
                        column(sort.getField()),
                        sort.getOrder() != SortOrder.DESCENDING))
            .orElse(typed);
    List<Participation> page = roster.page(eventId, sorted, first, pageSize);
    shown.clear();
    page.forEach(p -> shown.put(p.id().toString(), p));
    shownTo.accept(page);
    return page;
  }

  private static ParticipantSort column(String field) {
    return switch (field == null ? "" : field) {
      case "institution" -> ParticipantSort.INSTITUTION;
      case "role" -> ParticipantSort.ROLE;
      case "state" -> ParticipantSort.STATE;
      case "checkedIn" -> ParticipantSort.CHECKED_IN;
      case "code" -> ParticipantSort.CODE;
      default -> ParticipantSort.NAME;
    };
  }

  @Override
  public String getRowKey(Participation participation) {
    return participation.id().toString();
  }

  @Override
  public Participation getRowData(String rowKey) {
    return shown.get(rowKey);
  }
}
