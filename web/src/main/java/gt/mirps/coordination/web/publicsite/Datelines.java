package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.web.i18n.DateRanges;
import java.util.Locale;

/** A communiqué's dateline as printed above its text: "Guatemala, 26 de septiembre de 2024". */
final class Datelines {

  private Datelines() {}

  static String of(Announcement announcement, Locale locale) {
    String place = announcement.datelinePlace().orElse("");
    String date = announcement.datelineDate().map(d -> DateRanges.format(d, locale)).orElse("");
    if (place.isEmpty() || date.isEmpty()) {
      return place + date;
    }
    return place + ", " + date;
  }
}
