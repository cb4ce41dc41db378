package gt.mirps.coordination.demo;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.announcement.AnnouncementDesk;
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
  private AnnouncementDesk desk;

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
      CommitmentRegister commitments,
      AnnouncementDesk desk) {
    this.desk = desk;
    this.solidarityCities = solidarityCities;
    this.commitments = commitments;
    this.events = events;
    this.institutions = institutions;
    this.people = people;
    this.territories = territories;
    this.registrations = registrations;
  }

  static final List<String> TAGS =
      List.of(
          "Ciudades Solidarias",
          "migración",
          "canciller",
          "Carlos Ramiro Martínez",
          "IGM",
          "Acnur",
          "movilidad humana",
          "OEA",
          "Refugiados");
  static final String SOURCE_URL =
      "http://209.126.109.93/comunicado/"
          + "autoridades-del-minex-participan-en-la-ii-conferencia-nacional-de-ciudades-solidarias-en";
  static final String BODY =
      "<p>El Canciller Carlos Ramiro Martínez y el Vicecanciller Antonio Escobedo participaron en"
          + " la II Conferencia Nacional de Ciudades Solidarias, que tiene como propósito promover"
          + " un intercambio de buenas prácticas con gobiernos locales y el Gobierno central para"
          + " crear la Red de Ciudades Solidarias, en beneficio de la población refugiada y en"
          + " contexto de movilidad humana.</p>"
          + "<p>En la actividad, que finaliza el 26 de septiembre, se compartió una perspectiva"
          + " general sobre Ciudades Solidarias, implementada en el Marco Integral Regional para"
          + " la Protección y Soluciones (MIRPS) a fin de unificar esfuerzos para brindar"
          + " protección e integración a personas refugiadas y en contexto de movilidad.</p>"
          + "<p>En Guatemala, 19 municipios, 2 gobernaciones departamentales y 2 departamentos se"
          + " han convertido en Ciudades Solidarias, donde las comunidades de acogida han"
          + " colaborado para que se garanticen los derechos de esta población vulnerable, quienes"
          + " pueden acceder a servicios públicos esenciales como educación, apoyo psicosocial,"
          + " salud y asistencia social, entre otros.</p>"
          + "<p>Asimismo, se detalló cómo este proyecto se ha consolidado como un modelo novedoso"
          + " de inclusión en la Municipalidad de la Ciudad de Guatemala; San Benito y Flores,"
          + " Petén; Huehuetenango; Livingston y Puerto Barrios, Izabal; Esquipulas, Chiquimula y"
          + " la Gobernación departamental de Huehuetenango.</p>"
          + "<p>En el segmento «La importancia de la creación de la Red Nacional de Ciudades"
          + " Solidarias», el Canciller Carlos Ramiro Martínez resaltó que, para Guatemala, ha sido"
          + " primordial fomentar la comprensión y empatía en las comunidades de acogida, «para"
          + " reconocer el valor y resiliencia que tienen las personas que se han visto en la"
          + " necesidad de dejar sus lugares de origen y movilizarse porque buscan el desarrollo"
          + " de sus familias o porque sus vidas mismas corren peligro».</p>"
          + "<p>Añadió que, en materia de integración de personas con necesidad de protección"
          + " internacional, «la iniciativa Ciudades Solidarias representa un referente para"
          + " nuestra región».</p>"
          + "<p>La conferencia contó con la participación de la Vicepresidenta de la República,"
          + " Karin Herrera, como invitada de honor; el Sistema de Naciones Unidas; la"
          + " Organización de los Estados Americanos (OEA); el Instituto Guatemalteco de"
          + " Migración; la Secretaría contra la Violencia Sexual, Explotación y Trata de"
          + " Personas, así como representantes de los países del MIRPS que integran el Equipo"
          + " Técnico Regional sobre Gobernabilidad Local y la señora Besem Obenson,"
          + " Representante en Guatemala de la oficina del Alto Comisionado de las Naciones"
          + " Unidas (ACNUR), quien lideró este importante evento.</p>"
          + "<p>El Ministerio de Relaciones Exteriores (MINEX), con su intervención en la II"
          + " Conferencia Nacional de Ciudades Solidarias, como institución coordinadora del"
          + " Equipo Técnico Nacional del MIRPS, reafirma el compromiso de continuar impulsando"
          + " acciones en beneficio de las personas refugiadas y en contexto de movilidad.</p>";

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
                  return events.record(event);
                });
    conference.locate(null, "Ciudad de Guatemala", territory("0101"));
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

    publishCommunique(conference);

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

  /** The communiqué of the seed, as the team would: drafted, tagged, submitted and published. */
  private void publishCommunique(Event conference) {
    String title =
        "Autoridades del MINEX participan en la II Conferencia Nacional de Ciudades Solidarias";
    Announcement communique = desk.draft(title);
    desk.edit(
        communique.id(),
        new AnnouncementContent(
            title,
            "Guatemala",
            OPENING.toLocalDate(),
            "El Canciller Carlos Ramiro Martínez y el Vicecanciller Antonio Escobedo participaron"
                + " en la II Conferencia Nacional de Ciudades Solidarias.",
            BODY,
            SOURCE_URL));
    for (String tag : TAGS) {
      desk.tag(communique.id(), tag);
    }
    desk.relate(communique.id(), conference.id());
    desk.submit(communique.id());
    desk.publish(communique.id());
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
