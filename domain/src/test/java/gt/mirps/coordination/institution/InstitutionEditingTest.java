package gt.mirps.coordination.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.institution.InstitutionDirectoryTest.InMemoryInstitutions;
import gt.mirps.coordination.institution.InstitutionReferences.ReferenceCounts;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Editing institutions from the form, and merging duplicates, without a database. */
class InstitutionEditingTest {

  static final Country GUATEMALA = InstitutionTest.GUATEMALA;
  static final Country HONDURAS = InstitutionDirectoryTest.HONDURAS;

  /** Reference data in memory: Guatemala, Honduras, Petén and Flores. */
  static final class FewTerritories implements Territories {
    @Override
    public Optional<Territory> territory(String ineCode) {
      return List.of(InstitutionTest.PETEN, InstitutionTest.FLORES).stream()
          .filter(t -> t.code().equals(ineCode))
          .findFirst();
    }

    @Override
    public List<Territory> departments() {
      return List.of(InstitutionTest.PETEN);
    }

    @Override
    public List<Territory> municipalitiesOf(String departmentCode) {
      return List.of(InstitutionTest.FLORES);
    }

    @Override
    public Optional<Country> country(String isoCode) {
      return mirpsMembers().stream().filter(c -> c.code().equals(isoCode)).findFirst();
    }

    @Override
    public List<Country> mirpsMembers() {
      return List.of(GUATEMALA, HONDURAS);
    }
  }

  /** Records what the merge asked to move and removes the duplicate from the list. */
  final class RecordingReferences implements InstitutionReferences {
    final List<String> moves = new ArrayList<>();

    @Override
    public ReferenceCounts count(long id) {
      return new ReferenceCounts(3, 1, 1, 2, 0, 0);
    }

    @Override
    public void moveAll(long fromId, long toId) {
      moves.add(fromId + "→" + toId);
    }

    @Override
    public void removeMerged(Institution duplicate) {
      institutions.all.remove(duplicate);
    }
  }

  final InMemoryInstitutions institutions = new InMemoryInstitutions();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final Auditor auditor = new Auditor(trail);
  final InstitutionDirectory directory = new InstitutionDirectory(institutions, auditor);
  final InstitutionEditor editor =
      new InstitutionEditor(
          institutions,
          null, // suggestions are not used here
          new FewTerritories(),
          directory,
          auditor);
  final RecordingReferences references = new RecordingReferences();
  final InstitutionMerger merger = new InstitutionMerger(institutions, references, auditor);

  static InstitutionDetails details(String name, String acronym, List<String> aliases) {
    return new InstitutionDetails(
        name, acronym, aliases, InstitutionKind.GOVERNMENT_AGENCY, "GT", null, null, false);
  }

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void anInstitutionIsCreatedWithItsAliasesAndFoundByThem() {
    Institution created =
        editor.create(
            new InstitutionDetails(
                "Municipalidad de Flores",
                null,
                List.of("Muni Flores"),
                InstitutionKind.MUNICIPALITY,
                "GT",
                "1701",
                null,
                true));

    assertThat(created.territory()).contains(InstitutionTest.FLORES);
    assertThat(created.nationalTeamMember()).isTrue();
    assertThat(directory.knownAs("muni flores")).containsExactly(created);
    assertThat(trail.actionsOn("Institution", created.id()))
        .containsExactly("institution.recorded");
  }

  @Test
  void savingReplacesTheAliasesAndIsAudited() {
    Institution igm =
        editor.create(details("Instituto de Migración", "IGM", List.of("Migración", "DGM")));

    editor.update(
        igm.id(),
        igm.version(),
        details("Instituto Guatemalteco de Migración", "IGM", List.of("DGM", "Migracion GT")));

    assertThat(igm.name()).isEqualTo("Instituto Guatemalteco de Migración");
    assertThat(igm.aliases()).containsExactlyInAnyOrder("DGM", "Migracion GT");
    assertThat(igm.isKnownAs("Migración")).isFalse();
    assertThat(trail.actionsOn("Institution", igm.id()))
        .containsExactly("institution.recorded", "institution.updated");
  }

  @Test
  void aFormReadBeforeSomeoneElseSavedIsRefusedAndChangesNothing() {
    Institution igm = editor.create(details("Instituto de Migración", "IGM", List.of()));

    assertThatThrownBy(
            () ->
                editor.update(
                    igm.id(), igm.version() + 1, details("Otro nombre", "IGM", List.of())))
        .isInstanceOf(ConcurrentChange.class)
        .extracting(InstitutionEditingTest::key)
        .isEqualTo("record.changedByOther");
    assertThat(igm.name()).isEqualTo("Instituto de Migración");
  }

  @Test
  void anAcronymOfAnotherInstitutionIsRefusedBeforeAnythingChanges() {
    editor.create(details("Ministerio de Relaciones Exteriores", "MINEX", List.of()));
    Institution igm = editor.create(details("Instituto de Migración", "IGM", List.of()));

    assertThatThrownBy(
            () -> editor.update(igm.id(), igm.version(), details("Renombrado", "minex", List.of())))
        .extracting(InstitutionEditingTest::key)
        .isEqualTo("institution.acronym.duplicate");
    assertThat(igm.name()).isEqualTo("Instituto de Migración");
    assertThat(igm.acronym()).contains("IGM");
  }

  @Test
  void aKindAndACountryAreRequired() {
    assertThatThrownBy(
            () ->
                editor.create(
                    new InstitutionDetails("Sin tipo", null, null, null, "GT", null, null, false)))
        .extracting(InstitutionEditingTest::key)
        .isEqualTo("institution.kind.required");
    assertThatThrownBy(
            () ->
                editor.create(
                    new InstitutionDetails(
                        "Sin país", null, null, InstitutionKind.NGO, " ", null, null, false)))
        .extracting(InstitutionEditingTest::key)
        .isEqualTo("institution.country.required");
    assertThat(institutions.all).isEmpty();
  }

  @Test
  void aMergeMovesEveryReferenceKeepsTheNamesDeletesTheDuplicateAndAuditsBothIds() {
    Institution kept =
        editor.create(
            details("Alto Comisionado de la ONU para los Refugiados", "ACNUR", List.of()));
    Institution duplicate =
        editor.create(details("UNHCR Guatemala", "UNHCR", List.of("La Agencia")));

    InstitutionMerger.Preview preview = merger.preview(duplicate.id(), kept.id());
    assertThat(preview.references().participations()).isEqualTo(3);
    assertThat(preview.names()).isEqualTo(3);
    assertThat(references.moves).isEmpty();

    merger.merge(duplicate.id(), kept.id());

    assertThat(references.moves).containsExactly(duplicate.id() + "→" + kept.id());
    assertThat(institutions.all).containsExactly(kept);
    assertThat(kept.isKnownAs("UNHCR Guatemala")).isTrue();
    assertThat(kept.isKnownAs("unhcr")).isTrue();
    assertThat(kept.isKnownAs("la agencia")).isTrue();
    assertThat(trail.actionsOn("Institution", kept.id())).contains("institution.merged");
    assertThat(trail.actionsOn("Institution", duplicate.id())).contains("institution.mergedInto");
  }

  @Test
  void anInstitutionIsNotMergedWithItself() {
    Institution igm = editor.create(details("Instituto de Migración", "IGM", List.of()));

    assertThatThrownBy(() -> merger.merge(igm.id(), igm.id()))
        .extracting(InstitutionEditingTest::key)
        .isEqualTo("institution.merge.self");
    assertThat(references.moves).isEmpty();
  }
}
