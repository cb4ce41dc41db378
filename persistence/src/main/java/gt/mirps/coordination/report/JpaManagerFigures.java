package gt.mirps.coordination.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.participation.AttendanceState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's aggregates, each one grouped statement: the database counts and sums, only the
 * groups (a few dozen rows at most) come back, and they are ordered here.
 */
@ApplicationScoped
public class JpaManagerFigures implements ManagerFigures {

  /** Sums the heads of the participations not cancelled, and of those checked in. */
  private static final String HEADS =
      "sum(p.headCount), sum(case when p.state = :attended then p.headCount else 0 end)";

  /** Commitments made at an event of the period, or recorded in it when made at none. */
  private static final String COMMITMENTS_IN_PERIOD =
      " from Commitment c left join c.event e where ((e.id is null"
          + " and c.createdAt >= :recordedFrom and c.createdAt < :recordedTo)"
          + " or (e.startsAt >= :from and e.startsAt < :to))";

  /** Designations in force on some day of the period. */
  private static final String CITIES_IN_PERIOD =
      " where s.signedOn <= :lastDay and (s.endedOn is null or s.endedOn >= :firstDay)";

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaManagerFigures() {}

  /** For tests outside the container. */
  JpaManagerFigures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<HeadsByKindAndCountry> participationByKindAndCountry(DashboardPeriod period) {
    return startingIn(
            period,
            entityManager.createQuery(
                "select i.kind, co.code, co.nameEs, "
                    + HEADS
                    + " from Participation p join p.event e left join p.institution i"
                    + " left join i.country co"
                    + " where p.state <> :cancelled and e.status <> :calledOff"
                    + " and e.startsAt >= :from and e.startsAt < :to"
                    + " group by i.kind, co.code, co.nameEs",
                Object[].class))
        .setParameter("attended", AttendanceState.ATTENDED)
        .setParameter("cancelled", AttendanceState.CANCELLED)
        .setParameter("calledOff", EventStatus.CANCELLED)
        .getResultList()
        .stream()
        .map(
            row ->
                new HeadsByKindAndCountry(
                    row[0] == null ? null : row[0].toString(),
                    (String) row[1],
                    (String) row[2],
                    number(row[3]),
                    number(row[4])))
        .toList();
  }

  @Override
  public List<GroupCount> eventsByMonth(DashboardPeriod period) {
    return startingIn(
            period,
            entityManager.createQuery(
                "select extract(year from e.startsAt), extract(month from e.startsAt), count(e)"
                    + " from Event e where e.status <> :cancelled"
                    + " and e.startsAt >= :from and e.startsAt < :to"
                    + " group by extract(year from e.startsAt), extract(month from e.startsAt)",
                Object[].class))
        .setParameter("cancelled", EventStatus.CANCELLED)
        .getResultList()
        .stream()
        .map(
            row ->
                new GroupCount(
                    String.format("%04d-%02d", number(row[0]), number(row[1])),
                    null,
                    number(row[2])))
        .sorted(Comparator.comparing(GroupCount::key))
        .toList();
  }

  @Override
  public List<GroupCount> commitmentsByStatus(DashboardPeriod period) {
    return mostFirst(
        commitments(period, "select c.status, count(c)", " group by c.status", Object[].class)
            .getResultList());
  }

  @Override
  public List<GroupCount> commitmentsByArea(DashboardPeriod period) {
    return mostFirst(
        commitments(period, "select c.area, count(c)", " group by c.area", Object[].class)
            .getResultList());
  }

  @Override
  public long overdueCommitments(DashboardPeriod period, LocalDate today) {
    return commitments(
            period,
            "select count(c)",
            " and c.targetDate < :today and c.status in :open",
            Long.class)
        .setParameter("today", today)
        .setParameter("open", List.of(CommitmentStatus.PLANNING, CommitmentStatus.IN_PROGRESS))
        .getSingleResult();
  }

  @Override
  public List<GroupCount> solidarityCitiesByDepartment(DashboardPeriod period) {
    return cities(
            period,
            "select coalesce(d.code, t.code), coalesce(d.name, t.name), count(s)"
                + " from SolidarityCity s join s.territory t left join t.department d",
            " group by coalesce(d.code, t.code), coalesce(d.name, t.name)")
        .getResultList()
        .stream()
        .map(row -> new GroupCount((String) row[0], (String) row[1], number(row[2])))
        .sorted(
            Comparator.comparingLong(GroupCount::count).reversed().thenComparing(GroupCount::key))
        .toList();
  }

  @Override
  public List<GroupCount> solidarityServices(DashboardPeriod period) {
    return mostFirst(
        cities(period, "select v, count(s) from SolidarityCity s join s.services v", " group by v")
            .getResultList());
  }

  /** {@code query} with the period's bounds for its events' start ({@code :from}, {@code :to}). */
  private static <T> TypedQuery<T> startingIn(DashboardPeriod period, TypedQuery<T> query) {
    return query.setParameter("from", period.startsAt()).setParameter("to", period.endsBefore());
  }

  /** {@code select}, the commitments of the period, then {@code rest}; its bounds bound. */
  private <T> TypedQuery<T> commitments(
      DashboardPeriod period, String select, String rest, Class<T> type) {
    return startingIn(
            period, entityManager.createQuery(select + COMMITMENTS_IN_PERIOD + rest, type))
        .setParameter("recordedFrom", period.startsAtInstant())
        .setParameter("recordedTo", period.endsBeforeInstant());
  }

  /** {@code select} (from SolidarityCity s), the designations of the period, then {@code rest}. */
  private TypedQuery<Object[]> cities(DashboardPeriod period, String select, String rest) {
    return entityManager
        .createQuery(select + CITIES_IN_PERIOD + rest, Object[].class)
        .setParameter("firstDay", period.firstDay())
        .setParameter("lastDay", period.lastDay());
  }

  /** Rows of (enum, count), the largest count first, ties in the enum's order. */
  private static List<GroupCount> mostFirst(List<Object[]> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparingLong((Object[] row) -> number(row[1]))
                .reversed()
                .thenComparing(row -> ((Enum<?>) row[0]).ordinal()))
        .map(row -> new GroupCount(((Enum<?>) row[0]).name(), null, number(row[1])))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
