package gt.mirps.coordination.participation;

import java.util.Collection;
import java.util.Map;

/** The turnout of several events at once, in one query whatever their number and size. */
public interface TurnoutQueries {

  /** The turnout of each of {@code eventIds} that has participations; the others are left out. */
  Map<Long, Turnout> ofEvents(Collection<Long> eventIds);
}
