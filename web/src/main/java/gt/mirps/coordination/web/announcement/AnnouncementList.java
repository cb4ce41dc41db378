package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementFilter;
import gt.mirps.coordination.announcement.AnnouncementSort;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The team's list of communiqués in every state, one page at a time from the database, filtered by
 * state and words and sorted by the column chosen (the last changed first, at the start).
 */
@Named
@ViewScoped
public class AnnouncementList implements Serializable {

  private static final long serialVersionUID = 1L;
  static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private transient AnnouncementDesk desk;
  @Inject private Language language;

  private AnnouncementState state;
  private String text;

  private final LazyRows<Announcement> announcements =
      new LazyRows<>(
          () -> desk.count(filter()),
          (first, max, field, ascending) ->
              desk.list(
                  filter(),
                  sortOf(field),
                  field == null ? false : ascending,
                  first,
                  Math.min(AnnouncementDesk.PAGE_SIZE_MAX, Math.max(1, max))),
          Announcement::id);

  AnnouncementFilter filter() {
    return new AnnouncementFilter(state, text);
  }

  /** The order a column's {@code field} names; the last change when none is chosen. */
  static AnnouncementSort sortOf(String field) {
    if (field == null) {
      return AnnouncementSort.LAST_CHANGE;
    }
    return switch (field) {
      case "title" -> AnnouncementSort.TITLE;
      case "state" -> AnnouncementSort.STATE;
      case "dateline" -> AnnouncementSort.DATELINE;
      default -> AnnouncementSort.LAST_CHANGE;
    };
  }

  public LazyRows<Announcement> getAnnouncements() {
    return announcements;
  }

  /** Clears every filter. */
  public void clear() {
    state = null;
    text = null;
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  /** When a communiqué was last changed, in Guatemala's time. */
  /** Who made the last change: a username, or "el sistema" for start-up and demo data. */
  public String who(String actor) {
    return ChangeAuthor.SYSTEM.equals(actor)
        ? Messages.bundle(language.getCurrent()).getString("changes.actor.system")
        : actor;
  }

  public String moment(Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(GUATEMALA);
    return DateRanges.format(local.toLocalDate(), language.getCurrent())
        + ", "
        + local.format(HOUR);
  }

  public AnnouncementState[] getStates() {
    return AnnouncementState.values();
  }

  public AnnouncementState getState() {
    return state;
  }

  public void setState(AnnouncementState state) {
    this.state = state;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
