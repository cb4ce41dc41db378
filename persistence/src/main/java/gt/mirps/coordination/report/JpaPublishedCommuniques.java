package gt.mirps.coordination.report;

import gt.mirps.coordination.announcement.AnnouncementState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The published communiqués about an event, with JPA. */
@ApplicationScoped
public class JpaPublishedCommuniques implements PublishedCommuniques {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaPublishedCommuniques() {}

  /** For tests outside the container. */
  JpaPublishedCommuniques(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<String> slugsAbout(long eventId) {
    return entityManager
        .createQuery(
            "select a.slug from Announcement a join a.relatedEvents e"
                + " where e.id = :event and a.state = :published"
                + " order by a.publishedAt desc, a.id desc",
            String.class)
        .setParameter("event", eventId)
        .setParameter("published", AnnouncementState.PUBLISHED)
        .getResultList();
  }
}
