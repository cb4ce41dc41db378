package gt.mirps.coordination.web.event;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventDetails;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventSession;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonEditor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import gt.mirps.coordination.web.shared.RuleFields;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creating and editing an event, and its programme of sessions. The form remembers the version it
 * was built from: if someone else saved the event since, the save is refused with a sentence and a
 * "reload" button, never overwritten.
 */
@Named
@ViewScoped
public class EventEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "event:";
  private static final String SESSION_FORM = "programme:";

  /** Which field of the event or session form a refused rule is about, to say it beside it. */
  static final RuleFields FIELDS =
      RuleFields.of(
          "event.title", "title",
          "event.kind", "kind",
          "event.status", "status",
          "event.dates", "endsAt",
          "event.series", "edition",
          "event.organiser", "coOrganisers",
          "event.notes", "notes",
          "session.title", "sessionTitle",
          "session.dates", "sessionEndsAt",
          "session.speakers", "speakers");

  private static final int SUGGESTIONS = 10;

  @Inject private transient EventCatalog catalog;
  @Inject private transient InstitutionEditor institutionEditor;
  @Inject private transient PersonEditor personEditor;
  @Inject private transient Territories territories;
  @Inject private Language language;

  private Long id;
  private long versionRead;
  private boolean changedByOther;

  private String title;
  private EventKind kind;
  private EventStatus status = EventStatus.PLANNED;
  private String series;
  private String edition;
  private String purpose;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String venue;
  private String city;
  private String departmentCode;
  private String municipalityCode;
  private String framework;
  private List<Institution> organisers = new ArrayList<>();
  private List<Institution> coOrganisers = new ArrayList<>();
  private String notes;

  private transient List<EventSession> sessions;
  private Long sessionId;
  private String sessionTitle;
  private LocalDateTime sessionStartsAt;
  private LocalDateTime sessionEndsAt;
  private List<Person> speakers = new ArrayList<>();

  /** Fills the form from the event named by {@code ?id=}, or leaves it empty for a new one. */
  public void load() throws IOException {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Optional<Event> found = catalog.find(id);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    fill(found.get());
  }

  private void fill(Event event) {
    versionRead = event.version();
    title = event.title();
    kind = event.kind();
    status = event.status();
    series = event.series().orElse(null);
    edition = event.edition().orElse(null);
    purpose = event.purpose().orElse(null);
    startsAt = event.startsAt();
    endsAt = event.endsAt();
    venue = event.venue().orElse(null);
    city = event.city().orElse(null);
    Optional<Territory> place = event.territory();
    municipalityCode = place.filter(Territory::isMunicipality).map(Territory::code).orElse(null);
    departmentCode =
        place
            .map(
                t ->
                    t.isMunicipality()
                        ? t.department().map(Territory::code).orElse(null)
                        : t.code())
            .orElse(null);
    framework = event.framework().orElse(null);
    organisers = new ArrayList<>(event.organisers());
    coOrganisers = new ArrayList<>(event.coOrganisers());
    notes = event.notes().orElse(null);
    sessions = new ArrayList<>(event.sessions());
    changedByOther = false;
  }

  /** Opens the event again as it is now, dropping what this form had not saved. */
  public String reload() {
    return "/equipo/eventos/editar.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  /** Records the new event (then its sessions can be added) or saves the changes. */
  public String save() {
    EventDetails details =
        new EventDetails(
            title,
            kind,
            status,
            series,
            edition,
            purpose,
            startsAt,
            endsAt,
            venue,
            city,
            territory(),
            framework,
            organisers,
            coOrganisers,
            notes);
    try {
      if (id == null) {
        Event recorded = catalog.record(details);
        Notices.done("events.recorded", recorded.title());
        return "/equipo/eventos/editar.xhtml?faces-redirect=true&id=" + recorded.id();
      }
      Event revised = catalog.revise(id, versionRead, details);
      Notices.done("events.saved", revised.title());
      return "/equipo/eventos/evento.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      fail(e, FORM);
      return null;
    }
  }

  private Territory territory() {
    String code = municipalityCode != null ? municipalityCode : departmentCode;
    return code == null ? null : territories.territory(code).orElse(null);
  }

  /** Adds the session in the programme form, or saves the one being edited. */
  public void saveSession() {
    try {
      if (sessionId == null) {
        catalog.addSession(id, versionRead, sessionTitle, sessionStartsAt, sessionEndsAt, speakers);
        Notices.done("events.session.added", sessionTitle);
      } else {
        catalog.changeSession(
            id, versionRead, sessionId, sessionTitle, sessionStartsAt, sessionEndsAt, speakers);
        Notices.done("events.session.saved", sessionTitle);
      }
      afterProgrammeChange();
      clearSession();
    } catch (RuntimeException e) {
      fail(e, SESSION_FORM);
    }
  }

  /** Puts a session in the programme form to change it. */
  public void editSession(EventSession session) {
    sessionId = session.id();
    sessionTitle = session.title();
    sessionStartsAt = session.startsAt();
    sessionEndsAt = session.endsAt();
    speakers = new ArrayList<>(session.speakers());
  }

  public void clearSession() {
    sessionId = null;
    sessionTitle = null;
    sessionStartsAt = null;
    sessionEndsAt = null;
    speakers = new ArrayList<>();
  }

  public void removeSession(long removedId) {
    try {
      catalog.removeSession(id, versionRead, removedId);
      Notices.done("events.session.removed");
      afterProgrammeChange();
      if (Long.valueOf(removedId).equals(sessionId)) {
        clearSession();
      }
    } catch (RuntimeException e) {
      fail(e, null);
    }
  }

  public void moveUp(long movedId) {
    move(movedId, -1);
  }

  public void moveDown(long movedId) {
    move(movedId, 1);
  }

  private void move(long movedId, int offset) {
    try {
      catalog.moveSession(id, versionRead, movedId, offset);
      afterProgrammeChange();
    } catch (RuntimeException e) {
      fail(e, null);
    }
  }

  /** The programme changed the event's version: this form continues from the new one. */
  private void afterProgrammeChange() {
    Event event = catalog.find(id).orElseThrow();
    versionRead = event.version();
    sessions = new ArrayList<>(event.sessions());
  }

  public List<EventSession> getSessions() {
    if (sessions == null) {
      sessions = id == null ? List.of() : catalog.find(id).map(Event::sessions).orElse(List.of());
    }
    return sessions;
  }

  public String times(EventSession session) {
    return Schedules.sessionTime(session, language.getCurrent());
  }

  public String speakerNames(EventSession session) {
    return String.join(", ", session.speakers().stream().map(Person::fullName).toList());
  }

  /** Institutions whose name, acronym or an alias contains what was typed (accents aside). */
  public List<Institution> completeInstitution(String query) {
    return institutionEditor.suggestions(query, SUGGESTIONS);
  }

  /** People whose name contains what was typed (accents aside). */
  public List<Person> completePerson(String query) {
    return personEditor.suggestions(query, SUGGESTIONS);
  }

  public List<Territory> getDepartments() {
    return territories.departments();
  }

  public List<Territory> getMunicipalities() {
    return departmentCode == null ? List.of() : territories.municipalitiesOf(departmentCode);
  }

  /** A new department leaves no municipality of the old one chosen. */
  public void departmentChanged() {
    municipalityCode = null;
  }

  public EventKind[] getKinds() {
    return EventKind.values();
  }

  public EventStatus[] getStatuses() {
    return EventStatus.values();
  }

  private void fail(RuntimeException failure, String form) {
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
    FIELDS.say(form, violation.get());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersionRead() {
    return versionRead;
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getEdition() {
    return edition;
  }

  public void setEdition(String edition) {
    this.edition = edition;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public void setMunicipalityCode(String municipalityCode) {
    this.municipalityCode = municipalityCode;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  public List<Institution> getOrganisers() {
    return organisers;
  }

  public void setOrganisers(List<Institution> organisers) {
    this.organisers = organisers == null ? new ArrayList<>() : new ArrayList<>(organisers);
  }

  public List<Institution> getCoOrganisers() {
    return coOrganisers;
  }

  public void setCoOrganisers(List<Institution> coOrganisers) {
    this.coOrganisers = coOrganisers == null ? new ArrayList<>() : new ArrayList<>(coOrganisers);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public void setSessionTitle(String sessionTitle) {
    this.sessionTitle = sessionTitle;
  }

  public LocalDateTime getSessionStartsAt() {
    return sessionStartsAt;
  }

  public void setSessionStartsAt(LocalDateTime sessionStartsAt) {
    this.sessionStartsAt = sessionStartsAt;
  }

  public LocalDateTime getSessionEndsAt() {
    return sessionEndsAt;
  }

  public void setSessionEndsAt(LocalDateTime sessionEndsAt) {
    this.sessionEndsAt = sessionEndsAt;
  }

  public List<Person> getSpeakers() {
    return speakers;
  }

  public void setSpeakers(List<Person> speakers) {
    this.speakers = speakers == null ? new ArrayList<>() : new ArrayList<>(speakers);
  }
}
