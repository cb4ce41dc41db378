package gt.mirps.coordination.report;

/**
 * The column a report's page is sorted by in the database. Participation groups: NAME, REGISTERED,
 * ATTENDED, NO_SHOWS; commitments: NAME (title), SUBMITTER, STATUS, AREA, TARGET_DATE, LAST_UPDATE.
 * Ties are broken by id, so pages never overlap.
 */
public enum ReportSort {
  NAME,
  REGISTERED,
  ATTENDED,
  NO_SHOWS,
  SUBMITTER,
  STATUS,
  AREA,
  TARGET_DATE,
  LAST_UPDATE
}
