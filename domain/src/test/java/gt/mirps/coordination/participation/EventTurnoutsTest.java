package gt.mirps.coordination.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.shared.TestIds;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTurnoutsTest {

  private final List<Collection<Long>> asked = new ArrayList<>();
  private final EventTurnouts turnouts =
      new EventTurnouts(
          ids -> {
            asked.add(List.copyOf(ids));
            return Map.of(7L, new Turnout(12, 3));
          });

  private static Event event(long id) {
    return TestIds.assign(
        new Event(
            "Reunión " + id,
            EventKind.MEETING,
            LocalDateTime.of(2024, 9, 25, 9, 0),
            LocalDateTime.of(2024, 9, 25, 17, 0)),
        id);
  }

  @Test
  void everyEventGetsItsTurnoutFromOneQuestionAndNobodyMeansNone() {
    Map<Long, Turnout> of = turnouts.of(List.of(event(7), event(8)));

    assertThat(of).containsEntry(7L, new Turnout(12, 3)).containsEntry(8L, Turnout.NONE);
    assertThat(asked).containsExactly(List.of(7L, 8L));
  }

  @Test
  void noEventsAsksNothing() {
    assertThat(turnouts.of(List.of())).isEmpty();
    assertThat(asked).isEmpty();
  }
}
