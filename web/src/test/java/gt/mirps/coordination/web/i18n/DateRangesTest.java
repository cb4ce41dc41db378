package gt.mirps.coordination.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateRangesTest {

  private static final Locale ES = Locale.forLanguageTag("es-GT");
  private static final Locale EN = Locale.ENGLISH;

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void twoConsecutiveDaysReadAsInTheCommunique() {
    assertThat(DateRanges.format(day(2024, 9, 25), day(2024, 9, 26), ES))
        .isEqualTo("25 y 26 de septiembre de 2024");
  }

  @Test
  void oneDayInSpanish() {
    assertThat(DateRanges.format(day(2024, 9, 25), ES)).isEqualTo("25 de septiembre de 2024");
  }

  @Test
  void severalDaysOfOneMonthInSpanish() {
    assertThat(DateRanges.format(day(2024, 9, 23), day(2024, 9, 27), ES))
        .isEqualTo("del 23 al 27 de septiembre de 2024");
  }

  @Test
  void acrossMonthsAndYearsInSpanish() {
    assertThat(DateRanges.format(day(2024, 9, 30), day(2024, 10, 2), ES))
        .isEqualTo("del 30 de septiembre al 2 de octubre de 2024");
    assertThat(DateRanges.format(day(2024, 12, 30), day(2025, 1, 2), ES))
        .isEqualTo("del 30 de diciembre de 2024 al 2 de enero de 2025");
  }

  @Test
  void inEnglish() {
    assertThat(DateRanges.format(day(2024, 9, 25), day(2024, 9, 26), EN))
        .isEqualTo("25–26 September 2024");
    assertThat(DateRanges.format(day(2024, 9, 30), day(2024, 10, 2), EN))
        .isEqualTo("30 September – 2 October 2024");
    assertThat(DateRanges.format(day(2024, 9, 25), EN)).isEqualTo("25 September 2024");
  }

  @Test
  void theYearIsNeverWrittenWithAThousandsSeparator() {
    assertThat(DateRanges.format(day(2024, 1, 5), ES)).doesNotContain("2.024").endsWith("2024");
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsAnError() {
    assertThatThrownBy(() -> DateRanges.format(day(2024, 9, 26), day(2024, 9, 25), ES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spanishStaysSpanishOnAnEnglishServerAndOtherLanguagesGetSpanish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(DateRanges.format(day(2024, 9, 25), day(2024, 9, 26), ES))
          .isEqualTo("25 y 26 de septiembre de 2024");
      assertThat(Messages.bundle(Locale.FRENCH).getString("home.events.heading"))
          .isEqualTo("Eventos recientes");
    } finally {
      Locale.setDefault(before);
    }
  }
}
