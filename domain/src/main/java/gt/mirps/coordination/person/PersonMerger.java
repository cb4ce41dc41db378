package gt.mirps.coordination.person;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.person.PersonReferences.ReferenceCounts;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Merging two records of one person: participations, affiliations, session places and focal-point
 * roles of the duplicate move to the record kept, which also takes the contact details it lacked;
 * the duplicate is deleted. One transaction, audited with both ids.
 */
@ApplicationScoped
@Transactional
public class PersonMerger {

  private final PersonRepository people;
  private final PersonReferences references;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected PersonMerger() {
    this(null, null, null);
  }

  @Inject
  public PersonMerger(PersonRepository people, PersonReferences references, Auditor auditor) {
    this.people = people;
    this.references = references;
    this.auditor = auditor;
  }

  /** What merging would move, and what stands in its way, before anyone confirms. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Preview preview(long duplicateId, long keptId) {
    Person duplicate = find(duplicateId);
    Person kept = find(keptId);
    refuseSelf(duplicate, kept);
    return new Preview(
        duplicate,
        kept,
        references.count(duplicateId),
        references.sharedEvents(duplicateId, keptId),
        references.sharedSessions(duplicateId, keptId));
  }

  /**
   * Merges the duplicate into the kept record and deletes the duplicate; refused, changing nothing,
   * when both take part in the same event or speak in the same session (one of those must be
   * cancelled first, since a person takes part once).
   */
  public Person merge(long duplicateId, long keptId) {
    Person duplicate = find(duplicateId);
    Person kept = find(keptId);
    refuseSelf(duplicate, kept);
    List<String> events = references.sharedEvents(duplicateId, keptId);
    if (!events.isEmpty()) {
      throw new RuleViolation(
          "person.merge.sameEvent",
          "Both people take part in " + events,
          String.join(", ", events));
    }
    List<String> sessions = references.sharedSessions(duplicateId, keptId);
    if (!sessions.isEmpty()) {
      throw new RuleViolation(
          "person.merge.sameSession",
          "Both people speak in " + sessions,
          String.join(", ", sessions));
    }
    ReferenceCounts moved = references.count(duplicateId);
    references.moveAll(duplicateId, keptId);
    references.removeMerged(duplicate);
    kept.absorbDetailsOf(duplicate);
    auditor.record(
        "person.merged",
        People.RECORD,
        keptId,
        "#" + duplicateId + " " + duplicate.fullName() + " → #" + keptId + " · " + moved);
    auditor.record(
        "person.mergedInto",
        People.RECORD,
        duplicateId,
        "#" + duplicateId + " → #" + keptId + " " + kept.fullName());
    return kept;
  }

  private static void refuseSelf(Person duplicate, Person kept) {
    if (duplicate.equals(kept)) {
      throw new RuleViolation("person.merge.self", "A person cannot absorb themselves");
    }
  }

  private Person find(long id) {
    return people.find(id).orElseThrow(() -> PersonEditor.notFound(id));
  }

  /** What a merge would do, and the events and sessions that prevent it (if any). */
  public record Preview(
      Person duplicate,
      Person kept,
      ReferenceCounts references,
      List<String> sharedEvents,
      List<String> sharedSessions) {

    public boolean possible() {
      return sharedEvents.isEmpty() && sharedSessions.isEmpty();
    }
  }
}
