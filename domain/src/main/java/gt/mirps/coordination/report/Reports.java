package gt.mirps.coordination.report;

import gt.mirps.coordination.shared.GuatemalaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' reports: participation counted by group, and the commitments tracker. Read only;
 * each call is one short read, so an export asks page after page without holding a transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

  private final ReportQueries queries;
  private final Clock clock;

  /** For the container's proxies only. */
  protected Reports() {
    this(null, Clock.systemUTC());
  }

  @Inject
  public Reports(ReportQueries queries) {
    this(queries, Clock.systemUTC());
  }

  Reports(ReportQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /** Today in Guatemala, the day against which commitments are overdue. */
  public LocalDate today() {
    return GuatemalaTime.now(clock).toLocalDate();
  }

  public long countGroups(ParticipationReportFilter filter, ParticipationGrouping grouping) {
    return grouping == ParticipationGrouping.NONE
        ? queries.countLines(filter)
        : queries.countGroups(filter, grouping);
  }

  public List<ParticipationGroup> groups(
      ParticipationReportFilter filter,
      ParticipationGrouping grouping,
      ReportSort sort,
      boolean ascending,
      int first,
      int max) {
    if (grouping == ParticipationGrouping.NONE) {
      throw new IllegalArgumentException("Ungrouped participations are read as lines");
    }
    return queries.groups(filter, grouping, sort, ascending, first, max);
  }

  public List<ParticipationLine> lines(ParticipationReportFilter filter, long afterId, int max) {
    return queries.lines(filter, afterId, max);
  }

  public long countCommitments(CommitmentReportFilter filter) {
    return queries.countCommitments(filter, today());
  }

  public List<CommitmentTrack> commitments(
      CommitmentReportFilter filter, ReportSort sort, boolean ascending, int first, int max) {
    return queries.commitments(filter, today(), sort, ascending, first, max);
  }

  public List<CommitmentTrack> commitmentsAfter(
      CommitmentReportFilter filter, LocalDate today, long afterId, int max) {
    return queries.commitmentsAfter(filter, today, afterId, max);
  }
}
