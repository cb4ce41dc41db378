package gt.mirps.coordination.event;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.shared.ConcurrentChange;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revising events, their programme and their files through the catalog. */
class EventCatalogEditingTest {

  private static final LocalDateTime SEPT_25 = LocalDateTime.of(2024, 9, 25, 9, 0);
  private static final LocalDateTime SEPT_26 = LocalDateTime.of(2024, 9, 26, 17, 0);
  private static final byte[] PDF = "%PDF-1.4 agenda".getBytes(StandardCharsets.US_ASCII);

  private final InMemoryEvents events = new InMemoryEvents();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final EventCatalog catalog = new EventCatalog(events, new Auditor(trail));

  private static EventDetails details(String title, String series, String edition) {
    return new EventDetails(
        title,
        EventKind.CONFERENCE,
        EventStatus.PLANNED,
        series,
        edition,
        null,
        SEPT_25,
        SEPT_26,
        null,
        "Ciudad de Guatemala",
        null,
        "MIRPS",
        List.of(),
        List.of(),
        null);
  }

  private Event recorded(String title) {
    return catalog.record(details(title, null, null));
  }

  @Test
  void aRevisionChangesTheEventAndIsAudited() {
    Event event = recorded("Conferencia");

    catalog.revise(event.id(), event.version(), details("Conferencia Nacional", "Serie", "I"));

    assertThat(event.title()).isEqualTo("Conferencia Nacional");
    assertThat(event.series()).contains("Serie");
    assertThat(trail.all())
        .extracting(AuditEntry::action)
        .containsExactly("event.recorded", "event.revised");
  }

  @Test
  void aRevisionFromAnOlderVersionIsRefusedAndChangesNothing() {
    Event event = recorded("Conferencia");

    assertThatThrownBy(
            () -> catalog.revise(event.id(), event.version() + 1, details("Otra", null, null)))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(event.title()).isEqualTo("Conferencia");
    assertThat(trail.all()).extracting(AuditEntry::action).containsExactly("event.recorded");
  }

  @Test
  void aRevisionCannotTakeAnotherEventsEdition() {
    catalog.record(details("I Conferencia", "Conferencia Nacional", "I"));
    Event second = catalog.record(details("II Conferencia", "Conferencia Nacional", "II"));

    assertRefused(
        () ->
            catalog.revise(
                second.id(), second.version(), details("II", "Conferencia Nacional", "I")),
        "event.series.duplicateEdition");
    catalog.revise(second.id(), second.version(), details("II bis", "Conferencia Nacional", "II"));
    assertThat(second.title()).isEqualTo("II bis");
  }

  @Test
  void sessionsAreAddedChangedMovedAndRemovedWithAnAuditEntryEach() {
    Event event = recorded("Conferencia");
    long id = event.id();
    EventSession opening =
        catalog.addSession(
            id, event.version(), "Apertura", SEPT_25, SEPT_25.plusHours(1), List.of());
    EventSession closing =
        catalog.addSession(
            id, event.version(), "Clausura", SEPT_26.minusHours(1), SEPT_26, List.of());
    events.assignChildIds(event);

    catalog.moveSession(id, event.version(), closing.id(), -1);
    assertThat(event.sessions()).containsExactly(closing, opening);
    catalog.changeSession(
        id,
        event.version(),
        opening.id(),
        "Inauguración",
        SEPT_25,
        SEPT_25.plusHours(2),
        List.of());
    assertThat(opening.title()).isEqualTo("Inauguración");
    catalog.removeSession(id, event.version(), closing.id());
    assertThat(event.sessions()).containsExactly(opening);

    assertThat(trail.all())
        .extracting(AuditEntry::action)
        .containsExactly(
            "event.recorded",
            "event.session.added",
            "event.session.added",
            "event.session.moved",
            "event.session.changed",
            "event.session.removed");
  }

  @Test
  void aSessionChangeFromAnOlderVersionIsRefused() {
    Event event = recorded("Conferencia");

    assertThatThrownBy(
            () ->
                catalog.addSession(
                    event.id(), event.version() - 1, "Apertura", SEPT_25, SEPT_25, List.of()))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(event.sessions()).isEmpty();
  }

  @Test
  void aFileIsAttachedDownloadedAndRemoved() {
    Event event = recorded("Conferencia");
    EventAttachment agenda = catalog.attach(event.id(), event.version(), "agenda.pdf", null, PDF);
    events.assignChildIds(event);

    EventCatalog.Download download = catalog.download(event.id(), agenda.id()).orElseThrow();
    assertThat(download.fileName()).isEqualTo("agenda.pdf");
    assertThat(download.mimeType()).isEqualTo("application/pdf");
    assertThat(download.content()).isEqualTo(PDF);

    catalog.detach(event.id(), event.version(), agenda.id());
    assertThat(event.attachments()).isEmpty();
    assertThat(trail.all())
        .extracting(AuditEntry::action)
        .containsExactly("event.recorded", "event.attached", "event.detached");
  }

  @Test
  void aFileOfTheWrongTypeOrTheSameFileTwiceIsRefused() {
    Event event = recorded("Conferencia");
    catalog.attach(event.id(), event.version(), "agenda.pdf", null, PDF);

    assertRefused(
        () -> catalog.attach(event.id(), event.version(), "copia.pdf", null, PDF),
        "event.attachment.duplicate");
    assertRefused(
        () -> catalog.attach(event.id(), event.version(), "agenda.docx", null, new byte[] {1, 2}),
        "attachment.type.unsupported");
    assertRefused(
        () -> catalog.attach(event.id(), event.version(), "agenda.png", null, PDF),
        "attachment.fileName.wrongExtension");
    assertThat(event.attachments()).hasSize(1);
  }

  @Test
  void theListFiltersByTextKindAndDates() {
    catalog.record(details("II Conferencia Nacional de Ciudades Solidarias", null, null));
    Event workshop =
        catalog.record(
            new EventDetails(
                "Taller de protección",
                EventKind.WORKSHOP,
                EventStatus.PLANNED,
                null,
                null,
                null,
                SEPT_25.plusMonths(2),
                SEPT_26.plusMonths(2),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null));

    assertThat(
            catalog.search(
                new EventFilter("CIUDADES solidárias", null, null, null, null, null),
                EventSort.STARTS_AT,
                true,
                0,
                10))
        .extracting(Event::title)
        .containsExactly("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(catalog.count(new EventFilter(null, EventKind.WORKSHOP, null, null, null, null)))
        .isEqualTo(1);
    assertThat(
            catalog.search(
                new EventFilter(null, null, null, null, LocalDate.of(2024, 11, 1), null),
                EventSort.TITLE,
                true,
                0,
                10))
        .containsExactly(workshop);
  }
}
