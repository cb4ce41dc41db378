package gt.mirps.coordination.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A repository that keeps commitments in a list, for testing use cases without a database. */
class InMemoryCommitments implements CommitmentRepository {

  private final List<Commitment> commitments = new ArrayList<>();
  private long nextId = 50;

  @Override
  public Commitment add(Commitment commitment) {
    if (commitment.id() == null) {
      Fixtures.withId(commitment, nextId++);
    }
    commitments.add(commitment);
    return commitment;
  }

  @Override
  public Optional<Commitment> find(long id) {
    return commitments.stream().filter(c -> c.id() == id).findFirst();
  }

  @Override
  public List<Commitment> ofEvent(long eventId) {
    return inOrderRecorded(CommitmentFilter.all().withEvent(eventId));
  }

  @Override
  public List<Commitment> submittedBy(long institutionId) {
    return inOrderRecorded(CommitmentFilter.all().withSubmitter(institutionId));
  }

  @Override
  public List<Commitment> overdue(LocalDate today) {
    return commitments.stream()
        .filter(c -> c.isOverdue(today))
        .sorted(Comparator.comparing((Commitment c) -> c.targetDate().orElseThrow()))
        .toList();
  }

  @Override
  public List<Commitment> page(
      CommitmentFilter filter, CommitmentSort sort, boolean ascending, int first, int max) {
    Comparator<Commitment> order =
        switch (sort) {
          case RECORDED -> Comparator.comparing(Commitment::id);
          case TITLE -> Comparator.comparing(Commitment::title);
          // As in the database: no target date sorts after every date.
          case TARGET_DATE ->
              Comparator.comparing(
                  (Commitment c) -> c.targetDate().orElse(null),
                  Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
          case STATUS -> Comparator.comparing((Commitment c) -> c.status().name());
          case SUBMITTER -> Comparator.comparing((Commitment c) -> c.submitter().name());
        };
    order = order.thenComparing(Commitment::id);
    return commitments.stream()
        .filter(filter::accepts)
        .sorted(ascending ? order : order.reversed())
        .skip(first)
        .limit(max)
        .toList();
  }

  private List<Commitment> inOrderRecorded(CommitmentFilter filter) {
    return commitments.stream()
        .filter(filter::accepts)
        .sorted(Comparator.comparing(Commitment::id))
        .toList();
  }

  @Override
  public long count(CommitmentFilter filter) {
    return commitments.stream().filter(filter::accepts).count();
  }
}
