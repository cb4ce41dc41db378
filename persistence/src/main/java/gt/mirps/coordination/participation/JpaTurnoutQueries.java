package gt.mirps.coordination.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Turnouts counted by the database: one grouped statement for all the events asked about. */
@ApplicationScoped
public class JpaTurnoutQueries implements TurnoutQueries {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaTurnoutQueries() {}

  /** For tests outside the container. */
  JpaTurnoutQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Map<Long, Turnout> ofEvents(Collection<Long> eventIds) {
    Map<Long, Turnout> turnouts = new HashMap<>();
    if (eventIds.isEmpty()) {
      return turnouts;
    }
    entityManager
        .createQuery(
            "select p.event.id, p.state, count(p) from Participation p"
                + " where p.event.id in :events group by p.event.id, p.state",
            Object[].class)
        .setParameter("events", eventIds)
        .getResultList()
        .forEach(
            row -> {
              AttendanceState state = (AttendanceState) row[1];
              long count = (Long) row[2];
              if (state != AttendanceState.CANCELLED) {
                Turnout before = turnouts.getOrDefault((Long) row[0], Turnout.NONE);
                turnouts.put(
                    (Long) row[0],
                    new Turnout(
                        before.registered() + count,
                        before.checkedIn() + (state == AttendanceState.ATTENDED ? count : 0)));
              }
            });
    return turnouts;
  }
}
