package gt.mirps.coordination.web.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the days of an event the way people write them: "25 y 26 de septiembre de 2024", "del 30
 * de septiembre al 2 de octubre de 2024", "25–26 September 2024". The wording of each shape is in
 * the messages bundle; this class only chooses the shape.
 */
public final class DateRanges {

  private DateRanges() {}

  public static String format(LocalDate first, LocalDate last, Locale locale) {
    ResourceBundle words = Messages.bundle(locale);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("A range cannot end before it starts");
    }
    String day1 = Integer.toString(first.getDayOfMonth());
    String day2 = Integer.toString(last.getDayOfMonth());
    String month1 = month(first, locale);
    String month2 = month(last, locale);
    String year1 = Integer.toString(first.getYear());
    String year2 = Integer.toString(last.getYear());

    if (first.equals(last)) {
      return fill(words, "dates.single", locale, day1, month1, year1);
    }
    if (first.getYear() != last.getYear()) {
      return fill(
          words,
          "dates.range.otherYears",
          locale,
          fill(words, "dates.single", locale, day1, month1, year1),
          fill(words, "dates.single", locale, day2, month2, year2));
    }
    if (first.getMonth() != last.getMonth()) {
      return fill(words, "dates.range.sameYear", locale, day1, month1, day2, month2, year1);
    }
    String shape = first.plusDays(1).equals(last) ? "dates.range.twoDays" : "dates.range.sameMonth";
    return fill(words, shape, locale, day1, day2, month1, year1);
  }

  /** One day, as in "25 de septiembre de 2024". */
  public static String format(LocalDate day, Locale locale) {
    return format(day, day, locale);
  }

  private static String month(LocalDate date, Locale locale) {
    return date.getMonth().getDisplayName(TextStyle.FULL, locale);
  }

  private static String fill(ResourceBundle words, String key, Locale locale, Object... parts) {
    return new MessageFormat(words.getString(key), locale).format(parts);
  }
}
