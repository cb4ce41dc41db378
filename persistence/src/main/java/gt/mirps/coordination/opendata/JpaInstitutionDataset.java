package gt.mirps.coordination.opendata;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The institutions of the directory as open data, read with JPA. */
@ApplicationScoped
@Transactional
public class JpaInstitutionDataset implements InstitutionDataset {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaInstitutionDataset() {}

  /** For tests outside the container. */
  JpaInstitutionDataset(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PublicInstitution> page(int first, int max) {
    return entityManager
        .createQuery(
            "select i from Institution i join fetch i.country left join fetch i.territory t"
                + " left join fetch t.department order by i.nameKey, i.id",
            Institution.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(JpaInstitutionDataset::row)
        .toList();
  }

  static PublicInstitution row(Institution institution) {
    Optional<Territory> territory = institution.territory();
    return new PublicInstitution(
        institution.id(),
        institution.name(),
        institution.acronym().orElse(null),
        institution.kind(),
        institution.country().code(),
        institution.country().nameEs(),
        territory.map(t -> t.department().map(Territory::name).orElse(t.name())).orElse(null),
        territory.filter(Territory::isMunicipality).map(Territory::name).orElse(null));
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(i) from Institution i", Long.class)
        .getSingleResult();
  }

  @Override
  public Optional<Instant> lastUpdate() {
    return Latest.of(Latest.max(entityManager, "select max(i.updatedAt) from Institution i"));
  }
}
