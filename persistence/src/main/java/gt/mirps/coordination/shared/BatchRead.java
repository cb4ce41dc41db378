package gt.mirps.coordination.shared;

import jakarta.persistence.TypedQuery;

/**
 * EclipseLink's batch reading: a relation of every row a query returns read in one more statement
 * (an IN query) instead of one per row. Other providers ignore these hints.
 */
public final class BatchRead {

  private static final String BATCH = "eclipselink.batch";

  private static final String BATCH_TYPE = "eclipselink.batch.type";

  private BatchRead() {}

  /**
   * {@code query}, reading each of {@code relations} (as "alias.attribute") of all its rows at
   * once, one more statement per relation.
   */
  public static <T> TypedQuery<T> of(TypedQuery<T> query, String... relations) {
    for (String relation : relations) {
      query.setHint(BATCH, relation);
    }
    return query.setHint(BATCH_TYPE, "IN");
  }
}
