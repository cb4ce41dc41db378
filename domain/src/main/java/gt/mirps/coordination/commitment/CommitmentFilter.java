package gt.mirps.coordination.commitment;

import java.time.LocalDate;

/**
 * What a list of commitments is narrowed to; every null component means "any". {@code overdueOn}
 * keeps only the commitments that are overdue on that day in Guatemala (see {@link
 * Commitment#isOverdue}).
 */
public record CommitmentFilter(
    CommitmentStatus status,
    Long submitterId,
    Long cosponsorId,
    ThematicArea area,
    Long eventId,
    LocalDate overdueOn) {

  private static final CommitmentFilter ALL =
      new CommitmentFilter(null, null, null, null, null, null);

  /** No narrowing: every commitment. */
  public static CommitmentFilter all() {
    return ALL;
  }

  public CommitmentFilter withStatus(CommitmentStatus newStatus) {
    return new CommitmentFilter(newStatus, submitterId, cosponsorId, area, eventId, overdueOn);
  }

  public CommitmentFilter withSubmitter(Long newSubmitterId) {
    return new CommitmentFilter(status, newSubmitterId, cosponsorId, area, eventId, overdueOn);
  }

  public CommitmentFilter withCosponsor(Long newCosponsorId) {
    return new CommitmentFilter(status, submitterId, newCosponsorId, area, eventId, overdueOn);
  }

  public CommitmentFilter withArea(ThematicArea newArea) {
    return new CommitmentFilter(status, submitterId, cosponsorId, newArea, eventId, overdueOn);
  }

  public CommitmentFilter withEvent(Long newEventId) {
    return new CommitmentFilter(status, submitterId, cosponsorId, area, newEventId, overdueOn);
  }

  public CommitmentFilter withOverdueOn(LocalDate day) {
    return new CommitmentFilter(status, submitterId, cosponsorId, area, eventId, day);
  }

  /** True if {@code commitment} passes this filter; the same rule the database query applies. */
  public boolean accepts(Commitment commitment) {
    return (status == null || commitment.status() == status)
        && (submitterId == null || submitterId.equals(commitment.submitter().id()))
        && (cosponsorId == null
            || commitment.cosponsors().stream().anyMatch(i -> cosponsorId.equals(i.id())))
        && (area == null || commitment.area() == area)
        && (eventId == null || commitment.event().map(e -> eventId.equals(e.id())).orElse(false))
        && (overdueOn == null || commitment.isOverdue(overdueOn));
  }
}
