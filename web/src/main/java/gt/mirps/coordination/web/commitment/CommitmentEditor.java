package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentDetails;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.shared.RuleViolation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form that records a commitment ({@code editar.xhtml}, optionally {@code ?evento=N}) or
 * revises one ({@code ?id=N}), refusing to overwrite someone else's change.
 */
@Named
@ViewScoped
public class CommitmentEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "commitment";

  /** Which field of the form a refused rule is about, to say it beside the field. */
  private static final RuleFields FIELDS =
      RuleFields.of(
          "commitment.title", "title",
          "commitment.description", "description",
          "commitment.submitter", "submitter",
          "commitment.cosponsor", "cosponsors",
          "commitment.type", "type",
          "commitment.area", "area");

  @Inject private transient CommitmentRegister register;
  @Inject private transient InstitutionEditor institutions;
  @Inject private transient EventCatalog catalog;

  private Long id;
  private Long eventId;
  private long version;
  private boolean loaded;
  private boolean changedByOther;

  private String title;
  private String description;
  private Event event;
  private Institution submitter;
  private List<Institution> cosponsors = new ArrayList<>();
  private CommitmentType type;
  private ThematicArea area;
  private LocalDate targetDate;

  /** Fills the form from the commitment named by {@code ?id=}, or from {@code ?evento=}. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      event = eventId == null ? null : catalog.find(eventId).orElse(null);
      return;
    }
    Optional<Commitment> found = register.find(id);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    Commitment c = found.get();
    version = c.version();
    title = c.title();
    description = c.description().orElse(null);
    event = c.event().orElse(null);
    submitter = c.submitter();
    cosponsors = new ArrayList<>(c.cosponsors());
    type = c.type();
    area = c.area();
    targetDate = c.targetDate().orElse(null);
  }

  public boolean isNew() {
    return id == null;
  }

  /** Records or revises the commitment and opens its page; refusals are shown beside the fields. */
  public String save() {
    CommitmentDetails details =
        new CommitmentDetails(title, description, event, type, area, targetDate, cosponsors);
    try {
      if (id == null && submitter == null) {
        Notices.fieldError(FORM + ":submitter", "commitment.submitter.required");
        return null;
      }
      Commitment saved =
          id == null ? register.record(submitter, details) : register.revise(id, version, details);
      Notices.done(id == null ? "commitments.recorded" : "commitments.saved", saved.title());
      return "/equipo/compromisos/compromiso.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (RuntimeException e) {
      if (Failures.isConcurrentChange(e)) {
        changedByOther = true;
        Notices.error("record.changedByOther");
        FacesContext.getCurrentInstance().validationFailed();
        return null;
      }
      RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
      Notices.violation(fieldOf(violation.messageKey()), violation);
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  /** The form again, with the commitment as someone else left it. */
  public String reload() {
    return "/equipo/compromisos/editar.xhtml?faces-redirect=true&id=" + id;
  }

  /** The field beside which a refusal is shown; null for the whole form. */
  static String fieldOf(String messageKey) {
    return FIELDS.clientIdOf(FORM + ":", messageKey);
  }

  public List<Institution> completeInstitution(String typed) {
    return Choices.institutions(institutions, typed);
  }

  public List<Event> completeEvent(String typed) {
    return Choices.events(catalog, typed);
  }

  public CommitmentType[] getTypes() {
    return CommitmentType.values();
  }

  public ThematicArea[] getAreas() {
    return ThematicArea.values();
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEventId() {
    return eventId;
  }

  public void setEventId(Long eventId) {
    this.eventId = eventId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Event getEvent() {
    return event;
  }

  public void setEvent(Event event) {
    this.event = event;
  }

  public Institution getSubmitter() {
    return submitter;
  }

  public void setSubmitter(Institution submitter) {
    this.submitter = submitter;
  }

  public List<Institution> getCosponsors() {
    return cosponsors;
  }

  public void setCosponsors(List<Institution> cosponsors) {
    this.cosponsors = cosponsors == null ? new ArrayList<>() : new ArrayList<>(cosponsors);
  }

  public CommitmentType getType() {
    return type;
  }

  public void setType(CommitmentType type) {
    this.type = type;
  }

  public ThematicArea getArea() {
    return area;
  }

  public void setArea(ThematicArea area) {
    this.area = area;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public void setTargetDate(LocalDate targetDate) {
    this.targetDate = targetDate;
  }
}
