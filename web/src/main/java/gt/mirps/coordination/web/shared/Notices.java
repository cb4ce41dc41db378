package gt.mirps.coordination.web.shared;

import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Messages for the person at the screen, always from the bundles in their language: what was saved
 * (in the growl), what went wrong (at the top of the page or beside a field), and a rule the domain
 * refused.
 */
public final class Notices {

  /** The key the workspace template's growl shows. */
  public static final String GROWL = "notice";

  private Notices() {}

  /** The text of {@code key} in the view's language, with {@code arguments} put in. */
  public static String text(String key, Object... arguments) {
    Locale locale = locale();
    String pattern;
    try {
      pattern = Messages.bundle(locale).getString(key);
    } catch (MissingResourceException missing) {
      // A missing text is a bug, but the person still gets something readable.
      pattern = key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Something was done: a short confirmation in the growl, which survives a redirect. */
  public static void done(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        GROWL, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Something went wrong that is about the whole page. */
  public static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  /** Something is wrong with one field: shown beside it (its p:message / h:message). */
  public static void fieldError(String clientId, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    faces.validationFailed();
  }

  /** A rule of the domain refused the change: say which, in the person's language. */
  public static void violation(RuleViolation violation) {
    error(violation.messageKey(), violation.arguments());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A rule refused a value of one field: say it beside the field. */
  public static void violation(String clientId, RuleViolation violation) {
    fieldError(clientId, violation.messageKey(), violation.arguments());
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.forLanguageTag("es-GT");
  }
}
