package gt.mirps.coordination.announcement;

/** The orders of the team's list of communiqués. */
public enum AnnouncementSort {
  TITLE,
  STATE,
  DATELINE,
  /** When it was last changed, the usual order (newest first). */
  LAST_CHANGE
}
