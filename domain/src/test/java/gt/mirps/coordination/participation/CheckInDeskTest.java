package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonRepository;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckInDeskTest {

  /** Participations in a list, answering the desk's queries as the database would. */
  static final class InMemoryDesk implements ParticipationRepository, DeskQueries {
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
      return all.stream().filter(p -> p.event().id() == eventId).skip(first).limit(max).toList();
    }

    @Override
    public long countOfEvent(long eventId) {
      return all.stream().filter(p -> p.event().id() == eventId).count();
    }

    @Override
    public java.util.Map<AttendanceState, Long> countByState(long eventId) {
      java.util.Map<AttendanceState, Long> counts = new java.util.EnumMap<>(AttendanceState.class);
      all.stream()
          .filter(p -> p.event().id() == eventId)
          .forEach(p -> counts.merge(p.state(), 1L, Long::sum));
      return counts;
    }

    @Override
    public boolean codeTaken(String code) {
      return findByCode(code).isPresent();
    }

    @Override
    public List<Participation> search(long eventId, String key, int max) {
      return all.stream()
          .filter(p -> p.event().id() == eventId)
          .filter(
              p ->
                  Text.searchKey(p.displayName()).contains(key)
                      || p.institution()
                          .map(i -> Text.searchKey(i.displayName()).contains(key))
                          .orElse(false))
          .limit(max)
          .toList();
    }

    @Override
    public long countWalkIns(long eventId) {
      return all.stream()
          .filter(p -> p.event().id() == eventId)
          .filter(p -> p.isWalkIn() && p.state() != AttendanceState.CANCELLED)
          .count();
    }

    @Override
    public List<String> institutionNames(String key, int max) {
      return List.of();
    }
  }

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
      return all.stream().filter(p -> p.fullName().equals(name)).toList();
    }
  }

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
      return Optional.empty();
    }

    @Override
    public List<Institution> findByAnyName(String text) {
      return all.stream().filter(i -> i.isKnownAs(text)).toList();
    }
  }

  static final class OnlyGuatemala implements Territories {
    @Override
    public Optional<Territory> territory(String ineCode) {
      return Optional.empty();
    }

    @Override
    public List<Territory> departments() {
      return List.of();
    }

    @Override
    public List<Territory> municipalitiesOf(String departmentCode) {
      return List.of();
    }

    @Override
    public Optional<Country> country(String isoCode) {
      return Optional.of(ParticipationTest.GUATEMALA).filter(c -> c.code().equals(isoCode));
    }

    @Override
    public List<Country> mirpsMembers() {
      return List.of(ParticipationTest.GUATEMALA);
    }
  }

  final InMemoryDesk participations = new InMemoryDesk();
  final InMemoryEvents events = new InMemoryEvents();
  final InMemoryPeople persons = new InMemoryPeople();
  final InMemoryInstitutions institutionRecords = new InMemoryInstitutions();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-09-25T15:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final Auditor auditor = new Auditor(trail, clock);
  final Registrations registrations = new Registrations(participations, auditor, clock);
  final CheckInDesk desk =
      new CheckInDesk(
          participations,
          participations,
          events,
          new People(persons, auditor),
          new InstitutionDirectory(institutionRecords, auditor),
          new OnlyGuatemala(),
          auditor,
          clock);

  Event conference;
  Event otherEvent;
  Institution igm;

  @BeforeEach
  void recordEvents() {
    conference = events.add(ParticipationTest.conference());
    otherEvent = events.add(ParticipationTest.conference());
    igm =
        institutionRecords.add(
            new Institution(
                "Instituto Guatemalteco de Migración",
                InstitutionKind.GOVERNMENT_AGENCY,
                ParticipationTest.GUATEMALA,
                null));
  }

  private Participation register(Event event, String name) {
    Person person = persons.add(new Person(name));
    return registrations.registerPerson(
        event, person, igm, "Técnica", ParticipationRole.ATTENDEE, AttendanceState.REGISTERED);
  }

  private static String key(Throwable e) {
    return ((RuleViolation) e).messageKey();
  }

  @Test
  void aCheckInByCodeSaysItIsTheFirstAndARepeatGivesTheFirstTime() {
    Participation ana = register(conference, "Ana Lucía Xol");

    AtomicReference<DeskEntry> first = new AtomicReference<>();
    ChangeAuthor.actingAs(
        "luis", () -> first.set(desk.checkInByCode(conference.id(), ana.code().toLowerCase())));
    now.set(Instant.parse("2024-09-25T16:30:00Z"));
    DeskEntry repeat = desk.checkInByCode(conference.id(), ana.code());

    assertThat(first.get().firstCheckIn()).isTrue();
    assertThat(first.get().name()).isEqualTo("Ana Lucía Xol");
    assertThat(first.get().institution()).isEqualTo("Instituto Guatemalteco de Migración");
    assertThat(first.get().checkedInAt()).isEqualTo(Instant.parse("2024-09-25T15:00:00Z"));
    assertThat(repeat.firstCheckIn()).isFalse();
    assertThat(repeat.checkedInAt()).isEqualTo(Instant.parse("2024-09-25T15:00:00Z"));
    assertThat(ana.checkedInBy()).contains("luis");
    assertThat(trail.actionsOn("Participation", ana.id()))
        .containsExactly("participation.registered", "participation.checkedIn");
  }

  @Test
  void aMalformedCodeAnUnknownOneAndOneOfAnotherEventAreRefused() {
    Participation elsewhere = register(otherEvent, "Pedro Pablo Caal");

    assertThatThrownBy(() -> desk.checkInByCode(conference.id(), "ab"))
        .satisfies(e -> assertThat(key(e)).isEqualTo("desk.code.invalid"));
    assertThatThrownBy(() -> desk.checkInByCode(conference.id(), "ZZZZ9999"))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.code.unknown"));
    assertThatThrownBy(() -> desk.checkInByCode(conference.id(), elsewhere.code()))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.code.unknown"));
    assertThatThrownBy(() -> desk.checkIn(conference.id(), elsewhere.id()))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.unknown"));
    assertThat(elsewhere.state()).isEqualTo(AttendanceState.REGISTERED);
  }

  @Test
  void aCancelledParticipationIsRefusedAtTheDesk() {
    Participation cancelled = register(conference, "Marta Cancelada");
    desk.cancel(conference.id(), cancelled.code());

    assertThatThrownBy(() -> desk.checkInByCode(conference.id(), cancelled.code()))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.checkIn.cancelled"));
    assertThat(desk.find(conference.id(), cancelled.code()).isCancelled()).isTrue();
  }

  @Test
  void anUndoneCheckInIsAuditedAndTheCountsFollow() {
    Participation ana = register(conference, "Ana Lucía Xol");
    register(conference, "Bruno Díaz");
    DeskEntry checkedIn = desk.checkIn(conference.id(), ana.id());
    assertThat(desk.counts(conference.id())).isEqualTo(new DeskCounts(2, 1, 0));

    DeskEntry undone = desk.undoCheckIn(conference.id(), checkedIn.id());

    assertThat(undone.state()).isEqualTo(AttendanceState.REGISTERED);
    assertThat(undone.checkedIn()).isEmpty();
    assertThat(desk.counts(conference.id())).isEqualTo(new DeskCounts(2, 0, 0));
    List<AuditEntry> entries = trail.of("Participation", ana.id());
    assertThat(entries.get(entries.size() - 1).action()).isEqualTo("participation.checkInUndone");
    assertThat(entries.get(entries.size() - 1).detail().orElseThrow())
        .contains("2024-09-25T15:00:00Z");
    assertThatThrownBy(() -> desk.undoCheckIn(conference.id(), ana.id()))
        .satisfies(e -> assertThat(key(e)).isEqualTo("participation.checkIn.notCheckedIn"));
  }

  @Test
  void aWalkInIsRegisteredCheckedInAndCounted() {
    register(conference, "Ana Lucía Xol");

    DeskEntry walkIn =
        desk.registerWalkIn(
            conference.id(),
            "  Rosa   Elena Tun ",
            null,
            "instituto guatemalteco de migracion",
            "Delegada");

    assertThat(walkIn.walkIn()).isTrue();
    assertThat(walkIn.firstCheckIn()).isTrue();
    assertThat(walkIn.name()).isEqualTo("Rosa Elena Tun");
    assertThat(walkIn.institution()).isEqualTo("Instituto Guatemalteco de Migración");
    assertThat(walkIn.position()).isEqualTo("Delegada");
    assertThat(persons.all).extracting(Person::fullName).contains("Rosa Elena Tun");
    assertThat(desk.counts(conference.id())).isEqualTo(new DeskCounts(2, 1, 1));
    assertThat(trail.actionsOn("Participation", walkIn.id()))
        .containsExactly("participation.walkIn", "participation.checkedIn");
  }

  @Test
  void aWalkInFromAnUnknownInstitutionRecordsItAndOneWithoutNameIsRefusedWhole() {
    DeskEntry walkIn =
        desk.registerWalkIn(conference.id(), "Juan Cux", null, "Asociación Nueva", null);

    assertThat(walkIn.institution()).isEqualTo("Asociación Nueva");
    assertThat(institutionRecords.all)
        .filteredOn(i -> i.name().equals("Asociación Nueva"))
        .singleElement()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(InstitutionKind.OTHER));

    int before = participations.all.size();
    assertThatThrownBy(() -> desk.registerWalkIn(conference.id(), " ", igm.id(), null, null))
        .satisfies(e -> assertThat(key(e)).isEqualTo("person.fullName.required"));
    assertThat(participations.all).hasSize(before);
  }

  @Test
  void theDeskFindsByTwoLettersOfNameOrInstitutionAccentsAside() {
    register(conference, "Ana Lucía Xol");
    register(conference, "Bruno Díaz");
    register(otherEvent, "Lucía Elsewhere");

    assertThat(desk.search(conference.id(), "LUCIA"))
        .extracting(DeskEntry::name)
        .containsExactly("Ana Lucía Xol");
    assertThat(desk.search(conference.id(), "mig")).hasSize(2);
    assertThat(desk.search(conference.id(), "l")).isEmpty();
    assertThat(desk.counts(otherEvent.id()).registered()).isEqualTo(1);
  }
}
