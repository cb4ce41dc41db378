package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ParticipantPagesTest {

  private final Event event =
      new Event(
          "Taller",
          EventKind.WORKSHOP,
          LocalDateTime.of(2024, 9, 25, 9, 0),
          LocalDateTime.of(2024, 9, 25, 12, 0));
  private final List<Participation> stored = new ArrayList<>();
  private final List<String> reads = new ArrayList<>();

  private void store(int count) {
    for (int i = 0; i < count; i++) {
      stored.add(
          Participation.ofPerson(
              event,
              new Person("Persona " + i),
              null,
              "Técnica",
              ParticipationRole.ATTENDEE,
              AttendanceState.REGISTERED,
              String.format("B%07d", i)));
    }
  }

  private List<String> names(int pageSize) {
    ParticipantPages pages =
        new ParticipantPages(
            (first, max) -> {
              reads.add(first + "+" + max);
              return stored.subList(
                  Math.min(first, stored.size()), Math.min(first + max, stored.size()));
            },
            ExportSamples.TEXTS,
            pageSize);
    return StreamSupport.stream(pages.spliterator(), false).map(ParticipantRow::name).toList();
  }

  @Test
  void readsOnePageAtATimeUntilAShortPage() {
    store(25);

    assertThat(names(10)).hasSize(25).startsWith("Persona 0").endsWith("Persona 24");
    assertThat(reads).containsExactly("0+10", "10+10", "20+10");
  }

  @Test
  void anExactMultipleEndsAtTheFirstEmptyPage() {
    store(20);

    assertThat(names(10)).hasSize(20);
    assertThat(reads).containsExactly("0+10", "10+10", "20+10");
  }

  @Test
  void rowsCarryTheLabelsInTheReadersLanguage() {
    store(1);

    ParticipantRow row =
        new ParticipantPages((first, max) -> first == 0 ? stored : List.of(), ExportSamples.TEXTS)
            .iterator()
            .next();

    assertThat(row.role()).isEqualTo("Asistente");
    assertThat(row.state()).isEqualTo("Inscrito");
    assertThat(row.position()).isEqualTo("Técnica");
    assertThat(row.headCount()).isEqualTo(1);
    assertThat(row.delegation()).isFalse();
  }
}
