package gt.mirps.coordination.web.report;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.report.EventBrief;
import gt.mirps.coordination.report.EventBriefs;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The brief of one event ({@code ?id=N}): the same one-page summary the PDF holds, in HTML, and the
 * button that downloads the PDF.
 */
@Named
@ViewScoped
public class EventBriefPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RECENT_EVENTS = 30;

  @Inject private transient EventBriefs briefs;
  @Inject private Language language;
  @Inject private transient EventCatalog catalog;

  private String id;
  private Long eventId;
  private BriefSummary summary;

  /**
   * Reads the brief of the event named by {@code ?id=}; answers 404 when there is none. Without an
   * id (the menu's entry) the page offers the latest events to choose from.
   */
  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Optional<EventBrief> brief = EventBriefDownload.briefOf(briefs, id);
    if (brief.isEmpty()) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    Locale locale = language.getCurrent();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    eventId = brief.get().eventId();
    summary =
        BriefPdf.write(
                brief.get(),
                EventBriefDownload.siteUrl(request),
                LocalDate.now(GuatemalaTime.ZONE),
                Messages.bundle(locale),
                locale)
            .summary();
  }

  public BriefSummary getSummary() {
    return summary;
  }

  public Long getEventId() {
    return eventId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** True when the address names no event: the page offers a choice. */
  public boolean isChoosing() {
    return id == null || id.isBlank();
  }

  /**
   * The events to choose from when the address names none, latest first; read once per request
   * however often the page asks.
   */
  public List<Event> getRecentEvents() {
    return PerRequest.value("recentEvents", () -> catalog.latest(RECENT_EVENTS));
  }

  /** An event's days, in the reader's language. */
  public String days(Event shown) {
    return DateRanges.format(shown.firstDay(), shown.lastDay(), language.getCurrent());
  }
}
