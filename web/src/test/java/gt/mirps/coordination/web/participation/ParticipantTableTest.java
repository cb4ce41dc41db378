package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipantFilter;
import gt.mirps.coordination.participation.ParticipantListing;
import gt.mirps.coordination.participation.ParticipantRoster;
import gt.mirps.coordination.participation.ParticipantSort;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ParticipantTableTest {

  private final List<String> asked = new ArrayList<>();
  private final List<List<Participation>> shown = new ArrayList<>();
  private final Participation ana =
      withId(
          Participation.ofPerson(
              new Event(
                  "Taller",
                  EventKind.WORKSHOP,
                  LocalDateTime.of(2024, 9, 25, 9, 0),
                  LocalDateTime.of(2024, 9, 25, 12, 0)),
              new Person("Ana Ruiz"),
              null,
              null,
              ParticipationRole.ATTENDEE,
              AttendanceState.REGISTERED,
              "ABCD2345"),
          41L);

  /** Gives the participation the id the database would. */
  private static Participation withId(Participation participation, long id) {
    try {
      Field field = Participation.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(participation, id);
      return participation;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private final ParticipantListing listing =
      new ParticipantListing() {
        @Override
        public List<Participation> page(
            long eventId, ParticipantFilter filter, int first, int max) {
          asked.add(
              eventId
                  + " "
                  + filter.text()
                  + " "
                  + filter.state()
                  + " "
                  + filter.sort()
                  + (filter.ascending() ? " asc " : " desc ")
                  + first
                  + "+"
                  + max);
          return List.of(ana);
        }

        @Override
        public long count(long eventId, ParticipantFilter filter) {
          asked.add("count " + filter.text());
          return 7;
        }
      };

  private final ParticipantTable table =
      new ParticipantTable(
          new ParticipantRoster(null, listing, null, null, null, null, null, null),
          3L,
          () -> new ParticipantFilter("gómez", null, AttendanceState.INVITED, null, true),
          shown::add);

  @Test
  void loadsThePageWithTheSearchFormsFilterByNameUnlessAColumnIsSorted() {
    table.load(20, 10, Map.of(), Map.of());
    table.load(
        0,
        20,
        Map.of(
            "institution",
            SortMeta.builder().field("institution").order(SortOrder.DESCENDING).build()),
        Map.of());
    table.load(
        0,
        20,
        Map.of("code", SortMeta.builder().field("code").order(SortOrder.ASCENDING).build()),
        Map.of());

    assertThat(asked)
        .containsExactly(
            "3 gómez INVITED NAME asc 20+10",
            "3 gómez INVITED INSTITUTION desc 0+20",
            "3 gómez INVITED CODE asc 0+20");
    assertThat(table.count(Map.of())).isEqualTo(7);
    assertThat(ParticipantSort.values()).hasSize(6);
  }

  @Test
  void theRowsShownCanBeSelectedByTheirKeyAndAreHandedToThePage() {
    table.load(0, 20, Map.of(), Map.of());

    assertThat(table.getRowKey(ana)).isEqualTo("41");
    assertThat(table.getRowData("41")).isSameAs(ana);
    assertThat(table.getRowData("42")).isNull();
    assertThat(shown).containsExactly(List.of(ana));
  }
}
