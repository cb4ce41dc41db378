package gt.mirps.coordination.web.institution;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDetails;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionEditor;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationHistory;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One institution's page: its form (new when there is no id), its aliases, and the events it took
 * part in.
 */
@Named
@ViewScoped
public class InstitutionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which field a refused value belongs to, by the start of the rule's message key. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "institution.name", "form:name",
          "institution.acronym", "form:acronym",
          "institution.alias", "form:newAlias",
          "institution.kind", "form:kind",
          "institution.country", "form:country",
          "institution.territory", "form:department",
          "institution.parent", "form:parent");

  @Inject private InstitutionDirectory directory;
  @Inject private InstitutionEditor editor;
  @Inject private Territories territories;
  @Inject private ParticipationHistory history;

  private Long id;
  private Long missingId;
  private Institution institution;
  private long version;
  private String name;
  private String acronym;
  private List<String> aliases = new ArrayList<>();
  private String newAlias;
  private InstitutionKind kind;
  private String countryCode = Country.GUATEMALA;
  private String departmentCode;
  private String municipalityCode;
  private Institution parent;
  private boolean nationalTeamMember;
  private boolean changedByOther;

  private final LazyRows<Participation> participations =
      new LazyRows<>(
          () -> id == null ? 0 : history.countOfInstitution(id),
          (first, max, field, ascending) ->
              id == null ? List.of() : history.ofInstitution(id, first, max),
          Participation::id);

  /** Reads the institution named in the address (on the first request of the view only). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null) {
      return;
    }
    directory
        .find(id)
        .ifPresentOrElse(
            this::fillFrom,
            () -> {
              // Said by the page itself: the view's language is not set yet in a view action.
              missingId = id;
              id = null;
            });
  }

  private void fillFrom(Institution found) {
    institution = found;
    version = found.version();
    name = found.name();
    acronym = found.acronym().orElse(null);
    aliases = new ArrayList<>(found.aliases());
    kind = found.kind();
    countryCode = found.country().code();
    departmentCode = null;
    municipalityCode = null;
    found
        .territory()
        .ifPresent(
            t -> {
              if (t.isMunicipality()) {
                municipalityCode = t.code();
                departmentCode = t.department().map(Territory::code).orElse(null);
              } else {
                departmentCode = t.code();
              }
            });
    parent = found.parent().orElse(null);
    nationalTeamMember = found.nationalTeamMember();
  }

  public void addAlias() {
    String cleaned = Text.clean(newAlias);
    if (cleaned == null) {
      Notices.fieldError("form:newAlias", "institution.alias.required");
      return;
    }
    if (aliases.stream().noneMatch(a -> Text.searchKey(a).equals(Text.searchKey(cleaned)))) {
      aliases.add(cleaned);
    }
    newAlias = null;
  }

  public void removeAlias(String alias) {
    aliases.remove(alias);
  }

  public String save() {
    InstitutionDetails details =
        new InstitutionDetails(
            name,
            acronym,
            aliases,
            kind,
            countryCode,
            municipalityCode != null && !municipalityCode.isBlank()
                ? municipalityCode
                : departmentCode,
            parent == null ? null : parent.id(),
            nationalTeamMember);
    try {
      Institution saved = id == null ? editor.create(details) : editor.update(id, version, details);
      Notices.done("directory.institution.saved", saved.displayName());
      return "institucion.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (RuntimeException e) {
      refused(e);
      return null;
    }
  }

  private void refused(RuntimeException e) {
    if (Failures.isConcurrentChange(e)) {
      changedByOther = true;
      Notices.error("record.changedByOther");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    RuleViolation violation = Failures.ruleViolation(e).orElseThrow(() -> e);
    FIELDS.entrySet().stream()
        .filter(f -> violation.messageKey().startsWith(f.getKey() + "."))
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
                + "/equipo/instituciones/institucion.xhtml?id="
                + id);
  }

  public List<Institution> completeParent(String typed) {
    return editor.suggestions(typed, 10).stream().filter(i -> !i.id().equals(id)).toList();
  }

  public InstitutionKind[] getKinds() {
    return InstitutionKind.values();
  }

  public List<Country> getCountries() {
    List<Country> countries = new ArrayList<>(territories.mirpsMembers());
    if (countryCode != null && countries.stream().noneMatch(c -> c.code().equals(countryCode))) {
      territories.country(countryCode).ifPresent(countries::add);
    }
    return countries;
  }

  public List<Territory> getDepartments() {
    return territories.departments();
  }

  public List<Territory> getMunicipalities() {
    return departmentCode == null || departmentCode.isBlank()
        ? List.of()
        : territories.municipalitiesOf(departmentCode);
  }

  /** When the department changes, a municipality of another one no longer applies. */
  public void departmentChanged() {
    municipalityCode = null;
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

  public Institution getInstitution() {
    return institution;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAcronym() {
    return acronym;
  }

  public void setAcronym(String acronym) {
    this.acronym = acronym;
  }

  public List<String> getAliases() {
    return aliases;
  }

  public String getNewAlias() {
    return newAlias;
  }

  public void setNewAlias(String newAlias) {
    this.newAlias = newAlias;
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

  public Institution getParent() {
    return parent;
  }

  public void setParent(Institution parent) {
    this.parent = parent;
  }

  public boolean isNationalTeamMember() {
    return nationalTeamMember;
  }

  public void setNationalTeamMember(boolean nationalTeamMember) {
    this.nationalTeamMember = nationalTeamMember;
  }
}
