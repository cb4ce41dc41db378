package gt.mirps.coordination.demo;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.participation.Registrations;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The II Conferencia Nacional de Ciudades Solidarias as the communiqué that started this project
 * tells it (shared/seed): who organised it, who spoke, who took part for which institution, and
 * where. The communiqué gives days but not hours: 09:00 to 17:00 and the segment at 10:00 are
 * assumed; the officials named in a public communiqué are recorded as consenting to public lists.
 */
@ApplicationScoped
public class SeedConference implements DemoDataSet {

  static final String NAME = "seed-conference";
  public static final String SERIES = "Conferencia Nacional de Ciudades Solidarias";
  public static final String EDITION = "II";
  static final LocalDateTime OPENING = LocalDateTime.of(2024, 9, 25, 9, 0);
  static final LocalDateTime CLOSING = LocalDateTime.of(2024, 9, 26, 17, 0);
  static final LocalDate IN_OFFICE_SINCE = LocalDate.of(2024, 1, 15);
  static final Map<String, String> SOLIDARITY_MUNICIPALITIES = new LinkedHashMap<>();

  static {
    SOLIDARITY_MUNICIPALITIES.put("0101", "Municipalidad de Guatemala");
    SOLIDARITY_MUNICIPALITIES.put("1703", "Municipalidad de San Benito");
    SOLIDARITY_MUNICIPALITIES.put("1701", "Municipalidad de Flores");
    SOLIDARITY_MUNICIPALITIES.put("1301", "Municipalidad de Huehuetenango");
    SOLIDARITY_MUNICIPALITIES.put("1802", "Municipalidad de Livingston");
    SOLIDARITY_MUNICIPALITIES.put("1801", "Municipalidad de Puerto Barrios");
    SOLIDARITY_MUNICIPALITIES.put("2007", "Municipalidad de Esquipulas");
  }

  private EventCatalog events;
  private InstitutionDirectory institutions;
  private People people;
  private Territories territories;
  private Registrations registrations;
  private SolidarityCityRegister solidarityCities;
  private CommitmentRegister commitments;

  /** For the container's proxies only. */
  protected SeedConference() {}

  @Inject
  public SeedConference(
      EventCatalog events,
      InstitutionDirectory institutions,
      People people,
      Territories territories,
      Registrations registrations,
      SolidarityCityRegister solidarityCities,
      CommitmentRegister commitments) {
    this.solidarityCities = solidarityCities;
    this.commitments = commitments;
    this.events = events;
    this.institutions = institutions;
    this.people = people;
    this.territories = territories;
    this.registrations = registrations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void load() {
    Country guatemala = country(Country.GUATEMALA);

    Institution minex =
        institution(
            "Ministerio de Relaciones Exteriores", "MINEX", InstitutionKind.MINISTRY, guatemala);
    minex.joinNationalTeam(true);
    Institution acnur =
        institution(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "ACNUR",
            InstitutionKind.UN_AGENCY,
            guatemala,
            "Agencia de la ONU para los Refugiados",
            "UNHCR");
    Institution oea =
        institution(
            "Organización de los Estados Americanos",
            "OEA",
            InstitutionKind.INTERNATIONAL_ORGANISATION,
            guatemala,
            "OAS");
    Institution igm =
        institution(
            "Instituto Guatemalteco de Migración",
            "IGM",
            InstitutionKind.GOVERNMENT_AGENCY,
            guatemala);
    igm.joinNationalTeam(true);
    Institution svet =
        institution(
            "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas",
            "SVET",
            InstitutionKind.GOVERNMENT_AGENCY,
            guatemala);
    svet.joinNationalTeam(true);
    Institution unSystem =
        institution(
            "Sistema de las Naciones Unidas en Guatemala",
            "SNU",
            InstitutionKind.UN_AGENCY,
            guatemala);
    Institution vicePresidency =
        institution(
            "Vicepresidencia de la República de Guatemala",
            null,
            InstitutionKind.GOVERNMENT_AGENCY,
            guatemala);
    // The Solidarity Cities the communiqué names, with the services it lists. It says they are
    // Solidarity Cities by 25 September 2024 but not when each signed: that day is recorded as
    // the signing date, the latest it can be.
    Set<SolidarityService> services =
        EnumSet.of(
            SolidarityService.EDUCATION,
            SolidarityService.PSYCHOSOCIAL_SUPPORT,
            SolidarityService.HEALTH,
            SolidarityService.SOCIAL_ASSISTANCE);
    LocalDate byTheConference = OPENING.toLocalDate();
    for (Map.Entry<String, String> municipality : SOLIDARITY_MUNICIPALITIES.entrySet()) {
      Territory place = territory(municipality.getKey());
      Institution city =
          institutions.record(
              new Institution(
                  municipality.getValue(), InstitutionKind.MUNICIPALITY, guatemala, place));
      solidarityCities.designate(
          SolidarityCityKind.MUNICIPALITY, place, city, byTheConference, services);
    }
    Territory huehuetenango = territory("13");
    Institution governorship =
        institutions.record(
            new Institution(
                "Gobernación Departamental de Huehuetenango",
                InstitutionKind.DEPARTMENTAL_GOVERNORSHIP,
                guatemala,
                huehuetenango));
    solidarityCities.designate(
        SolidarityCityKind.DEPARTMENTAL_GOVERNORSHIP,
        huehuetenango,
        governorship,
        byTheConference,
        services);

    Person canciller = person("Carlos Ramiro Martínez", "Canciller", minex, "Canciller");
    Person vicecanciller = person("Antonio Escobedo", "Vicecanciller", minex, "Vicecanciller");
    Person vicepresidenta =
        person("Karin Herrera", "Vicepresidenta", vicePresidency, "Vicepresidenta de la República");
    Person representante =
        person("Besem Obenson", "Sra.", acnur, "Representante de ACNUR en Guatemala");

    Event conference =
        events
            .findEdition(SERIES, EDITION)
            .orElseGet(
                () -> {
                  Event event =
                      new Event(
                          "II Conferencia Nacional de Ciudades Solidarias",
                          EventKind.CONFERENCE,
                          OPENING,
                          CLOSING);
                  event.partOfSeries(SERIES, EDITION);
                  event.describe(
                      "Promover un intercambio de buenas prácticas con gobiernos locales y el"
                          + " Gobierno central para crear la Red de Ciudades Solidarias, en"
                          + " beneficio de la población refugiada y en contexto de movilidad"
                          + " humana.",
                      "MIRPS");
                  event.locate(null, "Ciudad de Guatemala");
                  return events.record(event);
                });
    conference.takePlaceIn(null, territory("0101"));
    conference.organisedBy(acnur);
    conference.addSession(
        "La importancia de la creación de la Red Nacional de Ciudades Solidarias",
        OPENING.plusHours(1),
        OPENING.plusHours(2),
        List.of(canciller));
    if (conference.status() == gt.mirps.coordination.event.EventStatus.PLANNED) {
      conference.markHeld();
    }

    Instant doorsOpen = OPENING.minusMinutes(30).atZone(GuatemalaTime.ZONE).toInstant();
    attended(conference, canciller, ParticipationRole.SPEAKER, doorsOpen);
    attended(conference, vicecanciller, ParticipationRole.ATTENDEE, doorsOpen);
    attended(conference, vicepresidenta, ParticipationRole.GUEST_OF_HONOUR, doorsOpen);
    attended(conference, representante, ParticipationRole.ORGANISER, doorsOpen);
    for (Institution delegation : List.of(unSystem, oea, igm, svet)) {
      delegationAttended(conference, delegation, doorsOpen);
    }
    Commitment pledge =
        new Commitment(
            "Continuar impulsando acciones en beneficio de las personas refugiadas y en contexto"
                + " de movilidad",
            minex,
            CommitmentType.COORDINATION,
            ThematicArea.PROTECTION);
    pledge.describe(
        "El Ministerio de Relaciones Exteriores (MINEX), como institución coordinadora del Equipo"
            + " Técnico Nacional del MIRPS, reafirma el compromiso de continuar impulsando"
            + " acciones en beneficio de las personas refugiadas y en contexto de movilidad.");
    pledge.madeAt(conference);
    commitments.record(pledge);
    commitments.report(
        pledge.id(),
        CLOSING.toLocalDate(),
        "Compromiso reafirmado por el MINEX en la II Conferencia Nacional de Ciudades Solidarias,"
            + " con su intervención como coordinador del Equipo Técnico Nacional del MIRPS.",
        CommitmentStatus.IN_PROGRESS,
        null);

    for (Country member : territories.mirpsMembers()) {
      if (!member.code().equals(Country.GUATEMALA)) {
        Institution team =
            institutions.record(
                new Institution(
                    "Equipo Técnico Regional sobre Gobernabilidad Local — " + member.nameEs(),
                    InstitutionKind.GOVERNMENT_AGENCY,
                    member,
                    null));
        delegationAttended(conference, team, doorsOpen);
      }
    }
  }

  private Country country(String code) {
    return territories
        .country(code)
        .orElseThrow(() -> new IllegalStateException("Country " + code + " is not loaded"));
  }

  private Territory territory(String code) {
    return territories
        .territory(code)
        .orElseThrow(() -> new IllegalStateException("Territory " + code + " is not loaded"));
  }

  private Institution institution(
      String name, String acronym, InstitutionKind kind, Country country, String... aliases) {
    Institution institution = new Institution(name, kind, country, null);
    institution.abbreviate(acronym);
    for (String alias : aliases) {
      institution.addAlias(alias);
    }
    return institutions.record(institution);
  }

  private Person person(String name, String honorific, Institution institution, String position) {
    Person person = new Person(name);
    person.describe(honorific, position);
    person.joinInstitution(institution, position, IN_OFFICE_SINCE);
    person.consentToPublicLists(true);
    return people.record(person);
  }

  private void attended(Event event, Person person, ParticipationRole role, Instant at) {
    Participation participation =
        registrations.registerPerson(event, person, null, null, role, AttendanceState.REGISTERED);
    registrations.recordAttendance(participation.id(), at);
  }

  private void delegationAttended(Event event, Institution institution, Instant at) {
    Participation participation =
        registrations.registerDelegation(
            event, institution, 1, ParticipationRole.DELEGATE, AttendanceState.REGISTERED);
    registrations.recordAttendance(participation.id(), at);
  }
}
