package gt.mirps.coordination.institution;

/**
 * Everything in the records that points to an institution, for merging a duplicate into the record
 * kept: every foreign key to the institution table is one of these.
 */
public interface InstitutionReferences {

  /** How much points to the institution {@code id}. */
  ReferenceCounts count(long id);

  /**
   * Makes every reference to {@code fromId} point to {@code toId}: participations (a delegation to
   * an event where the kept one also sent one joins it, head counts added), commitments (submitter
   * and co-sponsor), event organisers and co-organisers, affiliations, child institutions and
   * Solidarity Cities. Where both already had the same role the kept one's stays.
   */
  void moveAll(long fromId, long toId);

  /**
   * Deletes the duplicate once nothing points to it, at once (before the transaction ends), so that
   * its acronym is free for the kept record.
   */
  void removeMerged(Institution duplicate);

  /** What points to one institution. */
  record ReferenceCounts(
      long participations,
      long commitments,
      long events,
      long affiliations,
      long children,
      long solidarityCities) {

    public long total() {
      return participations + commitments + events + affiliations + children + solidarityCities;
    }
  }
}
