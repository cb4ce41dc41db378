package gt.mirps.coordination.person;

import java.util.List;

/**
 * Everything in the records that points to a person, for merging a duplicate into the record kept:
 * every foreign key to the person table is one of these.
 */
public interface PersonReferences {

  ReferenceCounts count(long id);

  /** Titles of the events where both people take part (a person takes part once per event). */
  List<String> sharedEvents(long fromId, long toId);

  /** Titles of the sessions where both people speak (a speaker is listed once per session). */
  List<String> sharedSessions(long fromId, long toId);

  /**
   * Makes every reference to {@code fromId} point to {@code toId}: participations, affiliations,
   * session speakers and Solidarity Cities' focal points.
   */
  void moveAll(long fromId, long toId);

  /** Deletes the duplicate once nothing points to it, at once (before the transaction ends). */
  void removeMerged(Person duplicate);

  /** What points to one person. */
  record ReferenceCounts(
      long participations, long affiliations, long sessions, long solidarityCities) {}
}
