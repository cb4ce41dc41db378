package gt.mirps.coordination.institution;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creating and editing institutions from the directory's form: every value is checked before any is
 * kept, so a refused form changes nothing.
 */
@ApplicationScoped
@Transactional
public class InstitutionEditor {

  private final InstitutionRepository institutions;
  private final InstitutionSearch search;
  private final Territories territories;
  private final InstitutionDirectory directory;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected InstitutionEditor() {
    this(null, null, null, null, null);
  }

  @Inject
  public InstitutionEditor(
      InstitutionRepository institutions,
      InstitutionSearch search,
      Territories territories,
      InstitutionDirectory directory,
      Auditor auditor) {
    this.institutions = institutions;
    this.search = search;
    this.territories = territories;
    this.directory = directory;
    this.auditor = auditor;
  }

  /** Records a new institution from the form. */
  public Institution create(InstitutionDetails details) {
    Country country = country(details.countryCode());
    Institution institution =
        new Institution(details.name(), kind(details), country, territory(details));
    institution.abbreviate(details.acronym());
    institution.placeUnder(parent(details.parentId()));
    institution.joinNationalTeam(details.nationalTeamMember());
    details.aliases().forEach(institution::addAlias);
    return directory.record(institution);
  }

  /**
   * Saves the form over institution {@code id}, refused if someone saved it since the form read
   * {@code versionRead}.
   */
  public Institution update(long id, long versionRead, InstitutionDetails details) {
    Institution institution = institutions.find(id).orElseThrow(() -> notFound(id));
    ConcurrentChange.check(institution, versionRead, InstitutionDirectory.RECORD, id);
    Country country = country(details.countryCode());
    Territory territory = territory(details);
    Institution parent = parent(details.parentId());
    // Checked before anything changes, so that the query cannot flush a half-made change.
    String acronym =
        Text.optional(details.acronym(), Institution.ACRONYM_MAX, "institution.acronym");
    if (acronym != null) {
      Optional<Institution> taken = institutions.findByAcronym(country.code(), acronym);
      if (taken.isPresent() && !taken.get().id().equals(id)) {
        throw new RuleViolation(
            "institution.acronym.duplicate",
            "Acronym " + acronym + " is taken by " + taken.get().name(),
            taken.get().acronym().orElse(acronym),
            taken.get().name());
      }
    }
    institution.rename(details.name());
    institution.abbreviate(acronym);
    institution.moveTo(country);
    institution.classify(kind(details), territory);
    institution.placeUnder(parent);
    institution.joinNationalTeam(details.nationalTeamMember());
    Set<String> wanted = new HashSet<>();
    details.aliases().forEach(a -> wanted.add(Text.searchKey(a)));
    institution.aliases().stream()
        .filter(a -> !wanted.contains(Text.searchKey(a)))
        .toList()
        .forEach(institution::removeAlias);
    details.aliases().forEach(institution::addAlias);
    auditor.record(
        "institution.updated", InstitutionDirectory.RECORD, id, institution.displayName());
    return institution;
  }

  /** Institutions whose name, acronym or an alias contains {@code text}, for choosing one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Institution> suggestions(String text, int max) {
    return search.find(InstitutionFilter.text(text), InstitutionOrder.NAME, true, 0, max);
  }

  private static InstitutionKind kind(InstitutionDetails details) {
    if (details.kind() == null) {
      throw new RuleViolation("institution.kind.required", "A kind is required");
    }
    return details.kind();
  }

  private Country country(String code) {
    if (code == null || code.isBlank()) {
      throw new RuleViolation("institution.country.required", "A country is required");
    }
    return territories
        .country(code)
        .orElseThrow(
            () -> new RuleViolation("institution.country.required", "Unknown country " + code));
  }

  private Territory territory(InstitutionDetails details) {
    String code = details.territoryCode();
    if (code == null || code.isBlank()) {
      return null;
    }
    return territories
        .territory(code)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "institution.territory.wrongLevel", "Unknown territory " + code, code));
  }

  private Institution parent(Long parentId) {
    return parentId == null
        ? null
        : institutions.find(parentId).orElseThrow(() -> notFound(parentId));
  }

  static RuleViolation notFound(long id) {
    return new RuleViolation("institution.notFound", "No institution " + id, id);
  }
}
