package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.person.Affiliation;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonRepository;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantImportTest {

  /** People in a list, found by folded name as the database would. */
  static final class InMemoryPeople implements PersonRepository {
    final List<Person> all = new ArrayList<>();

    @Override
    public Person add(Person person) {
      all.add(TestIds.assign(person, all.size() + 500L));
      return person;
    }

    @Override
    public Optional<Person> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<Person> findByName(String name) {
      return all.stream()
          .filter(p -> Text.searchKey(p.fullName()).equals(Text.searchKey(name)))
          .toList();
    }
  }

  /** Institutions in a list, found by any of their names. */
  static final class InMemoryInstitutions implements InstitutionRepository {
    final List<Institution> all = new ArrayList<>();

    @Override
    public Institution add(Institution institution) {
      all.add(TestIds.assign(institution, all.size() + 300L));
      return institution;
    }

    @Override
    public Optional<Institution> find(long id) {
      return all.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public Optional<Institution> findByAcronym(String countryCode, String acronym) {
      return all.stream().filter(i -> i.isKnownAs(acronym)).findFirst();
    }

    @Override
    public List<Institution> findByAnyName(String text) {
      return all.stream().filter(i -> i.isKnownAs(text)).toList();
    }
  }

  /** Participations in a list, with the event-and-person lookup the import relies on. */
  static final class InMemoryParticipations implements ParticipationRepository {
    final List<Participation> all = new ArrayList<>();

    @Override
    public Participation add(Participation participation) {
      all.add(TestIds.assign(participation, all.size() + 1L));
      return participation;
    }

    @Override
    public Optional<Participation> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Participation> findByCode(String code) {
      return all.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Participation> findByEventAndPerson(long eventId, long personId) {
      return all.stream()
          .filter(p -> p.event().id() == eventId)
          .filter(p -> p.person().map(Person::id).map(id -> id == personId).orElse(false))
          .findFirst();
    }

    @Override
    public Optional<Participation> delegation(long eventId, long institutionId) {
      return Optional.empty();
    }

    @Override
    public List<Participation> ofEvent(long eventId, int first, int max) {
      return all.stream().filter(p -> p.event().id() == eventId).toList();
    }

    @Override
    public long countOfEvent(long eventId) {
      return ofEvent(eventId, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public Map<AttendanceState, Long> countByState(long eventId) {
      return Collections.emptyMap();
    }

    @Override
    public boolean codeTaken(String code) {
      return findByCode(code).isPresent();
    }
  }

  final Clock clock = Clock.fixed(Instant.parse("2024-09-20T15:00:00Z"), ZoneOffset.UTC);
  final InMemoryEvents events = new InMemoryEvents();
  final InMemoryPeople directory = new InMemoryPeople();
  final InMemoryInstitutions institutions = new InMemoryInstitutions();
  final InMemoryParticipations participations = new InMemoryParticipations();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final Auditor auditor = new Auditor(trail, clock);
  final Registrations registrations = new Registrations(participations, auditor, clock);
  final ParticipantImport importer =
      new ParticipantImport(
          events,
          directory,
          institutions,
          participations,
          new People(directory, auditor),
          registrations,
          auditor,
          clock);

  final Event conference = events.add(ParticipationTest.conference());
  final Institution minex =
      institutions.add(institution("Ministerio de Relaciones Exteriores", "MINEX"));
  final Institution acnur =
      institution("Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR");

  ParticipantImportTest() {
    acnur.addAlias("Agencia de la ONU para los Refugiados");
    institutions.add(acnur);
  }

  static Institution institution(String name, String acronym) {
    Institution institution =
        new Institution(name, InstitutionKind.MINISTRY, ParticipationTest.GUATEMALA, null);
    institution.abbreviate(acronym);
    return institution;
  }

  static ImportRow row(int line, String name, String institution, String email, String role) {
    return new ImportRow(line, name, null, "Asesora", institution, email, null, role);
  }

  List<ImportProblem> problems(ImportRow... rows) {
    return importer.validate(conference.id(), List.of(rows));
  }

  static String reason(List<ImportProblem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0).messageKey();
  }

  @Test
  void aCleanListHasNoProblems() {
    assertThat(
            problems(
                row(2, "Ana Pérez", "MINEX", "ana@minex.gob.gt", "Ponente"),
                row(3, "Luis Gómez", "agencia de la onu para los refugiados", null, ""),
                row(4, "Marta Ruiz", null, null, "observer")))
        .isEmpty();
  }

  @Test
  void aRowWithoutNameIsRefusedWithItsLine() {
    List<ImportProblem> problems = problems(row(7, "  ", "MINEX", null, null));

    assertThat(reason(problems)).isEqualTo("participation.import.name.required");
    assertThat(problems.get(0).line()).isEqualTo(7);
    assertThat(problems.get(0).field()).isEqualTo(ImportField.NAME);
  }

  @Test
  void anUnknownInstitutionIsRefusedWithTheValueGiven() {
    List<ImportProblem> problems =
        problems(row(2, "Ana Pérez", "Ministerio Inventado", null, null));

    assertThat(reason(problems)).isEqualTo("participation.import.institution.unknown");
    assertThat(problems.get(0).value()).isEqualTo("Ministerio Inventado");
    assertThat(problems.get(0).field()).isEqualTo(ImportField.INSTITUTION);
  }

  @Test
  void anInstitutionThatSeveralMatchIsAmbiguous() {
    Institution other = institution("Movimiento Internacional Explorador", "MIE");
    other.addAlias("MINEX");
    institutions.add(other);

    List<ImportProblem> problems = problems(row(2, "Ana Pérez", "minex", null, null));

    assertThat(reason(problems)).isEqualTo("participation.import.institution.ambiguous");
    assertThat(problems.get(0).arguments().get(1))
        .contains("MINEX")
        .contains("Movimiento Internacional Explorador");
  }

  @Test
  void theSamePersonTwiceInTheFileIsADuplicateOfTheFirstLine() {
    List<ImportProblem> problems =
        problems(
            row(2, "Ana Pérez", "MINEX", "ana@minex.gob.gt", null),
            row(3, "ANA PEREZ", "MINEX", null, null));

    assertThat(reason(problems)).isEqualTo("participation.import.duplicate.inFile");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).arguments()).containsExactly("ANA PEREZ", "2");
  }

  @Test
  void namesakesWithDifferentEmailsAreDifferentPeople() {
    assertThat(
            problems(
                row(2, "Ana Pérez", "MINEX", "ana@minex.gob.gt", null),
                row(3, "Ana Perez", "ACNUR", "ana@acnur.org", null)))
        .isEmpty();
  }

  @Test
  void aPersonAlreadyRegisteredAtTheEventIsADuplicate() {
    Person ana = directory.add(new Person("Ana Pérez"));
    registrations.registerPerson(
        conference, ana, minex, null, ParticipationRole.ATTENDEE, AttendanceState.REGISTERED);

    assertThat(reason(problems(row(2, "ana perez", "MINEX", null, null))))
        .isEqualTo("participation.import.duplicate.atEvent");
  }

  @Test
  void aBadEmailIsRefused() {
    List<ImportProblem> problems = problems(row(2, "Ana Pérez", "MINEX", "ana@", null));

    assertThat(reason(problems)).isEqualTo("participation.import.email.invalid");
    assertThat(problems.get(0).value()).isEqualTo("ana@");
  }

  @Test
  void anUnknownRoleIsRefusedAndKnownOnesAreReadInEitherLanguage() {
    assertThat(reason(problems(row(2, "Ana Pérez", "MINEX", null, "Bailarina"))))
        .isEqualTo("participation.import.role.unknown");
    assertThat(ParticipantImport.roleNamed("Invitada de Honor"))
        .contains(ParticipationRole.GUEST_OF_HONOUR);
    assertThat(ParticipantImport.roleNamed("panelist")).contains(ParticipationRole.PANELLIST);
    assertThat(ParticipantImport.roleNamed("MODERATOR")).contains(ParticipationRole.MODERATOR);
    assertThat(ParticipantImport.roleNamed(" ")).contains(ParticipationRole.ATTENDEE);
  }

  @Test
  void aBadPhoneAndAnOverlongPositionAreRefusedByThePersonsRules() {
    ImportRow row =
        new ImportRow(2, "Ana Pérez", null, "x".repeat(301), "MINEX", null, "llámeme", null);

    assertThat(problems(row))
        .extracting(ImportProblem::field, ImportProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ImportField.POSITION, "person.position.tooLong"),
            org.assertj.core.groups.Tuple.tuple(
                ImportField.PHONE, "participation.import.phone.invalid"));
  }

  @Test
  void namesakesInTheDirectoryThatCannotBeToldApartAreAmbiguous() {
    directory.add(new Person("Ana Pérez"));
    directory.add(new Person("Ana Perez"));

    assertThat(reason(problems(row(2, "Ana Pérez", "MINEX", null, null))))
        .isEqualTo("participation.import.person.ambiguous");
  }

  @Test
  void everyRowWithAProblemIsReportedNotJustTheFirst() {
    assertThat(
            problems(
                row(2, "", "MINEX", null, null),
                row(3, "Luis Gómez", "Nada", null, null),
                row(4, "Marta Ruiz", "MINEX", "marta@", "nadie")))
        .extracting(ImportProblem::line)
        .containsExactly(2, 3, 4, 4);
  }

  @Test
  void importingRegistersEveryRowReusingPeopleOfTheDirectory() {
    Person known = new Person("Ana Pérez");
    known.contactAt("ana@minex.gob.gt", null);
    directory.add(known);

    ImportSummary summary =
        importer.importAll(
            conference.id(),
            List.of(
                row(2, "ANA PEREZ", "MINEX", "ana@minex.gob.gt", "ponente"),
                row(3, "Luis Gómez", "ACNUR", "luis@acnur.org", null)),
            AttendanceState.INVITED);

    assertThat(summary).isEqualTo(new ImportSummary(2, 1));
    assertThat(directory.all).hasSize(2);
    Person luis = directory.findByName("Luis Gómez").get(0);
    assertThat(luis.currentAffiliation().map(Affiliation::institution)).contains(acnur);
    assertThat(luis.email()).contains("luis@acnur.org");
    assertThat(participations.all)
        .extracting(p -> p.person().orElseThrow(), Participation::role, Participation::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                known, ParticipationRole.SPEAKER, AttendanceState.INVITED),
            org.assertj.core.groups.Tuple.tuple(
                luis, ParticipationRole.ATTENDEE, AttendanceState.INVITED));
    assertThat(participations.all.get(0).institution()).contains(minex);
    assertThat(participations.all.get(0).positionAtEvent()).contains("Asesora");
    assertThat(trail.actionsOn("Event", conference.id())).containsExactly("participation.imported");
    assertThat(trail.all())
        .extracting(e -> e.action())
        .contains("person.recorded", "participation.registered");
  }

  @Test
  void aListWithAnyProblemImportsNothing() {
    List<ImportRow> rows =
        List.of(
            row(2, "Ana Pérez", "MINEX", null, null),
            row(3, "Luis Gómez", "Ministerio Inventado", null, null));

    assertThatThrownBy(() -> importer.importAll(conference.id(), rows, AttendanceState.REGISTERED))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("participation.import.problemsRemain");
    assertThat(participations.all).isEmpty();
    assertThat(directory.all).isEmpty();
    assertThat(trail.all()).isEmpty();
  }

  @Test
  void anEmptyListAnUnknownEventAndTooManyRowsAreRefused() {
    assertThatThrownBy(() -> importer.validate(conference.id(), List.of()))
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("participation.import.empty");
    assertThatThrownBy(() -> importer.validate(999_999, List.of(row(2, "Ana", null, null, null))))
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("participation.import.event.unknown");
    List<ImportRow> many = new ArrayList<>();
    for (int i = 0; i <= ParticipantImport.MAX_ROWS; i++) {
      many.add(row(i + 2, "Persona " + i, null, null, null));
    }
    assertThatThrownBy(() -> importer.validate(conference.id(), many))
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("participation.import.tooManyRows");
  }

  @Test
  void theSamePersonCanBeImportedAtAnotherEvent() {
    importer.importAll(
        conference.id(),
        List.of(row(2, "Ana Pérez", "MINEX", null, null)),
        AttendanceState.REGISTERED);
    Event other = events.add(ParticipationTest.conference());

    assertThat(importer.validate(other.id(), List.of(row(2, "Ana Pérez", "MINEX", null, null))))
        .isEmpty();
    assertThat(
            importer.validate(conference.id(), List.of(row(2, "Ana Pérez", "MINEX", null, null))))
        .extracting(ImportProblem::messageKey)
        .containsExactly("participation.import.duplicate.atEvent");
    assertThat(LocalDate.of(2024, 9, 20))
        .isEqualTo(directory.all.get(0).currentAffiliation().orElseThrow().since());
  }
}
