package gt.mirps.coordination.opendata;

import gt.mirps.coordination.announcement.AnnouncementState;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.participation.AttendanceState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public facts of events as open data, read with JPA as plain values (no entities): a page of
 * events, then in one statement each their organisers, co-organisers, institution counts and
 * communiqués.
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
    List<Object[]> events =
        entityManager
            .createQuery(
                "select e.id, e.title, e.kind, e.status, e.startsAt, e.endsAt, e.venue, e.city,"
                    + " t.name, d.name from Event e left join e.territory t"
                    + " left join t.department d order by e.startsAt desc, e.id desc",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    if (events.isEmpty()) {
      return List.of();
    }
    List<Long> ids = events.stream().map(row -> (Long) row[0]).toList();
    Map<Long, List<String>> organisers = names(ids, "organisers");
    Map<Long, List<String>> coOrganisers = names(ids, "coOrganisers");
    Map<Long, long[]> attended = counts(ids, true);
    Map<Long, long[]> coming = counts(ids, false);
    Map<Long, String> communiques = communiques(ids);
    return events.stream()
        .map(
            row -> {
              Long id = (Long) row[0];
              EventStatus status = (EventStatus) row[3];
              long[] checkedIn = attended.getOrDefault(id, new long[2]);
              long[] expected = coming.getOrDefault(id, new long[2]);
              return new PublicEvent(
                  id,
                  (String) row[1],
                  (EventKind) row[2],
                  status,
                  (LocalDateTime) row[4],
                  (LocalDateTime) row[5],
                  (String) row[6],
                  (String) row[7],
                  row[9] != null ? (String) row[9] : (String) row[8],
                  organisers.getOrDefault(id, List.of()),
                  coOrganisers.getOrDefault(id, List.of()),
                  TakingPart.institutions(status, checkedIn[0], checkedIn[1], expected[1]),
                  communiques.get(id));
            })
        .toList();
  }

  /** The names of each event's organisers or co-organisers ({@code relation}), alphabetically. */
  private Map<Long, List<String>> names(List<Long> ids, String relation) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("es-GT"));
    Map<Long, List<String>> names = new HashMap<>();
    entityManager
        .createQuery(
            "select e.id, i.name from Event e join e." + relation + " i where e.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
    names.values().forEach(list -> list.sort(collator));
    return names;
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
