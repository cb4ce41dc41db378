package gt.mirps.coordination.commitment;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of recording commitments, reporting their progress and naming their co-sponsors.
 * Every change is written to the audit trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CommitmentRegister {

  static final String RECORD_TYPE = "Commitment";

  private final CommitmentRepository commitments;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected CommitmentRegister() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public CommitmentRegister(CommitmentRepository commitments, Auditor auditor) {
    this(commitments, auditor, Clock.systemUTC());
  }

  CommitmentRegister(CommitmentRepository commitments, Auditor auditor, Clock clock) {
    this.commitments = commitments;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** Records a new commitment. */
  public Commitment record(Commitment commitment) {
    Commitment added = commitments.add(commitment);
    auditor.record("recorded", RECORD_TYPE, added.id(), added.title());
    return added;
  }

  /**
   * Revises a commitment from the form built at {@code versionRead}: its title, description, event,
   * classification, target date and co-sponsors (the submitter does not change). Refused with
   * {@link ConcurrentChange} if someone else changed it since; nothing changes when a rule refuses.
   */
  public Commitment revise(long commitmentId, long versionRead, CommitmentDetails details) {
    Commitment commitment = existing(commitmentId);
    ConcurrentChange.check(commitment, versionRead, RECORD_TYPE, commitmentId);
    List<Institution> wanted = details.cosponsors() == null ? List.of() : details.cosponsors();
    // Check everything first, so that a refusal leaves the commitment as it was.
    Text.required(details.title(), Commitment.TITLE_MAX, "commitment.title");
    Text.optional(details.description(), Commitment.DESCRIPTION_MAX, "commitment.description");
    new Commitment(details.title(), commitment.submitter(), details.type(), details.area());
    if (wanted.contains(commitment.submitter())) {
      throw new RuleViolation(
          "commitment.cosponsor.submitter", "The submitter cannot also co-sponsor");
    }
    if (wanted.stream().distinct().count() != wanted.size()) {
      throw new RuleViolation(
          "commitment.cosponsor.duplicate", "An institution co-sponsors only once");
    }
    commitment.rename(details.title());
    commitment.describe(details.description());
    commitment.classify(details.type(), details.area());
    commitment.madeAt(details.event());
    commitment.dueBy(details.targetDate());
    for (Institution gone : new ArrayList<>(commitment.cosponsors())) {
      if (!wanted.contains(gone)) {
        commitment.removeCosponsor(gone);
      }
    }
    for (Institution added : wanted) {
      if (!commitment.cosponsors().contains(added)) {
        commitment.cosponsor(added);
      }
    }
    auditor.record("revised", RECORD_TYPE, commitmentId, commitment.title());
    return commitment;
  }

  /** A new commitment of {@code submitter} with {@code details}, recorded and audited. */
  public Commitment record(Institution submitter, CommitmentDetails details) {
    Commitment commitment =
        new Commitment(details.title(), submitter, details.type(), details.area());
    commitment.describe(details.description());
    commitment.madeAt(details.event());
    commitment.dueBy(details.targetDate());
    if (details.cosponsors() != null) {
      details.cosponsors().forEach(commitment::cosponsor);
    }
    return record(commitment);
  }

  /**
   * Reports progress on a commitment, changing its status when {@code newStatus} is given; see
   * {@link Commitment#report} for the rules.
   */
  public ProgressUpdate report(
      long commitmentId,
      LocalDate date,
      String narrative,
      CommitmentStatus newStatus,
      String cancellationReason) {
    Commitment commitment = existing(commitmentId);
    ProgressUpdate update =
        commitment.report(date, narrative, newStatus, cancellationReason, clock);
    String detail =
        update.changesStatus()
            ? date + ": " + update.fromStatus().orElseThrow() + " → " + newStatus
            : date + ": progress";
    if (newStatus == CommitmentStatus.CANCELLED) {
      detail += " (" + commitment.cancellationReason().orElseThrow() + ")";
    }
    auditor.record("progressReported", RECORD_TYPE, commitmentId, detail);
    return update;
  }

  /** Adds a co-sponsor; the submitter cannot co-sponsor, nor can an institution twice. */
  public Commitment cosponsor(long commitmentId, Institution institution) {
    Commitment commitment = existing(commitmentId);
    commitment.cosponsor(institution);
    auditor.record("cosponsorAdded", RECORD_TYPE, commitmentId, describe(institution));
    return commitment;
  }

  /** Removes a co-sponsor. */
  public Commitment removeCosponsor(long commitmentId, Institution institution) {
    Commitment commitment = existing(commitmentId);
    commitment.removeCosponsor(institution);
    auditor.record("cosponsorRemoved", RECORD_TYPE, commitmentId, describe(institution));
    return commitment;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Commitment> find(long id) {
    return commitments.find(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Commitment> ofEvent(long eventId) {
    return commitments.ofEvent(eventId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Commitment> submittedBy(long institutionId) {
    return commitments.submittedBy(institutionId);
  }

  /** The commitments overdue today in Guatemala. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Commitment> overdue() {
    return commitments.overdue(today());
  }

  /** One page of the commitments that pass {@code filter}, the most recently recorded first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Commitment> page(CommitmentFilter filter, int first, int max) {
    return page(filter, CommitmentSort.RECORDED, false, first, max);
  }

  /** One page of the commitments that pass {@code filter}, in the order {@code sort} gives. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Commitment> page(
      CommitmentFilter filter, CommitmentSort sort, boolean ascending, int first, int max) {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative");
    }
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    return commitments.page(
        filter == null ? CommitmentFilter.all() : filter,
        sort == null ? CommitmentSort.RECORDED : sort,
        ascending,
        first,
        max);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(CommitmentFilter filter) {
    return commitments.count(filter == null ? CommitmentFilter.all() : filter);
  }

  /** Today in Guatemala, the day against which commitments are overdue. */
  public LocalDate today() {
    return GuatemalaTime.now(clock).toLocalDate();
  }

  private Commitment existing(long id) {
    return commitments
        .find(id)
        .orElseThrow(
            () -> new RuleViolation("commitment.notFound", "No commitment with id " + id, id));
  }

  private static String describe(Institution institution) {
    return institution.displayName() + " [" + institution.id() + "]";
  }
}
