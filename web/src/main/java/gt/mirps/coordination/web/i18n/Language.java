package gt.mirps.coordination.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the interface for this visitor: Spanish (Guatemala) unless they choose English.
 * It deliberately ignores the browser's language, because the team's shared machines are often set
 * to English while the work is in Spanish.
 */
@Named
@SessionScoped
public class Language implements Serializable {

  public static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale current = SPANISH;

  public Locale getCurrent() {
    return current;
  }

  public String getTag() {
    return current.getLanguage();
  }

  /** Switches to Spanish ("es") or English ("en"); anything else keeps the current language. */
  public void use(String language) {
    if ("en".equals(language)) {
      current = ENGLISH;
    } else if ("es".equals(language)) {
      current = SPANISH;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getViewRoot().setLocale(current);
    }
  }
}
