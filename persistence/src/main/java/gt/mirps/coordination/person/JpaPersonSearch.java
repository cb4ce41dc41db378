package gt.mirps.coordination.person;

import gt.mirps.coordination.shared.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** People lists paged, filtered and sorted in the database; names match accents and case aside. */
@ApplicationScoped
public class JpaPersonSearch implements PersonSearch {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaPersonSearch() {}

  /** For tests outside the container. */
  JpaPersonSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<Person> find(PersonFilter filter, boolean ascending, int first, int max) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    String direction = ascending ? " asc" : " desc";
    TypedQuery<Person> query =
        entityManager.createQuery(
            "select p from Person p" + where + " order by p.nameKey" + direction + ", p.id",
            Person.class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(PersonFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> query =
        entityManager.createQuery("select count(p) from Person p" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(PersonFilter filter, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String pattern = LikePattern.containing(filter.text());
    if (pattern != null) {
      where.append(" and p.nameKey like :text escape '\\'");
      parameters.put("text", pattern);
    }
    if (filter.institutionId() != null) {
      where.append(
          " and exists (select q.id from Person q join q.affiliations a"
              + " where q.id = p.id and a.institution.id = :institution and a.until is null)");
      parameters.put("institution", filter.institutionId());
    }
    return where.toString();
  }
}
