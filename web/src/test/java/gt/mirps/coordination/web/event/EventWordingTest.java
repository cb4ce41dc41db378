package gt.mirps.coordination.web.event;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.EventSort;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How the event pages word times and sizes, and where a refused rule is shown. */
class EventWordingTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");

  @Test
  void aSessionOnOneDayShowsTheDayAndItsHours() {
    assertThat(
            Schedules.span(
                LocalDateTime.of(2024, 9, 25, 10, 0),
                LocalDateTime.of(2024, 9, 25, 11, 30),
                SPANISH))
        .isEqualTo("25 de septiembre de 2024, 10:00–11:30");
  }

  @Test
  void aSpanOverSeveralDaysShowsBothEnds() {
    assertThat(
            Schedules.span(
                LocalDateTime.of(2024, 9, 25, 9, 0), LocalDateTime.of(2024, 9, 26, 17, 0), SPANISH))
        .isEqualTo("25 de septiembre de 2024 09:00 – 26 de septiembre de 2024 17:00");
  }

  @Test
  void sizesAreWordedInThePersonsLanguage() {
    assertThat(Sizes.format(850, SPANISH)).isEqualTo("850 bytes");
    assertThat(Sizes.format(12_800, SPANISH)).isEqualTo("12.5 KB");
    assertThat(Sizes.format(3_355_443, Locale.ENGLISH)).isEqualTo("3.2 MB");
  }

  @Test
  void aRefusedRuleIsShownBesideItsField() {
    assertThat(EventEditor.FIELDS.fieldOf("event.title.required")).isEqualTo("title");
    assertThat(EventEditor.FIELDS.fieldOf("event.dates.endBeforeStart")).isEqualTo("endsAt");
    assertThat(EventEditor.FIELDS.fieldOf("event.series.duplicateEdition")).isEqualTo("edition");
    assertThat(EventEditor.FIELDS.fieldOf("session.dates.outsideEvent")).isEqualTo("sessionEndsAt");
    assertThat(EventEditor.FIELDS.fieldOf("record.changedByOther")).isNull();
  }

  @Test
  void theTablesSortFieldsMapToTheDatabaseSorts() {
    assertThat(EventList.sortOf("title")).isEqualTo(EventSort.TITLE);
    assertThat(EventList.sortOf("status")).isEqualTo(EventSort.STATUS);
    assertThat(EventList.sortOf(null)).isEqualTo(EventSort.STARTS_AT);
  }
}
