package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventFilter;
import gt.mirps.coordination.event.EventSort;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionEditor;
import java.util.List;

/** The suggestions of the commitment pages' autocompletes. */
final class Choices {

  static final int SUGGESTIONS = 10;

  private Choices() {}

  static List<Institution> institutions(InstitutionEditor editor, String typed) {
    return editor.suggestions(typed, SUGGESTIONS);
  }

  /** Events whose title contains {@code typed}, the newest first. */
  static List<Event> events(EventCatalog catalog, String typed) {
    return catalog.search(
        new EventFilter(typed, null, null, null, null, null),
        EventSort.STARTS_AT,
        false,
        0,
        SUGGESTIONS);
  }
}
