package gt.mirps.coordination.web.event;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventSession;
import gt.mirps.coordination.web.i18n.DateRanges;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of events and sessions as people read them: "25 de septiembre de 2024, 10:00–11:00". */
final class Schedules {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private Schedules() {}

  static String sessionTime(EventSession session, Locale locale) {
    return span(session.startsAt(), session.endsAt(), locale);
  }

  static String eventTime(Event event, Locale locale) {
    return span(event.startsAt(), event.endsAt(), locale);
  }

  /** One day: "day, 10:00–11:00"; several: "day 09:00 – day 17:00". */
  static String span(LocalDateTime start, LocalDateTime end, Locale locale) {
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return DateRanges.format(start.toLocalDate(), locale)
          + ", "
          + HOUR.format(start)
          + "–"
          + HOUR.format(end);
    }
    return DateRanges.format(start.toLocalDate(), locale)
        + " "
        + HOUR.format(start)
        + " – "
        + DateRanges.format(end.toLocalDate(), locale)
        + " "
        + HOUR.format(end);
  }
}
