package gt.mirps.coordination.commitment;

import static gt.mirps.coordination.commitment.CommitmentStatus.CANCELLED;
import static gt.mirps.coordination.commitment.CommitmentStatus.FULFILLED;
import static gt.mirps.coordination.commitment.CommitmentStatus.IN_PROGRESS;
import static gt.mirps.coordination.commitment.CommitmentStatus.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.system.InMemoryDatabase;
import gt.mirps.coordination.territory.Country;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JpaCommitmentRepositoryTest {

  /** 1 October 2024 in UTC, still 30 September in Guatemala. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-10-01T03:00:00Z"), ZoneOffset.UTC);

  private static final LocalDate TODAY = LocalDate.of(2024, 9, 30);

  private final InMemoryDatabase database = new InMemoryDatabase();

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private long institution(String name) {
    return database.fromTransaction(
        em -> {
          Institution institution =
              new Institution(
                  name, InstitutionKind.MINISTRY, em.find(Country.class, Country.GUATEMALA), null);
          em.persist(institution);
          return institution.id();
        });
  }

  private long event(String title) {
    return database.fromTransaction(
        em -> {
          Event event =
              new Event(
                  title,
                  EventKind.CONFERENCE,
                  LocalDateTime.of(2024, 9, 25, 9, 0),
                  LocalDateTime.of(2024, 9, 26, 17, 0));
          em.persist(event);
          return event.id();
        });
  }

  /**
   * Records a commitment of {@code submitterId}, shaped by {@code details} in the same transaction;
   * returns its id.
   */
  private long commitment(
      String title, long submitterId, BiConsumer<Commitment, EntityManager> details) {
    return database.fromTransaction(
        em -> {
          Commitment commitment =
              new Commitment(
                  title,
                  em.find(Institution.class, submitterId),
                  CommitmentType.TECHNICAL,
                  ThematicArea.PROTECTION);
          details.accept(commitment, em);
          return new JpaCommitmentRepository(em).add(commitment).id();
        });
  }

  private long commitment(String title, long submitterId) {
    return commitment(title, submitterId, (c, em) -> {});
  }

  /** Loads a commitment, changes it and commits. */
  private void change(long commitmentId, BiConsumer<Commitment, EntityManager> change) {
    database.inTransaction(
        em -> change.accept(new JpaCommitmentRepository(em).find(commitmentId).orElseThrow(), em));
  }

  private static void cosponsor(EntityManager em, Commitment commitment, long institutionId) {
    commitment.cosponsor(em.find(Institution.class, institutionId));
  }

  private <T> T read(Function<JpaCommitmentRepository, T> query) {
    return database.fromTransaction(em -> query.apply(new JpaCommitmentRepository(em)));
  }

  private long count(CommitmentFilter filter) {
    return read(r -> r.count(filter));
  }

  private static List<String> titles(List<Commitment> commitments) {
    return commitments.stream().map(Commitment::title).toList();
  }

  @Test
  void aCommitmentRoundTripsWithItsCosponsorsAndProgress() {
    long municipality = institution("Municipalidad de Guatemala");
    long oim = institution("OIM");
    long acnur = institution("ACNUR");
    long conference = event("II Conferencia Nacional de Ciudades Solidarias");
    long id =
        commitment(
            "Abrir una segunda ventanilla de orientación",
            municipality,
            (c, em) -> {
              c.classify(CommitmentType.COORDINATION, ThematicArea.LOCAL_INTEGRATION);
              c.describe("En la zona 1, con apoyo de ACNUR.");
              c.madeAt(em.find(Event.class, conference));
              c.dueBy(LocalDate.of(2025, 6, 30));
              cosponsor(em, c, oim);
              cosponsor(em, c, acnur);
            });
    ChangeAuthor.actingAs(
        "ana.lopez",
        () ->
            change(
                id,
                (c, em) ->
                    c.report(
                        LocalDate.of(2024, 9, 26),
                        "Se firmó el convenio.",
                        IN_PROGRESS,
                        null,
                        CLOCK)));
    change(
        id,
        (c, em) -> c.report(LocalDate.of(2024, 9, 27), "Personal contratado.", null, null, CLOCK));

    Commitment read =
        read(
            r -> {
              Commitment found = r.find(id).orElseThrow();
              found.cosponsors().size();
              found.progressUpdates().size();
              return found;
            });

    assertThat(read.title()).isEqualTo("Abrir una segunda ventanilla de orientación");
    assertThat(read.description()).contains("En la zona 1, con apoyo de ACNUR.");
    assertThat(read.event().map(Event::id)).contains(conference);
    assertThat(read.submitter().id()).isEqualTo(municipality);
    assertThat(read.type()).isEqualTo(CommitmentType.COORDINATION);
    assertThat(read.area()).isEqualTo(ThematicArea.LOCAL_INTEGRATION);
    assertThat(read.targetDate()).contains(LocalDate.of(2025, 6, 30));
    assertThat(read.status()).isEqualTo(IN_PROGRESS);
    assertThat(read.cancellationReason()).isEmpty();
    assertThat(read.cosponsors()).extracting(Institution::name).containsExactly("ACNUR", "OIM");
    assertThat(read.progressUpdates())
        .extracting(ProgressUpdate::narrative)
        .containsExactly("Se firmó el convenio.", "Personal contratado.");
    ProgressUpdate first = read.progressUpdates().get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 9, 26));
    assertThat(first.fromStatus()).contains(PLANNING);
    assertThat(first.toStatus()).contains(IN_PROGRESS);
    assertThat(first.author()).isEqualTo("ana.lopez");
    assertThat(first.createdBy()).isEqualTo("ana.lopez");
    assertThat(read.progressUpdates().get(1).fromStatus()).isEmpty();
    assertThat(read.progressUpdates().get(1).toStatus()).isEmpty();
    assertThat(read.progressUpdates().get(1).author()).isEqualTo(ChangeAuthor.SYSTEM);
    assertThat(read.createdBy()).isEqualTo(ChangeAuthor.SYSTEM);
    assertThat(read.updatedBy()).isEqualTo(ChangeAuthor.SYSTEM);
  }

  @Test
  void progressUpdatesAreReadByDateThenInTheOrderReported() {
    long id = commitment("Ventanilla", institution("Municipalidad de Guatemala"));
    change(id, (c, em) -> c.report(LocalDate.of(2024, 9, 1), "Primero", IN_PROGRESS, null, CLOCK));
    change(id, (c, em) -> c.report(LocalDate.of(2024, 9, 20), "Segundo", null, null, CLOCK));
    change(id, (c, em) -> c.report(LocalDate.of(2024, 9, 20), "Tercero", null, null, CLOCK));
    change(id, (c, em) -> c.report(LocalDate.of(2024, 9, 20), "Cuarto", FULFILLED, null, CLOCK));

    List<String> narratives =
        read(
            r ->
                r.find(id).orElseThrow().progressUpdates().stream()
                    .map(ProgressUpdate::narrative)
                    .toList());

    assertThat(narratives).containsExactly("Primero", "Segundo", "Tercero", "Cuarto");
    CommitmentStatus status = read(r -> r.find(id).orElseThrow().status());
    assertThat(status).isEqualTo(FULFILLED);
  }

  @Test
  void aCancellationKeepsItsReason() {
    long id = commitment("Ventanilla", institution("Municipalidad de Guatemala"));

    change(
        id,
        (c, em) ->
            c.report(LocalDate.of(2024, 9, 1), "Se desiste.", CANCELLED, "Sin presupuesto", CLOCK));

    Commitment read = read(r -> r.find(id).orElseThrow());
    assertThat(read.status()).isEqualTo(CANCELLED);
    assertThat(read.cancellationReason()).contains("Sin presupuesto");
  }

  @Test
  void removingACosponsorDeletesOnlyThatOne() {
    long municipality = institution("Municipalidad de Guatemala");
    long acnur = institution("ACNUR");
    long oim = institution("OIM");
    long id =
        commitment(
            "Ventanilla",
            municipality,
            (c, em) -> {
              cosponsor(em, c, acnur);
              cosponsor(em, c, oim);
            });

    change(id, (c, em) -> c.removeCosponsor(em.find(Institution.class, acnur)));

    List<String> names =
        read(r -> r.find(id).orElseThrow().cosponsors().stream().map(Institution::name).toList());
    assertThat(names).containsExactly("OIM");
  }

  @Test
  void listsTheCommitmentsOfAnEventInTheOrderRecorded() {
    long municipality = institution("Municipalidad de Guatemala");
    long second = event("II Conferencia");
    long third = event("III Conferencia");
    commitment("A", municipality, (c, em) -> c.madeAt(em.find(Event.class, second)));
    commitment("B", municipality, (c, em) -> c.madeAt(em.find(Event.class, third)));
    commitment("C", municipality, (c, em) -> c.madeAt(em.find(Event.class, second)));
    commitment("D", municipality);

    assertThat(titles(read(r -> r.ofEvent(second)))).containsExactly("A", "C");
    assertThat(titles(read(r -> r.ofEvent(third)))).containsExactly("B");
    assertThat(titles(read(r -> r.ofEvent(999_999)))).isEmpty();
  }

  @Test
  void listsTheCommitmentsAnInstitutionSubmitted() {
    long municipality = institution("Municipalidad de Guatemala");
    long acnur = institution("ACNUR");
    commitment("A", municipality);
    commitment("B", acnur);
    commitment("C", municipality);

    List<Commitment> ofMunicipality = read(r -> r.submittedBy(municipality));

    assertThat(titles(ofMunicipality)).containsExactly("A", "C");
    assertThat(ofMunicipality)
        .extracting(c -> c.submitter().name())
        .containsOnly("Municipalidad de Guatemala");
    assertThat(titles(read(r -> r.submittedBy(acnur)))).containsExactly("B");
  }

  @Test
  void overdueListsOpenCommitmentsPastTheirTargetDateLongestOverdueFirst() {
    long municipality = institution("Municipalidad de Guatemala");
    commitment("Vencido ayer", municipality, (c, em) -> c.dueBy(TODAY.minusDays(1)));
    commitment("Vence hoy", municipality, (c, em) -> c.dueBy(TODAY));
    commitment("Sin fecha", municipality);
    commitment(
        "En curso, vencido hace un mes",
        municipality,
        (c, em) -> {
          c.dueBy(TODAY.minusMonths(1));
          c.report(TODAY.minusMonths(2), "Inicio", IN_PROGRESS, null, CLOCK);
        });
    commitment(
        "Cumplido tarde",
        municipality,
        (c, em) -> {
          c.dueBy(TODAY.minusMonths(1));
          c.report(TODAY.minusMonths(2), "Inicio", IN_PROGRESS, null, CLOCK);
          c.report(TODAY, "Hecho", FULFILLED, null, CLOCK);
        });
    commitment(
        "Cancelado",
        municipality,
        (c, em) -> {
          c.dueBy(TODAY.minusMonths(1));
          c.report(TODAY, "No", CANCELLED, "Sin fondos", CLOCK);
        });

    assertThat(titles(read(r -> r.overdue(TODAY))))
        .containsExactly("En curso, vencido hace un mes", "Vencido ayer");
    assertThat(titles(read(r -> r.overdue(TODAY.plusDays(1)))))
        .containsExactly("En curso, vencido hace un mes", "Vencido ayer", "Vence hoy");
  }

  @Test
  void thePageFiltersByEachCriterionAndCountsTheSame() {
    long municipality = institution("Municipalidad de Guatemala");
    long acnur = institution("ACNUR");
    long oim = institution("OIM");
    long conference = event("II Conferencia");
    commitment(
        "Ventanilla",
        municipality,
        (c, em) -> {
          c.madeAt(em.find(Event.class, conference));
          c.dueBy(TODAY.minusDays(10));
        });
    commitment(
        "Escuela",
        acnur,
        (c, em) -> {
          c.classify(CommitmentType.FINANCIAL, ThematicArea.EDUCATION);
          c.report(TODAY, "Inicio", IN_PROGRESS, null, CLOCK);
          cosponsor(em, c, oim);
        });
    commitment(
        "Clínica",
        municipality,
        (c, em) -> {
          c.classify(CommitmentType.MATERIAL, ThematicArea.HEALTH);
          c.madeAt(em.find(Event.class, conference));
          c.dueBy(TODAY.minusDays(10));
          c.report(TODAY, "No", CANCELLED, "Sin fondos", CLOCK);
          cosponsor(em, c, oim);
          cosponsor(em, c, acnur);
        });
    CommitmentFilter all = CommitmentFilter.all();

    assertFilter(all, "Clínica", "Escuela", "Ventanilla");
    assertFilter(all.withStatus(PLANNING), "Ventanilla");
    assertFilter(all.withStatus(IN_PROGRESS), "Escuela");
    assertFilter(all.withStatus(FULFILLED));
    assertFilter(all.withSubmitter(municipality), "Clínica", "Ventanilla");
    assertFilter(all.withSubmitter(oim));
    assertFilter(all.withCosponsor(oim), "Clínica", "Escuela");
    assertFilter(all.withCosponsor(acnur), "Clínica");
    assertFilter(all.withCosponsor(municipality));
    assertFilter(all.withArea(ThematicArea.PROTECTION), "Ventanilla");
    assertFilter(all.withArea(ThematicArea.HEALTH), "Clínica");
    assertFilter(all.withArea(ThematicArea.SHELTER));
    assertFilter(all.withEvent(conference), "Clínica", "Ventanilla");
    assertFilter(all.withOverdueOn(TODAY), "Ventanilla");
    assertFilter(all.withOverdueOn(TODAY.minusDays(10)));
    assertFilter(all.withSubmitter(municipality).withCosponsor(oim), "Clínica");
    assertFilter(all.withEvent(conference).withStatus(CANCELLED), "Clínica");
    assertFilter(all.withSubmitter(acnur).withArea(ThematicArea.HEALTH));
  }

  private void assertFilter(CommitmentFilter filter, String... expectedTitles) {
    assertThat(titles(read(r -> r.page(filter, 0, 100))))
        .as("page of %s", filter)
        .containsExactly(expectedTitles);
    assertThat(count(filter)).as("count of %s", filter).isEqualTo(expectedTitles.length);
  }

  @Test
  void thePageShowsTheMostRecentFirstAndSkipsAndLimits() {
    long municipality = institution("Municipalidad de Guatemala");
    for (String title : List.of("A", "B", "C", "D", "E")) {
      commitment(title, municipality);
    }
    CommitmentFilter all = CommitmentFilter.all();

    assertThat(titles(read(r -> r.page(all, 0, 2)))).containsExactly("E", "D");
    assertThat(titles(read(r -> r.page(all, 2, 2)))).containsExactly("C", "B");
    assertThat(titles(read(r -> r.page(all, 4, 2)))).containsExactly("A");
    assertThat(titles(read(r -> r.page(all, 5, 2)))).isEmpty();
    assertThat(count(all)).isEqualTo(5);
  }

  @Test
  void thePageSortsByEachColumnInTheDatabaseBothWays() {
    long zeta = institution("Zeta Municipalidad");
    long alfa = institution("Alfa Ministerio");
    commitment("Bravo", zeta, (c, em) -> c.dueBy(LocalDate.of(2025, 3, 1)));
    commitment("Alfa", alfa, (c, em) -> c.dueBy(LocalDate.of(2025, 1, 1)));
    commitment("Charlie", alfa, (c, em) -> {});
    long delta = commitment("Delta", zeta, (c, em) -> c.dueBy(LocalDate.of(2025, 2, 1)));
    change(delta, (c, em) -> c.report(TODAY, "Avanza", IN_PROGRESS, null, CLOCK));
    CommitmentFilter all = CommitmentFilter.all();

    assertThat(titles(read(r -> r.page(all, CommitmentSort.TITLE, true, 0, 10))))
        .containsExactly("Alfa", "Bravo", "Charlie", "Delta");
    assertThat(titles(read(r -> r.page(all, CommitmentSort.TITLE, false, 0, 10))))
        .containsExactly("Delta", "Charlie", "Bravo", "Alfa");
    // No target date comes after every date.
    assertThat(titles(read(r -> r.page(all, CommitmentSort.TARGET_DATE, true, 0, 10))))
        .containsExactly("Alfa", "Delta", "Bravo", "Charlie");
    assertThat(titles(read(r -> r.page(all, CommitmentSort.TARGET_DATE, true, 1, 2))))
        .containsExactly("Delta", "Bravo");
    // Ties keep the order recorded, in the same direction.
    assertThat(titles(read(r -> r.page(all, CommitmentSort.SUBMITTER, true, 0, 10))))
        .containsExactly("Alfa", "Charlie", "Bravo", "Delta");
    assertThat(titles(read(r -> r.page(all, CommitmentSort.STATUS, true, 0, 10))))
        .containsExactly("Delta", "Bravo", "Alfa", "Charlie");
    assertThat(titles(read(r -> r.page(all, CommitmentSort.RECORDED, false, 0, 10))))
        .containsExactly("Delta", "Charlie", "Alfa", "Bravo");
  }

  @Test
  void aFilteredPageSortedByTargetDateKeepsOnlyTheCosponsored() {
    long submitter = institution("Municipalidad de Guatemala");
    long acnur = institution("ACNUR");
    commitment(
        "Tarde",
        submitter,
        (c, em) -> {
          c.dueBy(LocalDate.of(2025, 6, 1));
          cosponsor(em, c, acnur);
        });
    commitment("Sin ACNUR", submitter, (c, em) -> c.dueBy(LocalDate.of(2025, 1, 1)));
    commitment(
        "Pronto",
        submitter,
        (c, em) -> {
          c.dueBy(LocalDate.of(2025, 2, 1));
          cosponsor(em, c, acnur);
        });
    CommitmentFilter withAcnur = CommitmentFilter.all().withCosponsor(acnur);

    assertThat(titles(read(r -> r.page(withAcnur, CommitmentSort.TARGET_DATE, true, 0, 10))))
        .containsExactly("Pronto", "Tarde");
    assertThat(titles(read(r -> r.page(withAcnur, CommitmentSort.TARGET_DATE, false, 0, 10))))
        .containsExactly("Tarde", "Pronto");
  }

  @Test
  void theFilteredListRunsTheSameFewStatementsHoweverManyRowsItShows() {
    seedCommitmentsWithTheirOwnSubmitterAndEvent(3);
    int forThree = statementsToShowAPage(3);
    seedCommitmentsWithTheirOwnSubmitterAndEvent(30);
    int forThirtyThree = statementsToShowAPage(33);

    assertThat(forThree).isBetween(1, 2);
    assertThat(forThirtyThree).isEqualTo(forThree);
  }

  @Test
  void countingRunsOneStatement() {
    seedCommitmentsWithTheirOwnSubmitterAndEvent(5);
    StatementCounter counter = new StatementCounter();
    database.listen(counter);

    long count =
        database.fromTransaction(
            em ->
                counter.counting(
                    () ->
                        new JpaCommitmentRepository(em)
                            .count(CommitmentFilter.all().withOverdueOn(TODAY))));

    assertThat(count).isEqualTo(5);
    assertThat(counter.statements()).isEqualTo(1);
  }

  /** Commitments each with a submitter and an event of its own, all overdue today. */
  private void seedCommitmentsWithTheirOwnSubmitterAndEvent(int howMany) {
    database.inTransaction(
        em -> {
          Country guatemala = em.find(Country.class, Country.GUATEMALA);
          for (int i = 0; i < howMany; i++) {
            Institution submitter =
                new Institution("Municipalidad " + i, InstitutionKind.MINISTRY, guatemala, null);
            em.persist(submitter);
            Event event =
                new Event(
                    "Reunión " + i,
                    EventKind.MEETING,
                    LocalDateTime.of(2024, 9, 1, 9, 0),
                    LocalDateTime.of(2024, 9, 1, 12, 0));
            em.persist(event);
            Commitment commitment =
                new Commitment(
                    "Compromiso " + i, submitter, CommitmentType.POLICY, ThematicArea.OTHER);
            commitment.madeAt(event);
            commitment.dueBy(TODAY.minusDays(1));
            em.persist(commitment);
          }
        });
  }

  /**
   * Shows the overdue commitments as a list screen would, each with its submitter and event, and
   * returns how many SQL statements that took.
   */
  private int statementsToShowAPage(int expectedRows) {
    StatementCounter counter = new StatementCounter();
    database.listen(counter);
    List<String> rows =
        database.fromTransaction(
            em ->
                counter.counting(
                    () ->
                        new JpaCommitmentRepository(em)
                            .page(CommitmentFilter.all().withOverdueOn(TODAY), 0, 100).stream()
                                .map(
                                    c ->
                                        c.title()
                                            + " | "
                                            + c.submitter().displayName()
                                            + " | "
                                            + c.event().map(Event::title).orElseThrow()
                                            + " | "
                                            + c.status())
                                .toList()));
    assertThat(rows).hasSize(expectedRows).allMatch(row -> row.contains("| Municipalidad "));
    return counter.statements();
  }

  @Test
  void aPageWithItsCosponsorsAndLastProgressRunsTheSameFewStatementsForFewOrManyRows() {
    seedCommitmentsWithCosponsorsAndProgress(0, 3);
    int forThree = statementsToShowCosponsorsAndProgress(3);
    seedCommitmentsWithCosponsorsAndProgress(3, 27);
    int forThirty = statementsToShowCosponsorsAndProgress(30);

    // The page, then the co-sponsors and the progress updates of all its rows (IN queries).
    assertThat(forThree).isBetween(1, 3);
    assertThat(forThirty).isEqualTo(forThree);
  }

  /**
   * Commitments {@code from} to {@code from + howMany - 1}, each with two co-sponsors added out of
   * alphabetical order and three progress updates, the last two on the same day.
   */
  private void seedCommitmentsWithCosponsorsAndProgress(int from, int howMany) {
    database.inTransaction(
        em -> {
          Country guatemala = em.find(Country.class, Country.GUATEMALA);
          for (int i = from; i < from + howMany; i++) {
            Institution submitter =
                new Institution("Municipalidad " + i, InstitutionKind.MINISTRY, guatemala, null);
            Institution oim =
                new Institution("OIM " + i, InstitutionKind.MINISTRY, guatemala, null);
            Institution acnur =
                new Institution("ACNUR " + i, InstitutionKind.MINISTRY, guatemala, null);
            em.persist(submitter);
            em.persist(oim);
            em.persist(acnur);
            Commitment commitment =
                new Commitment(
                    "Compromiso " + i, submitter, CommitmentType.POLICY, ThematicArea.OTHER);
            commitment.cosponsor(oim);
            commitment.cosponsor(acnur);
            em.persist(commitment);
            commitment.report(TODAY.minusDays(5), "Primero " + i, IN_PROGRESS, null, CLOCK);
            commitment.report(TODAY, "Segundo " + i, null, null, CLOCK);
            commitment.report(TODAY, "Tercero " + i, null, null, CLOCK);
          }
        });
  }

  /**
   * Shows a page of every commitment as the open-data list does, with its co-sponsors and the last
   * progress update, and returns how many SQL statements that took.
   */
  private int statementsToShowCosponsorsAndProgress(int expectedRows) {
    StatementCounter counter = new StatementCounter();
    database.listen(counter);
    List<String> rows =
        database.fromTransaction(
            em ->
                counter.counting(
                    () ->
                        new JpaCommitmentRepository(em)
                                .page(
                                    CommitmentFilter.all(), CommitmentSort.RECORDED, false, 0, 100)
                                .stream()
                                .map(
                                    c ->
                                        c.title()
                                            + " | "
                                            + c.cosponsors().stream()
                                                .map(Institution::displayName)
                                                .toList()
                                            + " | "
                                            + c.lastUpdate()
                                                .map(ProgressUpdate::narrative)
                                                .orElseThrow()
                                            + " "
                                            + c.lastUpdate()
                                                .map(ProgressUpdate::date)
                                                .orElseThrow())
                                .toList()));
    assertThat(rows).hasSize(expectedRows);
    for (int i = 0; i < expectedRows; i++) {
      assertThat(rows.get(expectedRows - 1 - i))
          .isEqualTo(
              "Compromiso "
                  + i
                  + " | [ACNUR "
                  + i
                  + ", OIM "
                  + i
                  + "] | Tercero "
                  + i
                  + " "
                  + TODAY);
    }
    return counter.statements();
  }

  /** Counts the SQL calls EclipseLink makes while {@link #counting} runs. */
  private static final class StatementCounter extends SessionEventAdapter {

    private final AtomicInteger statements = new AtomicInteger();
    private volatile boolean on;

    <T> T counting(Supplier<T> work) {
      on = true;
      try {
        return work.get();
      } finally {
        on = false;
      }
    }

    int statements() {
      return statements.get();
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
      if (on) {
        statements.incrementAndGet();
      }
    }
  }
}
