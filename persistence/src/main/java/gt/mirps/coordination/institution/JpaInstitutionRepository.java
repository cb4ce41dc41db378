package gt.mirps.coordination.institution;

import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Institutions kept with JPA. */
@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaInstitutionRepository() {}

  /** For tests outside the container. */
  JpaInstitutionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Institution add(Institution institution) {
    entityManager.persist(institution);
    return institution;
  }

  @Override
  public Optional<Institution> find(long id) {
    return Optional.ofNullable(entityManager.find(Institution.class, id));
  }

  @Override
  public Optional<Institution> findByAcronym(String countryCode, String acronym) {
    return entityManager
        .createNamedQuery("Institution.findByAcronym", Institution.class)
        .setParameter("country", countryCode)
        .setParameter("acronym", Text.searchKey(acronym))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Institution> findByAnyName(String text) {
    return entityManager
        .createNamedQuery("Institution.findByAnyName", Institution.class)
        .setParameter("key", Text.searchKey(text))
        .getResultList();
  }
}
