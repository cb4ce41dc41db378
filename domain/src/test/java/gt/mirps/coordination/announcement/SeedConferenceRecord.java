package gt.mirps.coordination.announcement;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRepository;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRepository;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The II Conferencia Nacional de Ciudades Solidarias recorded in memory as {@code
 * demo.SeedConference} records it, and repositories that hand out its participations and
 * commitments.
 */
final class SeedConferenceRecord {

  static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);
  static final Territory GUATEMALA_DEPARTMENT = Territory.department("01", "Guatemala");
  static final Territory GUATEMALA_CITY =
      Territory.municipality("0101", "Guatemala", GUATEMALA_DEPARTMENT);
  static final LocalDateTime OPENING = LocalDateTime.of(2024, 9, 25, 9, 0);
  static final LocalDateTime CLOSING = LocalDateTime.of(2024, 9, 26, 17, 0);
  static final Instant DOORS_OPEN = Instant.parse("2024-09-25T14:30:00Z");
  static final List<Country> OTHER_MIRPS_MEMBERS =
      List.of(
          new Country("BZ", "Belice", "Belize", true),
          new Country("CR", "Costa Rica", "Costa Rica", true),
          new Country("SV", "El Salvador", "El Salvador", true),
          new Country("HN", "Honduras", "Honduras", true),
          new Country("MX", "México", "Mexico", true),
          new Country("PA", "Panamá", "Panama", true));

  private long nextId = 100;
  final Event conference;
  final Institution minex;
  final Institution acnur;
  final Institution vicePresidency;
  final Person canciller;
  final Person vicecanciller;
  final Person vicepresidenta;
  final Person representante;
  final Participations participations = new Participations();
  final Commitments commitments = new Commitments();

  SeedConferenceRecord() {
    minex = institution("Ministerio de Relaciones Exteriores", "MINEX", InstitutionKind.MINISTRY);
    acnur =
        institution(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "ACNUR",
            InstitutionKind.UN_AGENCY);
    Institution oea =
        institution(
            "Organización de los Estados Americanos",
            "OEA",
            InstitutionKind.INTERNATIONAL_ORGANISATION);
    Institution igm =
        institution(
            "Instituto Guatemalteco de Migración", "IGM", InstitutionKind.GOVERNMENT_AGENCY);
    Institution svet =
        institution(
            "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas",
            "SVET",
            InstitutionKind.GOVERNMENT_AGENCY);
    Institution unSystem =
        institution(
            "Sistema de las Naciones Unidas en Guatemala", "SNU", InstitutionKind.UN_AGENCY);
    vicePresidency =
        institution(
            "Vicepresidencia de la República de Guatemala",
            null,
            InstitutionKind.GOVERNMENT_AGENCY);
    canciller = person("Carlos Ramiro Martínez", "Canciller", minex, "Canciller");
    vicecanciller = person("Antonio Escobedo", "Vicecanciller", minex, "Vicecanciller");
    vicepresidenta =
        person("Karin Herrera", "Vicepresidenta", vicePresidency, "Vicepresidenta de la República");
    representante = person("Besem Obenson", "Sra.", acnur, "Representante de ACNUR en Guatemala");

    conference =
        TestIds.assign(
            new Event(
                "II Conferencia Nacional de Ciudades Solidarias",
                EventKind.CONFERENCE,
                OPENING,
                CLOSING),
            nextId++);
    conference.partOfSeries("Conferencia Nacional de Ciudades Solidarias", "II");
    conference.describe(
        "Promover un intercambio de buenas prácticas con gobiernos locales y el Gobierno central"
            + " para crear la Red de Ciudades Solidarias, en beneficio de la población refugiada y"
            + " en contexto de movilidad humana.",
        "MIRPS");
    conference.locate(null, "Ciudad de Guatemala", GUATEMALA_CITY);
    conference.organisedBy(acnur);
    conference.addSession(
        "La importancia de la creación de la Red Nacional de Ciudades Solidarias",
        OPENING.plusHours(1),
        OPENING.plusHours(2),
        List.of(canciller));
    conference.markHeld();

    attended(canciller, ParticipationRole.SPEAKER);
    attended(vicecanciller, ParticipationRole.ATTENDEE);
    attended(vicepresidenta, ParticipationRole.GUEST_OF_HONOUR);
    attended(representante, ParticipationRole.ORGANISER);
    for (Institution delegation : List.of(unSystem, oea, igm, svet)) {
      delegationAttended(delegation);
    }
    for (Country member : OTHER_MIRPS_MEMBERS) {
      Institution team =
          TestIds.assign(
              new Institution(
                  "Equipo Técnico Regional sobre Gobernabilidad Local — " + member.nameEs(),
                  InstitutionKind.GOVERNMENT_AGENCY,
                  member,
                  null),
              nextId++);
      delegationAttended(team);
    }
    Commitment pledge =
        new Commitment(
            "Continuar impulsando acciones en beneficio de las personas refugiadas y en contexto"
                + " de movilidad",
            minex,
            CommitmentType.COORDINATION,
            ThematicArea.PROTECTION);
    pledge.madeAt(conference);
    commitments.add(pledge);
  }

  Institution institution(String name, String acronym, InstitutionKind kind) {
    Institution institution = new Institution(name, kind, GUATEMALA, null);
    institution.abbreviate(acronym);
    return TestIds.assign(institution, nextId++);
  }

  Person person(String name, String honorific, Institution institution, String position) {
    Person person = new Person(name);
    person.describe(honorific, position);
    person.joinInstitution(institution, position, LocalDate.of(2024, 1, 15));
    person.consentToPublicLists(true);
    return TestIds.assign(person, nextId++);
  }

  Participation attended(Person person, ParticipationRole role) {
    Participation participation =
        Participation.ofPerson(
            conference,
            person,
            null,
            null,
            role,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    participation.checkIn(DOORS_OPEN, "coordinacion");
    return participations.add(participation);
  }

  Participation delegationAttended(Institution institution) {
    Participation participation =
        Participation.delegation(
            conference,
            institution,
            1,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    participation.checkIn(DOORS_OPEN, "coordinacion");
    return participations.add(participation);
  }

  /** The participations, numbered as a database would. */
  static final class Participations implements ParticipationRepository {
    final List<Participation> all = new ArrayList<>();
    private long ids = 1000;

    @Override
    public Participation add(Participation participation) {
      all.add(TestIds.assign(participation, ids++));
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
          .filter(p -> p.person().map(q -> q.id() == personId).orElse(false))
          .findFirst();
    }

    @Override
    public Optional<Participation> delegation(long eventId, long institutionId) {
      return all.stream()
          .filter(p -> p.event().id() == eventId && p.isDelegation())
          .filter(p -> p.institution().map(i -> i.id() == institutionId).orElse(false))
          .findFirst();
    }

    /** Pages as the database does, so that a reader of every page is tested. */
    @Override
    public List<Participation> ofEvent(long eventId, int first, int max) {
      List<Participation> ofEvent = all.stream().filter(p -> p.event().id() == eventId).toList();
      return ofEvent.subList(
          Math.min(first, ofEvent.size()), Math.min(first + max, ofEvent.size()));
    }

    @Override
    public long countOfEvent(long eventId) {
      return all.stream().filter(p -> p.event().id() == eventId).count();
    }

    @Override
    public Map<AttendanceState, Long> countByState(long eventId) {
      Map<AttendanceState, Long> counts = new EnumMap<>(AttendanceState.class);
      all.stream()
          .filter(p -> p.event().id() == eventId)
          .forEach(p -> counts.merge(p.state(), 1L, Long::sum));
      return counts;
    }

    @Override
    public boolean codeTaken(String code) {
      return findByCode(code).isPresent();
    }
  }

  /** The commitments, numbered as a database would. */
  static final class Commitments implements CommitmentRepository {
    final List<Commitment> all = new ArrayList<>();
    private long ids = 2000;

    @Override
    public Commitment add(Commitment commitment) {
      all.add(TestIds.assign(commitment, ids++));
      return commitment;
    }

    @Override
    public Optional<Commitment> find(long id) {
      return all.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public List<Commitment> ofEvent(long eventId) {
      return all.stream().filter(c -> c.event().map(e -> e.id() == eventId).orElse(false)).toList();
    }

    @Override
    public List<Commitment> submittedBy(long institutionId) {
      return all.stream().filter(c -> c.submitter().id() == institutionId).toList();
    }

    @Override
    public List<Commitment> overdue(LocalDate today) {
      return all.stream().filter(c -> c.isOverdue(today)).toList();
    }

    @Override
    public List<Commitment> page(
        CommitmentFilter filter,
        gt.mirps.coordination.commitment.CommitmentSort sort,
        boolean ascending,
        int first,
        int max) {
      throw new UnsupportedOperationException("drafts do not page commitments");
    }

    @Override
    public long count(CommitmentFilter filter) {
      throw new UnsupportedOperationException("drafts do not count commitments");
    }
  }
}
