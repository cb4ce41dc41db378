package gt.mirps.coordination.opendata;

import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public facts of events as open data, read with JPA: a page of events, then in one statement
 * each their organisers, their institution counts and their communiqués.
 */
@ApplicationScoped
@Transactional
public class JpaEventDataset implements EventDataset {

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaEventDataset() {}

  /** For tests outside the container. */
  JpaEventDataset(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<PublicEvent> page(int first, int max) {
    List<Event> events =
        entityManager
            .createQuery(
                "select e from Event e left join fetch e.territory"
                    + " order by e.startsAt desc, e.id desc",
                Event.class)
            .setHint(Latest.BATCH, "e.organisers")
            .setHint(Latest.BATCH, "e.coOrganisers")
            .setHint(Latest.BATCH_TYPE, "IN")
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (events.isEmpty()) {
      return List.of();
    }
    List<Long> ids = events.stream().map(Event::id).toList();
    Map<Long, long[]> attended = counts(ids, true);
    Map<Long, long[]> coming = counts(ids, false);
    Map<Long, String> communiques = communiques(ids);
    return events.stream()
        .map(
            e -> {
              long[] checkedIn = attended.getOrDefault(e.id(), new long[2]);
              long[] expected = coming.getOrDefault(e.id(), new long[2]);
              return new PublicEvent(
                  e.id(),
                  e.title(),
                  e.kind(),
                  e.status(),
                  e.startsAt(),
                  e.endsAt(),
                  e.venue().orElse(null),
                  e.city().orElse(null),
                  e.territory()
                      .map(t -> t.department().map(Territory::name).orElse(t.name()))
                      .orElse(null),
                  names(e.organisers()),
                  names(e.coOrganisers()),
                  TakingPart.institutions(e.status(), checkedIn[0], checkedIn[1], expected[1]),
                  communiques.get(e.id()));
            })
        .toList();
  }

  private static List<String> names(Set<Institution> institutions) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("es-GT"));
    return institutions.stream().map(Institution::name).sorted(collator).toList();
  }

  /**
   * For each event, how many participations and distinct institutions: checked in ({@code
   * attended}) or else neither cancelled nor no-shows.
   */
  private Map<Long, long[]> counts(List<Long> ids, boolean attended) {
    String states =
        attended ? "p.state = :attended" : "p.state <> :cancelled and p.state <> :noShow";
    var query =
        entityManager.createQuery(
            "select p.event.id, count(p), count(distinct i.id) from Participation p"
                + " left join p.institution i where p.event.id in :ids and "
                + states
                + " group by p.event.id",
            Object[].class);
    query.setParameter("ids", ids);
    if (attended) {
      query.setParameter("attended", AttendanceState.ATTENDED);
    } else {
      query
          .setParameter("cancelled", AttendanceState.CANCELLED)
          .setParameter("noShow", AttendanceState.NO_SHOW);
    }
    Map<Long, long[]> counts = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      counts.put(
          (Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
    }
    return counts;
  }

  /** The slug of each event's latest published communiqué. */
  private Map<Long, String> communiques(List<Long> ids) {
    Map<Long, String> slugs = new HashMap<>();
    entityManager
        .createQuery(
            "select e.id, a.slug from Announcement a join a.relatedEvents e"
                + " where e.id in :ids and a.state = :state"
                + " order by a.publishedAt desc, a.id desc",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("state", AnnouncementState.PUBLISHED)
        .getResultList()
        .forEach(row -> slugs.putIfAbsent((Long) row[0], (String) row[1]));
    return slugs;
  }

  @Override
  public long count() {
    return entityManager.createQuery("select count(e) from Event e", Long.class).getSingleResult();
  }

  /**
   * The latest change to an event, a participation (the institution counts), an institution (the
   * organisers' names) or a communiqué that is or was public (the links).
   */
  @Override
  public Optional<Instant> lastUpdate() {
    return Latest.of(
        Latest.max(entityManager, "select max(e.updatedAt) from Event e"),
        Latest.max(entityManager, "select max(p.updatedAt) from Participation p"),
        Latest.max(entityManager, "select max(i.updatedAt) from Institution i"),
        Latest.max(
            entityManager,
            "select max(a.updatedAt) from Announcement a where a.publishedAt is not null"));
  }
}
