package gt.mirps.coordination.institution;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Recording institutions and finding them by any of their names. */
@ApplicationScoped
@Transactional
public class InstitutionDirectory {

  static final String RECORD = "Institution";

  private final InstitutionRepository institutions;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected InstitutionDirectory() {
    this(null, null);
  }

  @Inject
  public InstitutionDirectory(InstitutionRepository institutions, Auditor auditor) {
    this.institutions = institutions;
    this.auditor = auditor;
  }

  /** Records a new institution; its acronym must be free in its country. */
  public Institution record(Institution institution) {
    institution
        .acronym()
        .flatMap(acronym -> institutions.findByAcronym(institution.country().code(), acronym))
        .ifPresent(
            taken -> {
              throw new RuleViolation(
                  "institution.acronym.duplicate",
                  "Acronym " + taken.acronym().orElseThrow() + " is taken by " + taken.name(),
                  taken.acronym().orElseThrow(),
                  taken.name());
            });
    Institution recorded = institutions.add(institution);
    auditor.record("institution.recorded", RECORD, recorded.id(), recorded.displayName());
    return recorded;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Institution> find(long id) {
    return institutions.find(id);
  }

  /**
   * Institutions known exactly by {@code text} (name, acronym or alias; accents and case aside).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Institution> knownAs(String text) {
    return institutions.findByAnyName(text);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Institution> byAcronym(String countryCode, String acronym) {
    return institutions.findByAcronym(countryCode, acronym);
  }
}
