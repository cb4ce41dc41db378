package gt.mirps.coordination.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Territories and countries read with JPA; both are cached, since they never change. */
@ApplicationScoped
public class JpaTerritories implements Territories {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaTerritories() {}

  /** For tests outside the container. */
  JpaTerritories(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<Territory> territory(String ineCode) {
    return entityManager
        .createNamedQuery("Territory.findByCode", Territory.class)
        .setParameter("code", ineCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Territory> departments() {
    return entityManager.createNamedQuery("Territory.departments", Territory.class).getResultList();
  }

  @Override
  public List<Territory> municipalitiesOf(String departmentCode) {
    return entityManager
        .createNamedQuery("Territory.municipalitiesOf", Territory.class)
        .setParameter("department", departmentCode)
        .getResultList();
  }

  @Override
  public Optional<Country> country(String isoCode) {
    return Optional.ofNullable(entityManager.find(Country.class, isoCode));
  }

  @Override
  public List<Country> mirpsMembers() {
    return entityManager.createNamedQuery("Country.mirpsMembers", Country.class).getResultList();
  }
}
