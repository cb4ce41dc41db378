package gt.mirps.coordination.report;

import java.time.LocalDate;
import java.util.List;

/** The reports' queries, counted and grouped by the database, one page at a time. */
public interface ReportQueries {

  /** How many groups the participation report has ({@code grouping} not NONE). */
  long countGroups(ParticipationReportFilter filter, ParticipationGrouping grouping);

  /** Groups {@code first} to {@code first + max}, in {@code sort} order. */
  List<ParticipationGroup> groups(
      ParticipationReportFilter filter,
      ParticipationGrouping grouping,
      ReportSort sort,
      boolean ascending,
      int first,
      int max);

  /** How many participations the filter keeps. */
  long countLines(ParticipationReportFilter filter);

  /** Up to {@code max} participations with an id above {@code afterId}, by id (keyset paging). */
  List<ParticipationLine> lines(ParticipationReportFilter filter, long afterId, int max);

  /** How many commitments the filter keeps on {@code today}. */
  long countCommitments(CommitmentReportFilter filter, LocalDate today);

  /** Commitments {@code first} to {@code first + max}, in {@code sort} order. */
  List<CommitmentTrack> commitments(
      CommitmentReportFilter filter,
      LocalDate today,
      ReportSort sort,
      boolean ascending,
      int first,
      int max);

  /** Up to {@code max} commitments with an id above {@code afterId}, by id (keyset paging). */
  List<CommitmentTrack> commitmentsAfter(
      CommitmentReportFilter filter, LocalDate today, long afterId, int max);
}
