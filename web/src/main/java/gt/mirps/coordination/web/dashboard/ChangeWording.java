package gt.mirps.coordination.web.dashboard;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.shared.ChangeAuthor;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * How an audit entry reads on the dashboard: what was done ("publicó el comunicado"), to which
 * record ("Comunicado 12") with the page that shows it, and how long ago ("hace 5 minutos").
 */
final class ChangeWording {

  /** The workspace pages that show a record of each type, by its id. */
  private static final Map<String, String> PAGES =
      Map.of(
          "Event", "/equipo/eventos/evento.xhtml?id=",
          "Commitment", "/equipo/compromisos/compromiso.xhtml?id=",
          "Announcement", "/equipo/comunicados/comunicado.xhtml?id=",
          "Institution", "/equipo/instituciones/institucion.xhtml?id=",
          "Person", "/equipo/personas/persona.xhtml?id=",
          "SolidarityCity", "/equipo/ciudades-solidarias/ciudad.xhtml?id=");

  private ChangeWording() {}

  /**
   * What was done, from the bundle's {@code changes.<type>.<action>}; an action without its own
   * text reads as the record and the action's code ("Comunicado · publish").
   */
  static String what(AuditEntry entry, ResourceBundle bundle) {
    return text(bundle, "changes." + entry.recordType() + "." + entry.action())
        .orElseGet(() -> recordKind(entry, bundle) + " · " + entry.action());
  }

  /**
   * Who made the change: the account's display name as {@code displayNameOf} gives it for the
   * username, or "el sistema" for start-up and demo data.
   */
  static String who(AuditEntry entry, ResourceBundle bundle, UnaryOperator<String> displayNameOf) {
    return ChangeAuthor.SYSTEM.equals(entry.actor())
        ? bundle.getString("changes.actor.system")
        : displayNameOf.apply(entry.actor());
  }

  /** The record changed, as its kind and id: "Comunicado 12". */
  static String record(AuditEntry entry, ResourceBundle bundle) {
    return recordKind(entry, bundle) + " " + entry.recordId();
  }

  /** The path of the workspace page that shows the record, if there is one. */
  static Optional<String> page(AuditEntry entry) {
    return Optional.ofNullable(PAGES.get(entry.recordType())).map(path -> path + entry.recordId());
  }

  /** How long before {@code now} {@code then} was: "hace un momento", "hace 5 minutos"… */
  static String ago(Instant then, Instant now, ResourceBundle bundle, Locale locale) {
    Duration elapsed = Duration.between(then, now);
    if (elapsed.compareTo(Duration.ofMinutes(1)) < 0) {
      return bundle.getString("changes.ago.now");
    }
    String key;
    long amount;
    if (elapsed.compareTo(Duration.ofHours(1)) < 0) {
      key = "changes.ago.minutes";
      amount = elapsed.toMinutes();
    } else if (elapsed.compareTo(Duration.ofDays(1)) < 0) {
      key = "changes.ago.hours";
      amount = elapsed.toHours();
    } else if (elapsed.compareTo(Duration.ofDays(30)) < 0) {
      key = "changes.ago.days";
      amount = elapsed.toDays();
    } else if (elapsed.compareTo(Duration.ofDays(365)) < 0) {
      key = "changes.ago.months";
      amount = elapsed.toDays() / 30;
    } else {
      key = "changes.ago.years";
      amount = elapsed.toDays() / 365;
    }
    return new MessageFormat(bundle.getString(key), locale).format(new Object[] {amount});
  }

  private static String recordKind(AuditEntry entry, ResourceBundle bundle) {
    return text(bundle, "changes.record." + entry.recordType()).orElse(entry.recordType());
  }

  private static Optional<String> text(ResourceBundle bundle, String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException missing) {
      return Optional.empty();
    }
  }
}
