package gt.mirps.coordination.report;

import java.util.List;

/** The published communiqués about an event, as the event brief links to them. */
public interface PublishedCommuniques {

  /**
   * The slugs (public addresses) of the published communiqués related to the event, most recently
   * published first.
   */
  List<String> slugsAbout(long eventId);
}
