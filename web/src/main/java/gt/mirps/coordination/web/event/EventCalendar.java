package gt.mirps.coordination.web.event;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar of events: the schedule asks for the range it shows (a month, a week) and gets only
 * the events in it; a click opens the event's page.
 */
@Named
@ViewScoped
public class EventCalendar implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventCatalog catalog;

  /** The month to open on, from {@code ?fecha=2024-09-01}; today when absent or unreadable. */
  private String day;

  private final ScheduleModel events = new VisibleRange();

  public ScheduleModel getEvents() {
    return events;
  }

  public LocalDate getInitialDate() {
    if (day != null) {
      try {
        return LocalDate.parse(day);
      } catch (DateTimeParseException unreadable) {
        // fall back to today
      }
    }
    return LocalDate.now(gt.mirps.coordination.shared.GuatemalaTime.ZONE);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  private final class VisibleRange extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(java.time.LocalDateTime start, java.time.LocalDateTime end) {
      String pages = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
      for (Event event : catalog.between(start, end)) {
        addEvent(
            DefaultScheduleEvent.<Long>builder()
                .id(String.valueOf(event.id()))
                .title(event.title())
                .startDate(event.startsAt())
                .endDate(event.endsAt())
                .data(event.id())
                .styleClass("event-" + event.status().name().toLowerCase(java.util.Locale.ROOT))
                .url(pages + "/equipo/eventos/evento.xhtml?id=" + event.id())
                .editable(false)
                .build());
      }
    }
  }
}
