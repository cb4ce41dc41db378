package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventFilter;
import gt.mirps.coordination.event.EventSort;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.security.SignedInUser;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Borrador desde evento": a new draft written from an event's record, chosen in the list of
 * communiqués or from the event's page, opened in the editor for the team to correct.
 */
@Named
@ViewScoped
public class DraftFromEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AnnouncementDesk desk;
  @Inject private transient EventCatalog catalog;
  @Inject private SignedInUser signedInUser;

  private Event event;

  /** Drafts from the event chosen in the dialog. */
  public String create() {
    if (event == null) {
      Notices.fieldError("draft-from-event:event", "announcements.draftFromEvent.choose");
      return null;
    }
    return fromEvent(event.id());
  }

  /** Drafts from the event {@code eventId} and opens the draft in the editor. */
  public String fromEvent(long eventId) {
    if (!signedInUser.hasRole("TEAM_MEMBER")) {
      Notices.error("announcements.notAllowed");
      return null;
    }
    try {
      Announcement draft = desk.draftFromEvent(eventId);
      Notices.done("announcements.drafted");
      return "/equipo/comunicados/editar.xhtml?faces-redirect=true&id=" + draft.id();
    } catch (RuntimeException e) {
      RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
      Notices.violation(violation);
      return null;
    }
  }

  /** Events whose title contains what was typed, the newest first. */
  public List<Event> completeEvent(String typed) {
    return catalog.search(
        new EventFilter(typed, null, null, null, null, null),
        EventSort.STARTS_AT,
        false,
        0,
        AnnouncementEditor.SUGGESTIONS);
  }

  public Event getEvent() {
    return event;
  }

  public void setEvent(Event event) {
    this.event = event;
  }
}
