package gt.mirps.coordination.web.solidarity;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonEditor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territory;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Designating a Solidarity City, changing its facts and ending it. The form remembers the version
 * it was built from: if someone else saved the designation since, the save is refused with a
 * sentence and a "reload" button, never overwritten.
 */
@Named
@ViewScoped
public class SolidarityCityEditor implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "city:";
  private static final String END_FORM = "ending:";
  private static final int SUGGESTIONS = 10;

  /** Which field of the form a refused rule is about, to say it beside the field. */
  private static final RuleFields FIELDS =
      RuleFields.of(
          "solidarityCity.kind", "kind",
          "solidarityCity.territory", "institution",
          "solidarityCity.institution", "institution",
          "solidarityCity.signedOn", "signedOn",
          "solidarityCity.endedOn", "endedOn");

  @Inject private transient SolidarityCityRegister register;
  @Inject private transient InstitutionEditor institutionEditor;
  @Inject private transient PersonEditor personEditor;

  private Long id;
  private long versionRead;
  private boolean changedByOther;
  private boolean active = true;
  private String place;

  private SolidarityCityKind kind = SolidarityCityKind.MUNICIPALITY;
  private Institution institution;
  private LocalDate signedOn;
  private List<String> services = new ArrayList<>();
  private Person focalPoint;
  private boolean networkMember;
  private LocalDate endedOn;

  /** Fills the form from the designation named by {@code ?id=}, or leaves it empty. */
  public void load() throws IOException {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Optional<SolidarityCity> found = register.find(id);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    SolidarityCity city = found.get();
    versionRead = city.version();
    kind = city.kind();
    place = city.territory().fullName();
    institution = city.institution().orElse(null);
    signedOn = city.signedOn();
    services = new ArrayList<>(city.services().stream().map(Enum::name).toList());
    focalPoint = city.focalPoint().orElse(null);
    networkMember = city.nationalNetworkMember();
    active = city.isActive();
    endedOn = city.endedOn().orElse(null);
    changedByOther = false;
  }

  public boolean isNew() {
    return id == null;
  }

  /** Opens the designation again as it is now, dropping what this form had not saved. */
  public String reload() {
    return "/equipo/ciudades-solidarias/editar.xhtml?faces-redirect=true&id=" + id;
  }

  /** Designates the new Solidarity City or saves the changes. */
  public String save() {
    EnumSet<SolidarityService> offered = EnumSet.noneOf(SolidarityService.class);
    services.forEach(name -> offered.add(SolidarityService.valueOf(name)));
    try {
      SolidarityCity saved;
      if (id == null) {
        if (institution == null) {
          Notices.fieldError(FORM + "institution", "solidarity.institution.required");
          return null;
        }
        Optional<Territory> territory = institution.territory();
        if (territory.isEmpty()) {
          Notices.fieldError(FORM + "institution", "solidarity.institution.noTerritory");
          return null;
        }
        saved =
            register.designate(
                kind, territory.get(), institution, signedOn, offered, focalPoint, networkMember);
        Notices.done("solidarity.designated", saved.territory().fullName());
      } else {
        saved = register.revise(id, versionRead, institution, offered, focalPoint, networkMember);
        Notices.done("solidarity.saved", saved.territory().fullName());
      }
      return "/equipo/ciudades-solidarias/ciudad.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (RuntimeException e) {
      fail(e, FORM);
      return null;
    }
  }

  /** Ends the designation on the day given. */
  public String end() {
    try {
      SolidarityCity ended = register.end(id, versionRead, endedOn);
      Notices.done("solidarity.ended", ended.territory().fullName());
      return "/equipo/ciudades-solidarias/ciudad.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      fail(e, END_FORM);
      return null;
    }
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

  /** Institutions whose name, acronym or an alias contains what was typed (accents aside). */
  public List<Institution> completeInstitution(String query) {
    return institutionEditor.suggestions(query, SUGGESTIONS);
  }

  /** People whose name contains what was typed (accents aside). */
  public List<Person> completePerson(String query) {
    return personEditor.suggestions(query, SUGGESTIONS);
  }

  public SolidarityCityKind[] getKinds() {
    return SolidarityCityKind.values();
  }

  public SolidarityService[] getAllServices() {
    return SolidarityService.values();
  }

  public LocalDate getToday() {
    return LocalDate.now(ZoneId.of("America/Guatemala"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isChangedByOther() {
    return changedByOther;
  }

  public boolean isActive() {
    return active;
  }

  public String getPlace() {
    return place;
  }

  public SolidarityCityKind getKind() {
    return kind;
  }

  public void setKind(SolidarityCityKind kind) {
    this.kind = kind;
  }

  public Institution getInstitution() {
    return institution;
  }

  public void setInstitution(Institution institution) {
    this.institution = institution;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public List<String> getServices() {
    return services;
  }

  public void setServices(List<String> services) {
    this.services = services == null ? new ArrayList<>() : new ArrayList<>(services);
  }

  public Person getFocalPoint() {
    return focalPoint;
  }

  public void setFocalPoint(Person focalPoint) {
    this.focalPoint = focalPoint;
  }

  public boolean isNetworkMember() {
    return networkMember;
  }

  public void setNetworkMember(boolean networkMember) {
    this.networkMember = networkMember;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }
}
