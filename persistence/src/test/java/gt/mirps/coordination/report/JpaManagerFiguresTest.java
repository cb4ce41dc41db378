package gt.mirps.coordination.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaManagerFiguresTest {

  /** September and October 2024. */
  private static final DashboardPeriod AUTUMN =
      new DashboardPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31));

  private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /**
   * In the autumn of 2024: a meeting on 10 September (three people of MINEX, one of them cancelled
   * and one checked in, one person of no institution, a delegation of four from ACNUR in Honduras),
   * a workshop on 5 October (MINEX's delegation of three, checked in) and a cancelled meeting;
   * before it, a meeting in January 2023 with a delegation of ten.
   */
  @BeforeEach
  void record() {
    database.inTransaction(
        em -> {
          Institution minex = Directory.institution(em, "Ministerio de Relaciones", "MINEX");
          Institution acnur =
              new Institution(
                  "ACNUR Honduras", InstitutionKind.UN_AGENCY, em.find(Country.class, "HN"), null);
          em.persist(acnur);

          Event september = Directory.event(em, "Reunión de septiembre", 10);
          Event october = event(em, "Taller de octubre", LocalDateTime.of(2024, 10, 5, 9, 0));
          Event called = event(em, "Reunión suspendida", LocalDateTime.of(2024, 9, 20, 9, 0));
          called.cancel();
          Event earlier = event(em, "Reunión de 2023", LocalDateTime.of(2023, 1, 15, 9, 0));

          Instant checkIn = Instant.parse("2024-09-10T15:00:00Z");
          Directory.attends(em, september, Directory.person(em, "Ana López"), minex)
              .checkIn(checkIn, "equipo");
          Directory.attends(em, september, Directory.person(em, "Luis Pérez"), minex);
          Directory.attends(em, september, Directory.person(em, "Rosa Díaz"), minex).cancel();
          Directory.attends(em, september, Directory.person(em, "Eva Sin Institución"), null);
          Directory.delegation(em, september, acnur, 4);
          Directory.delegation(em, october, minex, 3).checkIn(checkIn.plusSeconds(86400 * 25), "x");
          Directory.delegation(em, called, minex, 7);
          Directory.delegation(em, earlier, acnur, 10);

          // Commitments: overdue at the meeting, in progress at the workshop, one of 2023, one
          // recorded today at no event.
          commitment(em, "Vencido", minex, september, ThematicArea.PROTECTION, 2024, 12, 1);
          Commitment progressing =
              commitment(em, "En curso", minex, october, ThematicArea.EDUCATION, 2030, 1, 1);
          progressing.report(
              LocalDate.of(2024, 10, 6),
              "Primer avance",
              CommitmentStatus.IN_PROGRESS,
              null,
              Clock.fixed(Instant.parse("2024-10-07T12:00:00Z"), ZoneOffset.UTC));
          commitment(em, "De 2023", acnur, earlier, ThematicArea.HEALTH, 2023, 2, 1);
          commitment(em, "Sin evento", acnur, null, ThematicArea.HEALTH, 2000, 1, 1);

          // Solidarity Cities of Huehuetenango (13): two municipalities in force in the autumn,
          // the department's own designation ended in 2023; Guatemala (01) signed afterwards.
          city(
              em,
              SolidarityCityKind.MUNICIPALITY,
              1301,
              LocalDate.of(2024, 5, 1),
              null,
              SolidarityService.EDUCATION,
              SolidarityService.HEALTH);
          city(
              em,
              SolidarityCityKind.MUNICIPALITY,
              1302,
              LocalDate.of(2024, 9, 15),
              null,
              SolidarityService.HEALTH);
          city(
              em,
              SolidarityCityKind.DEPARTMENT,
              13,
              LocalDate.of(2023, 1, 1),
              LocalDate.of(2023, 6, 30),
              SolidarityService.SHELTER);
          city(em, SolidarityCityKind.MUNICIPALITY, 101, LocalDate.of(2024, 11, 15), null);
        });
  }

  private static Event event(EntityManager em, String title, LocalDateTime startsAt) {
    Event event = new Event(title, EventKind.MEETING, startsAt, startsAt.plusHours(8));
    em.persist(event);
    return event;
  }

  private static Commitment commitment(
      EntityManager em,
      String title,
      Institution submitter,
      Event event,
      ThematicArea area,
      int year,
      int month,
      int day) {
    Commitment commitment = new Commitment(title, submitter, CommitmentType.COORDINATION, area);
    commitment.madeAt(event);
    commitment.dueBy(LocalDate.of(year, month, day));
    em.persist(commitment);
    return commitment;
  }

  private static SolidarityCity city(
      EntityManager em,
      SolidarityCityKind kind,
      long territoryId,
      LocalDate signedOn,
      LocalDate endedOn,
      SolidarityService... services) {
    SolidarityCity city =
        new SolidarityCity(kind, em.find(Territory.class, territoryId), signedOn, NEW_YEAR);
    city.changeServices(Set.of(services));
    if (endedOn != null) {
      city.end(endedOn, NEW_YEAR);
    }
    em.persist(city);
    return city;
  }

  private static List<GroupHeads> byKind(ManagerFigures figures, DashboardPeriod period) {
    return ManagerDashboard.rollUp(
        figures.participationByKindAndCountry(period), HeadsByKindAndCountry::kind, h -> null);
  }

  private static List<GroupHeads> byCountry(ManagerFigures figures, DashboardPeriod period) {
    return ManagerDashboard.rollUp(
        figures.participationByKindAndCountry(period),
        HeadsByKindAndCountry::countryCode,
        HeadsByKindAndCountry::countryName);
  }

  private List<GroupHeads> heads(Function<ManagerFigures, List<GroupHeads>> query) {
    return read(query);
  }

  private List<GroupCount> counts(Function<ManagerFigures, List<GroupCount>> query) {
    return read(query);
  }

  private long number(Function<ManagerFigures, Long> query) {
    return read(query);
  }

  private <T> T read(Function<ManagerFigures, T> query) {
    AtomicReference<T> result = new AtomicReference<>();
    int statements =
        database.statementsDuring(
            () ->
                result.set(database.fromTransaction(em -> query.apply(new JpaManagerFigures(em)))));
    assertThat(statements).as("one grouped statement").isEqualTo(1);
    return result.get();
  }

  @Test
  void participationByKindCountsPeopleAndDelegationsByHeadCountLeavingOutTheCancelled() {
    assertThat(heads(f -> byKind(f, AUTUMN)))
        .containsExactly(
            new GroupHeads("GOVERNMENT_AGENCY", null, 5, 4),
            new GroupHeads("UN_AGENCY", null, 4, 0),
            new GroupHeads(null, null, 1, 0));
  }

  @Test
  void participationByCountryNamesTheCountryInSpanish() {
    assertThat(heads(f -> byCountry(f, AUTUMN)))
        .containsExactly(
            new GroupHeads("GT", "Guatemala", 5, 4),
            new GroupHeads("HN", "Honduras", 4, 0),
            new GroupHeads(null, null, 1, 0));
  }

  @Test
  void theWholeRecordCountsEveryYear() {
    assertThat(heads(f -> byKind(f, DashboardPeriod.all())))
        .containsExactly(
            new GroupHeads("UN_AGENCY", null, 14, 0),
            new GroupHeads("GOVERNMENT_AGENCY", null, 5, 4),
            new GroupHeads(null, null, 1, 0));
  }

  @Test
  void bothDaysOfThePeriodAreIncluded() {
    DashboardPeriod theMeetingDay =
        new DashboardPeriod(LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10));
    DashboardPeriod theDayAfter =
        new DashboardPeriod(LocalDate.of(2024, 9, 11), LocalDate.of(2024, 10, 4));
    DashboardPeriod upToTheWorkshop =
        new DashboardPeriod(LocalDate.of(2024, 9, 11), LocalDate.of(2024, 10, 5));

    assertThat(heads(f -> byKind(f, theMeetingDay)))
        .extracting(GroupHeads::registered)
        .containsExactly(4L, 2L, 1L);
    assertThat(heads(f -> byKind(f, theDayAfter))).isEmpty();
    assertThat(heads(f -> byKind(f, upToTheWorkshop)))
        .containsExactly(new GroupHeads("GOVERNMENT_AGENCY", null, 3, 3));
  }

  @Test
  void eventsByMonthLeaveOutCancelledOnes() {
    assertThat(counts(f -> f.eventsByMonth(AUTUMN)))
        .containsExactly(new GroupCount("2024-09", null, 1), new GroupCount("2024-10", null, 1));
    assertThat(counts(f -> f.eventsByMonth(DashboardPeriod.all())))
        .extracting(GroupCount::key)
        .containsExactly("2023-01", "2024-09", "2024-10");
  }

  @Test
  void commitmentsCountByTheEventTheyWereMadeAtOrByWhenTheyWereRecorded() {
    assertThat(counts(f -> f.commitmentsByStatus(AUTUMN)))
        .containsExactly(
            new GroupCount("PLANNING", null, 1), new GroupCount("IN_PROGRESS", null, 1));
    assertThat(counts(f -> f.commitmentsByArea(AUTUMN)))
        .containsExactly(
            new GroupCount("PROTECTION", null, 1), new GroupCount("EDUCATION", null, 1));
    assertThat(counts(f -> f.commitmentsByStatus(DashboardPeriod.all())))
        .containsExactly(
            new GroupCount("PLANNING", null, 3), new GroupCount("IN_PROGRESS", null, 1));
    LocalDate today = LocalDate.now(Clock.systemUTC());
    assertThat(
            counts(
                f ->
                    f.commitmentsByArea(
                        new DashboardPeriod(today.minusDays(1), today.plusDays(1)))))
        .containsExactly(new GroupCount("HEALTH", null, 1));
  }

  @Test
  void overdueCommitmentsArePastTheirTargetAndStillOpen() {
    assertThat(number(f -> f.overdueCommitments(AUTUMN, NEW_YEAR))).isEqualTo(1);
    assertThat(number(f -> f.overdueCommitments(AUTUMN, LocalDate.of(2024, 12, 1)))).isZero();
    assertThat(number(f -> f.overdueCommitments(DashboardPeriod.all(), NEW_YEAR))).isEqualTo(3);
  }

  @Test
  void solidarityCitiesInForceDuringThePeriodCountInTheirDepartment() {
    assertThat(counts(f -> f.solidarityCitiesByDepartment(AUTUMN)))
        .containsExactly(new GroupCount("13", "Huehuetenango", 2));
    assertThat(counts(f -> f.solidarityCitiesByDepartment(DashboardPeriod.all())))
        .containsExactly(
            new GroupCount("13", "Huehuetenango", 3), new GroupCount("01", "Guatemala", 1));
  }

  @Test
  void servicesCountTheCitiesOfferingThem() {
    assertThat(counts(f -> f.solidarityServices(AUTUMN)))
        .containsExactly(new GroupCount("HEALTH", null, 2), new GroupCount("EDUCATION", null, 1));
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new DashboardPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)))
        .hasFieldOrPropertyWithValue("messageKey", "report.dashboard.period.reversed");
  }
}
