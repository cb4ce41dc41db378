package gt.mirps.coordination.participation;

import java.util.List;

/** The questions the check-in desk asks of the database, each in one bounded query. */
public interface DeskQueries {

  /**
   * Up to {@code max} participations of the event whose person's name or institution's name or
   * acronym contains {@code key} (a {@link gt.mirps.coordination.shared.Text#searchKey search
   * key}), by name.
   */
  List<Participation> search(long eventId, String key, int max);

  /** How many walk-ins of the event have not been cancelled. */
  long countWalkIns(long eventId);

  /** Up to {@code max} institution names (by name) whose name or acronym contains {@code key}. */
  List<String> institutionNames(String key, int max);
}
