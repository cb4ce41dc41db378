package gt.mirps.coordination.web.i18n;

import gt.mirps.coordination.security.UserAccounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
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

  @Inject private transient SecurityContext security;
  @Inject private transient UserAccounts accounts;

  private Locale current = SPANISH;

  public Locale getCurrent() {
    return current;
  }

  public String getTag() {
    return current.getLanguage();
  }

  /**
   * Switches to Spanish ("es") or English ("en"); anything else keeps the current language. A
   * signed-in user's choice is remembered with their account for their next visit.
   */
  public void use(String language) {
    apply(language);
    Principal caller = security.getCallerPrincipal();
    if (caller != null) {
      accounts.preferLanguage(caller.getName(), getTag());
    }
  }

  /** Shows the interface in {@code language} for this visit only (as at sign-in). */
  public void apply(String language) {
    if ("en".equals(language)) {
      current = ENGLISH;
    } else if ("es".equals(language)) {
      current = SPANISH;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      faces.getViewRoot().setLocale(current);
    }
  }
}
