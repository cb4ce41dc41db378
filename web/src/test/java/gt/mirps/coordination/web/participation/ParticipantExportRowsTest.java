package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.web.shared.Pages;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Rows read a page at a time, here participants turned into export rows as they are read. */
class ParticipantExportRowsTest {

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
    Iterable<ParticipantRow> rows =
        new Pages<Participation>(
                (first, max) -> {
                  reads.add(first + "+" + max);
                  return stored.subList(
                      Math.min(first, stored.size()), Math.min(first + max, stored.size()));
                },
                pageSize)
            .map(p -> ParticipantRow.of(p, ExportSamples.TEXTS));
    return StreamSupport.stream(rows.spliterator(), false).map(ParticipantRow::name).toList();
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
        new Pages<Participation>((first, max) -> first == 0 ? stored : List.of(), 200)
            .map(p -> ParticipantRow.of(p, ExportSamples.TEXTS))
            .iterator()
            .next();

    assertThat(row.role()).isEqualTo("Asistente");
    assertThat(row.state()).isEqualTo("Inscrito");
    assertThat(row.position()).isEqualTo("Técnica");
    assertThat(row.headCount()).isEqualTo(1);
    assertThat(row.delegation()).isFalse();
  }
}
