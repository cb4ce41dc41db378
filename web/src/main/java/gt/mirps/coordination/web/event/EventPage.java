package gt.mirps.coordination.web.event;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventAttachment;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventSession;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The page of one event, in tabs: overview, sessions, participants and files. */
@Named
@ViewScoped
public class EventPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient EventCatalog catalog;
  @Inject private transient Registrations registrations;
  @Inject private transient SignedInUser signedInUser;
  @Inject private Language language;

  private Long id;
  private transient Event event;
  private transient Map<AttendanceState, Long> counts;
  private transient UploadedFile file;
  private boolean changedByOther;

  /** Opens the event named by {@code ?id=}; answers 404 when there is none. */
  public void load() throws IOException {
    Optional<Event> found = id == null ? Optional.empty() : catalog.find(id);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    event = found.get();
  }

  public Event getEvent() {
    if (event == null && id != null) {
      event = catalog.find(id).orElse(null);
    }
    return event;
  }

  /** Opens the page again, with the event as someone else left it. */
  public String reload() {
    return "/equipo/eventos/evento.xhtml?faces-redirect=true&id=" + id;
  }

  private void refresh() {
    event = null;
    counts = null;
    changedByOther = false;
    getEvent();
  }

  public String getDays() {
    Event e = getEvent();
    return DateRanges.format(e.firstDay(), e.lastDay(), language.getCurrent());
  }

  public String times(EventSession session) {
    return Schedules.sessionTime(session, language.getCurrent());
  }

  public String getEventTimes() {
    return Schedules.eventTime(getEvent(), language.getCurrent());
  }

  public String names(List<Person> people) {
    return people.stream().map(Person::fullName).collect(Collectors.joining(", "));
  }

  public String institutions(java.util.Collection<Institution> institutions) {
    return institutions.stream().map(Institution::displayName).collect(Collectors.joining(", "));
  }

  public String territory() {
    return getEvent().territory().map(t -> t.fullName()).orElse("");
  }

  public List<AttendanceState> getStates() {
    return Arrays.asList(AttendanceState.values());
  }

  public long count(AttendanceState state) {
    if (counts == null) {
      counts = registrations.countByState(id);
    }
    return counts.getOrDefault(state, 0L);
  }

  public long getParticipants() {
    return getStates().stream().mapToLong(this::count).sum();
  }

  public String size(EventAttachment attachment) {
    return Sizes.format(attachment.sizeBytes(), language.getCurrent());
  }

  /** Keeps the chosen file with the event (team members only). */
  public void upload() {
    if (!signedInUser.hasRole("TEAM_MEMBER")) {
      Notices.error("events.notAllowed");
      return;
    }
    if (file == null || file.getSize() == 0) {
      Notices.fieldError("tabs:files:file", "attachment.content.empty");
      return;
    }
    try {
      EventAttachment kept =
          catalog.attach(
              id,
              getEvent().version(),
              file.getFileName(),
              file.getContentType(),
              file.getContent());
      Notices.done("events.file.attached", kept.fileName());
      refresh();
    } catch (RuntimeException e) {
      fail(e, "tabs:files:file");
    }
  }

  /** Removes a file from the event (team members only). */
  public void remove(long attachmentId) {
    if (!signedInUser.hasRole("TEAM_MEMBER")) {
      Notices.error("events.notAllowed");
      return;
    }
    try {
      catalog.detach(id, getEvent().version(), attachmentId);
      Notices.done("events.file.removed");
      refresh();
    } catch (RuntimeException e) {
      fail(e, null);
    }
  }

  /** The file's bytes, for the browser to save. */
  public StreamedContent download(long attachmentId) {
    return catalog
        .download(id, attachmentId)
        .<StreamedContent>map(
            d ->
                DefaultStreamedContent.builder()
                    .name(d.fileName())
                    .contentType(d.mimeType())
                    .contentLength((long) d.content().length)
                    .stream(() -> new ByteArrayInputStream(d.content()))
                    .build())
        .orElse(null);
  }

  private void fail(RuntimeException failure, String clientId) {
    if (Failures.isConcurrentChange(failure)) {
      changedByOther = true;
      Notices.error("record.changedByOther");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Optional<RuleViolation> violation = Failures.ruleViolation(failure);
    if (violation.isEmpty()) {
      throw failure;
    }
    if (clientId == null) {
      Notices.violation(violation.get());
    } else {
      Notices.violation(clientId, violation.get());
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }
}
