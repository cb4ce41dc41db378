package gt.mirps.coordination.opendata;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.shared.BatchRead;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The published communiqués as open data, read with JPA. */
@ApplicationScoped
@Transactional
public class JpaCommuniqueDataset implements CommuniqueDataset {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaCommuniqueDataset() {}

  /** For tests outside the container. */
  JpaCommuniqueDataset(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PublicCommunique> page(int first, int max) {
    return BatchRead.of(
            entityManager.createQuery(
                "select a from Announcement a where a.state = :state"
                    + " order by a.publishedAt desc, a.id desc",
                Announcement.class),
            "a.tags")
        .setParameter("state", AnnouncementState.PUBLISHED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(JpaCommuniqueDataset::row)
        .toList();
  }

  static PublicCommunique row(Announcement announcement) {
    LocalDate date =
        announcement
            .datelineDate()
            .orElseGet(
                () ->
                    announcement
                        .publishedAt()
                        .map(at -> at.atZone(GuatemalaTime.ZONE).toLocalDate())
                        .orElse(null));
    return new PublicCommunique(
        announcement.id(),
        announcement.title().orElse(""),
        date,
        announcement.slug().orElseThrow(),
        announcement.tags().stream().map(Tag::label).toList(),
        announcement.lead().orElse(null));
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(a) from Announcement a where a.state = :state", Long.class)
        .setParameter("state", AnnouncementState.PUBLISHED)
        .getSingleResult();
  }

  /**
   * The latest change to a communiqué that is or was public (an archived one leaves the list) or to
   * a tag of a published one.
   */
  @Override
  public Optional<Instant> lastUpdate() {
    return Latest.of(
        Latest.max(
            entityManager,
            "select max(a.updatedAt) from Announcement a where a.publishedAt is not null"),
        Latest.max(
            entityManager,
            "select max(t.updatedAt) from Announcement a join a.tags t where a.state = :state",
            q -> q.setParameter("state", AnnouncementState.PUBLISHED)));
  }
}
