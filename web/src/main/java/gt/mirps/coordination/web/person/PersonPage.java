package gt.mirps.coordination.web.person;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationHistory;
import gt.mirps.coordination.person.Affiliation;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonDetails;
import gt.mirps.coordination.person.PersonEditor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One person's page: their details (new when there is no id), their affiliation history with a form
 * to record a move, and the events they took part in.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which field a refused value belongs to, by the start of the rule's message key. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "person.fullName", "form:fullName",
          "person.honorific", "form:honorific",
          "person.position", "form:position",
          "person.email", "form:email",
          "person.phone", "form:phone");

  private static final Map<String, String> MOVE_FIELDS =
      Map.of(
          "person.affiliation.institution", "move:institution",
          "institution.notFound", "move:institution",
          "person.position", "move:newPosition",
          "person.affiliation", "move:since");

  @Inject private People people;
  @Inject private PersonEditor editor;
  @Inject private InstitutionEditor institutions;
  @Inject private ParticipationHistory history;

  private Long id;
  private Long missingId;
  private Person person;
  private long version;
  private String fullName;
  private String honorific;
  private String position;
  private String email;
  private String phone;
  private boolean publicConsent;
  private boolean changedByOther;

  private Institution newInstitution;
  private String newPosition;
  private LocalDate since;

  private final LazyRows<Participation> participations =
      new LazyRows<>(
          () -> id == null ? 0 : history.countOfPerson(id),
          (first, max, field, ascending) ->
              id == null ? List.of() : history.ofPerson(id, first, max),
          Participation::id);

  /** Reads the person named in the address (on the first request of the view only). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    people
        .find(id)
        .ifPresentOrElse(
            this::fillFrom,
            () -> {
              // Said by the page itself: the view's language is not set yet in a view action.
              missingId = id;
              id = null;
            });
  }

  private void fillFrom(Person found) {
    person = found;
    version = found.version();
    fullName = found.fullName();
    honorific = found.honorific().orElse(null);
    position = found.position().orElse(null);
    email = found.email().orElse(null);
    phone = found.phone().orElse(null);
    publicConsent = found.publicConsent();
  }

  public String save() {
    PersonDetails details =
        new PersonDetails(fullName, honorific, position, email, phone, publicConsent);
    try {
      Person saved = id == null ? editor.create(details) : editor.update(id, version, details);
      Notices.done("directory.person.saved", saved.fullName());
      return "persona.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (RuntimeException e) {
      refused(e, FIELDS);
      return null;
    }
  }

  /** Records the move to another institution or post; the current one ends that day. */
  public String move() {
    try {
      Person moved =
          editor.moveTo(
              id, version, newInstitution == null ? null : newInstitution.id(), newPosition, since);
      Notices.done("directory.person.moved", moved.fullName());
      return "persona.xhtml?faces-redirect=true&id=" + moved.id();
    } catch (RuntimeException e) {
      refused(e, MOVE_FIELDS);
      return null;
    }
  }

  private void refused(RuntimeException e, Map<String, String> fields) {
    if (Failures.isConcurrentChange(e)) {
      changedByOther = true;
      Notices.error("record.changedByOther");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
    fields.entrySet().stream()
        .filter(f -> violation.messageKey().startsWith(f.getKey()))
        .findFirst()
        .ifPresentOrElse(
            f -> Notices.violation(f.getValue(), violation), () -> Notices.violation(violation));
  }

  /** Shows what is saved now, dropping the edits that could not be saved. */
  public void reload() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/equipo/personas/persona.xhtml?id="
                + id);
  }

  public List<Institution> completeInstitution(String typed) {
    return institutions.suggestions(typed, 10);
  }

  /** The affiliation history, latest first. */
  public List<Affiliation> getAffiliations() {
    if (person == null) {
      return List.of();
    }
    List<Affiliation> latestFirst = new ArrayList<>(person.affiliations());
    Collections.reverse(latestFirst);
    return latestFirst;
  }

  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateRanges.format(day, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** "25 y 26 de septiembre de 2024": the days of the participation's event. */
  public String days(Participation participation) {
    return DateRanges.format(
        participation.event().firstDay(),
        participation.event().lastDay(),
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public boolean isCreating() {
    return id == null;
  }

  public Person getPerson() {
    return person;
  }

  public LazyRows<Participation> getParticipations() {
    return participations;
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }

  /** The id the address asked for when no such record exists; null otherwise. */
  public Long getMissingId() {
    return missingId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getHonorific() {
    return honorific;
  }

  public void setHonorific(String honorific) {
    this.honorific = honorific;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isPublicConsent() {
    return publicConsent;
  }

  public void setPublicConsent(boolean publicConsent) {
    this.publicConsent = publicConsent;
  }

  public Institution getNewInstitution() {
    return newInstitution;
  }

  public void setNewInstitution(Institution newInstitution) {
    this.newInstitution = newInstitution;
  }

  public String getNewPosition() {
    return newPosition;
  }

  public void setNewPosition(String newPosition) {
    this.newPosition = newPosition;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }
}
