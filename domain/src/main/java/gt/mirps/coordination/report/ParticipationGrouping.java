package gt.mirps.coordination.report;

/** How the participation report groups its rows; {@link #NONE} gives one row per participation. */
public enum ParticipationGrouping {
  INSTITUTION,
  INSTITUTION_KIND,
  COUNTRY,
  EVENT,
  NONE
}
