package gt.mirps.coordination.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.territory.Country;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstitutionDirectoryTest {

  static final Country GUATEMALA = InstitutionTest.GUATEMALA;
  static final Country HONDURAS = new Country("HN", "Honduras", "Honduras", true);

  /** Institutions in a list, searched as the database would (folded names). */
  static final class InMemoryInstitutions implements InstitutionRepository {
    final List<Institution> all = new ArrayList<>();

    @Override
    public Institution add(Institution institution) {
      all.add(TestIds.assign(institution, all.size() + 1L));
      return institution;
    }

    @Override
    public Optional<Institution> find(long id) {
      return all.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public Optional<Institution> findByAcronym(String countryCode, String acronym) {
      return all.stream()
          .filter(i -> i.country().code().equals(countryCode))
          .filter(i -> i.acronym().map(a -> a.equalsIgnoreCase(acronym)).orElse(false))
          .findFirst();
    }

    @Override
    public List<Institution> findByAnyName(String text) {
      return all.stream().filter(i -> i.isKnownAs(text)).toList();
    }
  }

  final InMemoryInstitutions institutions = new InMemoryInstitutions();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final InstitutionDirectory directory = new InstitutionDirectory(institutions, new Auditor(trail));

  static Institution named(String name, String acronym, Country country) {
    Institution institution = new Institution(name, InstitutionKind.UN_AGENCY, country, null);
    institution.abbreviate(acronym);
    return institution;
  }

  @Test
  void recordingAnInstitutionIsAudited() {
    Institution acnur = directory.record(named("Alto Comisionado", "ACNUR", GUATEMALA));

    assertThat(trail.of("Institution", acnur.id()))
        .extracting(AuditEntry::action)
        .containsExactly("institution.recorded");
    assertThat(directory.knownAs("acnur")).containsExactly(acnur);
  }

  @Test
  void anAcronymTakenInTheSameCountryIsRefused() {
    directory.record(named("Alto Comisionado", "ACNUR", GUATEMALA));

    assertThatThrownBy(() -> directory.record(named("Otra", "acnur", GUATEMALA)))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("institution.acronym.duplicate");
    assertThat(institutions.all).hasSize(1);
  }

  @Test
  void theSameAcronymInAnotherCountryIsAllowed() {
    directory.record(named("Alto Comisionado", "ACNUR", GUATEMALA));
    directory.record(named("Alto Comisionado Honduras", "ACNUR", HONDURAS));

    assertThat(institutions.all).hasSize(2);
  }
}
