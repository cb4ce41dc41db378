package gt.mirps.coordination.institution;

import gt.mirps.coordination.shared.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Institution lists paged, filtered and sorted in the database. The text is matched against the
 * folded name, acronym and aliases, so "acnur", "ACNÚR" and "agencia de la onu" meet.
 */
@ApplicationScoped
public class JpaInstitutionSearch implements InstitutionSearch {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaInstitutionSearch() {}

  /** For tests outside the container. */
  JpaInstitutionSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Institution> find(
      InstitutionFilter filter, InstitutionOrder order, boolean ascending, int first, int max) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    String direction = ascending ? " asc" : " desc";
    String sort =
        switch (order) {
          case NAME -> "i.nameKey" + direction;
          case ACRONYM -> "i.acronymKey" + direction + ", i.nameKey";
          case KIND -> "i.kind" + direction + ", i.nameKey";
          case COUNTRY -> "c.code" + direction + ", i.nameKey";
        };
    TypedQuery<Institution> query =
        entityManager.createQuery(
            "select i from Institution i join fetch i.country c left join fetch i.territory"
                + where
                + " order by "
                + sort
                + ", i.id",
            Institution.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(InstitutionFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> query =
        entityManager.createQuery(
            "select count(i) from Institution i join i.country c" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(InstitutionFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String pattern = LikePattern.containing(filter.text());
    if (pattern != null) {
      where.append(
          " and (i.nameKey like :text escape '\\' or i.acronymKey like :text escape '\\'"
              + " or exists (select j.id from Institution j join j.aliases a"
              + " where j.id = i.id and a.searchKey like :text escape '\\'))");
      parameters.put("text", pattern);
    }
    if (filter.kind() != null) {
      where.append(" and i.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
      where.append(" and c.code = :country");
      parameters.put("country", filter.countryCode());
    }
    if (filter.nationalTeamMember() != null) {
      // EclipseLink binds a boolean (parameter or literal) as an integer, which Derby refuses to
      // compare with a BOOLEAN column; SQL() writes the comparison as is.
      where.append(
          filter.nationalTeamMember()
              ? " and SQL('? = TRUE', i.nationalTeamMember)"
              : " and SQL('? = FALSE', i.nationalTeamMember)");
    }
    return where.toString();
  }
}
