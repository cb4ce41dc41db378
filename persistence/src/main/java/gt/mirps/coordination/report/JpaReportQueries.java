package gt.mirps.coordination.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.commitment.ThematicArea;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.participation.ParticipationRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The reports in SQL: grouped counts done by the database (GROUP BY, one page with OFFSET/FETCH and
 * a count over the groups), and plain projections for the rows of exports, read by keyset ({@code
 * id > last}) so that the millionth row costs what the first did. Native SQL that Derby and
 * PostgreSQL both speak; no entity is loaded.
 */
@ApplicationScoped
public class JpaReportQueries implements ReportQueries {

  /** People counted as registered: all but the merely invited and the cancelled. */
  private static final String REGISTERED =
      "SUM(CASE WHEN p.state IN ('REGISTERED', 'CONFIRMED', 'ATTENDED', 'NO_SHOW')"
          + " THEN p.head_count ELSE 0 END)";

  private static final String ATTENDED =
      "SUM(CASE WHEN p.state = 'ATTENDED' THEN p.head_count ELSE 0 END)";

  /** Marked as no-show, or registered for an event held without them checking in. */
  private static final String NO_SHOWS =
      "SUM(CASE WHEN p.state = 'NO_SHOW' OR (e.status = 'HELD' AND p.state IN ('REGISTERED',"
          + " 'CONFIRMED')) THEN p.head_count ELSE 0 END)";

  private static final String PARTICIPATIONS =
      " FROM participation p JOIN event e ON e.id = p.event_id"
          + " LEFT JOIN institution i ON i.id = p.institution_id"
          + " LEFT JOIN country c ON c.code = i.country_code";

  private static final String COMMITTED_ON =
      "COALESCE(CAST(e.starts_at AS DATE), CAST(m.created_at AS DATE))";

  private static final String COMMITMENT_JOINS =
      " FROM commitment m JOIN institution i ON i.id = m.submitter_id"
          + " LEFT JOIN event e ON e.id = m.event_id";

  private static final String COMMITMENTS =
      "SELECT m.id, m.title, i.name, i.acronym, m.status, m.thematic_area, e.title, "
          + COMMITTED_ON
          + ", m.target_date,"
          + " (SELECT MAX(u.reported_on) FROM progress_update u WHERE u.commitment_id = m.id),"
          + " (SELECT MAX(u.reported_on) FROM progress_update u WHERE u.commitment_id = m.id"
          + " AND u.to_status = 'FULFILLED')"
          + COMMITMENT_JOINS;

  /** Rows first to first + max of an ordered query; its last two parameters. */
  private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

  @PersistenceContext(unitName = "mirps")
  private EntityManager entityManager;

  /** For the container. */
  protected JpaReportQueries() {}

  /** For tests outside the container. */
  JpaReportQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public long countGroups(ParticipationReportFilter filter, ParticipationGrouping grouping) {
    Where where = where(filter);
    String keys = keysOf(grouping);
    return count(
        "SELECT COUNT(*) FROM (SELECT "
            + keys
            + PARTICIPATIONS
            + where.sql()
            + " GROUP BY "
            + keys
            + ") g",
        where.parameters());
  }

  @Override
  public List<ParticipationGroup> groups(
      ParticipationReportFilter filter,
      ParticipationGrouping grouping,
      ReportSort sort,
      boolean ascending,
      int first,
      int max) {
    Where where = where(filter);
    String keys = keysOf(grouping);
    int width = keys.split(",").length;
    String order =
        switch (sort == null ? ReportSort.NAME : sort) {
          case REGISTERED -> String.valueOf(width + 1);
          case ATTENDED -> String.valueOf(width + 2);
          case NO_SHOWS -> String.valueOf(width + 3);
          default -> grouping == ParticipationGrouping.EVENT ? "3" : width > 1 ? "2" : "1";
        };
    StringBuilder ties = new StringBuilder();
    for (int k = 1; k <= width; k++) {
      ties.append(", ").append(k);
    }
    List<ParticipationGroup> groups = new ArrayList<>();
    for (Object found :
        run(
                "SELECT "
                    + keys
                    + ", "
                    + REGISTERED
                    + ", "
                    + ATTENDED
                    + ", "
                    + NO_SHOWS
                    + PARTICIPATIONS
                    + where.sql()
                    + " GROUP BY "
                    + keys
                    + " ORDER BY "
                    + order
                    + (ascending ? " ASC" : " DESC")
                    + ties
                    + PAGE,
                where.parameters(first, max))
            .getResultList()) {
      Object[] row = (Object[]) found;
      long registered = number(row[width]).longValue();
      long attended = number(row[width + 1]).longValue();
      long noShows = number(row[width + 2]).longValue();
      groups.add(
          switch (grouping) {
            case INSTITUTION_KIND ->
                new ParticipationGroup(
                    text(row[0]), null, null, null, registered, attended, noShows);
            case INSTITUTION, COUNTRY ->
                new ParticipationGroup(
                    text(row[0]), text(row[1]), text(row[2]), null, registered, attended, noShows);
            case EVENT ->
                new ParticipationGroup(
                    text(row[0]), text(row[1]), null, day(row[2]), registered, attended, noShows);
            case NONE -> throw new IllegalArgumentException("NONE is not a grouping");
          });
    }
    return groups;
  }

  private static String keysOf(ParticipationGrouping grouping) {
    return switch (grouping) {
      case INSTITUTION -> "i.id, i.name, i.acronym";
      case INSTITUTION_KIND -> "i.kind";
      case COUNTRY -> "c.code, c.name_es, c.name_en";
      case EVENT -> "e.id, e.title, e.starts_at";
      case NONE -> throw new IllegalArgumentException("NONE is not a grouping");
    };
  }

  @Override
  public long countLines(ParticipationReportFilter filter) {
    Where where = where(filter);
    return count("SELECT COUNT(*)" + PARTICIPATIONS + where.sql(), where.parameters());
  }

  /**
   * Reads participations a window of ids at a time: the id {@code max} rows further on comes from
   * the primary key alone, then the joined, filtered rows of that id range. Asked for the next
   * {@code max} rows of the join directly ({@code ORDER BY p.id FETCH FIRST}), Derby sorts the
   * whole join for every page; a bounded id range keeps each page as cheap as the first.
   */
  @Override
  public List<ParticipationLine> lines(ParticipationReportFilter filter, long afterId, int max) {
    Where where = where(filter);
    List<ParticipationLine> lines = new ArrayList<>(max);
    long after = afterId;
    while (lines.size() < max) {
      Object found =
          run(
                  "SELECT MAX(w.id) FROM (SELECT id FROM participation WHERE id > ?"
                      + " ORDER BY id FETCH FIRST ? ROWS ONLY) w",
                  List.of(after, max))
              .getSingleResult();
      if (found == null) {
        break;
      }
      long upTo = number(found).longValue();
      // Unordered, the database may join the window as it likes; at most max rows to sort here.
      List<ParticipationLine> window = new ArrayList<>();
      for (Object row : window(new Where().add("p.id > ? AND p.id <= ?", after, upTo).and(where))) {
        window.add(line((Object[]) row));
      }
      window.sort(Comparator.comparingLong(ParticipationLine::id));
      lines.addAll(window);
      after = upTo;
    }
    return lines.size() > max ? new ArrayList<>(lines.subList(0, max)) : lines;
  }

  private List<?> window(Where where) {
    return run(
            "SELECT p.id, e.title, e.starts_at,"
                + " CASE WHEN pe.public_consent = TRUE THEN pe.full_name END,"
                + " i.name, i.kind, c.name_es, p.role, p.state, p.head_count"
                + PARTICIPATIONS
                + " LEFT JOIN person pe ON pe.id = p.person_id"
                + where.sql(),
            where.parameters())
        .getResultList();
  }

  private static ParticipationLine line(Object[] row) {
    return new ParticipationLine(
        number(row[0]).longValue(),
        text(row[1]),
        day(row[2]),
        text(row[3]),
        text(row[4]),
        row[5] == null ? null : InstitutionKind.valueOf(text(row[5])),
        text(row[6]),
        ParticipationRole.valueOf(text(row[7])),
        AttendanceState.valueOf(text(row[8])),
        number(row[9]).intValue());
  }

  /** The conditions of a participation filter, as " WHERE …" (or "") and its parameters. */
  private static Where where(ParticipationReportFilter filter) {
    Where where = new Where();
    if (filter.from() != null) {
      where.add("e.starts_at >= ?", Timestamp.valueOf(filter.from().atStartOfDay()));
    }
    if (filter.to() != null) {
      where.add("e.starts_at < ?", Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
    }
    if (filter.series() != null) {
      where.add("e.series = ?", filter.series());
    }
    if (filter.eventKind() != null) {
      where.add("e.kind = ?", filter.eventKind().name());
    }
    if (filter.institutionKind() != null) {
      where.add("i.kind = ?", filter.institutionKind().name());
    }
    if (filter.countryCode() != null) {
      where.add("i.country_code = ?", filter.countryCode());
    }
    if (filter.role() != null) {
      where.add("p.role = ?", filter.role().name());
    }
    if (filter.state() != null) {
      where.add("p.state = ?", filter.state().name());
    }
    return where;
  }

  @Override
  public long countCommitments(CommitmentReportFilter filter, LocalDate today) {
    Where where = where(filter, today);
    return count("SELECT COUNT(*)" + COMMITMENT_JOINS + where.sql(), where.parameters());
  }

  @Override
  public List<CommitmentTrack> commitments(
      CommitmentReportFilter filter,
      LocalDate today,
      ReportSort sort,
      boolean ascending,
      int first,
      int max) {
    Where where = where(filter, today);
    String direction = ascending ? " ASC" : " DESC";
    String order =
        switch (sort == null ? ReportSort.SUBMITTER : sort) {
          case NAME -> "2" + direction;
          case STATUS -> "5" + direction + ", 3";
          case AREA -> "6" + direction + ", 3";
          case TARGET_DATE -> "9" + direction;
          case LAST_UPDATE -> "10" + direction;
          default -> "3" + direction + ", 2";
        };
    return tracks(
        run(
            COMMITMENTS + where.sql() + " ORDER BY " + order + ", 1" + PAGE,
            where.parameters(first, max)));
  }

  @Override
  public List<CommitmentTrack> commitmentsAfter(
      CommitmentReportFilter filter, LocalDate today, long afterId, int max) {
    Where where = new Where().add("m.id > ?", afterId).and(where(filter, today));
    return tracks(
        run(
            COMMITMENTS + where.sql() + " ORDER BY m.id FETCH FIRST ? ROWS ONLY",
            where.parameters(max)));
  }

  private static List<CommitmentTrack> tracks(Query query) {
    List<CommitmentTrack> tracks = new ArrayList<>();
    for (Object found : query.getResultList()) {
      Object[] row = (Object[]) found;
      tracks.add(
          new CommitmentTrack(
              number(row[0]).longValue(),
              text(row[1]),
              text(row[2]),
              text(row[3]),
              CommitmentStatus.valueOf(text(row[4])),
              ThematicArea.valueOf(text(row[5])),
              text(row[6]),
              day(row[7]),
              day(row[8]),
              day(row[9]),
              day(row[10])));
    }
    return tracks;
  }

  private static Where where(CommitmentReportFilter filter, LocalDate today) {
    Where where = new Where();
    if (filter.from() != null) {
      where.add(COMMITTED_ON + " >= ?", Date.valueOf(filter.from()));
    }
    if (filter.to() != null) {
      where.add(COMMITTED_ON + " <= ?", Date.valueOf(filter.to()));
    }
    if (filter.status() != null) {
      where.add("m.status = ?", filter.status().name());
    }
    if (filter.area() != null) {
      where.add("m.thematic_area = ?", filter.area().name());
    }
    if (filter.institutionKind() != null) {
      where.add("i.kind = ?", filter.institutionKind().name());
    }
    if (filter.series() != null) {
      where.add("e.series = ?", filter.series());
    }
    if (filter.overdueOnly()) {
      where.add(
          "m.target_date < ? AND m.status NOT IN ('FULFILLED', 'CANCELLED')", Date.valueOf(today));
    }
    return where;
  }

  private long count(String sql, List<Object> parameters) {
    return number(run(sql, parameters).getSingleResult()).longValue();
  }

  private Query run(String sql, List<Object> parameters) {
    Query query = entityManager.createNativeQuery(sql);
    for (int p = 0; p < parameters.size(); p++) {
      query.setParameter(p + 1, parameters.get(p));
    }
    return query;
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    return (LocalDate) value;
  }

  /** SQL conditions joined by AND, with their positional parameters in order. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Where add(String condition, Object... values) {
      conditions.add(condition);
      Collections.addAll(parameters, values);
      return this;
    }

    /** Then the conditions of {@code other}, with its parameters. */
    Where and(Where other) {
      conditions.addAll(other.conditions);
      parameters.addAll(other.parameters);
      return this;
    }

    /** " WHERE …" (or "" without conditions). */
    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The conditions' parameters, then those of what follows them in the statement. */
    List<Object> parameters(Object... following) {
      List<Object> all = new ArrayList<>(parameters);
      Collections.addAll(all, following);
      return all;
    }
  }
}
