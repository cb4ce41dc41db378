package gt.mirps.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.system.InMemoryDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list of events pages, sorts and filters in the database; sessions and files persist. */
class JpaEventSearchTest {

  private static final LocalDateTime START = LocalDateTime.of(2024, 1, 10, 9, 0);

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final List<String> sql = new CopyOnWriteArrayList<>();

  @BeforeEach
  void recordEvents() {
    database.inTransaction(
        em -> {
          JpaEventRepository events = new JpaEventRepository(em);
          for (int i = 0; i < 24; i++) {
            Event meeting =
                new Event(
                    String.format("Reunión de seguimiento %02d", i),
                    EventKind.MEETING,
                    START.plusWeeks(i),
                    START.plusWeeks(i).plusHours(2));
            if (i % 2 == 0) {
              meeting.markHeld();
            }
            events.add(meeting);
          }
          Event conference =
              new Event(
                  "II Conferencia Nacional de Ciudades Solidarias",
                  EventKind.CONFERENCE,
                  LocalDateTime.of(2024, 9, 25, 9, 0),
                  LocalDateTime.of(2024, 9, 26, 17, 0));
          conference.partOfSeries("Conferencia Nacional de Ciudades Solidarias", "II");
          conference.locate("Hotel Camino Real", "Ciudad de Guatemala", null);
          events.add(conference);
        });
    database.listen(
        new SessionEventAdapter() {
          @Override
          public void postExecuteCall(SessionEvent event) {
            if (event.getCall() instanceof DatabaseCall call) {
              sql.add(call.getSQLString());
            }
          }
        });
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    database.close();
  }

  private List<Event> search(EventFilter filter, EventSort sort, boolean asc, int first, int max) {
    return database.fromTransaction(
        em -> new JpaEventRepository(em).search(filter, sort, asc, first, max));
  }

  private long count(EventFilter filter) {
    return database.fromTransaction(em -> new JpaEventRepository(em).count(filter));
  }

  @Test
  void aPageIsCutAndSortedByTheDatabase() {
    List<Event> page = search(EventFilter.ALL, EventSort.TITLE, false, 5, 10);

    assertThat(page).hasSize(10);
    assertThat(page.get(0).title()).isEqualTo("Reunión de seguimiento 18");
    assertThat(page.get(9).title()).isEqualTo("Reunión de seguimiento 09");
    assertThat(sql).anyMatch(s -> s.contains("OFFSET") && s.contains("FETCH"));
    assertThat(count(EventFilter.ALL)).isEqualTo(25);
  }

  @Test
  void textIsFoundAnywhereAccentsAndCaseAsideInTheDatabase() {
    EventFilter filter = new EventFilter("CIUDADES solidárias", null, null, null, null, null);

    assertThat(search(filter, EventSort.STARTS_AT, true, 0, 10))
        .extracting(Event::title)
        .containsExactly("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(count(new EventFilter("camino real", null, null, null, null, null))).isEqualTo(1);
    assertThat(count(new EventFilter("reunion", null, null, null, null, null))).isEqualTo(24);
    assertThat(count(new EventFilter("100%", null, null, null, null, null))).isZero();
    assertThat(sql).anyMatch(s -> s.contains("search_key LIKE"));
  }

  @Test
  void kindStatusSeriesAndDatesNarrowTheList() {
    assertThat(count(new EventFilter(null, EventKind.MEETING, EventStatus.HELD, null, null, null)))
        .isEqualTo(12);
    assertThat(
            count(
                new EventFilter(
                    null, null, null, "Conferencia Nacional de Ciudades Solidarias", null, null)))
        .isEqualTo(1);
    // 26 September 2024 is the conference's second day: it is still in the range.
    EventFilter september =
        new EventFilter(
            null, null, null, null, LocalDate.of(2024, 9, 26), LocalDate.of(2024, 9, 30));
    assertThat(search(september, EventSort.STARTS_AT, true, 0, 10))
        .extracting(Event::kind)
        .containsExactly(EventKind.CONFERENCE);
    assertThat(
            count(
                new EventFilter(
                    null, null, null, null, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 10))))
        .isEqualTo(1);
  }

  @Test
  void theCalendarGetsTheEventsOverlappingItsRangeAndTheSeriesAreListed() {
    List<Event> september =
        database.fromTransaction(
            em ->
                new JpaEventRepository(em)
                    .between(
                        LocalDateTime.of(2024, 9, 26, 0, 0), LocalDateTime.of(2024, 10, 1, 0, 0)));

    assertThat(september).extracting(Event::kind).containsExactly(EventKind.CONFERENCE);
    List<String> series = database.fromTransaction(em -> new JpaEventRepository(em).seriesNames());
    assertThat(series).containsExactly("Conferencia Nacional de Ciudades Solidarias");
  }

  @Test
  void sessionsKeepTheirProgrammeOrderAndAChangeToThemRaisesTheEventsVersion() {
    long id =
        database.fromTransaction(
            em -> {
              Event event = new Event("Taller", EventKind.WORKSHOP, START, START.plusHours(8));
              event.addSession("Clausura", START.plusHours(7), START.plusHours(8), List.of());
              event.addSession("Apertura", START, START.plusHours(1), List.of());
              return new JpaEventRepository(em).add(event).id();
            });
    long versionBefore = database.fromTransaction(em -> em.find(Event.class, id).version());

    database.inTransaction(
        em -> {
          Event event = new JpaEventRepository(em).findForChange(id).orElseThrow();
          event.moveSession(event.sessions().get(1).id(), -1);
        });

    Event read = database.fromTransaction(em -> new JpaEventRepository(em).find(id).orElseThrow());
    assertThat(read.sessions())
        .extracting(EventSession::title)
        .containsExactly("Apertura", "Clausura");
    assertThat(read.version()).isGreaterThan(versionBefore);
  }

  @Test
  void sessionsWithSpeakersAndFilesRoundTripAndAreRemoved() {
    byte[] pdf = "%PDF-1.4 nota conceptual".getBytes(StandardCharsets.US_ASCII);
    long id =
        database.fromTransaction(
            em -> {
              Person speaker = new Person("Giovanni Bassu");
              em.persist(speaker);
              Event event = new Event("Taller", EventKind.WORKSHOP, START, START.plusHours(8));
              event.addSession("Apertura", START, START.plusHours(1), List.of(speaker));
              event.attach("nota-conceptual.pdf", "application/pdf", pdf);
              event.writeNotes("Confirmar salón");
              return new JpaEventRepository(em).add(event).id();
            });

    Event read = database.fromTransaction(em -> new JpaEventRepository(em).find(id).orElseThrow());
    assertThat(read.notes()).contains("Confirmar salón");
    assertThat(read.sessions().get(0).speakers())
        .extracting(Person::fullName)
        .containsExactly("Giovanni Bassu");
    assertThat(read.attachments().get(0).content()).isEqualTo(pdf);
    assertThat(read.attachments().get(0).sizeBytes()).isEqualTo(pdf.length);

    database.inTransaction(
        em -> {
          Event event = new JpaEventRepository(em).findForChange(id).orElseThrow();
          event.detach(event.attachments().get(0).id());
          event.removeSession(event.sessions().get(0).id());
        });
    Event after = database.fromTransaction(em -> new JpaEventRepository(em).find(id).orElseThrow());
    assertThat(after.attachments()).isEmpty();
    assertThat(after.sessions()).isEmpty();
  }
}
