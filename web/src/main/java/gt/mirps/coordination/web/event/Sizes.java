package gt.mirps.coordination.web.event;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * File sizes as people read them: "850 bytes", "12.5 KB", "3.2 MB" (Guatemala writes a decimal
 * point).
 */
final class Sizes {

  private Sizes() {}

  static String format(long bytes, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    if (bytes < 1024) {
      return number.format(bytes) + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return number.format(bytes / 1024.0) + " KB";
    }
    return number.format(bytes / (1024.0 * 1024.0)) + " MB";
  }
}
