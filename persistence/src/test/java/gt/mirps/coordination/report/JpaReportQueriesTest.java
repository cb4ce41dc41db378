package gt.mirps.coordination.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.CommitmentType;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.directory.Directory;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaReportQueriesTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 9, 30);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-09-30T18:00:00Z"), ZoneOffset.UTC);

  private final InMemoryDatabase database = new InMemoryDatabase();

  private long acnur;
  private long minex;
  private long oea;

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  /**
   * A held conference of the series "Serie A" on 10 September: at ACNUR Ana attended (consented to
   * public lists), Luis registered but never came, Rosa cancelled; MINEX sent 4 who attended; the
   * OEA (Costa Rica) a delegation of 3 marked as no-show. A planned meeting on 20 September: an
   * ACNUR delegation of 2 registered and someone of MINEX only invited.
   */
  @BeforeEach
  void record() {
    database.inTransaction(
        em -> {
          Institution acnurRecord =
              new Institution(
                  "Alto Comisionado de las Naciones Unidas para los Refugiados",
                  InstitutionKind.UN_AGENCY,
                  Directory.guatemala(em),
                  null);
          acnurRecord.abbreviate("ACNUR");
          em.persist(acnurRecord);
          Institution minexRecord = Directory.institution(em, "Ministerio de Relaciones", "MINEX");
          Institution oeaRecord =
              new Institution(
                  "Organización de los Estados Americanos",
                  InstitutionKind.INTERNATIONAL_ORGANISATION,
                  em.find(Country.class, "CR"),
                  null);
          em.persist(oeaRecord);

          Event conference = Directory.event(em, "Conferencia de ciudades", 10);
          conference.partOfSeries("Serie A", "I");
          conference.markHeld();
          Person ana = Directory.person(em, "Ana López");
          ana.consentToPublicLists(true);
          Directory.attends(em, conference, ana, acnurRecord)
              .checkIn(Instant.parse("2024-09-10T15:00:00Z"), "equipo");
          Directory.attends(em, conference, Directory.person(em, "Luis Pérez"), acnurRecord);
          Directory.attends(em, conference, Directory.person(em, "Rosa Díaz"), acnurRecord)
              .cancel();
          Directory.delegation(em, conference, minexRecord, 4)
              .checkIn(Instant.parse("2024-09-10T15:05:00Z"), "equipo");
          var absent = Directory.delegation(em, conference, oeaRecord, 3);
          absent.confirm();
          absent.markNoShow();

          Event meeting = Directory.event(em, "Reunión técnica", 20);
          Directory.delegation(em, meeting, acnurRecord, 2);
          var invited =
              Directory.attends(em, meeting, Directory.person(em, "Eva Ruiz"), minexRecord);
          invited.cancel();
          acnur = acnurRecord.id();
          minex = minexRecord.id();
          oea = oeaRecord.id();
        });
    // Invited only: recorded straight in that state.
    database.inTransaction(
        em ->
            em.persist(
                gt.mirps.coordination.participation.Participation.ofPerson(
                    em.createQuery(
                            "select e from Event e where e.title = 'Reunión técnica'", Event.class)
                        .getSingleResult(),
                    Directory.person(em, "Pedro Gil"),
                    em.find(Institution.class, minex),
                    null,
                    ParticipationRole.OBSERVER,
                    AttendanceState.INVITED,
                    gt.mirps.coordination.participation.ParticipantCode.next())));
  }

  private <T> T read(Function<JpaReportQueries, T> query) {
    return database.fromTransaction(em -> query.apply(new JpaReportQueries(em)));
  }

  private long count(Function<JpaReportQueries, Long> query) {
    return read(query);
  }

  private <T> List<T> list(Function<JpaReportQueries, List<T>> query) {
    return read(query);
  }

  private List<ParticipationGroup> groups(
      ParticipationReportFilter filter, ParticipationGrouping grouping) {
    return list(q -> q.groups(filter, grouping, ReportSort.NAME, true, 0, 50));
  }

  @Test
  void countsPeopleByInstitutionWithDelegationsByHeadCountAndNoShowsOfHeldEvents() {
    assertThat(groups(ParticipationReportFilter.everything(), ParticipationGrouping.INSTITUTION))
        .extracting(
            ParticipationGroup::key,
            ParticipationGroup::otherName,
            ParticipationGroup::registered,
            ParticipationGroup::attended,
            ParticipationGroup::noShows)
        .containsExactly(
            tuple(String.valueOf(acnur), "ACNUR", 4L, 1L, 1L),
            tuple(String.valueOf(minex), "MINEX", 4L, 4L, 0L),
            tuple(String.valueOf(oea), null, 3L, 0L, 3L));
    assertThat(
            count(
                q ->
                    q.countGroups(
                        ParticipationReportFilter.everything(), ParticipationGrouping.INSTITUTION)))
        .isEqualTo(3);
  }

  @Test
  void filtersBySeriesPeriodCountryKindRoleAndState() {
    ParticipationReportFilter series =
        new ParticipationReportFilter(null, null, "Serie A", null, null, null, null, null);
    assertThat(groups(series, ParticipationGrouping.INSTITUTION))
        .filteredOn(g -> g.key().equals(String.valueOf(acnur)))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.registered()).isEqualTo(2);
              assertThat(g.attended()).isEqualTo(1);
              assertThat(g.noShows()).isEqualTo(1);
            });

    ParticipationReportFilter lateSeptember =
        new ParticipationReportFilter(
            LocalDate.of(2024, 9, 15),
            LocalDate.of(2024, 9, 20),
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(groups(lateSeptember, ParticipationGrouping.EVENT))
        .extracting(
            ParticipationGroup::name, ParticipationGroup::date, ParticipationGroup::registered)
        .containsExactly(tuple("Reunión técnica", LocalDate.of(2024, 9, 20), 2L));

    assertThat(
            groups(
                new ParticipationReportFilter(null, null, null, null, null, "CR", null, null),
                ParticipationGrouping.COUNTRY))
        .extracting(ParticipationGroup::key, ParticipationGroup::registered)
        .containsExactly(tuple("CR", 3L));

    assertThat(
            groups(
                new ParticipationReportFilter(
                    null, null, null, null, InstitutionKind.UN_AGENCY, null, null, null),
                ParticipationGrouping.INSTITUTION_KIND))
        .extracting(ParticipationGroup::key, ParticipationGroup::registered)
        .containsExactly(tuple("UN_AGENCY", 4L));

    assertThat(
            groups(
                new ParticipationReportFilter(
                    null, null, null, null, null, null, ParticipationRole.DELEGATE, null),
                ParticipationGrouping.INSTITUTION))
        .extracting(ParticipationGroup::otherName, ParticipationGroup::registered)
        .containsExactly(tuple("ACNUR", 2L), tuple("MINEX", 4L), tuple(null, 3L));

    assertThat(
            groups(
                new ParticipationReportFilter(
                    null, null, null, null, null, null, null, AttendanceState.NO_SHOW),
                ParticipationGrouping.COUNTRY))
        .extracting(ParticipationGroup::name, ParticipationGroup::noShows)
        .containsExactly(tuple("Costa Rica", 3L));
  }

  @Test
  void groupsByCountryAndKindAndSortsByCountsThenPages() {
    assertThat(groups(ParticipationReportFilter.everything(), ParticipationGrouping.COUNTRY))
        .extracting(ParticipationGroup::key, ParticipationGroup::registered)
        .containsExactly(tuple("CR", 3L), tuple("GT", 8L));
    List<ParticipationGroup> byAttendance =
        read(
            q ->
                q.groups(
                    ParticipationReportFilter.everything(),
                    ParticipationGrouping.INSTITUTION,
                    ReportSort.ATTENDED,
                    false,
                    1,
                    1));
    assertThat(byAttendance).extracting(ParticipationGroup::otherName).containsExactly("ACNUR");
  }

  @Test
  void linesComeByKeysetWithNamesOnlyWithConsent() {
    ParticipationReportFilter all = ParticipationReportFilter.everything();
    assertThat(count(q -> q.countLines(all))).isEqualTo(8);
    List<ParticipationLine> first = list(q -> q.lines(all, 0, 5));
    List<ParticipationLine> rest = list(q -> q.lines(all, first.get(4).id(), 5));
    assertThat(first).hasSize(5);
    assertThat(rest).hasSize(3);
    assertThat(rest.get(0).id()).isGreaterThan(first.get(4).id());
    List<ParticipationLine> lines = new java.util.ArrayList<>(first);
    lines.addAll(rest);
    assertThat(lines)
        .filteredOn(l -> "ACNUR".equals(acronymOf(l)) && l.headCount() == 1)
        .extracting(ParticipationLine::person, ParticipationLine::state)
        .containsExactlyInAnyOrder(
            tuple("Ana López", AttendanceState.ATTENDED),
            tuple(null, AttendanceState.REGISTERED),
            tuple(null, AttendanceState.CANCELLED));
    assertThat(lines)
        .filteredOn(l -> l.headCount() == 3)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.country()).isEqualTo("Costa Rica");
              assertThat(l.institutionKind()).isEqualTo(InstitutionKind.INTERNATIONAL_ORGANISATION);
              assertThat(l.date()).isEqualTo(LocalDate.of(2024, 9, 10));
              assertThat(l.event()).isEqualTo("Conferencia de ciudades");
            });
  }

  private static String acronymOf(ParticipationLine line) {
    return line.institution() != null && line.institution().startsWith("Alto Comisionado")
        ? "ACNUR"
        : null;
  }

  @Test
  void tracksCommitmentsWithOverdueLastUpdateAndDaysToFulfilment() {
    database.inTransaction(
        em -> {
          Event conference =
              em.createQuery(
                      "select e from Event e where e.title = 'Conferencia de ciudades'",
                      Event.class)
                  .getSingleResult();
          Commitment late =
              new Commitment(
                  "Abrir una oficina",
                  em.find(Institution.class, minex),
                  CommitmentType.TECHNICAL,
                  ThematicArea.PROTECTION);
          late.madeAt(conference);
          late.dueBy(LocalDate.of(2024, 9, 15));
          em.persist(late);
          Commitment done =
              new Commitment(
                  "Contratar personal",
                  em.find(Institution.class, acnur),
                  CommitmentType.FINANCIAL,
                  ThematicArea.EDUCATION);
          done.madeAt(conference);
          done.dueBy(LocalDate.of(2024, 9, 1));
          done.report(
              LocalDate.of(2024, 9, 12), "Empezamos", CommitmentStatus.IN_PROGRESS, null, CLOCK);
          done.report(LocalDate.of(2024, 9, 20), "Listo", CommitmentStatus.FULFILLED, null, CLOCK);
          em.persist(done);
        });

    CommitmentReportFilter all = CommitmentReportFilter.everything();
    assertThat(count(q -> q.countCommitments(all, TODAY))).isEqualTo(2);
    List<CommitmentTrack> tracks =
        read(q -> q.commitments(all, TODAY, ReportSort.SUBMITTER, true, 0, 10));
    assertThat(tracks)
        .extracting(CommitmentTrack::submitterAcronym, CommitmentTrack::status)
        .containsExactly(
            tuple("ACNUR", CommitmentStatus.FULFILLED), tuple("MINEX", CommitmentStatus.PLANNING));
    CommitmentTrack done = tracks.get(0);
    assertThat(done.committedOn()).isEqualTo(LocalDate.of(2024, 9, 10));
    assertThat(done.lastUpdate()).isEqualTo(LocalDate.of(2024, 9, 20));
    assertThat(done.daysToFulfilment()).isEqualTo(10);
    assertThat(done.isOverdue(TODAY)).isFalse();
    CommitmentTrack late = tracks.get(1);
    assertThat(late.isOverdue(TODAY)).isTrue();
    assertThat(late.daysToFulfilment()).isNull();
    assertThat(late.lastUpdate()).isNull();

    CommitmentReportFilter overdue =
        new CommitmentReportFilter(null, null, null, null, null, "Serie A", true);
    assertThat(list(q -> q.commitments(overdue, TODAY, null, true, 0, 10)))
        .extracting(CommitmentTrack::title)
        .containsExactly("Abrir una oficina");
    assertThat(count(q -> q.countCommitments(overdue, TODAY))).isEqualTo(1);
    CommitmentReportFilter education =
        new CommitmentReportFilter(
            LocalDate.of(2024, 9, 1),
            LocalDate.of(2024, 9, 10),
            CommitmentStatus.FULFILLED,
            ThematicArea.EDUCATION,
            InstitutionKind.UN_AGENCY,
            null,
            false);
    assertThat(list(q -> q.commitmentsAfter(education, TODAY, 0, 10)))
        .extracting(CommitmentTrack::title)
        .containsExactly("Contratar personal");
    CommitmentReportFilter before =
        new CommitmentReportFilter(null, LocalDate.of(2024, 9, 9), null, null, null, null, false);
    assertThat(count(q -> q.countCommitments(before, TODAY))).isZero();
  }
}
