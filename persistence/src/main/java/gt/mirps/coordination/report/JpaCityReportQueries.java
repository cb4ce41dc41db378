package gt.mirps.coordination.report;

import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.shared.BatchRead;
import gt.mirps.coordination.solidarity.SolidarityCity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Solidarity Cities report's queries, with JPA. */
@ApplicationScoped
public class JpaCityReportQueries implements CityReportQueries {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaCityReportQueries() {}

  /** For tests outside the container. */
  JpaCityReportQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public long count(CityReportFilter filter) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(s) from SolidarityCity s join s.territory t left join t.department d"
                + where(filter),
            Long.class);
    return bind(query, filter).getSingleResult();
  }

  @Override
  public List<SolidarityCity> page(CityReportFilter filter, int first, int max) {
    TypedQuery<SolidarityCity> query =
        entityManager.createQuery(
            "select s from SolidarityCity s join fetch s.territory t left join fetch t.department d"
                + " left join fetch s.institution"
                + where(filter)
                + " order by coalesce(d.code, t.code), t.code, s.signedOn, s.id",
            SolidarityCity.class);
    // The services of the whole page in one more statement.
    return BatchRead.of(bind(query, filter), "s.services")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Map<Long, List<EventTakenPart>> eventsOf(Collection<Long> institutionIds) {
    Map<Long, List<EventTakenPart>> events = new LinkedHashMap<>();
    if (institutionIds.isEmpty()) {
      return events;
    }
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select distinct i.id, e.id, e.title, e.startsAt, e.endsAt from Participation p"
                    + " join p.institution i join p.event e"
                    + " where i.id in :institutions and p.state not in :absent"
                    + " and e.status <> :cancelled"
                    + " order by e.startsAt, e.id",
                Object[].class)
            .setParameter("institutions", List.copyOf(institutionIds))
            .setParameter("absent", List.of(AttendanceState.CANCELLED, AttendanceState.NO_SHOW))
            .setParameter("cancelled", EventStatus.CANCELLED)
            .getResultList();
    for (Object[] row : rows) {
      events
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(
              new EventTakenPart(
                  (Long) row[1],
                  (String) row[2],
                  ((LocalDateTime) row[3]).toLocalDate(),
                  ((LocalDateTime) row[4]).toLocalDate()));
    }
    return events;
  }

  private static String where(CityReportFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.departmentCode() != null) {
      where.append(" and (t.code = :department or d.code = :department)");
    }
    if (filter.service() != null) {
      where.append(" and :service member of s.services");
    }
    if (filter.signedFrom() != null) {
      where.append(" and s.signedOn >= :signedFrom");
    }
    if (filter.signedTo() != null) {
      where.append(" and s.signedOn <= :signedTo");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, CityReportFilter filter) {
    if (filter.departmentCode() != null) {
      query.setParameter("department", filter.departmentCode());
    }
    if (filter.service() != null) {
      query.setParameter("service", filter.service());
    }
    if (filter.signedFrom() != null) {
      query.setParameter("signedFrom", filter.signedFrom());
    }
    if (filter.signedTo() != null) {
      query.setParameter("signedTo", filter.signedTo());
    }
    return query;
  }
}
