package gt.mirps.coordination.solidarity;

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

  /**
   * EclipseLink reads the services of every listed designation in one more statement (an IN query)
   * instead of one per designation; other providers ignore these hints.
   */
  private static final String BATCH = "eclipselink.batch";

  private static final String BATCH_TYPE = "eclipselink.batch.type";

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

  private static TypedQuery<SolidarityCity> withServices(TypedQuery<SolidarityCity> query) {
    return query.setHint(BATCH, "s.services").setHint(BATCH_TYPE, "IN");
  }
}
