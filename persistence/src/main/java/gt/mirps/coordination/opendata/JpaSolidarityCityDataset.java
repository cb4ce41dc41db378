package gt.mirps.coordination.opendata;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.solidarity.SolidarityCity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The active Solidarity Cities as open data, read with JPA. */
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
    return entityManager
        .createQuery(
            "select s from SolidarityCity s join fetch s.territory t left join fetch t.department d"
                + " left join fetch s.institution where s.endedOn is null"
                + " order by coalesce(d.code, t.code), t.code, s.id",
            SolidarityCity.class)
        .setHint(Latest.BATCH, "s.services")
        .setHint(Latest.BATCH_TYPE, "IN")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(JpaSolidarityCityDataset::row)
        .toList();
  }

  static PublicSolidarityCity row(SolidarityCity city) {
    return new PublicSolidarityCity(
        city.id(),
        city.kind(),
        city.territory().isMunicipality() ? city.territory().name() : null,
        city.department().name(),
        city.territory().code(),
        city.signedOn(),
        city.institution().map(Institution::name).orElse(null),
        city.services(),
        city.nationalNetworkMember());
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
