package gt.mirps.coordination.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementContent;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantCode;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CityReportQueriesJpaTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private final InMemoryDatabase database = new InMemoryDatabase();
  private long huehuetenangoCity;
  private long chiantla;
  private long quetzaltenango;
  private long huehuetenangoInstitution;

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /** Three designations: two in Huehuetenango (13), one in Quetzaltenango (09). */
  @BeforeEach
  void designate() {
    database.inTransaction(
        em -> {
          SolidarityCity hue =
              city(
                  em,
                  1301L,
                  LocalDate.of(2023, 5, 10),
                  EnumSet.of(SolidarityService.EDUCATION, SolidarityService.HEALTH));
          SolidarityCity chi =
              city(em, 1302L, LocalDate.of(2024, 9, 25), EnumSet.of(SolidarityService.SHELTER));
          SolidarityCity xela =
              city(
                  em,
                  901L,
                  LocalDate.of(2024, 1, 15),
                  EnumSet.of(SolidarityService.HEALTH, SolidarityService.LEGAL_AID));
          em.flush();
          huehuetenangoCity = hue.id();
          chiantla = chi.id();
          quetzaltenango = xela.id();
          huehuetenangoInstitution = hue.institution().orElseThrow().id();
        });
  }

  private static SolidarityCity city(
      EntityManager em, long territoryId, LocalDate signedOn, Set<SolidarityService> services) {
    Territory territory = em.find(Territory.class, territoryId);
    SolidarityCity city =
        new SolidarityCity(SolidarityCityKind.MUNICIPALITY, territory, signedOn, TODAY);
    Institution municipality =
        new Institution(
            "Municipalidad de " + territory.name(),
            InstitutionKind.MUNICIPALITY,
            em.find(Country.class, Country.GUATEMALA),
            territory);
    em.persist(municipality);
    city.representedBy(municipality);
    city.changeServices(services);
    em.persist(city);
    return city;
  }

  private static Event event(EntityManager em, String title, LocalDateTime start) {
    Event event = new Event(title, EventKind.MEETING, start, start.plusHours(3));
    em.persist(event);
    return event;
  }

  private static void took(EntityManager em, Event event, long institution, AttendanceState state) {
    Participation participation =
        Participation.delegation(
            event,
            em.find(Institution.class, institution),
            2,
            ParticipationRole.DELEGATE,
            AttendanceState.REGISTERED,
            ParticipantCode.next());
    if (state == AttendanceState.ATTENDED) {
      participation.checkIn(Instant.parse("2024-09-25T15:00:00Z"), "equipo");
    } else if (state == AttendanceState.NO_SHOW) {
      participation.confirm();
      participation.markNoShow();
    }
    em.persist(participation);
  }

  private List<Long> ids(CityReportFilter filter) {
    return database.fromTransaction(
        em ->
            new JpaCityReportQueries(em)
                .page(filter, 0, 50).stream().map(SolidarityCity::id).toList());
  }

  private long count(CityReportFilter filter) {
    return database.fromTransaction(em -> new JpaCityReportQueries(em).count(filter));
  }

  @Test
  void filtersByDepartmentServiceAndSigningPeriodInTheDatabase() {
    assertThat(ids(CityReportFilter.all()))
        .containsExactly(quetzaltenango, huehuetenangoCity, chiantla);
    assertThat(count(CityReportFilter.all())).isEqualTo(3);

    CityReportFilter huehuetenango = new CityReportFilter("13", null, null, null);
    assertThat(ids(huehuetenango)).containsExactly(huehuetenangoCity, chiantla);
    assertThat(count(huehuetenango)).isEqualTo(2);

    CityReportFilter health = new CityReportFilter(null, SolidarityService.HEALTH, null, null);
    assertThat(ids(health)).containsExactly(quetzaltenango, huehuetenangoCity);
    assertThat(count(health)).isEqualTo(2);

    CityReportFilter signed2024 =
        new CityReportFilter(null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(ids(signed2024)).containsExactly(quetzaltenango, chiantla);
    assertThat(count(signed2024)).isEqualTo(2);

    CityReportFilter all3 =
        new CityReportFilter("13", SolidarityService.HEALTH, null, LocalDate.of(2023, 12, 31));
    assertThat(ids(all3)).containsExactly(huehuetenangoCity);
    assertThat(count(new CityReportFilter("09", SolidarityService.SHELTER, null, null))).isZero();
  }

  @Test
  void pagesInTheDatabaseWithServicesLoaded() {
    List<SolidarityCity> second =
        database.fromTransaction(
            em -> new JpaCityReportQueries(em).page(CityReportFilter.all(), 1, 1));
    assertThat(second).extracting(SolidarityCity::id).containsExactly(huehuetenangoCity);
    assertThat(second.get(0).services())
        .containsExactly(SolidarityService.EDUCATION, SolidarityService.HEALTH);
    assertThat(second.get(0).department().code()).isEqualTo("13");
  }

  @Test
  void aPageWithTheEventsOfEveryInstitutionTakesAFixedNumberOfStatements() {
    database.inTransaction(
        em -> {
          Event early = event(em, "Foro de gobiernos locales", LocalDateTime.of(2024, 3, 5, 9, 0));
          Event late = event(em, "II Conferencia de Ciudades", LocalDateTime.of(2024, 9, 25, 9, 0));
          Event missed = event(em, "Taller que no fue", LocalDateTime.of(2024, 10, 1, 9, 0));
          Event cancelled = event(em, "Reunión cancelada", LocalDateTime.of(2024, 11, 1, 9, 0));
          cancelled.cancel();
          took(em, late, huehuetenangoInstitution, AttendanceState.ATTENDED);
          took(em, early, huehuetenangoInstitution, AttendanceState.REGISTERED);
          took(em, missed, huehuetenangoInstitution, AttendanceState.NO_SHOW);
          took(em, cancelled, huehuetenangoInstitution, AttendanceState.REGISTERED);
        });

    List<CityReportRow> rows = new ArrayList<>();
    int statements =
        database.statementsRunBy(
            em ->
                rows.addAll(
                    new SolidarityCityReport(new JpaCityReportQueries(em))
                        .page(CityReportFilter.all(), 0, 50)));

    assertThat(rows).extracting(CityReportRow::id).contains(huehuetenangoCity);
    CityReportRow hue = rows.stream().filter(r -> r.id() == huehuetenangoCity).findFirst().get();
    assertThat(hue.events())
        .extracting(EventTakenPart::title)
        .containsExactly("Foro de gobiernos locales", "II Conferencia de Ciudades");
    assertThat(hue.events().get(1).firstDay()).isEqualTo(LocalDate.of(2024, 9, 25));
    assertThat(rows.stream().filter(r -> r.id() == chiantla).findFirst().get().events()).isEmpty();
    // the designations, their services, their events: not one query per row
    assertThat(statements).isLessThanOrEqualTo(3);
  }

  @Test
  void linksOnlyThePublishedCommuniquesAboutTheEvent() {
    long eventId =
        database.fromTransaction(
            em -> {
              Event event =
                  event(em, "Conferencia con comunicado", LocalDateTime.of(2024, 9, 25, 9, 0));
              Announcement published = announcement("Comunicado publicado", event);
              published.submit();
              published.publish("comunicado-publicado", "gerencia", Instant.now());
              em.persist(published);
              em.persist(announcement("Borrador", event));
              return event.id();
            });

    List<String> slugs =
        database.fromTransaction(em -> new JpaPublishedCommuniques(em).slugsAbout(eventId));

    assertThat(slugs).containsExactly("comunicado-publicado");
  }

  private static Announcement announcement(String title, Event event) {
    Announcement announcement = new Announcement(title);
    announcement.rewrite(
        new AnnouncementContent(
            title,
            "Guatemala",
            LocalDate.of(2024, 9, 25),
            "Entrada del comunicado.",
            "<p>Cuerpo del comunicado.</p>",
            null));
    announcement.relateTo(event);
    return announcement;
  }
}
