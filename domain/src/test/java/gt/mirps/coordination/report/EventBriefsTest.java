package gt.mirps.coordination.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRepository;
import gt.mirps.coordination.commitment.CommitmentSort;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.InMemoryEvents;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRepository;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.report.EventBrief.InstitutionPart;
import gt.mirps.coordination.report.EventBrief.Representative;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EventBriefsTest {

  private static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  private final Event conference =
      new Event(
          "II Conferencia Nacional de Ciudades Solidarias",
          EventKind.CONFERENCE,
          LocalDateTime.of(2024, 9, 25, 9, 0),
          LocalDateTime.of(2024, 9, 26, 17, 0));

  private static Institution institution(String name, String acronym) {
    Institution institution =
        new Institution(name, InstitutionKind.GOVERNMENT_AGENCY, GUATEMALA, null);
    institution.abbreviate(acronym);
    return institution;
  }

  private Participation person(
      String name, boolean consent, Institution at, String position, ParticipationRole role) {
    Person person = new Person(name);
    person.consentToPublicLists(consent);
    return Participation.ofPerson(
        conference, person, at, position, role, AttendanceState.REGISTERED, ParticipantCode.next());
  }

  private Participation delegation(Institution institution, int people) {
    return Participation.delegation(
        conference,
        institution,
        people,
        ParticipationRole.DELEGATE,
        AttendanceState.REGISTERED,
        ParticipantCode.next());
  }

  @Test
  void namesPeopleOnlyWithConsentAndAlwaysGivesPositionsAndInstitutions() {
    Institution minex = institution("Ministerio de Relaciones Exteriores", "MINEX");
    Institution acnur =
        institution("Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR");
    Institution igm = institution("Instituto Guatemalteco de Migración", "IGM");
    Institution svet = institution("Secretaría contra la Violencia Sexual", "SVET");

    List<InstitutionPart> parts =
        EventBriefs.institutions(
            List.of(
                delegation(igm, 3),
                person(
                    "Antonio Escobedo", true, minex, "Vicecanciller", ParticipationRole.ATTENDEE),
                person(
                    "Carlos Ramiro Martínez", true, minex, "Canciller", ParticipationRole.SPEAKER),
                person(
                    "Ana Reservada",
                    false,
                    acnur,
                    "Oficial de protección",
                    ParticipationRole.ATTENDEE),
                person("Sin Cargo", false, svet, null, ParticipationRole.ATTENDEE),
                person("Juan Pérez", true, null, null, ParticipationRole.ATTENDEE)));

    // prominent roles first, then represented institutions, then delegations; own account last
    assertThat(parts)
        .extracting(InstitutionPart::name)
        .containsExactly(
            "Ministerio de Relaciones Exteriores (MINEX)",
            "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)",
            "Instituto Guatemalteco de Migración (IGM)",
            "Secretaría contra la Violencia Sexual (SVET)",
            null);
    assertThat(parts.get(0).representatives())
        .containsExactly(
            new Representative("Carlos Ramiro Martínez", "Canciller"),
            new Representative("Antonio Escobedo", "Vicecanciller"));
    assertThat(parts.get(1).representatives())
        .containsExactly(new Representative(null, "Oficial de protección"));
    assertThat(parts.get(2).headCount()).isEqualTo(3);
    assertThat(parts.get(3).representatives()).isEmpty();
    assertThat(parts.get(3).headCount()).isEqualTo(1);
    assertThat(parts.get(4).representatives())
        .containsExactly(new Representative("Juan Pérez", null));
  }

  @Test
  void aReportPeriodCannotEndBeforeItStarts() {
    Assertions.assertThatThrownBy(
            () ->
                new CityReportFilter(
                    null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)))
        .isInstanceOf(RuleViolation.class)
        .extracting("messageKey")
        .isEqualTo("cityReport.period.reversed");
    assertThat(new CityReportFilter(" ", null, null, null).departmentCode()).isNull();
  }

  /** Participations of one event, handed out a page at a time like the database does. */
  private static ParticipationRepository participations(List<Participation> all) {
    return new ParticipationRepository() {
      @Override
      public List<Participation> ofEvent(long eventId, int first, int max) {
        return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
      }

      @Override
      public long countOfEvent(long eventId) {
        return all.size();
      }

      @Override
      public Participation add(Participation participation) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Participation> find(long id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Participation> findByCode(String code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Participation> findByEventAndPerson(long eventId, long personId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Participation> delegation(long eventId, long institutionId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Map<AttendanceState, Long> countByState(long eventId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean codeTaken(String code) {
        throw new UnsupportedOperationException();
      }
    };
  }

  private static CommitmentRepository commitments(List<Commitment> made) {
    return new CommitmentRepository() {
      @Override
      public List<Commitment> ofEvent(long eventId) {
        return made;
      }

      @Override
      public Commitment add(Commitment commitment) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Commitment> find(long id) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Commitment> submittedBy(long institutionId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Commitment> overdue(LocalDate today) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Commitment> page(
          CommitmentFilter filter, CommitmentSort sort, boolean descending, int first, int max) {
        throw new UnsupportedOperationException();
      }

      @Override
      public long count(CommitmentFilter filter) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void theBriefReadsEveryPageOfParticipantsAndNamesSpeakersOnlyWithConsent() {
    InMemoryEvents events = new InMemoryEvents();
    Institution minex = institution("Ministerio de Relaciones Exteriores", "MINEX");
    Person canciller = new Person("Carlos Ramiro Martínez");
    canciller.describe(null, "Canciller");
    canciller.consentToPublicLists(true);
    Person reserved = new Person("Persona Reservada");
    reserved.describe(null, "Asesora jurídica");
    Territory department = Territory.department("01", "Guatemala");
    conference.locate(
        null, "Ciudad de Guatemala", Territory.municipality("0101", "Guatemala", department));
    conference.organisedBy(minex);
    conference.addSession(
        "Apertura",
        LocalDateTime.of(2024, 9, 25, 10, 0),
        LocalDateTime.of(2024, 9, 25, 11, 0),
        List.of(canciller, reserved));
    events.add(conference);

    List<Participation> all = new ArrayList<>();
    for (int i = 0; i < EventBriefs.PARTICIPANTS_PER_READ + 20; i++) {
      all.add(delegation(institution("Municipalidad " + i, null), 2));
    }
    Participation cancelled = delegation(institution("Institución que canceló", null), 5);
    cancelled.cancel();
    all.add(cancelled);
    Commitment pledge =
        new Commitment(
            "Continuar impulsando acciones",
            minex,
            CommitmentType.COORDINATION,
            ThematicArea.PROTECTION);

    EventBriefs briefs =
        new EventBriefs(
            events,
            participations(all),
            commitments(List.of(pledge)),
            eventId -> List.of("autoridades-del-minex"));
    EventBrief brief = briefs.of(conference.id()).orElseThrow();

    assertThat(brief.institutions()).hasSize(EventBriefs.PARTICIPANTS_PER_READ + 20);
    assertThat(brief.participants()).isEqualTo(2 * (EventBriefs.PARTICIPANTS_PER_READ + 20));
    assertThat(brief.institutions())
        .extracting(InstitutionPart::name)
        .doesNotContain("Institución que canceló");
    assertThat(brief.place()).isEqualTo("Ciudad de Guatemala");
    assertThat(brief.organisers()).containsExactly("Ministerio de Relaciones Exteriores (MINEX)");
    assertThat(brief.sessions().get(0).speakers())
        .containsExactly("Carlos Ramiro Martínez", "Asesora jurídica");
    assertThat(brief.commitments())
        .extracting(EventBrief.CommitmentLine::status)
        .containsExactly(CommitmentStatus.PLANNING);
    assertThat(brief.communiqueSlugs()).containsExactly("autoridades-del-minex");
    assertThat(briefs.of(999_999L)).isEmpty();
  }
}
