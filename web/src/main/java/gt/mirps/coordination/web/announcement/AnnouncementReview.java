package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.AuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.tag.Tag;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.security.SignedInUser;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The team's page of one communiqué: its state, the reviewer's comment, its history and the steps
 * of its review that the person's role allows now (a team member submits a draft; a manager
 * publishes or returns one in review, and archives a published one).
 */
@Named
@ViewScoped
public class AnnouncementReview implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String MANAGER = "MANAGER";
  static final String TEAM_MEMBER = "TEAM_MEMBER";

  @Inject private transient AnnouncementDesk desk;
  @Inject private transient AuditTrail trail;
  @Inject private SignedInUser signedInUser;
  @Inject private Language language;

  private Long id;
  private transient Announcement announcement;
  private String comment;

  /** Opens the communiqué named by {@code ?id=}; answers 404 when there is none. */
  public void load() throws IOException {
    if (getAnnouncement() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  public Announcement getAnnouncement() {
    if (announcement == null && id != null) {
      announcement = desk.find(id).orElse(null);
    }
    return announcement;
  }

  private boolean in(AnnouncementState state) {
    return getAnnouncement() != null && getAnnouncement().state() == state;
  }

  public boolean isCanEdit() {
    return in(AnnouncementState.DRAFT) && signedInUser.hasRole(TEAM_MEMBER);
  }

  public boolean isCanSubmit() {
    return isCanEdit();
  }

  public boolean isCanReview() {
    return in(AnnouncementState.IN_REVIEW) && signedInUser.hasRole(MANAGER);
  }

  public boolean isCanArchive() {
    return in(AnnouncementState.PUBLISHED) && signedInUser.hasRole(MANAGER);
  }

  /** Sends the draft for review. */
  public String submit() {
    if (!isCanSubmit()) {
      Notices.error("announcements.notAllowed");
      return null;
    }
    return step(() -> desk.submit(id), "announcements.submitted");
  }

  /** Publishes the communiqué in review (managers only). */
  public String publish() {
    if (!isCanReview()) {
      Notices.error("announcements.notAllowed");
      return null;
    }
    return step(() -> desk.publish(id), "announcements.published");
  }

  /** Returns the communiqué in review to its writers with the comment (managers only). */
  public String sendBack() {
    if (!isCanReview()) {
      Notices.error("announcements.notAllowed");
      return null;
    }
    return step(() -> desk.returnToDraft(id, comment), "announcements.returned");
  }

  /** Takes the published communiqué out of the public site (managers only). */
  public String archive() {
    if (!isCanArchive()) {
      Notices.error("announcements.notAllowed");
      return null;
    }
    return step(() -> desk.archive(id), "announcements.archived");
  }

  /** Takes the step and opens the page again; a refusal is shown, changing nothing. */
  private String step(Runnable change, String doneKey) {
    try {
      change.run();
      Notices.done(doneKey);
      return "/equipo/comunicados/comunicado.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
      if (violation.messageKey().startsWith("announcement.reviewComment.")) {
        Notices.violation("review:comment", violation);
      } else {
        Notices.violation(violation);
      }
      FacesContext.getCurrentInstance().validationFailed();
      announcement = null;
      return null;
    }
  }

  /** Who did what to the communiqué, newest first. */
  public List<AuditEntry> getHistory() {
    List<AuditEntry> entries = new ArrayList<>(trail.of(AnnouncementDesk.RECORD_TYPE, id));
    Collections.reverse(entries);
    return entries;
  }

  /** The name of a step of the history in the person's language ("Enviado a revisión"). */
  public String action(AuditEntry entry) {
    String key = "announcements.history." + entry.action();
    String text = Notices.text(key);
    return text.equals(key) ? entry.action() : text;
  }

  public String moment(AuditEntry entry) {
    var local = entry.at().atZone(AnnouncementList.GUATEMALA);
    return DateRanges.format(local.toLocalDate(), language.getCurrent())
        + ", "
        + String.format("%02d:%02d", local.getHour(), local.getMinute());
  }

  public String date(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, language.getCurrent());
  }

  public String tags() {
    return getAnnouncement().tags().stream().map(Tag::label).collect(Collectors.joining(", "));
  }

  public String events() {
    return getAnnouncement().relatedEvents().stream()
        .map(Event::title)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
