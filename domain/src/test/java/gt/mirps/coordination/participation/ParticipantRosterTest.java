package gt.mirps.coordination.participation;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonRepository;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantRosterTest {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);

  /** Participations in a list, numbered as a sequence would. */
  static final class Participations implements ParticipationRepository {
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
      return all;
    }

    @Override
    public long countOfEvent(long eventId) {
      return all.size();
    }

    @Override
    public Map<AttendanceState, Long> countByState(long eventId) {
      return Map.of();
    }

    @Override
    public boolean codeTaken(String code) {
      return findByCode(code).isPresent();
    }
  }

  static final class Persons implements PersonRepository {
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

  static final class Institutions implements InstitutionRepository {
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
          .filter(i -> i.acronym().map(a -> a.equalsIgnoreCase(acronym)).orElse(false))
          .findFirst();
    }

    @Override
    public List<Institution> findByAnyName(String text) {
      return List.of();
    }
  }

  static final class Guatemala implements Territories {
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
      return "GT".equals(isoCode) ? Optional.of(GUATEMALA) : Optional.empty();
    }

    @Override
    public List<Country> mirpsMembers() {
      return List.of(GUATEMALA);
    }
  }

  final Participations participations = new Participations();
  final Persons persons = new Persons();
  final Institutions institutions = new Institutions();
  final RecordingAuditTrail trail = new RecordingAuditTrail();
  final Auditor auditor = new Auditor(trail);
  final Clock clock = Clock.fixed(Instant.parse("2024-09-25T05:00:00Z"), ZoneOffset.UTC);
  final Registrations registrations = new Registrations(participations, auditor, clock);
  final List<String> typed = new ArrayList<>();
  final ParticipantRoster roster =
      new ParticipantRoster(
          participations,
          null,
          new RegistrationCandidates() {
            @Override
            public List<PersonCandidate> people(String text, int max) {
              typed.add(text);
              return List.of(new PersonCandidate(1, "Ana", null, null, null, null));
            }

            @Override
            public List<Institution> institutions(String text, int max) {
              typed.add(text);
              return List.of();
            }
          },
          registrations,
          new People(persons, auditor),
          new InstitutionDirectory(institutions, auditor),
          new Guatemala(),
          auditor,
          clock);
  final Event conference =
      TestIds.assign(
          new Event(
              "II Conferencia Nacional de Ciudades Solidarias",
              EventKind.CONFERENCE,
              LocalDateTime.of(2024, 9, 25, 9, 0),
              LocalDateTime.of(2024, 9, 26, 17, 0)),
          7L);

  private Participation registered(String name, AttendanceState state) {
    Person person = persons.add(new Person(name));
    return registrations.registerPerson(
        conference, person, null, null, ParticipationRole.ATTENDEE, state);
  }

  @Test
  void changingTheRoleIsAuditedWithBeforeAndAfter() {
    Participation ana = registered("Ana Ruiz", AttendanceState.REGISTERED);

    roster.changeRole(ana.id(), ParticipationRole.PANELLIST, ana.version());

    assertThat(ana.role()).isEqualTo(ParticipationRole.PANELLIST);
    assertThat(trail.actionsOn("Participation", ana.id()))
        .containsExactly("participation.registered", "participation.roleChanged");
    assertThat(trail.of("Participation", ana.id()).get(1).detail())
        .contains("ATTENDEE → PANELLIST");
  }

  @Test
  void choosingTheSameRoleRecordsNothing() {
    Participation ana = registered("Ana Ruiz", AttendanceState.REGISTERED);

    roster.changeRole(ana.id(), ParticipationRole.ATTENDEE, ana.version());

    assertThat(trail.actionsOn("Participation", ana.id()))
        .containsExactly("participation.registered");
  }

  @Test
  void aRoleChangeFromAStaleFormIsRefusedAndChangesNothing() {
    Participation ana = registered("Ana Ruiz", AttendanceState.REGISTERED);

    assertRefused(
        () -> roster.changeRole(ana.id(), ParticipationRole.SPEAKER, ana.version() + 1),
        ConcurrentChange.MESSAGE_KEY);
    assertThat(ana.role()).isEqualTo(ParticipationRole.ATTENDEE);
  }

  @Test
  void anUnknownParticipantIsRefused() {
    assertRefused(
        () -> roster.changeRole(99, ParticipationRole.SPEAKER, 0), "participation.unknown");
  }

  @Test
  void anInvitedParticipantWhoAcceptsIsRegisteredButOnlyOnce() {
    Participation ana = registered("Ana Ruiz", AttendanceState.INVITED);

    roster.acceptInvitation(ana.id());

    assertThat(ana.state()).isEqualTo(AttendanceState.REGISTERED);
    assertThat(trail.actionsOn("Participation", ana.id()))
        .containsExactly("participation.registered", "participation.invitationAccepted");
    assertRefused(() -> roster.acceptInvitation(ana.id()), "participation.state.notAllowed");
  }

  @Test
  void aNewPersonWithANewInstitutionIsRecordedAndRegisteredWithTheirPost() {
    Participation registered =
        roster.registerNewPerson(
            conference,
            new NewPerson("  Julia   Toj ", "Licda.", "Directora de Proyectos", "JULIA@ong.org.gt"),
            null,
            new NewInstitution("Asociación Pop No'j", "PNJ", InstitutionKind.NGO, "GT"),
            ParticipationRole.PANELLIST,
            AttendanceState.REGISTERED);

    Person julia = registered.person().orElseThrow();
    assertThat(julia.fullName()).isEqualTo("Julia Toj");
    assertThat(julia.email()).contains("julia@ong.org.gt");
    assertThat(julia.currentAffiliation().orElseThrow().since())
        .isEqualTo(LocalDate.of(2024, 9, 24));
    assertThat(institutions.all)
        .extracting(Institution::displayName)
        .containsExactly("Asociación Pop No'j (PNJ)");
    assertThat(registered.institution()).contains(institutions.all.get(0));
    assertThat(registered.positionAtEvent()).contains("Directora de Proyectos");
    assertThat(registered.role()).isEqualTo(ParticipationRole.PANELLIST);
    assertThat(trail.all())
        .extracting(e -> e.action())
        .containsExactly("institution.recorded", "person.recorded", "participation.registered");
  }

  @Test
  void aNewPersonOfAnExistingInstitutionJoinsIt() {
    Institution minex =
        institutions.add(
            new Institution(
                "Ministerio de Relaciones Exteriores", InstitutionKind.MINISTRY, GUATEMALA, null));

    Participation registered =
        roster.registerNewPerson(
            conference,
            new NewPerson("Pedro Xol", null, "Asesor", null),
            minex,
            null,
            ParticipationRole.ATTENDEE,
            AttendanceState.INVITED);

    assertThat(registered.institution()).contains(minex);
    assertThat(registered.person().orElseThrow().currentAffiliation().orElseThrow().institution())
        .isEqualTo(minex);
    assertThat(institutions.all).hasSize(1);
  }

  @Test
  void aNewInstitutionThatNeedsATerritoryOrACountryIsRefusedBeforeAnythingIsRecorded() {
    assertRefused(
        () ->
            roster.registerNewPerson(
                conference,
                new NewPerson("Pedro Xol", null, null, null),
                null,
                new NewInstitution(
                    "Municipalidad de Mixco", null, InstitutionKind.MUNICIPALITY, "GT"),
                ParticipationRole.ATTENDEE,
                AttendanceState.REGISTERED),
        "institution.territory.required");
    assertRefused(
        () ->
            roster.registerNewPerson(
                conference,
                new NewPerson("Pedro Xol", null, null, null),
                null,
                new NewInstitution("Fundación X", null, InstitutionKind.NGO, null),
                ParticipationRole.ATTENDEE,
                AttendanceState.REGISTERED),
        "institution.country.required");
    assertRefused(
        () ->
            roster.registerNewPerson(
                conference,
                new NewPerson("Pedro Xol", null, null, null),
                null,
                new NewInstitution("Fundación X", null, null, "GT"),
                ParticipationRole.ATTENDEE,
                AttendanceState.REGISTERED),
        "institution.kind.required");
    assertRefused(
        () ->
            roster.registerNewPerson(
                conference,
                new NewPerson(" ", null, null, null),
                null,
                null,
                ParticipationRole.ATTENDEE,
                AttendanceState.REGISTERED),
        "person.fullName.required");

    assertThat(persons.all).isEmpty();
    assertThat(institutions.all).isEmpty();
    assertThat(participations.all).isEmpty();
  }

  @Test
  void theAutocompleteWaitsForTwoLettersOfAName() {
    assertThat(roster.peopleLike(" á ")).isEmpty();
    assertThat(roster.peopleLike("an")).hasSize(1);
    assertThat(roster.institutionsLike("  ")).isEmpty();
    roster.institutionsLike("M");

    assertThat(typed).containsExactly("an", "M");
  }
}
