package gt.mirps.coordination.web.event;

import java.util.Map;

/** Which field of the event or session form a refused rule is about, to say it beside the field. */
final class FieldOfRule {

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("event.title", "title"),
          Map.entry("event.kind", "kind"),
          Map.entry("event.status", "status"),
          Map.entry("event.dates", "endsAt"),
          Map.entry("event.series", "edition"),
          Map.entry("event.organiser", "coOrganisers"),
          Map.entry("event.notes", "notes"),
          Map.entry("session.title", "sessionTitle"),
          Map.entry("session.dates", "sessionEndsAt"),
          Map.entry("session.speakers", "speakers"));

  private FieldOfRule() {}

  /** The field's id within its form, or null when the rule is about the whole record. */
  static String of(String messageKey) {
    int lastDot = messageKey.lastIndexOf('.');
    return lastDot < 0 ? null : FIELDS.get(messageKey.substring(0, lastDot));
  }
}
