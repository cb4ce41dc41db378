package gt.mirps.coordination.web.home;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public home page: the most recent events on record. */
@Named
@RequestScoped
public class HomePage {

  static final int EVENTS_SHOWN = 10;

  @Inject private EventCatalog catalog;
  @Inject private Language language;

  private List<Event> events;

  public List<Event> getEvents() {
    if (events == null) {
      events = catalog.latest(EVENTS_SHOWN);
    }
    return events;
  }

  /** The days of an event in the visitor's language ("25 y 26 de septiembre de 2024"). */
  public String days(Event event) {
    return DateRanges.format(event.firstDay(), event.lastDay(), language.getCurrent());
  }
}
