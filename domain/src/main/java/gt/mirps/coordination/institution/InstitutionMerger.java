package gt.mirps.coordination.institution;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.institution.InstitutionReferences.ReferenceCounts;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging two records of one institution: everything that pointed to the duplicate points to the
 * record kept, the duplicate's names become aliases of the kept one, and the duplicate is deleted,
 * all in one transaction and audited with both ids.
 */
@ApplicationScoped
@Transactional
public class InstitutionMerger {

  private final InstitutionRepository institutions;
  private final InstitutionReferences references;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected InstitutionMerger() {
    this(null, null, null);
  }

  @Inject
  public InstitutionMerger(
      InstitutionRepository institutions, InstitutionReferences references, Auditor auditor) {
    this.institutions = institutions;
    this.references = references;
    this.auditor = auditor;
  }

  /** What merging would move from the duplicate to the kept record, before anyone confirms. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Preview preview(long duplicateId, long keptId) {
    Institution duplicate = find(duplicateId);
    Institution kept = find(keptId);
    refuseSelf(duplicate, kept);
    return new Preview(duplicate, kept, references.count(duplicateId), namesOf(duplicate).size());
  }

  /** Merges the duplicate into the kept record and deletes the duplicate. */
  public Institution merge(long duplicateId, long keptId) {
    Institution duplicate = find(duplicateId);
    Institution kept = find(keptId);
    refuseSelf(duplicate, kept);
    List<String> names = namesOf(duplicate);
    ReferenceCounts moved = references.count(duplicateId);
    // The kept record takes the duplicate's place in the tree, so that it cannot end up under
    // itself when the duplicate's children move to it.
    if (descendsFrom(kept, duplicate)) {
      kept.placeUnder(duplicate.parent().orElse(null));
    }
    references.moveAll(duplicateId, keptId);
    // Gone before its acronym moves to the kept record (an acronym is unique in a country).
    references.removeMerged(duplicate);
    kept.absorbNamesOf(duplicate);
    auditor.record(
        "institution.merged",
        InstitutionDirectory.RECORD,
        keptId,
        "#"
            + duplicateId
            + " "
            + duplicate.displayName()
            + " → #"
            + keptId
            + " · "
            + moved
            + " · names "
            + names);
    auditor.record(
        "institution.mergedInto",
        InstitutionDirectory.RECORD,
        duplicateId,
        "#" + duplicateId + " → #" + keptId + " " + kept.displayName());
    return kept;
  }

  private static boolean descendsFrom(Institution child, Institution ancestor) {
    for (Institution i = child.parent().orElse(null); i != null; i = i.parent().orElse(null)) {
      if (i.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> namesOf(Institution institution) {
    List<String> names = new ArrayList<>();
    names.add(institution.name());
    institution.acronym().ifPresent(names::add);
    names.addAll(institution.aliases());
    return names;
  }

  private static void refuseSelf(Institution duplicate, Institution kept) {
    if (duplicate.equals(kept)) {
      throw new RuleViolation("institution.merge.self", "An institution cannot absorb itself");
    }
  }

  private Institution find(long id) {
    return institutions.find(id).orElseThrow(() -> InstitutionEditor.notFound(id));
  }

  /** What a merge would do: the two records and what moves from one to the other. */
  public record Preview(
      Institution duplicate, Institution kept, ReferenceCounts references, int names) {}
}
