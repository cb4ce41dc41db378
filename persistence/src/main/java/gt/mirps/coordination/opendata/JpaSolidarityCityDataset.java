package gt.mirps.coordination.opendata;

import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.TerritoryLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The active Solidarity Cities as open data, read with JPA as plain values (no entities): a page of
 * designations, then their services in one statement.
 */
@ApplicationScoped
@Transactional
public class JpaSolidarityCityDataset implements SolidarityCityDataset {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaSolidarityCityDataset() {}

  /** For tests outside the container. */
  JpaSolidarityCityDataset(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PublicSolidarityCity> page(int first, int max) {
    List<Object[]> cities =
        entityManager
            .createQuery(
                "select s.id, s.kind, t.name, t.level, t.code, d.name, s.signedOn, i.name,"
                    + " s.nationalNetworkMember from SolidarityCity s join s.territory t"
                    + " left join t.department d left join s.institution i where s.endedOn is null"
                    + " order by coalesce(d.code, t.code), t.code, s.id",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (cities.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<SolidarityService>> services = new HashMap<>();
    entityManager
        .createQuery(
            "select s.id, v from SolidarityCity s join s.services v where s.id in :ids",
            Object[].class)
        .setParameter("ids", cities.stream().map(row -> (Long) row[0]).toList())
        .getResultList()
        .forEach(
            row ->
                services
                    .computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(SolidarityService.class))
                    .add((SolidarityService) row[1]));
    return cities.stream()
        .map(
            row -> {
              boolean municipality = row[3] == TerritoryLevel.MUNICIPALITY;
              return new PublicSolidarityCity(
                  (Long) row[0],
                  (SolidarityCityKind) row[1],
                  municipality ? (String) row[2] : null,
                  row[5] != null ? (String) row[5] : (String) row[2],
                  (String) row[4],
                  (LocalDate) row[6],
                  (String) row[7],
                  services.getOrDefault((Long) row[0], Set.of()),
                  Boolean.TRUE.equals(row[8]));
            })
        .toList();
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(s) from SolidarityCity s where s.endedOn is null", Long.class)
        .getSingleResult();
  }

  /**
   * The latest change to a designation (an ended one leaves the list) or to the institution of an
   * active one.
   */
  @Override
  public Optional<Instant> lastUpdate() {
    return Latest.of(
        Latest.max(entityManager, "select max(s.updatedAt) from SolidarityCity s"),
        Latest.max(
            entityManager,
            "select max(i.updatedAt) from SolidarityCity s join s.institution i"
                + " where s.endedOn is null"));
  }
}
