package gt.mirps.coordination.solidarity;

import gt.mirps.coordination.shared.BatchRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Solidarity City designations kept with JPA. */
@ApplicationScoped
public class JpaSolidarityCityRepository implements SolidarityCityRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaSolidarityCityRepository() {}

  /** For tests outside the container. */
  JpaSolidarityCityRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public SolidarityCity add(SolidarityCity city) {
    entityManager.persist(city);
    return city;
  }

  @Override
  public Optional<SolidarityCity> find(long id) {
    return Optional.ofNullable(entityManager.find(SolidarityCity.class, id));
  }

  @Override
  public Optional<SolidarityCity> activeFor(long territoryId) {
    return entityManager
        .createNamedQuery("SolidarityCity.activeFor", SolidarityCity.class)
        .setParameter("territory", territoryId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SolidarityCity> active() {
    return withServices(
            entityManager.createNamedQuery("SolidarityCity.active", SolidarityCity.class))
        .getResultList();
  }

  @Override
  public List<SolidarityCity> inDepartment(String departmentCode) {
    return withServices(
            entityManager.createNamedQuery("SolidarityCity.inDepartment", SolidarityCity.class))
        .setParameter("department", departmentCode)
        .getResultList();
  }

  @Override
  public Map<SolidarityCityKind, Long> activeCountByKind() {
    Map<SolidarityCityKind, Long> counts = new EnumMap<>(SolidarityCityKind.class);
    for (SolidarityCityKind kind : SolidarityCityKind.values()) {
      counts.put(kind, 0L);
    }
    entityManager
        .createNamedQuery("SolidarityCity.activeCountByKind", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((SolidarityCityKind) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public long count(SolidarityCityFilter filter) {
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(s) from SolidarityCity s join s.territory t left join t.department d"
                + where(filter),
            Long.class);
    return bind(query, filter).getSingleResult();
  }

  @Override
  public List<SolidarityCity> find(SolidarityCityFilter filter, int first, int max) {
    TypedQuery<SolidarityCity> query =
        entityManager.createQuery(
            "select s from SolidarityCity s join fetch s.territory t left join fetch t.department d"
                + " left join fetch s.institution left join fetch s.focalPoint"
                + where(filter)
                + " order by coalesce(d.code, t.code), t.code, s.signedOn, s.id",
            SolidarityCity.class);
    return withServices(bind(query, filter))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private static String where(SolidarityCityFilter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (filter.departmentCode() != null) {
      where.append(" and (t.code = :department or d.code = :department)");
    }
    if (filter.active() != null) {
      where.append(filter.active() ? " and s.endedOn is null" : " and s.endedOn is not null");
    }
    if (filter.networkMember() != null) {
      // Derby compares BOOLEAN columns only with boolean literals, not with EclipseLink's 1/0.
      where.append(
          filter.networkMember()
              ? " and SQL('? = TRUE', s.nationalNetworkMember)"
              : " and SQL('? = FALSE', s.nationalNetworkMember)");
    }
    if (filter.service() != null) {
      where.append(" and :service member of s.services");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, SolidarityCityFilter filter) {
    if (filter.departmentCode() != null) {
      query.setParameter("department", filter.departmentCode());
    }
    if (filter.service() != null) {
      query.setParameter("service", filter.service());
    }
    return query;
  }

  /** The services of every listed designation in one more statement, not one per designation. */
  private static TypedQuery<SolidarityCity> withServices(TypedQuery<SolidarityCity> query) {
    return BatchRead.of(query, "s.services");
  }
}
