package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.NewInstitution;
import gt.mirps.coordination.participation.NewPerson;
import gt.mirps.coordination.participation.ParticipantRoster;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.PersonCandidate;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.web.i18n.Language;
import gt.mirps.coordination.web.shared.Failures;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * Registering at the event shown by {@link ParticipantsPage}: a person from the directory (found by
 * autocomplete, with their current post copied and editable), an institution's delegation, or a new
 * person (and their new institution) typed in a dialog.
 */
@Named
@ViewScoped
public class ParticipantRegistration implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ParticipantsPage page;
  @Inject private transient ParticipantRoster roster;
  @Inject private transient Registrations registrations;
  @Inject private transient People people;
  @Inject private transient InstitutionDirectory directory;
  @Inject private transient Territories territories;
  @Inject private Language language;

  private final Candidates<PersonCandidate> personCandidates =
      new Candidates<>(PersonCandidate::id);
  private final Candidates<Institution> institutionCandidates = new Candidates<>(Institution::id);

  // Someone from the directory
  private PersonCandidate person;
  private Institution institution;
  private String position;
  private ParticipationRole role = ParticipationRole.ATTENDEE;
  private AttendanceState initialState = AttendanceState.REGISTERED;

  // A delegation
  private Institution delegationInstitution;
  private Integer headCount = 1;
  private ParticipationRole delegationRole = ParticipationRole.DELEGATE;
  private AttendanceState delegationState = AttendanceState.REGISTERED;

  // Someone new
  private String fullName;
  private String honorific;
  private String newPosition;
  private String email;
  private String institutionChoice = "existing";
  private Institution newPersonInstitution;
  private String institutionName;
  private String acronym;
  private InstitutionKind kind;
  private String countryCode = Country.GUATEMALA;
  private ParticipationRole newRole = ParticipationRole.ATTENDEE;
  private AttendanceState newState = AttendanceState.REGISTERED;

  public List<PersonCandidate> completePeople(String typed) {
    return personCandidates.remember(roster.peopleLike(typed));
  }

  public List<Institution> completeInstitutions(String typed) {
    return institutionCandidates.remember(roster.institutionsLike(typed));
  }

  /** A person was chosen: their current institution and position become the snapshot to edit. */
  public void personChosen() {
    if (person == null) {
      return;
    }
    institution =
        person.institutionId() == null
            ? null
            : directory
                .find(person.institutionId())
                .map(institutionCandidates::rememberOne)
                .orElse(null);
    position = person.position();
  }

  public void register() {
    if (person == null) {
      Notices.fieldError("register:person", "participants.register.person.required");
      return;
    }
    Participation registered =
        attempt(
            () -> {
              Person chosen =
                  people
                      .find(person.id())
                      .orElseThrow(
                          () ->
                              new RuleViolation(
                                  "participants.register.person.required", "Person gone"));
              return registrations.registerPerson(
                  page.getEvent(), chosen, institution, position, role, initialState);
            });
    if (registered != null) {
      Notices.done("participants.register.done", person.fullName(), registered.code());
      person = null;
      institution = null;
      position = null;
    }
  }

  public void registerDelegation() {
    if (delegationInstitution == null) {
      Notices.fieldError("delegation:institution", "participants.delegation.institution.required");
      return;
    }
    int heads = headCount == null ? 0 : headCount;
    Participation registered =
        attempt(
            () ->
                registrations.registerDelegation(
                    page.getEvent(),
                    delegationInstitution,
                    heads,
                    delegationRole,
                    delegationState));
    if (registered != null) {
      Notices.done("participants.delegation.done", delegationInstitution.name(), heads);
      delegationInstitution = null;
      headCount = 1;
    }
  }

  public void registerNew() {
    Institution existing = null;
    NewInstitution typed = null;
    if ("existing".equals(institutionChoice)) {
      if (newPersonInstitution == null) {
        Notices.fieldError(
            "newPerson:existingInstitution", "participants.newPerson.institution.required");
        return;
      }
      existing = newPersonInstitution;
    } else if ("new".equals(institutionChoice)) {
      typed = new NewInstitution(institutionName, acronym, kind, countryCode);
    }
    Institution representing = existing;
    NewInstitution created = typed;
    Participation registered =
        attempt(
            () ->
                roster.registerNewPerson(
                    page.getEvent(),
                    new NewPerson(fullName, honorific, newPosition, email),
                    representing,
                    created,
                    newRole,
                    newState));
    if (registered != null) {
      Notices.done(
          "participants.register.done",
          registered.person().map(Person::fullName).orElse(""),
          registered.code());
      PrimeFaces.current().executeScript("PF('newPersonDialog').hide()");
      fullName = null;
      honorific = null;
      newPosition = null;
      email = null;
      newPersonInstitution = null;
      institutionName = null;
      acronym = null;
      kind = null;
    }
  }

  /** Runs a registration; a refusal is told to the person and nothing is saved. */
  private static Participation attempt(Supplier<Participation> registration) {
    try {
      return registration.get();
    } catch (RuntimeException failure) {
      Notices.violation(Failures.ruleViolation(failure).orElseThrow(() -> failure));
      return null;
    }
  }

  public Candidates<PersonCandidate> getPersonConverter() {
    return personCandidates;
  }

  public Candidates<Institution> getInstitutionConverter() {
    return institutionCandidates;
  }

  public ParticipationRole[] getRoles() {
    return ParticipationRole.values();
  }

  public List<AttendanceState> getInitialStates() {
    return List.of(AttendanceState.INVITED, AttendanceState.REGISTERED);
  }

  /** Kinds a new institution may have here: those that need no territory. */
  public List<InstitutionKind> getKinds() {
    return Arrays.stream(InstitutionKind.values())
        .filter(k -> k.requiredTerritoryLevel().isEmpty())
        .toList();
  }

  public List<Country> getCountries() {
    return territories.mirpsMembers();
  }

  public String countryName(Country country) {
    return "en".equals(language.getTag()) ? country.nameEn() : country.nameEs();
  }

  public PersonCandidate getPerson() {
    return person;
  }

  public void setPerson(PersonCandidate person) {
    this.person = person;
  }

  public Institution getInstitution() {
    return institution;
  }

  public void setInstitution(Institution institution) {
    this.institution = institution;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public ParticipationRole getRole() {
    return role;
  }

  public void setRole(ParticipationRole role) {
    this.role = role;
  }

  public AttendanceState getInitialState() {
    return initialState;
  }

  public void setInitialState(AttendanceState initialState) {
    this.initialState = initialState;
  }

  public Institution getDelegationInstitution() {
    return delegationInstitution;
  }

  public void setDelegationInstitution(Institution delegationInstitution) {
    this.delegationInstitution = delegationInstitution;
  }

  public Integer getHeadCount() {
    return headCount;
  }

  public void setHeadCount(Integer headCount) {
    this.headCount = headCount;
  }

  public ParticipationRole getDelegationRole() {
    return delegationRole;
  }

  public void setDelegationRole(ParticipationRole delegationRole) {
    this.delegationRole = delegationRole;
  }

  public AttendanceState getDelegationState() {
    return delegationState;
  }

  public void setDelegationState(AttendanceState delegationState) {
    this.delegationState = delegationState;
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

  public String getNewPosition() {
    return newPosition;
  }

  public void setNewPosition(String newPosition) {
    this.newPosition = newPosition;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInstitutionChoice() {
    return institutionChoice;
  }

  public void setInstitutionChoice(String institutionChoice) {
    this.institutionChoice = institutionChoice;
  }

  public Institution getNewPersonInstitution() {
    return newPersonInstitution;
  }

  public void setNewPersonInstitution(Institution newPersonInstitution) {
    this.newPersonInstitution = newPersonInstitution;
  }

  public String getInstitutionName() {
    return institutionName;
  }

  public void setInstitutionName(String institutionName) {
    this.institutionName = institutionName;
  }

  public String getAcronym() {
    return acronym;
  }

  public void setAcronym(String acronym) {
    this.acronym = acronym;
  }

  public InstitutionKind getKind() {
    return kind;
  }

  public void setKind(InstitutionKind kind) {
    this.kind = kind;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public ParticipationRole getNewRole() {
    return newRole;
  }

  public void setNewRole(ParticipationRole newRole) {
    this.newRole = newRole;
  }

  public AttendanceState getNewState() {
    return newState;
  }

  public void setNewState(AttendanceState newState) {
    this.newState = newState;
  }
}
