package gt.mirps.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final LocalDateTime SEPT_25 = LocalDateTime.of(2024, 9, 25, 9, 0);
  private static final LocalDateTime SEPT_26 = LocalDateTime.of(2024, 9, 26, 17, 0);

  private static Event conference() {
    return new Event("II Conferencia", EventKind.CONFERENCE, SEPT_25, SEPT_26);
  }

  @Test
  void aNewEventIsPlannedAndKeepsItsTrimmedTitle() {
    Event event = new Event("  Taller MIRPS  ", EventKind.WORKSHOP, SEPT_25, SEPT_26);

    assertThat(event.title()).isEqualTo("Taller MIRPS");
    assertThat(event.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(event.firstDay()).isEqualTo(SEPT_25.toLocalDate());
    assertThat(event.lastDay()).isEqualTo(SEPT_26.toLocalDate());
  }

  @Test
  void aBlankTitleIsRefused() {
    assertThatThrownBy(() -> new Event("  ", EventKind.MEETING, SEPT_25, SEPT_26))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("event.title.required");
  }

  @Test
  void aTitleLongerThanTheLimitIsRefused() {
    String tooLong = "x".repeat(Event.TITLE_MAX + 1);

    assertThatThrownBy(() -> new Event(tooLong, EventKind.MEETING, SEPT_25, SEPT_26))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("longer");
  }

  @Test
  void anEventMayStartAndEndAtTheSameMoment() {
    Event event = new Event("Ceremonia", EventKind.CEREMONY, SEPT_25, SEPT_25);

    assertThat(event.endsAt()).isEqualTo(event.startsAt());
  }

  @Test
  void anEventCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new Event("Reunión", EventKind.MEETING, SEPT_26, SEPT_25))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("event.dates.endBeforeStart");
  }

  @Test
  void reschedulingToAnEndBeforeTheStartChangesNothing() {
    Event event = conference();

    assertThatThrownBy(() -> event.reschedule(SEPT_26, SEPT_25)).isInstanceOf(RuleViolation.class);

    assertThat(event.startsAt()).isEqualTo(SEPT_25);
    assertThat(event.endsAt()).isEqualTo(SEPT_26);
  }

  @Test
  void aPlannedEventCanBeHeld() {
    Event event = conference();

    event.markHeld();

    assertThat(event.status()).isEqualTo(EventStatus.HELD);
  }

  @Test
  void aPlannedEventCanBeCancelled() {
    Event event = conference();

    event.cancel();

    assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
  }

  @Test
  void aHeldEventCannotBeCancelled() {
    Event event = conference();
    event.markHeld();

    assertThatThrownBy(event::cancel)
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("event.status.notAllowed");
    assertThat(event.status()).isEqualTo(EventStatus.HELD);
  }

  @Test
  void aCancelledEventCannotBeHeld() {
    Event event = conference();
    event.cancel();

    assertThatThrownBy(event::markHeld).isInstanceOf(RuleViolation.class);
    assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
  }

  @Test
  void aSeriesNeedsAnEditionAndTheOtherWayRound() {
    Event event = conference();

    assertThatThrownBy(() -> event.partOfSeries("Conferencia Nacional", null))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> event.partOfSeries(" ", "II")).isInstanceOf(RuleViolation.class);

    event.partOfSeries(" Conferencia Nacional ", "II");
    assertThat(event.series()).contains("Conferencia Nacional");
    assertThat(event.edition()).contains("II");
  }

  @Test
  void unsavedEventsAreNeverEqual() {
    assertThat(conference()).isNotEqualTo(conference());
  }
}
