package gt.mirps.coordination.commitment;

/**
 * The orders a list of commitments can be sorted in; ties are broken by the order recorded.
 * Commitments without a target date come last when sorting by target date, first to last.
 */
public enum CommitmentSort {
  RECORDED,
  TITLE,
  TARGET_DATE,
  STATUS,
  SUBMITTER
}
