package gt.mirps.coordination.participation;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** People and institutions found by part of their names, for the participants page. */
@ApplicationScoped
public class JpaRegistrationCandidates implements RegistrationCandidates {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaRegistrationCandidates() {}

  /** For tests outside the container. */
  JpaRegistrationCandidates(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PersonCandidate> people(String text, int max) {
    return entityManager
        .createQuery(
            "select p.id, p.fullName, p.honorific, i.id, i.name, a.position, p.position"
                + " from Person p left join p.affiliations a on a.until is null"
                + " left join a.institution i"
                + " where p.nameKey like :text escape '\\'"
                + " order by p.nameKey, p.id",
            Object[].class)
        .setParameter("text", JpaParticipantListing.contains(Text.searchKey(text)))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            row ->
                new PersonCandidate(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Long) row[3],
                    (String) row[4],
                    row[5] != null ? (String) row[5] : (String) row[6]))
        .toList();
  }

  @Override
  public List<Institution> institutions(String text, int max) {
    return entityManager
        .createQuery(
            "select distinct i from Institution i left join i.aliases a"
                + " where i.nameKey like :text escape '\\' or i.acronymKey like :text escape '\\'"
                + " or a.searchKey like :text escape '\\'"
                + " order by i.nameKey",
            Institution.class)
        .setParameter("text", JpaParticipantListing.contains(Text.searchKey(text)))
        .setMaxResults(max)
        .getResultList();
  }
}
