package gt.mirps.coordination.event;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.territory.Country;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions changed, removed and reordered; organisers taken off; the form applied at once. */
class EventProgrammeTest {

  private static final LocalDateTime SEPT_25 = LocalDateTime.of(2024, 9, 25, 9, 0);
  private static final LocalDateTime SEPT_26 = LocalDateTime.of(2024, 9, 26, 17, 0);
  private static final Country GUATEMALA = new Country("GT", "Guatemala", "Guatemala", true);

  private final Event event = new Event("II Conferencia", EventKind.CONFERENCE, SEPT_25, SEPT_26);
  private final Person canciller = TestIds.assign(new Person("Carlos Ramiro Martínez"), 1L);
  private final Person representante = TestIds.assign(new Person("Giovanni Bassu"), 2L);

  private EventSession session(String title, int hour) {
    EventSession session =
        event.addSession(
            title, SEPT_25.withHour(hour), SEPT_25.withHour(hour + 1), List.of(canciller));
    return TestIds.assign(session, 100L + hour);
  }

  private static Institution institution(String name) {
    return new Institution(name, InstitutionKind.UN_AGENCY, GUATEMALA, null);
  }

  @Test
  void sessionsKeepTheOrderTheyWereAddedInWhateverTheirTime() {
    EventSession late = session("Clausura", 16);
    EventSession early = session("Apertura", 9);

    assertThat(event.sessions()).containsExactly(late, early);
    assertThat(event.sessions()).extracting(EventSession::position).containsExactly(0, 1);
  }

  @Test
  void aSessionMovesUpAndDownAndStopsAtTheEnds() {
    EventSession first = session("Apertura", 9);
    EventSession second = session("Panel", 10);
    EventSession third = session("Clausura", 16);

    event.moveSession(third.id(), -1);
    assertThat(event.sessions()).containsExactly(first, third, second);

    event.moveSession(first.id(), 5);
    assertThat(event.sessions()).containsExactly(third, second, first);
    assertThat(event.sessions()).extracting(EventSession::position).containsExactly(0, 1, 2);

    event.moveSession(third.id(), -1);
    assertThat(event.sessions()).containsExactly(third, second, first);
  }

  @Test
  void aSessionChangesTitleTimeAndSpeakers() {
    EventSession panel = session("Panel", 10);

    event.changeSession(
        panel.id(),
        "Panel de alcaldes",
        SEPT_26.withHour(11),
        SEPT_26.withHour(12),
        List.of(representante, canciller));

    assertThat(panel.title()).isEqualTo("Panel de alcaldes");
    assertThat(panel.startsAt()).isEqualTo(SEPT_26.withHour(11));
    assertThat(panel.speakers()).containsExactly(representante, canciller);
  }

  @Test
  void aChangedSessionMustStayWithinTheEventAndKeepsItsOldValuesWhenRefused() {
    EventSession panel = session("Panel", 10);

    assertRefused(
        () ->
            event.changeSession(
                panel.id(), "Panel", SEPT_26.plusDays(1), SEPT_26.plusDays(1), List.of()),
        "session.dates.outsideEvent");
    assertRefused(
        () -> event.changeSession(panel.id(), " ", SEPT_25, SEPT_25, List.of()),
        "session.title.required");
    assertThat(panel.startsAt()).isEqualTo(SEPT_25.withHour(10));
  }

  @Test
  void aRemovedSessionLeavesTheOthersNumberedInOrder() {
    EventSession first = session("Apertura", 9);
    EventSession second = session("Panel", 10);
    EventSession third = session("Clausura", 16);

    event.removeSession(second.id());

    assertThat(event.sessions()).containsExactly(first, third);
    assertThat(event.sessions()).extracting(EventSession::position).containsExactly(0, 1);
  }

  @Test
  void anUnknownSessionIsRefused() {
    assertRefused(() -> event.removeSession(999L), "event.session.notFound");
    assertRefused(() -> event.moveSession(999L, 1), "event.session.notFound");
  }

  @Test
  void anOrganiserIsTakenOffAndCanThenCoOrganise() {
    Institution acnur = institution("ACNUR");
    event.organisedBy(acnur);

    event.removeOrganiser(acnur);
    event.coOrganisedBy(acnur);

    assertThat(event.organisers()).isEmpty();
    assertThat(event.coOrganisers()).containsExactly(acnur);
    event.removeCoOrganiser(acnur);
    assertThat(event.coOrganisers()).isEmpty();
  }

  @Test
  void theFormsOrganiserListsReplaceTheOldOnesButNotWithTheSameInstitutionInBoth() {
    Institution acnur = institution("ACNUR");
    Institution oea = institution("OEA");
    event.organisedBy(acnur);

    event.organisedBy(List.of(oea), List.of(acnur));
    assertThat(event.organisers()).containsExactly(oea);
    assertThat(event.coOrganisers()).containsExactly(acnur);

    assertRefused(() -> event.organisedBy(List.of(oea), List.of(oea)), "event.organiser.both");
  }

  @Test
  void theStatusChosenInTheFormMovesOnlyFromPlanned() {
    event.changeStatus(EventStatus.PLANNED);
    assertThat(event.status()).isEqualTo(EventStatus.PLANNED);

    event.changeStatus(EventStatus.HELD);
    assertThat(event.status()).isEqualTo(EventStatus.HELD);

    assertRefused(() -> event.changeStatus(EventStatus.PLANNED), "event.status.notAllowed");
  }

  @Test
  void aNewEventFromTheFormCarriesEveryFact() {
    Institution acnur = institution("ACNUR");
    Event created =
        Event.from(
            new EventDetails(
                " Taller de gobernanza local ",
                EventKind.WORKSHOP,
                EventStatus.PLANNED,
                "Talleres MIRPS",
                "III",
                "Compartir experiencias",
                SEPT_25,
                SEPT_26,
                "Hotel Barceló",
                "Ciudad de Guatemala",
                null,
                "MIRPS",
                List.of(acnur),
                List.of(),
                "Confirmar salón"));

    assertThat(created.title()).isEqualTo("Taller de gobernanza local");
    assertThat(created.series()).contains("Talleres MIRPS");
    assertThat(created.edition()).contains("III");
    assertThat(created.venue()).contains("Hotel Barceló");
    assertThat(created.notes()).contains("Confirmar salón");
    assertThat(created.organisers()).containsExactly(acnur);
  }

  @Test
  void aFormWithoutKindOrWithAnEndBeforeTheStartIsRefused() {
    assertRefused(() -> Event.from(details(null, SEPT_25, SEPT_26)), "event.kind.required");
    assertRefused(
        () -> Event.from(details(EventKind.MEETING, SEPT_26, SEPT_25)),
        "event.dates.endBeforeStart");
  }

  @Test
  void tooLongNotesAreRefused() {
    assertRefused(() -> event.writeNotes("x".repeat(Event.NOTES_MAX + 1)), "event.notes.tooLong");
  }

  static EventDetails details(EventKind kind, LocalDateTime start, LocalDateTime end) {
    return new EventDetails(
        "Reunión",
        kind,
        EventStatus.PLANNED,
        null,
        null,
        null,
        start,
        end,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }
}
