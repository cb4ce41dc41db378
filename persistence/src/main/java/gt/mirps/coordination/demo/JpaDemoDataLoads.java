package gt.mirps.coordination.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The demo-data ledger kept with JPA. */
@ApplicationScoped
public class JpaDemoDataLoads implements DemoDataLoads {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaDemoDataLoads() {}

  /** For tests outside the container. */
  JpaDemoDataLoads(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public boolean wasLoaded(String dataSet) {
    return entityManager.find(DemoDataLoad.class, dataSet) != null;
  }

  @Override
  public void record(DemoDataLoad load) {
    entityManager.persist(load);
  }
}
