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

  /** {@code query}, reading {@code relation} (as "alias.attribute") of all its rows at once. */
  public static <T> TypedQuery<T> of(TypedQuery<T> query, String relation) {
    return query.setHint(BATCH, relation).setHint(BATCH_TYPE, "IN");
  }
}
