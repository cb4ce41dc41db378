package gt.mirps.coordination.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where commitments are kept. The lists come with their submitting institution loaded, so showing
 * it costs no further query.
 */
public interface CommitmentRepository {

  Commitment add(Commitment commitment);

  Optional<Commitment> find(long id);

  /** The commitments made at an event, in the order they were recorded. */
  List<Commitment> ofEvent(long eventId);

  /** The commitments an institution submitted, in the order they were recorded. */
  List<Commitment> submittedBy(long institutionId);

  /** The commitments overdue on {@code today}, the longest overdue first. */
  List<Commitment> overdue(LocalDate today);

  /**
   * One page of the commitments that pass {@code filter}, the most recently recorded first.
   *
   * @param first how many to skip
   * @param max at most how many to return
   */
  default List<Commitment> page(CommitmentFilter filter, int first, int max) {
    return page(filter, CommitmentSort.RECORDED, false, first, max);
  }

  /**
   * One page of the commitments that pass {@code filter}, sorted by {@code sort} in the database,
   * ties broken by the order recorded (in the same direction).
   */
  List<Commitment> page(
      CommitmentFilter filter, CommitmentSort sort, boolean ascending, int first, int max);

  /** How many commitments pass {@code filter}. */
  long count(CommitmentFilter filter);
}
