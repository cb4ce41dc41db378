package gt.mirps.coordination.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The application's user-facing text: Spanish in the base bundle, English beside it. */
public final class Messages {

  public static final String BUNDLE = "gt.mirps.coordination.web.i18n.messages";

  private Messages() {}

  /** The texts in {@code locale}'s language if we have it, otherwise in Spanish. */
  public static ResourceBundle bundle(Locale locale) {
    Locale supported =
        "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es");
    // Without this control Java would prefer the server's own locale over Spanish.
    return ResourceBundle.getBundle(
        BUNDLE,
        supported,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The text of {@code key} in {@code texts}, with {@code arguments} put in as {@code locale}
   * writes them.
   */
  public static String format(
      ResourceBundle texts, Locale locale, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), locale).format(arguments);
  }
}
