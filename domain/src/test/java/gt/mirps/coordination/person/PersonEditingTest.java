package gt.mirps.coordination.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.TestIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Editing people, recording their moves and merging duplicates, without a database. */
class PersonEditingTest {

  /** People in a list. */
  static final class InMemoryPeople implements PersonRepository {
    final List<Person> all = new ArrayList<>();

    @Override
    public Person add(Person person) {
      all.add(TestIds.assign(person, all.size() + 1L));
      return person;
    }

    @Override
    public Optional<Person> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<Person> findByName(String name) {
      return List.of();
    }
  }

  /** The two institutions of PersonTest, by id 1 and 2. */
  static final class TwoInstitutions implements InstitutionRepository {
    final List<Institution> all =
        List.of(TestIds.assign(PersonTest.MINEX, 1L), TestIds.assign(PersonTest.IGM, 2L));

    @Override
    public Institution add(Institution institution) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Institution> find(long id) {
      return all.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public Optional<Institution> findByAcronym(String countryCode, String acronym) {
      return Optional.empty();
    }

    @Override
    public List<Institution> findByAnyName(String text) {
      return List.of();
    }
  }

  /** References that say both people attended {@code shared} (if any) and record moves. */
  final class FakeReferences implements PersonReferences {
    List<String> shared = List.of();
    final List<String> moves = new ArrayList<>();

    @Override
    public ReferenceCounts count(long id) {
      return new ReferenceCounts(2, 1, 0, 0);
    }

    @Override
    public List<String> sharedEvents(long fromId, long toId) {
      return shared;
    }

    @Override
    public List<String> sharedSessions(long fromId, long toId) {
      return List.of();
    }

    @Override
    public void moveAll(long fromId, long toId) {
      moves.add(fromId + "→" + toId);
    }

    @Override
    public void removeMerged(Person duplicate) {
      people.all.remove(duplicate);
    }
  }

  final InMemoryPeople people = new InMemoryPeople();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final PersonEditor editor =
      new PersonEditor(
          people,
          null, // suggestions are not used here
          new TwoInstitutions(),
          new Auditor(trail));
  final FakeReferences references = new FakeReferences();
  final PersonMerger merger = new PersonMerger(people, references, new Auditor(trail));

  static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  static PersonDetails details(String name, String email) {
    return new PersonDetails(name, "Lic.", "Director", email, null, false);
  }

  @Test
  void aBadEmailIsRefusedAndTheRecordKeepsWhatItHad() {
    Person person = editor.create(details("Antonio Escobedo", "a@minex.gob.gt"));

    assertThatThrownBy(
            () ->
                editor.update(
                    person.id(), person.version(), details("Antonio Escobedo R.", "no-es-correo")))
        .extracting(PersonEditingTest::key)
        .isEqualTo("person.email.invalid");
    assertThat(person.fullName()).isEqualTo("Antonio Escobedo");
    assertThat(person.email()).contains("a@minex.gob.gt");
    assertThat(trail.actionsOn("Person", person.id())).containsExactly("person.recorded");
  }

  @Test
  void aFormReadBeforeSomeoneElseSavedIsRefused() {
    Person person = editor.create(details("Karin Herrera", null));

    assertThatThrownBy(
            () -> editor.update(person.id(), person.version() - 1, details("Otra", null)))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(person.fullName()).isEqualTo("Karin Herrera");
  }

  @Test
  void aMoveClosesTheCurrentPostAndIsAudited() {
    Person person = editor.create(details("Stephanie Martínez", null));
    editor.moveTo(person.id(), person.version(), 1L, "Directora", LocalDate.of(2020, 1, 1));

    editor.moveTo(person.id(), person.version(), 2L, "Subdirectora", LocalDate.of(2023, 3, 1));

    assertThat(person.affiliations()).hasSize(2);
    assertThat(person.affiliations().get(0).until()).contains(LocalDate.of(2023, 3, 1));
    assertThat(person.currentAffiliation().orElseThrow().institution()).isEqualTo(PersonTest.IGM);
    assertThat(person.position()).contains("Subdirectora");
    assertThat(trail.actionsOn("Person", person.id()))
        .containsExactly("person.recorded", "person.moved", "person.moved");
    assertThatThrownBy(
            () -> editor.moveTo(person.id(), person.version(), null, "x", LocalDate.now()))
        .extracting(PersonEditingTest::key)
        .isEqualTo("person.affiliation.institution.required");
    assertThatThrownBy(() -> editor.moveTo(person.id(), person.version(), 1L, "x", null))
        .extracting(PersonEditingTest::key)
        .isEqualTo("person.affiliation.since.required");
  }

  @Test
  void aMergeTakesTheMissingContactDetailsAndDeletesTheDuplicate() {
    Person kept = editor.create(details("Carlos Ramiro Martínez", null));
    Person duplicate =
        editor.create(
            new PersonDetails(
                "Carlos Martinez", null, null, "cm@minex.gob.gt", "+502 2410-0000", true));

    merger.merge(duplicate.id(), kept.id());

    assertThat(references.moves).containsExactly(duplicate.id() + "→" + kept.id());
    assertThat(people.all).containsExactly(kept);
    assertThat(kept.email()).contains("cm@minex.gob.gt");
    assertThat(kept.phone()).contains("+502 2410-0000");
    assertThat(kept.honorific()).contains("Lic.");
    assertThat(trail.actionsOn("Person", kept.id())).contains("person.merged");
    assertThat(trail.actionsOn("Person", duplicate.id())).contains("person.mergedInto");
  }

  @Test
  void twoRecordsAtTheSameEventAreNotMerged() {
    Person kept = editor.create(details("Karin Herrera", null));
    Person duplicate = editor.create(details("Karin Herrera Aguilar", null));
    references.shared = List.of("II Conferencia Nacional de Ciudades Solidarias");

    assertThat(merger.preview(duplicate.id(), kept.id()).possible()).isFalse();
    assertThatThrownBy(() -> merger.merge(duplicate.id(), kept.id()))
        .extracting(PersonEditingTest::key)
        .isEqualTo("person.merge.sameEvent");
    assertThat(references.moves).isEmpty();
    assertThat(people.all).contains(duplicate);
    assertThatThrownBy(() -> merger.merge(kept.id(), kept.id()))
        .extracting(PersonEditingTest::key)
        .isEqualTo("person.merge.self");
  }
}
